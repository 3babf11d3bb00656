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
		for i, e := range sn.slots {
			if e != 0 {
				t.Fatalf("round %d: slot %d not emptied by reset", round, i)
			}
		}
		for i, e := range in.slots {
			if e != 0 {
				t.Fatalf("round %d: id slot %d not emptied by reset", round, i)
			}
		}
	}
}
