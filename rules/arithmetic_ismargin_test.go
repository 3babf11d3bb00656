package rules

import "testing"

// TestIsMargin checks isMargin's first-byte test against the look-up it
// goes before (words.hasLower): the same answer for words in any case,
// with a Kelvin sign for a "k", with other bytes first, and for words of
// the set's first letters that are not in it.
func TestIsMargin(t *testing.T) {
	ws := words{"ahead": true, "clear": true, "kilter": true, "élan": true}
	r := &arithmeticRule{margins: ws, marginFirst: asciiFirsts(ws)}
	for _, w := range []string{"ahead", "Ahead", "AHEAD", "aheads", "ahea", "clear", "CLEAR", "clearly", "kilter", "KILTER",
		"\u212ailter", "\u212aILTER", "élan", "Élan", "ÉLAN", "elan", "behind", "points", "of", "a", "", "K", "\u212a", "9", "-", "\xff"} {
		if got, want := r.isMargin(w), ws.hasLower(w); got != want {
			t.Errorf("isMargin(%q) = %v, want %v", w, got, want)
		}
	}
	if !r.isMargin("\u212aILTER") || !r.isMargin("ÉLAN") || r.isMargin("behind") {
		t.Error("isMargin misses a fold of the set or takes a word outside it")
	}
}
