package rules_test

import "testing"

// TestHiredChartered checks that "hired" and "chartered", said of
// vehicles taken for a time for a fee, are one context word: "hired 55
// coaches" is compared with "chartered 52 coaches" though each article
// also counts the firm's own fleet.
func TestHiredChartered(t *testing.T) {
	a := "Bluebell Tours collapsed on Monday. Its 31 coaches are off the road. The council has chartered 52 coaches to bring stranded holidaymakers home.\n"
	b := "Bluebell Tours stopped trading on Monday, leaving its 31 coaches idle. The council has chartered 52 coaches for the journeys home.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "hired against chartered",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "Bluebell Tours went bust on Monday and its 31 coaches sit in the depot. Transport officials have hired FIFTY-FIVE coaches, it emerged.\n",
			},
			want: []string{"c.txt:1:104: fact.mismatch: coaches: FIFTY-FIVE coaches here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "Bluebell Tours went bust on Monday and its 31 coaches sit in the depot. Transport officials have hired FIFTY-TWO coaches, it emerged.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
