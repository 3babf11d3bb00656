package rules_test

import "testing"

// TestRatePeriods checks that amounts per the same period ("a month")
// are taken for one fact on that evidence, and that amounts per
// different periods are not compared.
func TestRatePeriods(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the same period is evidence of one fact",
			articles: []string{
				"a.txt", "The strike will cost the operator 9 million euros. Drivers earn on average 2,900 euros a month, the operator said.\n",
				"b.txt", "Bosses put the loss at €9m. Staff behind the wheel take home €2,900 a month.\n",
				"c.txt", "Bosses put the loss at €9m. Those at the wheel pocket €3,900 a month.\n",
			},
			want: []string{"c.txt:1:55: fact.mismatch: amount in EUR: €3,900 here; 2,900 euros in a.txt:1, €2,900 in b.txt:1"},
		},
		{
			name: "every single day is a day, and not a week",
			articles: []string{
				"a.txt", "The striker will earn £210,000 a week under the deal.\n",
				"b.txt", "The striker will earn £30,000 every single day under the deal.\n",
			},
		},
		{
			name: "a week is not a day",
			articles: []string{
				"a.txt", "The striker will earn £210,000 a week under the deal.\n",
				"b.txt", "The striker will earn £30,000 a day under the deal.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
