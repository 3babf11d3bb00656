package rules_test

import "testing"

// TestNamedAgeStatesNoCount checks that a named person's age ("Orlik,
// 31,") is not taken for an article's statement of a count of the same
// figure: a count changed to an age that another article gives is still
// reported.
func TestNamedAgeStatesNoCount(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the other article gives the changed figure as an age",
			articles: []string{
				"a.txt", "The pile-up on the descent brought down 13 riders.\n",
				"b.txt", "The pile-up on the descent brought down 31 riders. Piet Orlik, 13, broke a wrist.\n",
				"c.txt", "A pile-up on the descent brought down 31 riders.\n",
			},
			want: []string{"a.txt:1:41: fact.mismatch: riders: 13 riders here; 31 riders in b.txt:1, 31 riders in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
