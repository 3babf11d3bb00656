package rules_test

import (
	"slices"
	"testing"
)

// TestCostAndBill checks that a sum an outlet says something costs and
// the bill another outlet puts on it are one sum ("will cost hauliers
// €2.9 million", "estimated the bill at €2.6 million"), while a price of each
// of many things ("seats are priced at £17") is not what something
// cost. Invented copy.
func TestCostAndBill(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "a cost and a bill, the same sum",
			a:    "Insurers say the storm will cost hauliers €2.9 million.",
			b:    "An industry group estimated the bill at €2.9 million.",
		},
		{
			name: "a cost and a bill, changed",
			a:    "Insurers say the storm will cost hauliers €2.9 million.",
			b:    "An industry group estimated the bill at €2.6 million.",
			want: []string{
				"a.txt:1:43: fact.mismatch: amount in EUR: €2.9 million here; €2.6 million in b.txt:1",
				"b.txt:1:41: fact.mismatch: amount in EUR: €2.6 million here; €2.9 million in a.txt:1",
			},
		},
		{
			name: "a price of each is no cost",
			a:    "One fan said his trip cost him £143.",
			b:    "Seats are priced at £17 each.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", tc.b)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
