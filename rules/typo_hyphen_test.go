package rules_test

import "testing"

// TestTypoHyphenatedHalf checks that the second half of a hyphenated
// surname is judged after its first half as a family name is after a
// given name: "Wendel-Mars" where "Wendel-Marsh" is named in the other
// articles.
func TestTypoHyphenatedHalf(t *testing.T) {
	// The name, two articles, once each (the default pack's
	// min_name_uses_beside).
	named := []string{"a.txt", "The auctioneer, Petra Wendel-Marsh, opened the sale at Korvale.\n",
		"b.txt", "Auctioneer Petra Wendel-Marsh closed the Korvale sale early.\n"}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a letter dropped from the second half",
			articles: append(named[:4:4], "c.txt", "Aides to Petra Wendel-Mars agreed at Korvale.\n"),
			want:     []string{`c.txt:1:23: name.typo: "Mars" looks like a misspelling of "Marsh"`},
		},
		{
			name:     "a letter dropped from the first half",
			articles: append(named[:4:4], "c.txt", "Aides to Petra Wendl-Marsh agreed at Korvale.\n"),
			want:     []string{`c.txt:1:16: name.typo: "Wendl" looks like a misspelling of "Wendel"`},
		},
		{
			name:     "after another first half: another name",
			articles: append(named[:4:4], "c.txt", "Aides to Petra Cole-Mars agreed at Korvale.\n"),
		},
		{
			name:     "a spaced dash joins no name",
			articles: append(named[:4:4], "c.txt", "Aides said Wendel - Mars agreed at Korvale.\n"),
		},
		{
			name:     "each spelling twice: two settled spellings",
			articles: append(named[:4:4], "c.txt", "Aides to Petra Wendel-Mars agreed. Then Wendel-Mars left Korvale.\n"),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "name.typo", tc.articles...), tc.want...)
		})
	}
}
