package rules_test

import (
	"slices"
	"testing"
)

// TestSumOfNounNear checks that the noun a sum prices, written after
// the figure ("a 3.1 million kroner voyage"), is evidence of one fact
// with another outlet's sum whose near words name the same noun ("the
// voyage cost around 2.4 million kroner"), as a shared modifier is.
// Invented copy.
func TestSumOfNounNear(t *testing.T) {
	b := "The voyage cost around 2.4 million kroner. A boatyard in Varnes gave 500,000 kroner of that."
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same sum",
			text: "Tarvik's 2.4 million kroner voyage, most of it funded by his savings, ended in Varnes in June.",
		},
		{
			name: "the sum changed",
			text: "Tarvik's 3.1 million kroner voyage, most of it funded by his savings, ended in Varnes in June.",
			want: []string{
				"a.txt:1:10: fact.mismatch: amount in kroner: 3.1 million kroner here; around 2.4 million kroner in b.txt:1",
				"b.txt:1:17: fact.mismatch: amount in kroner: around 2.4 million kroner here; 3.1 million kroner in a.txt:1",
			},
		},
		{
			name: "another noun",
			text: "Tarvik's 3.1 million kroner boat, most of it funded by his savings, reached Varnes in June.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.text, "b.txt", b)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
