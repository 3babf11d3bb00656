package rules_test

import "testing"

// TestPartOfAWhole checks that a bare count given as a part of a whole
// ("310 of the 1,900 buses") is keyed by the whole's noun as a part, and
// compared with the other outlets' parts, not with the whole.
func TestPartOfAWhole(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a changed part",
			articles: []string{
				"a.txt", "Only 410 of the 1,900 buses ran on Monday.\n",
				"b.txt", "Just 310 out of 1,900 buses ran on Monday.\n",
				"c.txt", "The operator ran 310 of its usual 1,900 buses on Monday.\n",
			},
			want: []string{"a.txt:1:6: fact.mismatch: buses: 410 of the 1,900 buses here; 310 out of 1,900 buses in b.txt:1, 310 of its usual 1,900 buses in c.txt:1"},
		},
		{
			name: "a part is not its whole",
			articles: []string{
				"a.txt", "Only 310 of the 1,900 buses ran on Monday.\n",
				"b.txt", "On Monday the operator ran 1,900 buses.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
