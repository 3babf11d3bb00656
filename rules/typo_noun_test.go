package rules_test

import (
	"slices"
	"testing"
)

// TestTypoSameNoun checks a place named before a common noun, "the
// Harnock quarry", where two outlets agree on the spelling and a third
// slips it once: no capitalised word stands beside either spelling, and
// a name used twice is too rare a target on its own, but the noun after
// it in both says which place it is.
func TestTypoSameNoun(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(place, noun, slipped, slippedNoun string) []string {
		return []string{
			"a.txt", lead + "Blasting at the " + place + " " + noun + " shook houses a mile away.",
			"b.txt", lead + "Residents say the " + place + " " + noun + " has grown too close to the school.",
			"c.txt", lead + "The " + slipped + " " + slippedNoun + " will stay shut until the inquiry reports.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a letter changed",
			articles: story("Harnock", "quarry", "Harnick", "quarry"),
			want:     []string{`c.txt:3:5: name.typo: "Harnick" looks like a misspelling of "Harnock" (named 2 times in 2 articles) => Harnock`},
		},
		{
			name:     "a final vowel dropped",
			articles: story("Dolveni", "depot", "Dolven", "depot"),
			want:     []string{`c.txt:3:5: name.typo: "Dolven" looks like a misspelling of "Dolveni" (named 2 times in 2 articles) => Dolveni`},
		},
		// Another noun is another place; a people's ending is a
		// related word; a slip that makes an English word is as
		// likely an adjective in the frame.
		{name: "another noun", articles: story("Harnock", "quarry", "Harnick", "road")},
		{name: "a people's ending", articles: story("Velian", "coast", "Velia", "coast")},
		{name: "an English word", articles: story("Bottel", "yard", "Bottle", "yard")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
	// One outlet's spelling is no agreement.
	one := []string{
		"a.txt", lead + "Blasting at the Harnock quarry shook houses a mile away.",
		"b.txt", lead + "Residents say the site has grown too close to the school.",
		"c.txt", lead + "The Harnick quarry will stay shut until the inquiry reports.",
	}
	if got := checkDefaultRule(t, "name.typo", one...); len(got) != 0 {
		t.Errorf("one outlet: got %q, want nothing", got)
	}
}
