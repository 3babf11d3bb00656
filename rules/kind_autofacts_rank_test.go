package rules_test

import "testing"

// TestRankOfSubject checks that an ordinal with no noun after it ranks
// the subject "is the" or "was the" ties it to ("The derailment was the
// third"), compared with the same rank written before its noun, and that
// a name or a pronoun gives it no noun.
func TestRankOfSubject(t *testing.T) {
	third := "It was the third derailment on the Tarn line this year, the rail regulator said.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the subject's rank changed",
			articles: []string{
				"a.txt", "The derailment was the fourth on the Tarn line this year, the rail regulator said.\n",
				"b.txt", third, "c.txt", third,
			},
			want: []string{"a.txt:1:24: fact.mismatch: rank of derailment: fourth here; third derailment in b.txt:1, third derailment in c.txt:1"},
		},
		{
			name: "the rank before the noun changed, against the subject's",
			articles: []string{
				"a.txt", "The derailment was the third on the Tarn line this year, the rail regulator said.\n",
				"b.txt", "The latest derailment is the third on the Tarn line this year.\n",
				"c.txt", "It was the fourth derailment on the Tarn line this year, the rail regulator said.\n",
			},
			want: []string{"c.txt:1:12: fact.mismatch: rank of derailment: fourth derailment here; third in a.txt:1, third in b.txt:1"},
		},
		{
			name: "a pronoun or a name ranks nothing said",
			articles: []string{
				"a.txt", "It was the fourth on the Tarn line this year, the rail regulator said.\n",
				"b.txt", "Okafor was the fourth on the Tarn line this year, the rail regulator said.\n",
				"c.txt", third,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
