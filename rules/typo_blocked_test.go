package rules_test

import (
	"slices"
	"testing"
)

// TestTypoBlockedByFarName checks a slip whose nearest name of the
// spelling's own initial stands nowhere its uses do: "Ottar Tonra" where
// "Ottar Bonra" is named throughout and the story names Tonga, a
// gazetteer's name one edit from the slip. The gazetteer's name is no
// evidence (no use stands beside a name it does), so the route that reads
// a first letter slipped beside the same given name is asked as if it
// were not near; before, it took the place of every other route and the
// slip went unreported.
func TestTypoBlockedByFarName(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(slipped string) []string {
		return []string{
			"a.txt", lead + "The race was won by Ottar Bonra, who trained in Tonga all winter.",
			"b.txt", lead + "The runner-up was a rival well behind Ottar Bonra at the line.",
			"c.txt", lead + "The favourite, Ottar Bonra, led from the start.",
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
			articles: story("Ottar Tonra"),
			want:     []string{`d.txt:3:28: name.typo: "Tonra" looks like a misspelling of "Bonra" (named 3 times in 3 articles, beside the same name) => Bonra`},
		},
		// Beside another given name it is another person; and the
		// gazetteer's name is still no target of a use beside a name
		// it never stands beside.
		{name: "another given name", articles: story("Sabeth Tonra")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
