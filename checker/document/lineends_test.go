package document

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLineEndsMatchesPerLine checks lineEnds against asciiEnds and a
// byte loop per line, and plainRunFrom against plainRun from every
// point known to be printable, on random copy: printable runs of every
// length around the word loops' sizes, line breaks of each kind, tabs,
// DEL, other control bytes, and runes beyond ASCII.
func TestLineEndsMatchesPerLine(t *testing.T) {
	pieces := []string{"a", "The fox ran.", "0123456789abcdefghijklmnopqrstuvwxyz0123456789", " ", "\n", "\r\n", "\r", "\t",
		"\x7f", "\x01", "\x1f", "é", "“", "\xff", "~", "\n\n"}
	r := rand.New(rand.NewPCG(34, 7))
	for range 5000 {
		var src []byte
		for range r.IntN(24) {
			src = append(src, pieces[r.IntN(len(pieces))]...)
		}
		starts := lineStarts(src)
		ascii, plain := lineEnds(src, starts)
		if want := asciiEnds(src, starts); !slices.Equal(ascii, want) {
			t.Fatalf("%q: ascii ends %v, want %v", src, ascii, want)
		}
		for i, ls := range starts {
			end := len(src)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			want := ls
			for want < end && src[want] >= ' ' && src[want] < 0x7f {
				want++
			}
			if plain[i] != want {
				t.Fatalf("%q line %d: plain end %d, want %d", src, i, plain[i], want)
			}
		}
		for i := range len(src) + 1 {
			want := plainRun(src, i)
			for j := i; ; j++ {
				if got := plainRunFrom(src, i, j); got != want {
					t.Fatalf("%q: plainRunFrom(%d, %d) = %d, plainRun %d", src, i, j, got, want)
				}
				if j >= len(src) || src[j] < ' ' || src[j] >= 0x7f {
					break
				}
			}
		}
	}
}
