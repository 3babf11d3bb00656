package rules

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sameFolded reports whether a and b are one name once their diacritics
// and case are set aside: "Ólafur" and "OLAFUR", "Nuñez" and "Nunez".
// Outlets differ in whether they keep an accent, and a name written with
// it in one and without it in another is the same name, not a slip of
// the keys. Two names that differ in any base letter are not folded
// alike ("Nunez" and "Nuner").
func sameFolded(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		if ra < utf8.RuneSelf && rb < utf8.RuneSelf {
			// Both ASCII: only case may differ.
			if unicode.ToLower(ra) != unicode.ToLower(rb) {
				return false
			}
			continue
		}
		if baseLetter(ra) != baseLetter(rb) {
			return false
		}
	}
	return a == "" && b == ""
}

// baseLetter is r lower-cased without its combining marks: 'Ó' gives
// 'o'. A letter that does not decompose ('ø', 'ł') is its own base: it
// is a letter of its own in the languages that write it.
func baseLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Bytes(buf[:n])
	base, _ := utf8.DecodeRune(d)
	return unicode.ToLower(base)
}
