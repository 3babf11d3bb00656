package rules_test

import "testing"

// TestAmongWhole checks that a count after "among" is the whole its
// subject is one of ("was among 23 people hurt"), a count of the story
// like any other, not a part of one.
func TestAmongWhole(t *testing.T) {
	expect(t, checkDefaultRule(t, "fact.mismatch",
		"a.txt", "A cyclist was among 23 people hurt when the roof of the market hall gave way.\n",
		"b.txt", "Twenty-three people were hurt when the market hall roof gave way.\n",
		"c.txt", "The roof of the market hall collapsed, and 32 people were hurt.\n",
	), "c.txt:1:44: fact.mismatch: people: 32 people here; 23 people in a.txt:1, Twenty-three people in b.txt:1")
}

// TestAfterClauseYear checks that a clause opened by "after" right after
// a year is of that year, to its end: its figures are another event's,
// not the story's, and a sentence that goes on past it with its own verb
// is not.
func TestAfterClauseYear(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the clause and its participle phrase are of the year",
			articles: []string{
				"a.txt", "Vellar Ltd was fined £40,000 in 2019 after a hoist fell three floors, injuring 14 workers.\n",
				"b.txt", "Eleven workers were hurt at the Dunmere yard on Monday.\n",
				"c.txt", "On Monday 11 workers were hurt at Vellar's Dunmere yard.\n",
			},
		},
		{
			name: "the sentence's own verb after the clause is not",
			articles: []string{
				"a.txt", "Orla Penn, who took charge in 2019 after the failed 2016 survey, said the return rate of 77.3 per cent was the best yet.\n",
				"b.txt", "The survey's return rate reached 71.3%, the office said.\n",
				"c.txt", "The office said the return rate was 71.3 per cent.\n",
			},
			want: []string{"a.txt:1:90: fact.mismatch: ratio: 77.3 per cent here; 71.3% in b.txt:1, 71.3 per cent in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestLaterCountPeriod checks that a period further on in a count's
// clause ("used the tunnel daily", "every day") makes it a count per
// that period, as one right after its noun does, while "for a day" there
// is a span, no period.
func TestLaterCountPeriod(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "an adverb of a period after the verb",
			articles: []string{
				"a.txt", "About 52,000 vehicles used the tunnel daily, the council said.\n",
				"b.txt", "The tunnel carried 25,000 vehicles a day.\n",
				"c.txt", "It was used by 25,000 vehicles every day.\n",
			},
			want: []string{"a.txt:1:1: fact.mismatch: vehicles: About 52,000 vehicles here; 25,000 vehicles in b.txt:1, 25,000 vehicles in c.txt:1"},
		},
		{
			name: "every and a unit of time after the verb",
			articles: []string{
				"a.txt", "About 52,000 vehicles cross the tunnel every day, the council said.\n",
				"b.txt", "The tunnel carried 25,000 vehicles a day.\n",
				"c.txt", "It was used by 25,000 vehicles every day.\n",
			},
			want: []string{"a.txt:1:1: fact.mismatch: vehicles: About 52,000 vehicles here; 25,000 vehicles in b.txt:1, 25,000 vehicles in c.txt:1"},
		},
		{
			name: "no period is read past the sentence's end",
			articles: []string{
				"a.txt", "Lodge reopens with room for 800 guests\n\nDaily tours start in May.\n",
				"b.txt", "The lodge takes 300 guests a day in summer.\n",
			},
		},
		{
			name: "a span after the verb is no period",
			articles: []string{
				"a.txt", "Some 300 guests stayed at the lodge for a day.\n",
				"b.txt", "The lodge takes 800 guests a day in summer.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestOfAge checks that "a boy of eight" states an age, not a count: an
// article that gives it does not thereby state the others' eight kiosks,
// and its own changed count of them is still reported.
func TestOfAge(t *testing.T) {
	expect(t, checkDefaultRule(t, "fact.mismatch",
		"a.txt", "Eleven people were hurt, including a boy of eight. Seven kiosks were wrecked.\n",
		"b.txt", "Eleven people were hurt. Eight kiosks were wrecked.\n",
		"c.txt", "The storm hurt 11 people and wrecked eight kiosks.\n",
	), "a.txt:1:52: fact.mismatch: kiosks: Seven kiosks here; Eight kiosks in b.txt:1, eight kiosks in c.txt:1")
}

// TestRoleWordWithItsOwnFigure checks that a contrast word after a count
// that takes a figure of its own ("carrying 41 passengers, killing
// three") gives the count no role: the three are the killed, not the 41.
func TestRoleWordWithItsOwnFigure(t *testing.T) {
	expect(t, checkDefaultRule(t, "fact.mismatch",
		"a.txt", "The boulder struck a coach carrying 14 passengers, killing three.\n",
		"b.txt", "Three died. Eleven more of the 41 passengers were hurt.\n",
		"c.txt", "Eleven more of the 41 passengers on the coach were injured.\n",
	), "a.txt:1:37: fact.mismatch: passengers: 14 passengers here; 41 passengers in b.txt:1, 41 passengers in c.txt:1")
}

// TestIncrementNotItsWhole checks that "blasts" and "explosions" count
// one thing (count_groups), and that an increment ("six more blasts")
// is not stated by another article's whole of the noun ("six
// detonations in total"), which would hold a changed increment back.
func TestIncrementNotItsWhole(t *testing.T) {
	expect(t, checkDefaultRule(t, "fact.mismatch",
		"a.txt", "The first blast shook the depot at noon. Six more blasts followed within the hour.\n",
		"b.txt", "Five more explosions followed the first within the hour.\n",
		"c.txt", "There were six detonations in total, the last just before 1pm.\n",
		"d.txt", "After the first blast, five more followed within the hour.\n",
	), "a.txt:1:42: fact.mismatch: blasts: Six more blasts here; Five more explosions in b.txt:1")
}

// TestModifierRole checks that a contrast word between a count and its
// noun ("69 cancelled departures") gives the count its role, as the verb
// does in "cancelled 96 departures".
func TestModifierRole(t *testing.T) {
	expect(t, checkDefaultRule(t, "fact.mismatch",
		"a.txt", "Passengers will be refunded for all 69 cancelled departures.\n",
		"b.txt", "Brenmoor Ferries has cancelled 96 departures and suspended the service.\n",
		"c.txt", "Crossings are halted for a week, with 96 departures axed.\n",
	), "a.txt:1:37: fact.mismatch: cancelled: 69 cancelled departures here; 96 departures in b.txt:1, 96 departures in c.txt:1")
}
