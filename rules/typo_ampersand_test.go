package rules_test

import (
	"slices"
	"testing"
)

// TestTypoAmpersand checks that the two halves of a firm's name joined
// by an ampersand stand beside each other as a given name and a family
// name do: a slip of either half beside the other half is read against
// the spelling named beside that half, though the story names it too
// rarely to be a name on its own, and though the slip makes a word.
func TestTypoAmpersand(t *testing.T) {
	lead := "By Pim Dovecott, Tamsworth, 16 March 2024\n\n"
	firm := func(name, slip string) []string {
		return []string{
			"a.txt", lead + "The builder, " + name + " Yards, said the wall was sound.",
			"b.txt", lead + "Its owner, " + name + " Yards, will pay for the repairs.",
			"c.txt", lead + "A spokesman for " + slip + " said nobody had been hurt in the fall.",
		}
	}
	story := func(slip string) []string { return firm("Tallowby & Tenk", slip) }
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the first half slipped into a word",
			articles: story("Tallow & Tenk"),
			want:     []string{`c.txt:3:17: name.typo: "Tallow" looks like a misspelling of "Tallowby" (named 2 times in 2 articles, beside the same name) => Tallowby`},
		},
		{
			name:     "the second half slipped",
			articles: story("Tallowby & Tesk"),
			want:     []string{`c.txt:3:28: name.typo: "Tesk" looks like a misspelling of "Tenk" (named 2 times in 2 articles, beside the same name) => Tenk`},
		},
		{
			// A last letter of suffixes left off is a related word
			// ("Quarle", "Quarley"), but a slip beside the same other
			// half, as after the same given name.
			name:     "the first half with an ending left off",
			articles: append(firm("Quarley & Tenk", "Quarle & Tenk"), "d.txt", lead+"Quarley & Tenk Yards built the wall."),
			want:     []string{`c.txt:3:17: name.typo: "Quarle" looks like a misspelling of "Quarley" (named 3 times in 3 articles, beside the same name) => Quarley`},
		},
		{name: "the same spelling", articles: story("Tallowby & Tenk")},
		// "and" joins two names, not one: two places, two people.
		{name: "joined by and", articles: story("Tallow and Tenk")},
		// Beside another half it is another firm.
		{name: "beside another name", articles: story("Tallow & Dunwell")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
