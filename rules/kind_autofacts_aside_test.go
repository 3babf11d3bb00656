package rules_test

import "testing"

// TestYearInAnAside checks that a year closing an aside ("Corvel,
// founded in 1990, has ...") dates no figure after the aside, and that a
// year that is no aside ("that, in 2016, the party won ...") still dates
// the figure nearest it. A possessive inside the aside ("bought by
// Tolvik's biggest bank in 2011,") leaves it an aside, and so do words
// after the year up to the closing comma ("founded in 1990 and enlarged
// twice since,"), while a figure among them is the year's.
func TestYearInAnAside(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the aside dates the founding, not the staff",
			articles: []string{
				"a.txt", "Corvel, founded in 1990, has 2,500 staff at its mill.\n",
				"b.txt", "Corvel has 2,400 staff at its mill.\n",
				"c.txt", "The mill is run by Corvel, which has 2,400 staff.\n",
			},
			want: []string{"a.txt:1:30: fact.mismatch: staff: 2,500 staff here; 2,400 staff in b.txt:1, 2,400 staff in c.txt:1"},
		},
		{
			// A possessive in the aside is a word of it: the year still
			// closes the aside, and the figure after it is the story's.
			name: "an aside with a possessive",
			articles: []string{
				"a.txt", "Corvel, bought by Tolvik's biggest bank in 2011, has 2,500 staff at its mill.\n",
				"b.txt", "Corvel has 2,400 staff at its mill.\n",
				"c.txt", "The mill is run by Corvel, which has 2,400 staff.\n",
			},
			want: []string{"a.txt:1:54: fact.mismatch: staff: 2,500 staff here; 2,400 staff in b.txt:1, 2,400 staff in c.txt:1"},
		},
		{
			// The aside goes on after the year in words, up to its
			// closing comma: the figure after it is still the story's.
			name: "an aside that goes on after the year",
			articles: []string{
				"a.txt", "Corvel, founded in 1990 and enlarged twice since, has 2,500 staff at its mill.\n",
				"b.txt", "Corvel has 2,400 staff at its mill.\n",
				"c.txt", "The mill is run by Corvel, which has 2,400 staff.\n",
			},
			want: []string{"a.txt:1:55: fact.mismatch: staff: 2,500 staff here; 2,400 staff in b.txt:1, 2,400 staff in c.txt:1"},
		},
		{
			// A figure inside the aside, after the year, is the year's.
			name: "a figure inside an aside that goes on",
			articles: []string{
				"a.txt", "Corvel, founded in 1990 with 2,500 staff at its mill, now has new owners.\n",
				"b.txt", "Corvel has 2,400 staff at its mill.\n",
				"c.txt", "The mill is run by Corvel, which has 2,400 staff.\n",
			},
		},
		{
			name: "a year opened by a preposition dates its clause",
			articles: []string{
				"a.txt", "Polls show that, in 2016, the party won 66 seats.\n",
				"b.txt", "The party won 61 seats at the vote.\n",
				"c.txt", "At the vote the party won 61 seats.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestYearInASinceClause checks that a year in a clause opened by
// "since" a few words before it ("in place since the pier opened in
// 1998") dates no figure before the clause: the figure is the state's
// now, and is compared with the other outlets' undated one. A figure
// after the year is still the year's. Invented copy.
func TestYearInASinceClause(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a figure before the since clause",
			articles: []string{
				"a.txt", "The flood dyke, 4.5 metres tall and standing since the harbour was dredged in 1998, was breached.\n",
				"b.txt", "The storm breached the flood dyke, which is 3.5 metres tall.\n",
				"c.txt", "The 3.5 metres tall flood dyke was breached by the storm.\n",
			},
			want: []string{"a.txt:1:17: fact.mismatch: length: 4.5 metres here; 3.5 metres in b.txt:1, 3.5 metres in c.txt:1"},
		},
		{
			name: "a figure after the year is the year's",
			articles: []string{
				"a.txt", "The dyke has stood since the harbour was dredged in 1998 with 4.5 metres of stone.\n",
				"b.txt", "The storm breached the flood dyke, which is 3.5 metres tall.\n",
				"c.txt", "The 3.5 metres tall flood dyke was breached by the storm.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestYearInARelativeClause checks that a year in a relative clause
// after a comma ("..., which was launched in 2019") dates no figure of a
// clause whose verb stands between the figure and the comma ("spent £4.5
// million fitting out the ketch, which", "Some 310 people worked on the
// build, which began in 2021"): the figure is compared with the other
// outlets' undated one. A figure of the noun the clause tells of ("the
// 12.6km Velder tunnel, which opened in 1994") still takes the year.
// Invented copy.
func TestYearInARelativeClause(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a verb in -ing between the figure and the comma",
			articles: []string{
				"a.txt", "Her crew spent £5.4 million fitting out the Skerra, which was launched in 2019.\n",
				"b.txt", "Her crew spent £4.5 million on the Skerra.\n",
				"c.txt", "The crew put £4.5 million into the Skerra.\n",
			},
			want: []string{"a.txt:1:16: fact.mismatch: amount in GBP: £5.4 million here; £4.5 million in b.txt:1, £4.5 million in c.txt:1"},
		},
		{
			name: "a verb in the past between the figure and the comma",
			articles: []string{
				"a.txt", "Some 130 people worked on the build, which began in May 2021, and nine will stay on.\n",
				"b.txt", "Some 310 people worked on the build at its peak.\n",
				"c.txt", "At its peak 310 people worked on the build.\n",
			},
			want: []string{"a.txt:1:1: fact.mismatch: people: Some 130 people here; Some 310 people in b.txt:1, 310 people in c.txt:1"},
		},
		{
			name: "a figure of the noun the clause tells of",
			articles: []string{
				"a.txt", "The new line passes the 16.2km Velder tunnel, which opened in 1994.\n",
				"b.txt", "The new line will be longer than the 12.6km Velder tunnel.\n",
				"c.txt", "It beats the 12.6km Velder tunnel as the longest.\n",
			},
		},
		{
			name: "an adverb of the present after the year",
			articles: []string{
				"a.txt", "The Orrin ferry, which began sailing in 2009 and now carries 2,600 cars a week, was held in port.\n",
				"b.txt", "The Orrin ferry carries about 6,200 cars a week.\n",
				"c.txt", "Some 6,200 cars a week cross on the Orrin ferry.\n",
			},
			want: []string{"a.txt:1:62: fact.mismatch: cars: 2,600 cars here; about 6,200 cars in b.txt:1, Some 6,200 cars in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
