package segment

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// refTitleCaseCount is the first test of markTitleCase for one word, as
// markTitleCase writes it.
func refTitleCaseCount(w string, long int) int {
	if utf8.RuneCountInString(w) < 4 {
		return long
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return -1
	}
	return long + 1
}

func TestTitleCaseCount(t *testing.T) {
	for _, tc := range []struct {
		w    string
		long int
		want int
	}{
		{"Mayor", 0, 1},
		{"Wave", 2, 3},
		{"said", 0, -1},
		{"SAID", 1, 2},
		{"1999", 0, -1}, // not a capital: a number-like word counts as lower
		{"Zoë", 1, 1},   // three runes in four bytes: not long
		{"zoë", 1, 1},
		{"Émile", 0, 1}, // a non-ASCII capital
		{"émile", 3, -1},
		{"Ça va", 0, 1},
		{"O'Brien", 0, 1},
		{"ÉÉ", 0, 0}, // two runes
	} {
		if got := titleCaseCount(tc.w, tc.long); got != tc.want {
			t.Errorf("titleCaseCount(%q, %d) = %d, want %d", tc.w, tc.long, got, tc.want)
		}
		if ref := refTitleCaseCount(tc.w, tc.long); ref != tc.want {
			t.Errorf("reference gives %d for %q, want %d", ref, tc.w, tc.want)
		}
	}
	// Every word of four bytes made of a few kinds of byte: ASCII
	// letters of both cases, a digit, and the bytes of "é", "É", "ß".
	parts := []string{"a", "Z", "7", "é", "É", "ß", "'"}
	var build func(w string)
	build = func(w string) {
		if len(w) >= 4 {
			if got, want := titleCaseCount(w, 1), refTitleCaseCount(w, 1); got != want {
				t.Errorf("titleCaseCount(%q) = %d, reference %d", w, got, want)
			}
			if len(w) >= 7 {
				return
			}
		}
		for _, p := range parts {
			build(w + p)
		}
	}
	build("")
}
