package rules_test

import "testing"

// TestShareOfSizedWhole checks that a share "of" a whole whose size is
// given before its noun ("40% of the council's 2,000 computers", "8% of
// its 15,000-strong workforce") measures that noun, as it does where
// another outlet leaves the size out.
func TestShareOfSizedWhole(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a size after the owner",
			articles: []string{
				"a.txt", "About 40% of the council's 2,000 computers were encrypted in the attack on Monday, officials said.\n",
				"b.txt", "The attack on Monday encrypted roughly 40% of the council's computers, officials said.\n",
				"c.txt", "About 60% of the council's 2,000 computers were encrypted in the attack on Monday, officials said.\n",
			},
			want: []string{"c.txt:1:1: fact.mismatch: ratio: About 60% here; About 40% in a.txt:1, roughly 40% in b.txt:1"},
		},
		{
			name: "a size joined to a word",
			articles: []string{
				"a.txt", "The cuts amount to about 6% of the group's 9,000-strong workforce, the bakery chain said.\n",
				"b.txt", "The bakery chain will cut about 6% of its workforce, it said on Tuesday.\n",
				"c.txt", "The cuts amount to about 12% of its 9,000-strong workforce, the bakery chain said.\n",
			},
			want: []string{"c.txt:1:20: fact.mismatch: ratio: about 12% here; about 6% in a.txt:1, about 6% in b.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
