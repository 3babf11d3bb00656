package rules_test

import "testing"

// TestHiredChartered checks that "hired" and "chartered", said of
// vehicles taken for a time for a fee, are one context word: "hired 45
// planes" is compared with "chartered 48 aircraft" though each article
// also counts the airline's own fleet.
func TestHiredChartered(t *testing.T) {
	a := "Skyline Air collapsed on Monday. Its 31 planes are grounded. The regulator has chartered 52 aircraft to fly stranded passengers home.\n"
	b := "Skyline Air stopped trading on Monday, grounding its 31 aircraft. The regulator has chartered 52 planes for the repatriation.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "hired against chartered",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "Skyline Air went bust on Monday and its 31 planes sit idle. The watchdog has hired FIFTY-FIVE planes for the rescue mission.\n",
			},
			want: []string{"c.txt:1:84: fact.mismatch: planes: FIFTY-FIVE planes here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "Skyline Air went bust on Monday and its 31 planes sit idle. The watchdog has hired FIFTY-TWO planes for the rescue mission.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
