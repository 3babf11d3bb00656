package rules_test

import "testing"

// TestConvertedBoundStatesNoFigure checks that a conversion written as a
// bound ("40 knots, or over 46mph") is no statement of a figure of its
// own: its bare number, rounded, may fall on another outlet's figure (46
// mph is 39.5 to 40.4 knots), and a changed figure before it was then
// taken for another fact than the others' 40 knots and never reported.
// The same figure on both sides is still silent.
func TestConvertedBoundStatesNoFigure(t *testing.T) {
	race := func(top string) string {
		return "The trimaran Velmira finished the Lisk Cup on Sunday, hitting a top speed of " + top + " off the cape.\n"
	}
	other := "The trimaran Velmira won the Lisk Cup on Sunday. Her top speed was 40 knots (74 km/h), the organisers said.\n"
	third := "Velmira's crew said the boat touched a top speed of 40 knots off the cape.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the same figure and a bound that holds",
			articles: []string{"a.txt", race("40 knots, or over 46mph"), "b.txt", other, "c.txt", third},
		},
		{
			// 41.8 knots is 48.1mph: the bound still holds, and the
			// knots disagree with the other outlets'.
			name:     "a changed figure beside a bound that still holds",
			articles: []string{"a.txt", race("41.8 knots, or over 46mph"), "b.txt", other, "c.txt", third},
			want:     []string{"a.txt:1:78: fact.mismatch: speed: 41.8 knots, or over 46mph here; 40 knots (74 km/h) in b.txt:1, 40 knots in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
