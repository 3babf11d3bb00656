package rules_test

import (
	"slices"
	"testing"
)

// TestGluedCurrencyPrefix checks that a sum whose currency symbol is
// written in letters against its number ("RM48 million", "Rs9,500") is
// read and compared like any other, and that a three-letter code glued
// to digits (a fuel's grade, "RON97") is not read as a sum.
func TestGluedCurrencyPrefix(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 3 June 2024\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "ringgit written RM against the number",
			articles: []string{
				"a.txt", lead + "The new bridge will cost the council RM36 million, officials said.",
				"b.txt", lead + "Officials said the new bridge will cost the council RM63 million.",
				"c.txt", lead + "The new bridge will cost RM36 million, the council said.",
			},
			want: []string{`b.txt:3:53: fact.mismatch: amount in MYR: RM63 million here; RM36 million in a.txt:3, RM36 million in c.txt:3`},
		},
		{
			name: "rupees written Rs against the number",
			articles: []string{
				"a.txt", lead + "Each family will receive Rs9,500 in relief, the state said.",
				"b.txt", lead + "The state said each family will receive Rs5,900 in relief.",
				"c.txt", lead + "Each family will get Rs9,500 in relief, the state said.",
			},
			want: []string{`b.txt:3:41: fact.mismatch: amount in INR: Rs5,900 here; Rs9,500 in a.txt:3, Rs9,500 in c.txt:3`},
		},
		{
			name: "a fuel's grade is no sum",
			articles: []string{
				"a.txt", lead + "Pumps ran dry of RON97 petrol across the state, the council said.",
				"b.txt", lead + "The council said pumps ran dry of RON95 petrol across the state.",
				"c.txt", lead + "Pumps ran dry of RON97 petrol in the state, the council said.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
