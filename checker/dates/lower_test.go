package dates

import (
	"strings"
	"testing"
)

// TestLowerASCII checks lowerASCII against a plain lower-casing of the
// ASCII capitals, for calendar words (returned from calendarWords) and
// others, short and long, ASCII or not, and that a calendar word in
// capitals is lowered without allocating.
func TestLowerASCII(t *testing.T) {
	plain := func(w string) string {
		return strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, w)
	}
	words := []string{"", "monday", "Monday", "MONDAY", "In", "LAST", "Ago", "Black", "ÉTÉ", "Zoë",
		"Throughout", "AVeryLongWordIndeedBeyondSixteen", "ÄÖÜ-Mixed", "x", "X"}
	for w := range calendarWords {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		if got, want := lowerASCII(w), plain(w); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = lowerASCII("September") + lowerASCII("THE") }); n > 1 {
		t.Errorf("lowerASCII of calendar words allocates %v times (only the concatenation may)", n)
	}
}
