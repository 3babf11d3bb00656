package rules_test

import "testing"

// TestFurtherSum checks that a sum after "a further", "an extra" or "an
// additional" is a part added to a sum given before, as one after
// "plus" is: compared with other outlets' added parts, where it was
// dropped as a frame ("a further three days") and never compared, and
// never with the whole the parts make.
func TestFurtherSum(t *testing.T) {
	plus := "Orvel signed from Tessa FC for a fee of 62 million euros, plus up to 13 million euros in add-ons, both clubs said.\n"
	also := "The fee for Orvel is €62m plus €13m in add-ons, Tessa FC said.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the same added sum",
			articles: []string{"a.txt", "Orvel has joined from Tessa FC for €62m, with a further €13m in add-ons.\n", "b.txt", plus, "c.txt", also},
		},
		{
			name:     "an added sum changed",
			articles: []string{"a.txt", "Orvel has joined from Tessa FC for €62m, with a further €31m in add-ons.\n", "b.txt", plus, "c.txt", also},
			want:     []string{"a.txt:1:57: fact.mismatch: amount in EUR: €31m here; up to 13 million euros in b.txt:1, €13m in c.txt:1"},
		},
		{
			name:     "an extra sum is no whole",
			articles: []string{"a.txt", "Orvel has joined from Tessa FC for €62m, and an extra €13m in add-ons could take the deal to €75m.\n", "b.txt", "The deal for Orvel could be worth €75m in all, Tessa FC said.\n"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
