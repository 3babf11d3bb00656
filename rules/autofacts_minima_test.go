package rules_test

import "testing"

// TestMinima checks that two floors of one role ("at least N dead") in
// outlets of one day compare as the figures they are, while a floor and
// a figure above it still agree, and "more than N", often far under the
// figure, keeps its open interval.
func TestMinima(t *testing.T) {
	toll := func(floor string) string {
		return "date 2024-03-08 Flash floods swept through the hill town of Carrowmere on Thursday. At least " + floor + " people died and 6 are missing, the district office said.\n"
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "two floors of one toll on one day disagree",
			articles: []string{"a.txt", toll("17"), "b.txt", toll("17"), "c.txt", toll("16")},
			want:     []string{"c.txt:1:85: fact.mismatch: people: At least 16 people here; At least 17 people in a.txt:1, At least 17 people in b.txt:1"},
		},
		{
			// A running toll: the later day's floor is another count.
			name: "floors of two days are two counts",
			articles: []string{
				"a.txt", toll("17"), "b.txt", toll("17"),
				"c.txt", "date 2024-03-10 Flash floods swept through the hill town of Carrowmere on Thursday. At least 23 people died and 6 are missing, the district office said.\n",
			},
		},
		{
			name:     "the same floor agrees",
			articles: []string{"a.txt", toll("17"), "b.txt", toll("17"), "c.txt", toll("17")},
		},
		{
			name: "a floor and a figure above it agree",
			articles: []string{
				"a.txt", toll("17"), "b.txt", toll("17"),
				"c.txt", "date 2024-03-08 Flash floods swept through the hill town of Carrowmere on Thursday. In all 19 people died and 6 are missing, the district office said.\n",
			},
		},
		{
			name: "more than N is no floor to agree with",
			articles: []string{
				"a.txt", toll("17"), "b.txt", toll("17"),
				"c.txt", "date 2024-03-08 Flash floods swept through the hill town of Carrowmere on Thursday. More than 15 people died and 6 are missing, the district office said.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
