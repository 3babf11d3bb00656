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
