package rules_test

import (
	"slices"
	"testing"
)

// TestTypoBlockedByFarName checks a slip whose nearest name of the
// spelling's own initial stands nowhere its uses do: "Ottar Kenra" where
// "Ottar Benra" is named throughout and the story names Kenya, a
// gazetteer's name one edit from the slip. The gazetteer's name is no
// evidence (no use stands beside a name it does), so the route that reads
// a first letter slipped beside the same given name is asked as if it
// were not near; before, it took the place of every other route and the
// slip went unreported.
func TestTypoBlockedByFarName(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(slipped string) []string {
		return []string{
			"a.txt", lead + "The race was won by Ottar Benra of Norway, who ran in Kenya all winter.",
			"b.txt", lead + "Second place went to a Swede, well behind Ottar Benra at the line.",
			"c.txt", lead + "The favourite, Ottar Benra, led from the start.",
			"d.txt", lead + "The crowd cheered as " + slipped + " crossed the line first.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a first letter slipped beside the same given name",
			articles: story("Ottar Kenra"),
			want:     []string{`d.txt:3:28: name.typo: "Kenra" looks like a misspelling of "Benra" (named 3 times in 3 articles, beside the same name) => Benra`},
		},
		// Beside another given name it is another person; and the
		// gazetteer's name is still no target of a use beside a name
		// it never stands beside.
		{name: "another given name", articles: story("Ingrid Kenra")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
