package document

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// plainRunBytes is plainRun as a byte loop, the definition the eight-byte
// version must keep.
func plainRunBytes(p []byte, i int) int {
	j := i
	for j < len(p) && p[j] >= ' ' && p[j] < 0x7f && (j+1 == len(p) || p[j+1] < utf8.RuneSelf) {
		j++
	}
	return j
}

// TestPlainRunMatchesByteLoop compares plainRun with the byte loop at
// every offset of random byte strings drawn mostly from the bytes where
// the eight-byte test could go wrong (the edges of the printable range,
// controls, DEL, non-ASCII lead and continuation bytes), and of typeset
// copy.
func TestPlainRunMatchesByteLoop(t *testing.T) {
	edges := []byte{0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x41, 0x7e, 0x7f, 0x80, 0x9f, 0xc3, 0xe2, 0xff}
	rng := rand.New(rand.NewPCG(1, 6))
	check := func(p []byte) {
		t.Helper()
		for i := 0; i <= len(p); i++ {
			if got, want := plainRun(p, i), plainRunBytes(p, i); got != want {
				t.Fatalf("plainRun(%q, %d) = %d, want %d", p, i, got, want)
			}
		}
	}
	for range 20000 {
		p := make([]byte, rng.IntN(100))
		for k := range p {
			if rng.IntN(4) == 0 {
				p[k] = edges[rng.IntN(len(edges))]
			} else {
				p[k] = byte(' ' + rng.IntN(0x7f-' '))
			}
		}
		check(p)
	}
	check([]byte("He said \u201cfive\u201d, then 3\u00a0km \u2014 e\u0301t\u00e9\r\nand\x7fmore plain words here.\u2019"))
}
