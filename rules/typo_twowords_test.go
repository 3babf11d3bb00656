package rules_test

import (
	"slices"
	"strings"
	"testing"
)

// TestTypoTwoWords checks that name.typo takes no word of the language
// for a slip of another word two edits away: "Potter", a person's
// surname, is no misspelling of "Power", capitalised in a company's name
// and at a sentence's start three times; a surname two edits from a name
// that is no word is still judged.
func TestTypoTwoWords(t *testing.T) {
	lead := "By Ada Quill, Tamsworth, 16 March 2024\n\n"
	story := func(name string) []string {
		return []string{
			"a.txt", lead + "Some 9,000 homes lost their supply, said Tamsworth Electric " + name + " Co.",
			"b.txt", lead + strings.ToUpper(name[:1]) + name[1:] + " lines brought down by the gale left 9,000 households in the dark.",
			"c.txt", lead + "Tamsworth Electric " + name + " said about 9,000 households lost power.",
			"d.txt", "date 2024-03-17 Ben Potter, 27, from Hulme, was trapped at the ski lodge when the gale closed the pass. \"Then the power went off,\" he said.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "a surname two edits from a capitalised word", articles: story("Power")},
		{
			name:     "a surname two edits from a name that is no word",
			articles: story("Pomer"),
			want:     []string{`d.txt:1:21: name.typo: "Potter" looks like a misspelling of "Pomer" (named 3 times in 3 articles) => Pomer`},
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
