package rules_test

import "testing"

// TestVerbClassSynonyms checks the default pack's synonyms of verbs of
// one class: outlets word one act with different verbs ("wanted" and
// "demanded" a sum), and the claims share the context word all the
// same.
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
