package rules_test

import (
	"slices"
	"testing"
)

// TestAgeFamily checks that two people of one surname, told apart by
// their given names, are two ages ("Oskar Tervane, 47" and his wife
// "Lina Tervane, 44"), while one person's age is still compared whether
// an outlet writes the given name or the surname alone.
func TestAgeFamily(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a husband and his wife",
			articles: []string{
				"a.txt", lead + "Two workers were killed in the blast at the depot.\n\nLina Tervane, 44, told reporters he had loved the depot.",
				"b.txt", lead + "The dead man was named as Oskar Tervane, 47, a crane driver at the depot.",
				"c.txt", lead + "Crane driver Oskar Tervane, 47, was killed at the depot on Friday.",
				"d.txt", lead + "Depot worker Oskar Tervane, 47, was killed in the blast on Friday.",
			},
		},
		{
			name: "one man, his given name in one outlet",
			articles: []string{
				"a.txt", lead + "Oskar Tervane, 48, a crane driver, died at the depot.",
				"b.txt", lead + "The dead man was named as Tervane, 47, a crane driver at the depot.",
				"c.txt", lead + "Crane driver Oskar Tervane, 47, was killed at the depot on Friday.",
			},
			want: []string{`a.txt:3:16: fact.mismatch: age of Tervane: Tervane, 48 here; Tervane, 47 in b.txt:3, Tervane, 47 in c.txt:3`},
		},
		{
			// The surname alone is the given name's its own article
			// writes before it: the sailor's, not her mother's.
			name: "a surname alone and the mother of the family",
			articles: []string{
				"a.txt", lead + "Sailor Talia Quenby finished the race at dawn.\n\nHer mother, Ada Quenby, 66, watched from the harbour wall.",
				"b.txt", lead + "The sailor Talia Quenby finished the race at dawn.\n\nQuenby, 38, had been at sea for 40 days.",
				"c.txt", lead + "Talia Quenby crossed the line at dawn.\n\nQuenby, 38, broke the record by two days.",
			},
		},
		{
			name: "a surname alone and its article's given name, moved",
			articles: []string{
				"a.txt", lead + "Sailor Talia Quenby finished the race at dawn.\n\nQuenby, 36, had been at sea for 40 days.",
				"b.txt", lead + "The sailor Talia Quenby finished the race at dawn.\n\nQuenby, 38, had been at sea for 40 days.",
				"c.txt", lead + "Talia Quenby crossed the line at dawn.\n\nQuenby, 38, broke the record by two days.",
			},
			want: []string{`a.txt:5:9: fact.mismatch: age of Quenby: Quenby, 36 here; Quenby, 38 in b.txt:5, Quenby, 38 in c.txt:5`},
		},
		{
			name: "a word of the language opening the sentence is no given name",
			articles: []string{
				"a.txt", lead + "Yesterday Tervane, 48, was named as the driver who died at the depot.",
				"b.txt", lead + "The dead man was named as Oskar Tervane, 47, a crane driver at the depot.",
				"c.txt", lead + "Crane driver Oskar Tervane, 47, was killed at the depot on Friday.",
			},
			want: []string{`a.txt:3:20: fact.mismatch: age of Tervane: Tervane, 48 here; Tervane, 47 in b.txt:3, Tervane, 47 in c.txt:3`},
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
