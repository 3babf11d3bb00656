package rules_test

import "testing"

// TestSumSpentOn checks that a verb in "-ing" after a sum that takes an
// object ("spent £2.45m fixing the first nine floors") is what the sum
// was spent on, not a noun it measures: outlets name the work with other
// verbs, and the sums are one fact. A noun after a sum ("a £40m housing
// scheme") still keeps two sums apart.
func TestSumSpentOn(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the work named with other verbs",
			articles: []string{
				"a.txt", "Tenants asked why panels remain, four years after the council spent £2.54m removing them from the first nine storeys.\n",
				"b.txt", "The council spent £2.45m fixing the first nine floors four years ago.\n",
				"c.txt", "Tenants say the council spent £2.45 million replacing the panels on nine floors.\n",
			},
			want: []string{"a.txt:1:69: fact.mismatch: amount in GBP: £2.54m here; £2.45m in b.txt:1, £2.45 million in c.txt:1"},
		},
		{
			name: "the same sum",
			articles: []string{
				"a.txt", "Tenants asked why panels remain, four years after the council spent £2.45m removing them from the first nine storeys.\n",
				"b.txt", "The council spent £2.45m fixing the first nine floors four years ago.\n",
			},
		},
		{
			name: "two schemes named by their nouns",
			articles: []string{
				"a.txt", "The council approved a £40m housing scheme for the estate on Monday.\n",
				"b.txt", "The council approved a £45m road scheme for the estate on Monday.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
