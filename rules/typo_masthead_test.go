package rules_test

import (
	"slices"
	"testing"
)

// TestTypoMasthead checks that a paper's name in its page's furniture
// line ("Glosik Dorvicka | News | Friday"), often the adjective of its
// town's name, is no slip of the town's name, while the same spelling in
// the copy still is.
func TestTypoMasthead(t *testing.T) {
	story := func(regional string) []string {
		return []string{
			"a.txt", "Dorvice council meets\n\nDORVICE, 6 March — The council of Dorvice voted on Thursday to close two schools in Dorvice.\n",
			"b.txt", "Schools to shut\n\nDORVICE, 6 March — Two schools in Dorvice will close, the council of Dorvice said.\n",
			"c.txt", "Dorvice schools\n\n" + regional,
		}
	}
	for _, tc := range []struct {
		name, regional string
		want           []string
	}{
		{
			name:     "the paper's name in the furniture line",
			regional: "Glosik Dorvicka | News | Friday\n\nDORVICE, 6 March — Parents in Dorvice said the two schools were full.\n",
		},
		{
			name:     "the same spelling in the copy",
			regional: "Parents said the schools in Dorvicka were full.\n",
			want:     []string{`c.txt:3:29: name.typo: "Dorvicka" looks like a misspelling of "Dorvice" (named 6 times in 3 articles) => Dorvice`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", story(tc.regional)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
