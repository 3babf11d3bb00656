package rules_test

import (
	"slices"
	"testing"
)

// TestWholeSynonyms checks that a share of a whole opened by a word of
// the pack's whole_synonyms ("of global shipping") is keyed as the
// same share written with another word of its group ("of world
// shipping"), while an adjective of another whole ("of European
// shipping") keeps its own key. Invented copy.
func TestWholeSynonyms(t *testing.T) {
	other := "The Vessaly strait carries about 9% of world shipping, the port authority said."
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same share",
			text: "The Vessaly strait normally carries about 9% of global shipping.",
		},
		{
			name: "the share changed",
			text: "The Vessaly strait normally carries about 14% of global shipping.",
			want: []string{
				"a.txt:1:37: fact.mismatch: ratio: about 14% here; about 9% in b.txt:1",
				"b.txt:1:28: fact.mismatch: ratio: about 9% here; about 14% in a.txt:1",
			},
		},
		{
			name: "another whole",
			text: "The Vessaly strait normally carries about 14% of European shipping.",
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
