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
