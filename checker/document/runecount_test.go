package document

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestRuneCount checks runeCount against utf8.RuneCount on ASCII, valid
// UTF-8 and invalid bytes (stray continuation bytes, cut sequences).
func TestRuneCount(t *testing.T) {
	pieces := [][]byte{[]byte("a"), []byte(" "), []byte("é"), []byte("’"), []byte("🇰🇷"), {0xff}, {0xe2, 0x80}, {0x80}, {0xf0, 0x9f}}
	rng := rand.New(rand.NewPCG(4, 5))
	for range 20000 {
		var b []byte
		for range rng.IntN(60) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		if got, want := runeCount(b), utf8.RuneCount(b); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestASCIIPrefix checks asciiPrefix against a byte loop, with the first
// non-ASCII byte at every place of the thirty-two- and eight-byte steps.
func TestASCIIPrefix(t *testing.T) {
	for n := range 100 {
		for at := 0; at <= n; at++ {
			b := make([]byte, n)
			for k := range b {
				b[k] = byte('a' + k%26)
			}
			if at < n {
				b[at] = 0x80 | byte(at)
			}
			if got := asciiPrefix(b); got != at {
				t.Fatalf("asciiPrefix of %d bytes, first non-ASCII at %d: %d", n, at, got)
			}
			if got, want := runeCount(b), utf8.RuneCount(b); got != want {
				t.Fatalf("runeCount(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
