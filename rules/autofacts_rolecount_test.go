package rules_test

import "testing"

// TestSpecificCountWithOneRole checks that a count of a specific noun
// each article states once is one fact though only one outlet words it
// with a contrast word: "moved 1,240 tenants" and "1,240 tenants were
// evacuated" count the same tenants. Two counts that both carry a role
// are left to their role claims, as before.
func TestSpecificCountWithOneRole(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "one outlet words the count with a contrast word",
			articles: []string{
				"a.txt", "Wardens moved 1,420 tenants out of the tower blocks overnight.\n",
				"b.txt", "Some 1,240 tenants were evacuated as the blaze spread.\n",
				"c.txt", "Council staff said 1,240 tenants had been evacuated to a sports hall.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "the counts agree",
			articles: []string{
				"a.txt", "Wardens moved 1,240 tenants out of the tower blocks overnight.\n",
				"b.txt", "Some 1,240 tenants were evacuated as the blaze spread.\n",
				"c.txt", "Council staff said 1,240 tenants had been evacuated to a sports hall.\n",
			},
		},
		{
			// Tenants counted twice in one article are counted of
			// two things: no point for a count stated once.
			name: "a noun counted of two things",
			articles: []string{
				"a.txt", "Wardens moved 1,420 tenants out of the tower blocks overnight, and 300 tenants stayed.\n",
				"b.txt", "Some 1,240 tenants were evacuated as the blaze spread.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
