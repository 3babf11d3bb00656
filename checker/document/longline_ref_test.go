package document

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// hasLongLineCounting is hasLongLine as it was: every line's runes
// counted.
func hasLongLineCounting(src []byte, start int) bool {
	for pos := start; pos < len(src); pos = nextLine(src, pos) {
		if runeCount(src[pos:lineEnd(src, pos)]) >= unwrappedLineRunes {
			return true
		}
	}
	return false
}

// TestHasLongLineMatchesCounting compares hasLongLine with counting every
// line's runes, from every start offset, on random plain-text documents
// whose lines are near the threshold in runes or in bytes (ASCII, two-
// and three-byte runes, invalid bytes), with LF, CRLF and lone CR
// endings and a BOM.
func TestHasLongLineMatchesCounting(t *testing.T) {
	pieces := []string{"a", "a", "a", " ", "é", "’", "\xff", "\xe2\x80"}
	ends := []string{"\n", "\r\n", "\r"}
	rng := rand.New(rand.NewPCG(6, 6))
	long, short := 0, 0
	for range 3000 {
		var sb strings.Builder
		if rng.IntN(8) == 0 {
			sb.WriteString("\uFEFF")
		}
		for range 1 + rng.IntN(4) {
			n := unwrappedLineRunes - 3 + rng.IntN(6)
			if rng.IntN(3) == 0 {
				n = rng.IntN(2 * unwrappedLineRunes)
			}
			switch rng.IntN(3) {
			case 0: // ASCII but for a rune or two at the end
				sb.WriteString(strings.Repeat("a", n))
				for range rng.IntN(3) {
					sb.WriteString(pieces[4+rng.IntN(len(pieces)-4)])
				}
			case 1: // all ASCII
				sb.WriteString(strings.Repeat("a", n))
			default:
				for range n {
					sb.WriteString(pieces[rng.IntN(len(pieces))])
				}
			}
			sb.WriteString(ends[rng.IntN(len(ends))])
		}
		src := []byte(sb.String())
		d := &Document{Src: src}
		d.lineStarts = lineStarts(src)
		d.asciiEnd = asciiEnds(src, d.lineStarts)
		for start := 0; start <= len(src); start += 1 + rng.IntN(40) {
			got, want := hasLongLine(d, start), hasLongLineCounting(src, start)
			if got != want {
				t.Fatalf("hasLongLine(%q, %d) = %v, want %v", src, start, got, want)
			}
			if want {
				long++
			} else {
				short++
			}
		}
	}
	if long < 1000 || short < 1000 {
		t.Fatalf("%d long, %d short: the test proves little", long, short)
	}
}
