package rules_test

import "testing"

// TestCancelledAndDiverted checks the contrast groups of what befell a
// service: "42 sailings were cancelled and 17 diverted" are two counts,
// each keyed by its verb (or the noun "cancellation"), so that the bare
// "17 diverted" is claimed and the cancelled are compared with the
// cancelled however the outlets word them ("axed", "the cancellation of").
func TestCancelledAndDiverted(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a bare count of the diverted",
			articles: []string{
				"a.txt", "The ferry line said 42 sailings had been cancelled and 17 diverted.\n",
				"b.txt", "The ferry line said 42 sailings had been cancelled and 17 diverted.\n",
				"c.txt", "The ferry line said 42 sailings had been cancelled and 19 diverted.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the cancelled in other words, beside a count of the diverted",
			articles: []string{
				"a.txt", "Gales forced the cancellation of 42 sailings, and 17 sailings were diverted to Harwick.\n",
				"b.txt", "Gales forced the cancellation of 42 sailings, and 17 sailings were diverted to Harwick.\n",
				"c.txt", "Some 48 sailings were axed and 17 sailings went to Harwick instead as the gales hit.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the counts agree",
			articles: []string{
				"a.txt", "Gales forced the cancellation of 42 sailings, and 17 sailings were diverted to Harwick.\n",
				"b.txt", "The ferry line said 42 sailings had been cancelled and 17 diverted.\n",
				"c.txt", "Some 42 sailings were axed and 17 sailings went to Harwick instead as the gales hit.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
