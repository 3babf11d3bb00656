package rules_test

import (
	"strings"
	"testing"
)

// TestTypoSameArticle checks the same_person reading of a family name
// used once in the run whose own article names the family in the other
// form: after a given name where the article has the name after a title
// ("Ottoline Vallory" and then "Mrs Valloray"), or after a title where it
// has the name after a given name. One family name written both ways in
// one article is one family's, and the spelling used once is the slip,
// a word or not. The copy is invented.
func TestTypoSameArticle(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a given name's family name against the article's title and name",
			articles: []string{
				"a.txt", "Retired teacher Ottoline Vallory, 71, lost her savings in the collapse.\n\n\"We trusted them,\" said Mrs Valloray, who lives in Dunmere.\n",
				"b.txt", "Among the savers was Mrs Valloray, a retired teacher of Dunmere.\n",
			},
			want: []string{`a.txt:1:26: name.typo: "Vallory" looks like a misspelling of "Valloray" (named 2 times in 2 articles)`},
		},
		{
			name: "a title's family name, a word, against the article's given name and name",
			articles: []string{
				"a.txt", "Orchard owner Ysolde Hunten lost her crop to the frost.\n\n\"It went in a night,\" Mrs Hunter said.\n",
				"b.txt", "The frost took the crop of Ysolde Hunten, who farms near Dunmere.\n",
			},
			want: []string{`a.txt:3:27: name.typo: "Hunter" looks like a misspelling of "Hunten"`},
		},
		{
			name: "the other form in another article only: no finding",
			articles: []string{
				"a.txt", "Retired teacher Ottoline Vallory, 71, lost her savings in the collapse.\n",
				"b.txt", "\"We trusted them,\" said Mrs Valloray, who lives in Dunmere.\n\nMrs Valloray has asked for her money back.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if len(got) != len(tc.want) {
				t.Fatalf("got\n  %q\nwant\n  %q", got, tc.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("got\n  %q\nwant\n  %q…", got[i], tc.want[i])
				}
			}
		})
	}
}
