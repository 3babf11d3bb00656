package rules_test

import (
	"slices"
	"testing"
)

// TestTypoFirstLetter checks the route for a slip of a name's first
// letter inside a name of several words: "MV Amber Dull" where three
// other articles name the "MV Amber Gull". The other routes read only
// the targets that share the spelling's initial, and the slip makes an
// English word, so nothing judged it. The compound is the evidence: a
// shared generic word ("Port", "Bay") only where neither spelling is a
// word, and never the spelling alone or beside another name.
func TestTypoFirstLetter(t *testing.T) {
	lead := "By Ada Quill, Brenmouth, 16 March 2024\n\n"
	story := func(name, slipped string) []string {
		return []string{
			"a.txt", lead + "The dredger " + name + " found the hull 40 metres down off Brenmouth.",
			"b.txt", lead + "Divers from the " + name + " reached the hull off Brenmouth on Friday.",
			"c.txt", lead + "Footage shot from the " + name + " shows the hull upright off Brenmouth.",
			"d.txt", lead + "The hull was found off Brenmouth by the dredger " + slipped + ", the museum said.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a slip of the first letter that makes a word",
			articles: story("MV Amber Gull", "MV Amber Dull"),
			want:     []string{`d.txt:3:58: name.typo: "Dull" looks like a misspelling of "Gull" (named 3 times in 3 articles, beside the same name) => Gull`},
		},
		{
			name:     "the first word of the compound",
			articles: story("the Tollick Lode mine", "the Pollick Lode mine"),
			want:     []string{`d.txt:3:53: name.typo: "Pollick" looks like a misspelling of "Tollick" (named 3 times in 3 articles, beside the same name) => Tollick`},
		},
		// A generic word shared is evidence only where neither spelling
		// is a word: two ports of one kind may be words that differ in
		// their first letter, not coinages.
		{name: "words beside a generic word", articles: story("Port Tarn", "Port Barn")},
		{
			name:     "no words beside a generic word",
			articles: story("the Wendle Bay", "the Kendle Bay"),
			want:     []string{`d.txt:3:53: name.typo: "Kendle" looks like a misspelling of "Wendle" (named 3 times in 3 articles) => Wendle`},
		},
		{name: "a generic word before, another name after", articles: story("Port Wendle", "Port Kendle Harbour")},
		// Beside another name word, or beside none, it is another name.
		{name: "beside another name", articles: story("MV Amber Gull", "MV Golden Dull")},
		{name: "beside no name", articles: story("MV Amber Gull", "the Dull")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
