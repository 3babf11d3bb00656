package rules_test

import (
	"slices"
	"testing"
)

// TestTypoTwoOutlets checks the route of a name used twice, once each by
// two outlets, and written once otherwise by a third with no name beside
// it or beside the word both of theirs stand beside ("Cape"): the two
// that agree give the spelling, where the name is long, the
// slip is no English word, no other name of the story is as near, and
// neither of the two is the slip's own article.
func TestTypoTwoOutlets(t *testing.T) {
	lead := "By Pim Dovecott, Tamsworth, 16 March 2024\n\n"
	story := func(name, slip string) []string {
		return []string{
			"a.txt", lead + "Rescuers reached " + name + " by noon, the police said.",
			"b.txt", lead + "The road to " + name + " was closed after the flood.",
			"c.txt", lead + "Water stood a metre deep in " + slip + " on Sunday.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "two outlets agree",
			articles: story("Mordavin", "Mordavan"),
			want:     []string{`c.txt:3:29: name.typo: "Mordavan" looks like a misspelling of "Mordavin" (named 2 times in 2 articles) => Mordavin`},
		},
		{name: "the slip is a word", articles: story("Corridon", "Corridor")},
		{name: "a short name", articles: story("Velka", "Volka")},
		{name: "a name beside the slip", articles: story("Mordavin", "Mordavan Brusk")},
		{
			name:     "the same place word before all three",
			articles: story("Cape Mordavin", "Cape Mordavan"),
			want:     []string{`c.txt:3:34: name.typo: "Mordavan" looks like a misspelling of "Mordavin" (named 2 times in 2 articles) => Mordavin`},
		},
		{
			name:     "the same place word after all three",
			articles: story("the Mordavin Valley", "the Mordavan Valley"),
			want:     []string{`c.txt:3:33: name.typo: "Mordavan" looks like a misspelling of "Mordavin" (named 2 times in 2 articles) => Mordavin`},
		},
		{name: "another place word beside the slip", articles: story("Cape Mordavin", "Port Mordavan")},
		{name: "a place word beside the slip only", articles: story("Mordavin", "Cape Mordavan")},
		{
			name: "a place word beside one of the two",
			articles: []string{
				"a.txt", lead + "Rescuers reached Cape Mordavin by noon, the police said.",
				"b.txt", lead + "The road to Mordavin was closed after the flood.",
				"c.txt", lead + "Water stood a metre deep in Cape Mordavan on Sunday.",
			},
		},
		{
			name: "one outlet writes the name twice",
			articles: []string{
				"a.txt", lead + "Rescuers reached Mordavin by noon. The road to Mordavin was closed.",
				"b.txt", lead + "The flood reached the coast by noon.",
				"c.txt", lead + "Water stood a metre deep in Mordavan on Sunday.",
			},
		},
		{
			name: "the slip's own article writes the name",
			articles: []string{
				"a.txt", lead + "Rescuers reached Mordavin by noon.",
				"b.txt", lead + "The flood reached the coast by noon.",
				"c.txt", lead + "The road to Mordavin was closed. Water stood a metre deep in Mordavan on Sunday.",
			},
		},
		{
			name: "two names one edit away",
			articles: append(story("Mordavin", "Mordavan"),
				"d.txt", lead+"Mordavon, a village upriver, was spared.",
				"e.txt", lead+"The bridge at Mordavon held."),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
