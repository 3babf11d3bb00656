package dates

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestLexiconFiltersAgree checks that the filters of Future, Past,
// Auxiliaries and Speech, which TenseOf and Attributed ask before a
// look-up, turn away no word that hasLower finds: every word of the test texts, in
// capitals and title case too, and words of other shapes, with the test
// lexicon and with one that has a one-letter word and non-ASCII words.
func TestLexiconFiltersAgree(t *testing.T) {
	other := &Lexicon{Future: set("vá", "will"), Past: set("a", "zoë", "élu"), Auxiliaries: set("ça", "be"), Speech: set("dit", "SAID", "déclaré")}
	words := []string{"", "a", "A", "Zoë", "ZOË", "élu", "Élu", "ÇA", "ça", "Be", "BE", "vá", "VÁ", "Will", "dit", "DIT", "said", "SAID", "Said", "déclaré", "DÉCLARÉ", strings.Repeat("x", 40)}
	for _, text := range dateTexts(t) {
		for _, text := range []string{text, strings.ToUpper(text), title(text)} {
			s := segmentText(text)
			for _, tok := range s.Tokens {
				if tok.Kind == segment.Word {
					words = append(words, tok.Text(text))
				}
			}
		}
	}
	found := 0
	for _, l := range []*Lexicon{testLexicon, other} {
		l.filters()
		for _, c := range []struct {
			f *wordFilter
			m map[string]bool
		}{{&l.fut, l.Future}, {&l.past, l.Past}, {&l.aux, l.Auxiliaries}, {&l.say, l.Speech}} {
			for _, w := range words {
				want := hasLower(c.m, w)
				if got := c.f.hasLower(c.m, w); got != want {
					t.Fatalf("filtered hasLower(%q) = %v, want %v", w, got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d words found in the sets", found)
	}
}
