package rules_test

import "testing"

// TestVerbClassSynonyms checks the default pack's synonyms of verbs of
// one class: outlets word one act with different verbs ("wanted" and
// "demanded" a sum; "slipped" and "fell"; "shares" and "stock"; "savings" and "save"), and
// the claims share the context word all the same.
func TestVerbClassSynonyms(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a demand",
			articles: []string{
				"a.txt", "He wanted 5 million euros and safe passage to the border.\n",
				"b.txt", "The gunman demanded 4 million euros, officers said.\n",
				"c.txt", "Officers said the hostage-taker had demanded 4 million euros.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "a fall",
			articles: []string{
				"a.txt", "Sales slipped 7.2% in the spring.\n",
				"b.txt", "Takings at the bakery fell 2.7%.\n",
			},
			want: []string{
				"a.txt:1:15: fact.mismatch: ratio: 7.2% here; 2.7% in b.txt:1",
				"b.txt:1:28: fact.mismatch: ratio: 2.7% here; 7.2% in a.txt:1",
			},
		},
		{
			name: "shares are the stock",
			articles: []string{
				"a.txt", "Its shares were 18% higher at the close.\n",
				"b.txt", "The stock soared 81% in early trading.\n",
			},
			want: []string{
				"a.txt:1:17: fact.mismatch: ratio: 18% here; 81% in b.txt:1",
				"b.txt:1:18: fact.mismatch: ratio: 81% here; 18% in a.txt:1",
			},
		},
		{
			name: "savings said as a noun and as a verb",
			articles: []string{
				"a.txt", "The deal would save the two dairies 41 million euros a year, the firms said.\n",
				"b.txt", "The board expects yearly savings of €14m from shared haulage.\n",
			},
			want: []string{
				"a.txt:1:37: fact.mismatch: amount in EUR: 41 million euros here; €14m in b.txt:1",
				"b.txt:1:37: fact.mismatch: amount in EUR: €14m here; 41 million euros in a.txt:1",
			},
		},
		{
			name: "a start again after a stop: resumed and reopened",
			articles: []string{
				"a.txt", "Passenger services resumed at 9.50am after ploughs cleared drifts.\n",
				"b.txt", "The railway finally reopened at 9.20am.\n",
				"c.txt", "Trains ran again once the track reopened at 9.20am.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "the demand agrees",
			articles: []string{
				"a.txt", "He wanted 4 million euros and safe passage to the border.\n",
				"b.txt", "The gunman demanded 4 million euros, officers said.\n",
				"c.txt", "Officers said the hostage-taker had demanded 4 million euros.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
