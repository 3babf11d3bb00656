package segment

import (
	"encoding/binary"
	"math/rand/v2"
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

// TestAlnumRun compares alnumRun with a byte loop for runs of every
// length up to 20 ended by every byte, at every offset of end.
func TestAlnumRun(t *testing.T) {
	for stop := range 256 {
		for n := range 20 {
			b := make([]byte, 0, 30)
			for k := range n {
				b = append(b, "aZ09mQz"[k%7])
			}
			b = append(b, byte(stop), 'x', 'y', 'z', '1', '2', '3', '4', '5')
			text := string(b)
			for end := 0; end <= len(text); end++ {
				want := 0
				for want < end && asciiAlnum[text[want]] {
					want++
				}
				if got := alnumRun(text, 0, end); got != want {
					t.Fatalf("alnumRun(%q, 0, %d) = %d, want %d", text, end, got, want)
				}
			}
		}
	}
	for _, tc := range []struct{ w, want string }{
		{"Hello, world", "Hello"}, {"abcdefgh12345678!", "abcdefgh12345678"}, {"a`b", "a"}, {"z{", "z"},
		{"AZ@[", "AZ"}, {"09/:", "09"}, {"Zoë", "Zo"}, {"twelve\x7f", "twelve"},
	} {
		if got := tc.w[:alnumRun(tc.w, 0, len(tc.w))]; got != tc.want {
			t.Errorf("alnumRun(%q) reads %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestEndLetters8 checks endLetters8 against letterByte for every byte at
// every place of the eight, among letters and among other bytes: its
// lowest set bit is the high bit of the first byte that is no letter,
// and it is 0 when all eight are letters. Other bits may be set above
// the first non-ASCII byte (a carry out of it), and mean nothing.
func TestEndLetters8(t *testing.T) {
	for c := range 256 {
		for at := range 8 {
			for _, fill := range []byte{'a', 'Z', ' ', '5', 0x80, 0xff, 0xe1, '`', '{', '@', '['} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[at] = byte(c)
				var want uint64
				for k, v := range b {
					if !letterByte[v] {
						want = 0x80 << (8 * k)
						break
					}
				}
				if got := endLetters8(binary.LittleEndian.Uint64(b[:])); got&-got != want {
					t.Fatalf("endLetters8(%q) = %#x, lowest bit %#x, want %#x", b, got, got&-got, want)
				}
			}
		}
	}
	// Random words of letters ending anywhere, with any bytes after.
	rng := rand.New(rand.NewPCG(5, 8))
	for range 200000 {
		var b [8]byte
		for k := range b {
			b[k] = byte(rng.IntN(256))
			if rng.IntN(3) > 0 {
				b[k] = byte('a' + rng.IntN(26) - 32*rng.IntN(2))
			}
		}
		var want uint64
		for k, v := range b {
			if !letterByte[v] {
				want = 0x80 << (8 * k)
				break
			}
		}
		if got := endLetters8(binary.LittleEndian.Uint64(b[:])); got&-got != want {
			t.Fatalf("endLetters8(%q) = %#x, want lowest bit %#x", b, got, want)
		}
	}
}
