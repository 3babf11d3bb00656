package rules_test

import "testing"

// TestUniqueOfYear checks that a figure of the same key dated to another
// year is no second statement of it: "in 2009 it shut six libraries" is
// another fact, and the article's only figure of this year is still its
// only one, compared on that evidence. Invented copy.
func TestUniqueOfYear(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "another year's figure beside it",
			articles: []string{
				"a.txt", "The Brisco council will close 14 libraries in the spring to save money.\n\nIn 2009 the council shut six libraries, a cut reversed a year later.\n",
				"b.txt", "Fourteen libraries are to shut, the Brisco council confirmed on Tuesday.\n",
				"c.txt", "Brisco is losing 17 libraries after a vote by councillors.\n",
			},
			want: []string{"c.txt:1:18: fact.mismatch: libraries: 17 libraries here; 14 libraries in a.txt:1, Fourteen libraries in b.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
