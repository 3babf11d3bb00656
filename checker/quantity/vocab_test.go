package quantity

import (
	"strings"
	"testing"
)

// TestInfoMatchesMap checks info, which finds ASCII words in the
// open-addressing table, against the vocab map it stands for: every key
// in lower, upper and title case, every token of the benchmark copy
// and the seed-like words around the keys (one byte changed, cut or
// added), which must be missing where the map misses them.
func TestInfoMatchesMap(t *testing.T) {
	tb := pack(t)
	if tb.asciiN < 100 || 2*tb.asciiN > len(tb.ascii) {
		t.Fatalf("ascii table holds %d keys in %d slots", tb.asciiN, len(tb.ascii))
	}
	want := func(w string) *vinfo {
		if w == "" || len(w) > 32 {
			return nil
		}
		return tb.vocab[strings.ToLower(w)]
	}
	check := func(w string) {
		t.Helper()
		if got := tb.info(w); got != want(w) {
			t.Errorf("info(%q) = %p, the map has %p", w, got, want(w))
		}
	}
	ascii := 0
	for k := range tb.vocab {
		check(k)
		check(strings.ToUpper(k))
		if k != "" {
			check(strings.ToUpper(k[:1]) + k[1:])
			check(k[:len(k)-1])
			check(k + "s")
			check("x" + k)
			check(k[:len(k)-1] + "q")
		}
		if strings.IndexFunc(k, func(r rune) bool { return r >= 0x80 }) < 0 && k != "" {
			ascii++
			if tb.info(k) == nil {
				t.Errorf("ASCII key %q not found", k)
			}
		}
	}
	if ascii != tb.asciiN {
		t.Errorf("%d ASCII keys in the map, %d in the table", ascii, tb.asciiN)
	}
	for _, tok := range seg(benchText).Tokens {
		check(benchText[tok.Start:tok.End])
	}
}
