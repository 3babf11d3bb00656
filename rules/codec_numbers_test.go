package rules

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestNumbersAgreeWithMaps holds the encoder's string and word-id tables
// (through str and ids, which number with them) to the maps they
// replaced: the same number for every string and id, the same answer to
// "seen before", across resets (the pooled encoder empties them between
// facts) and growth past several sizes.
func TestNumbersAgreeWithMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var enc encoder
	sn, in := &enc.seen, &enc.seenIDs
	// number is str's number of s, and whether it wrote a reference.
	number := func(s string) (int, bool) {
		b, i := enc.str(nil, s)
		return i, b[0]&1 == 1
	}
	// numberID is the number ids gives id, and whether it wrote a
	// reference rather than the id.
	numberID := func(id wordID) (int, bool) {
		b := enc.ids(nil, []wordID{id})
		if b[1] == 0 {
			return len(in.ids) - 1, false
		}
		v, _ := binary.Uvarint(b[1:])
		return int(v >> 1), true
	}
	for round, size := range []int{0, 1, 5, 40, 300, 3000, 7, 2000, 0, 64} {
		want, wantIDs := map[string]int{}, map[wordID]int{}
		for range size * 3 {
			k := r.IntN(size + 1)
			s := fmt.Sprint("w", k)
			switch k % 5 {
			case 1:
				// Every length of hashStr's short cases (0 to 16
				// bytes), alike at both ends: only the middle
				// tells them apart.
				n, d := k%17, fmt.Sprintf("%020d", k)
				s = ("a" + d[len(d)-max(n-2, 0):] + "z")[:n]
			case 2:
				s = fmt.Sprintf("%-30d|%d", k, k%3) // longer than 16: maphash
			}
			if k%7 == 0 {
				s = "" // the empty string is a string like any other
			}
			id := wordID(k) << 40 // low bits alike: the slot must spread them
			w, seen := want[s]
			if !seen {
				w = len(want)
				want[s] = w
			}
			if got, ok := number(s); got != w || ok != seen {
				t.Fatalf("round %d: number(%q) = %d, %v; want %d, %v", round, s, got, ok, w, seen)
			}
			wi, seenID := wantIDs[id]
			if !seenID {
				wi = len(wantIDs)
				wantIDs[id] = wi
			}
			if got, ok := numberID(id); got != wi || ok != seenID {
				t.Fatalf("round %d: number(%#x) = %d, %v; want %d, %v", round, id, got, ok, wi, seenID)
			}
		}
		sn.reset()
		in.reset()
		// A slot is the fact's only if of the table's generation.
		for i, e := range sn.slots {
			if e != 0 && e>>48 == sn.gen {
				t.Fatalf("round %d: slot %d not emptied by reset", round, i)
			}
		}
		for i, e := range in.slots {
			if e != 0 && e>>32 == in.gen {
				t.Fatalf("round %d: id slot %d not emptied by reset", round, i)
			}
		}
	}
}

// TestNumbersAcrossGenerations writes a string and a word id in each of
// more facts than the tables have generations (their slots are told
// apart from an earlier fact's by a 16-bit generation, which wraps): each
// must be new in its fact, and a second writing in the same fact a
// reference, whatever an earlier fact left in the slots.
func TestNumbersAcrossGenerations(t *testing.T) {
	var enc encoder
	for f := range 0x10000 + 300 {
		s, id := fmt.Sprint("w", f%3), wordID(f%3)<<40
		for second := range 2 {
			b, _ := enc.str(nil, s)
			if got := b[0]&1 == 1; got != (second == 1) {
				t.Fatalf("fact %d: %q written as a reference: %v", f, s, got)
			}
			b = enc.ids(nil, []wordID{id})
			if got := b[1] != 0; got != (second == 1) {
				t.Fatalf("fact %d: id written as a reference: %v", f, got)
			}
		}
		enc.seen.reset()
		enc.seenIDs.reset()
	}
}
