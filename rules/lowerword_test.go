package rules

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsLowerWord compares isLowerWord, whose ASCII test is inlined,
// with unicode.IsLower of the word's first rune, on words that start
// with every byte and with runes of several scripts.
func TestIsLowerWord(t *testing.T) {
	words := []string{"", "a", "z", "A", "Z", "`", "{", "@", "[", "0", "élan", "Élan", "ßeta", "ǅemal", "σ", "Σ", "я", "Я", "\xff", "\xc3"}
	for c := 0; c < 256; c++ {
		words = append(words, string([]byte{byte(c), 'x'}))
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isLowerWord(w), unicode.IsLower(r); got != want {
			t.Errorf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestContextIDShortWords checks that contextID, which turns a word
// under three bytes away before reading it, answers as contextIDSlow,
// which counts runes, for short words of one and two runes, ASCII or
// not, in either case, and for three-byte words on either side.
func TestContextIDShortWords(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	g := dateFactsOf(t, set).g
	for _, w := range []string{"", "a", "A", "of", "OF", "é", "É", "aé", "ñ", "zz", "abc", "ABC", "éa", "ñam", "vans", "Vans"} {
		for _, capital := range []bool{false, true} {
			if got, want := g.contextID(w, capital), g.contextIDSlow(w, capital); got != want {
				t.Errorf("contextID(%q, %v) = %x, want %x", w, capital, got, want)
			}
		}
	}
}
