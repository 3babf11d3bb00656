package rules_test

import "testing"

// TestYearInAfterPhrase checks that a year in an "after" or "before"
// phrase ("fined £40,000 after a tank failure in 2016") dates the event the
// phrase names, not the figure before it: the fine is compared with
// another outlet's undated fine. A figure after the year in the phrase's
// clause keeps the year, and so does one a comma parts from the phrase.
// Invented copy.
func TestYearInAfterPhrase(t *testing.T) {
	b := "The Arnholt refinery paid a £40,000 fine over the earlier tank failure, the court heard.\n"
	c := "A court ordered the Arnholt refinery to pay a £40,000 fine for the earlier tank failure.\n"
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "the figure before the phrase",
			a:    "The Arnholt refinery was given a £60,000 fine after a tank failure in 2016 flooded 37 cellars.\n",
			want: []string{"a.txt:1:34: fact.mismatch: amount in GBP: £60,000 here; £40,000 in b.txt:1, £40,000 in c.txt:1"},
		},
		{
			name: "the same figure",
			a:    "The Arnholt refinery was given a £40,000 fine after a tank failure in 2016 flooded 37 cellars.\n",
		},
		{
			name: "before",
			a:    "The Arnholt refinery was given a £60,000 fine before the hearing in 2019 on the tank failure.\n",
			want: []string{"a.txt:1:34: fact.mismatch: amount in GBP: £60,000 here; £40,000 in b.txt:1, £40,000 in c.txt:1"},
		},
		{
			// A comma parts the figure from the phrase: the year
			// dates it, as before.
			name: "a comma before the phrase",
			a:    "The Arnholt refinery was given a £60,000 fine, after a tank failure in 2016.\n",
		},
		{
			// The year dates the figure of its own clause.
			name: "a fine in the year's own clause",
			a:    "The Arnholt refinery was given a £60,000 penalty in 2019 for the tank failure.\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", b, "c.txt", c), tc.want...)
		})
	}
}
