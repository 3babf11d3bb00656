package rules_test

import (
	"slices"
	"testing"
)

// TestAutoFactsYearOfConversion checks that a year after a sum restated
// in brackets in another currency dates the sum as well as its
// conversion: in "fined Vesk Ferries 1.2 million manats (about $60,000)
// in 2021" the year is nearest the conversion, and the sum, left
// undated, was another fact than another outlet's "fined 2.1 million
// manats in 2021", so the slip went unseen.
func TestAutoFactsYearOfConversion(t *testing.T) {
	other := "date 2024-03-02 Ferry firm fined\n\nThe port authority said Vesk Ferries had been fined 2.1 million manats in 2021 after inspectors found rusted lifeboats.\n"
	lead := "date 2024-03-02 Ferry firm fined\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "a currency the table lacks, with its noun",
			text: lead + "The port authority fined Vesk Ferries 1.2 million manats (about $60,000) in 2021 after inspectors found rusted lifeboats.\n",
			want: []string{
				"a.txt:3:39: fact.mismatch: manats: 1.2 million manats here; 2.1 million manats in b.txt:3",
				"b.txt:3:53: fact.mismatch: manats: 2.1 million manats here; 1.2 million manats in a.txt:3",
			},
		},
		{
			name: "the same sum",
			text: lead + "The port authority fined Vesk Ferries 2.1 million manats (about $105,000) in 2021 after inspectors found rusted lifeboats.\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.text, "b.txt", other)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
