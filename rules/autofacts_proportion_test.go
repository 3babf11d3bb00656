package rules_test

import "testing"

// TestProportionIsAShare checks a share written as parts of a small
// whole ("nine in ten voters", "four out of five"): it is claimed as the
// percentage it is, to the precision of one part, and said of the noun
// after the whole as a percentage "of" it is; the whole is no count.
func TestProportionIsAShare(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "another count of parts",
			articles: []string{
				"a.txt", "Nine in ten tenants backed the rent strike, the union said.\n",
				"b.txt", "Nine in ten tenants backed the rent strike, the union said.\n",
				"c.txt", "Seven in ten tenants backed the rent strike, the union said.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "a percentage outside the part",
			articles: []string{
				"a.txt", "In all, 91% of tenants backed the rent strike, the union said.\n",
				"b.txt", "In all, 91% of tenants backed the rent strike, the union said.\n",
				"c.txt", "Four out of five tenants backed the rent strike, the union said.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "a percentage within the part",
			articles: []string{
				"a.txt", "In all, 89% of tenants backed the rent strike, the union said.\n",
				"b.txt", "In all, 89% of tenants backed the rent strike, the union said.\n",
				"c.txt", "Nine in ten tenants backed the rent strike, the union said.\n",
			},
		},
		{
			name: "in every",
			articles: []string{
				"a.txt", "Nine in ten tenants backed the rent strike, the union said.\n",
				"b.txt", "Nine in ten tenants backed the rent strike, the union said.\n",
				"c.txt", "Seven in every ten tenants backed the rent strike, the union said.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "in every, within the part",
			articles: []string{
				"a.txt", "In all, 89% of tenants backed the rent strike, the union said.\n",
				"b.txt", "In all, 89% of tenants backed the rent strike, the union said.\n",
				"c.txt", "Nine in every ten tenants backed the rent strike, the union said.\n",
			},
		},
		{
			name: "the whole is no count",
			articles: []string{
				"a.txt", "The union balloted 12 tenants before the rent strike.\n",
				"b.txt", "The union balloted 12 tenants before the rent strike.\n",
				"c.txt", "The union said nine in 10 tenants it balloted backed the rent strike.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
