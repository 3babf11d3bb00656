package rules_test

import (
	"slices"
	"testing"
)

// TestRemainderCounts checks fact.mismatch on bare counts with a
// remainder word after them ("two more bodies"): an increment of a total
// is compared with other outlets' increments, never with the total.
func TestRemainderCounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "an increment is not the total",
			articles: []string{
				"a.txt", "Divers recovered two more bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
				"b.txt", "Divers recovered 14 bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
			},
		},
		{
			name: "increments are compared with each other",
			articles: []string{
				"a.txt", "Divers recovered two more bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
				"b.txt", "Divers recovered three more bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
			},
			want: []string{
				"a.txt:1:18: fact.mismatch: bodies: two more bodies here; three more bodies in b.txt:1",
				"b.txt:1:18: fact.mismatch: bodies: three more bodies here; two more bodies in a.txt:1",
			},
		},
		{
			name: "others after a sentence of the same people is a remainder",
			articles: []string{
				"a.txt", "She and a 61-year-old man were critically ill in the Dunmore infirmary. Nine others were taken to hospital.\n",
				"b.txt", "Eleven people were taken to hospital, including two in a critical condition.\n",
			},
		},
		{
			name: "other opening its sentence counts the role whole",
			articles: []string{
				"a.txt", "She and a 61-year-old man were critically ill in the Dunmore infirmary. Nine other people were taken to hospital.\n",
				"b.txt", "Eleven people were taken to hospital, including two in a critical condition.\n",
			},
			want: []string{
				"a.txt:1:73: fact.mismatch: people: Nine other people here; Eleven people in b.txt:1",
				"b.txt:1:1: fact.mismatch: people: Eleven people here; Nine other people in a.txt:1",
			},
		},
		{
			name: "other joined by and to a noun is a remainder",
			articles: []string{
				"a.txt", "The slurry crossed his farm and eight other farms near Tallow Cross.\n",
				"b.txt", "The slurry reached nine farms near Tallow Cross on Tuesday.\n",
			},
		},
		{
			name: "other joined by and to a clause counts the noun whole",
			articles: []string{
				"a.txt", "Two farms flooded and eight other farms were evacuated near Tallow Cross.\n",
				"b.txt", "Ten farms were evacuated near Tallow Cross on Tuesday.\n",
			},
			want: []string{
				"a.txt:1:23: fact.mismatch: farms: eight other farms here; Ten farms in b.txt:1",
				"b.txt:1:1: fact.mismatch: farms: Ten farms here; eight other farms in a.txt:1",
			},
		},
		{
			// "more" after a count joined by "and" to a count of
			// another role: all of that role, and the role's word
			// after "more" is the count's.
			name: "more after a count of another role counts its own role whole",
			articles: []string{
				"a.txt", "The landslip at Tallow Cross left SIX dead and three more missing on Tuesday.\n",
				"b.txt", "Rescuers at Tallow Cross said two people were still missing on Tuesday.\n",
			},
			want: []string{
				"a.txt:1:48: fact.mismatch: missing: three here; two people in b.txt:1",
				"b.txt:1:31: fact.mismatch: missing: two people here; three in a.txt:1",
			},
		},
		{
			// A figure with a fraction is no count of people: the
			// magnitude is not shown as the other outlet's toll.
			name: "a magnitude is no toll",
			articles: []string{
				"a.txt", "Wave after 6.3 quake kills nine on Varne coast, four missing\n\nThe wave struck on Tuesday.\n",
				"b.txt", "The wave hit the Varne coast on Tuesday, leaving NINE dead and five more missing.\n",
			},
			want: []string{
				"a.txt:1:49: fact.mismatch: missing: four here; five in b.txt:1",
				"b.txt:1:64: fact.mismatch: missing: five here; four in a.txt:1",
			},
		},
		{
			name: "totals are compared as before",
			articles: []string{
				"a.txt", "Divers recovered 12 bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
				"b.txt", "Divers recovered 14 bodies from the flooded quarry at Tallow Cross on Tuesday.\n",
			},
			want: []string{
				"a.txt:1:18: fact.mismatch: bodies: 12 bodies here; 14 bodies in b.txt:1",
				"b.txt:1:18: fact.mismatch: bodies: 14 bodies here; 12 bodies in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestRoundedThousands checks fact.mismatch on a bare figure written to
// its thousands with two or more figures before the zeros: it allows the
// rounding of its last non-zero digit, while a figure of one non-zero
// digit, and a change beyond the rounding, are still reported.
func TestRoundedThousands(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "41,000 for 40,700 is rounding",
			articles: []string{
				"a.txt", "The wind farm off Carrow Point will power 40,700 homes when it opens in the spring.\n",
				"b.txt", "The wind farm off Carrow Point will power 41,000 homes when it opens in the spring.\n",
			},
		},
		{
			name: "41,000 for 46,200 is not",
			articles: []string{
				"a.txt", "The wind farm off Carrow Point will power 46,200 homes when it opens in the spring.\n",
				"b.txt", "The wind farm off Carrow Point will power 41,000 homes when it opens in the spring.\n",
			},
			want: []string{
				"a.txt:1:43: fact.mismatch: homes: 46,200 homes here; 41,000 homes in b.txt:1",
				"b.txt:1:43: fact.mismatch: homes: 41,000 homes here; 46,200 homes in a.txt:1",
			},
		},
		{
			name: "2,000 for 2,400 is not: one non-zero digit",
			articles: []string{
				"a.txt", "The wind farm off Carrow Point will power 2,400 homes when it opens in the spring.\n",
				"b.txt", "The wind farm off Carrow Point will power 2,000 homes when it opens in the spring.\n",
			},
			want: []string{
				"a.txt:1:43: fact.mismatch: homes: 2,400 homes here; 2,000 homes in b.txt:1",
				"b.txt:1:43: fact.mismatch: homes: 2,000 homes here; 2,400 homes in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestPluralQualifier checks fact.mismatch on a count whose noun is
// qualified by a plural in -s ("23 sports halls", "40 goods wagons"): it
// counts the noun after the qualifier and is compared with counts of
// that noun; a collective noun before a plural ("30 police officers")
// is read as before.
func TestPluralQualifier(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a plural in -s before the noun qualifies it",
			articles: []string{
				"a.txt", "The ministry on Monday ordered 31 sports halls closed until their roofs were inspected.\n",
				"b.txt", "The ministry on Monday ordered 13 halls closed until their roofs were inspected.\n",
			},
			want: []string{
				"a.txt:1:32: fact.mismatch: sports halls: 31 sports halls here; 13 halls in b.txt:1",
				"b.txt:1:32: fact.mismatch: halls: 13 halls here; 31 sports halls in a.txt:1",
			},
		},
		{
			name: "the same count of the noun agrees",
			articles: []string{
				"a.txt", "The ministry on Monday ordered 13 sports halls closed until their roofs were inspected.\n",
				"b.txt", "The ministry on Monday ordered 13 halls closed until their roofs were inspected.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
