package rules

import (
	"math/rand/v2"
	"testing"
)

// TestRepeatsAgreeWithScan holds the encoder's search for a claim alike
// to an earlier one (byPrint, chained by nextSame) to the scan it
// replaced: each claim written as the earliest claim written in full that
// it is alike to, or in full. The claims are drawn from few values, keys
// of one length (so that prints collide without the claims being alike)
// and contexts that differ only past their first word (which the print
// does not see), over many articles through one pooled encoder.
func TestRepeatsAgreeWithScan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	w := encoderPool.Get().(*encoder)
	defer w.release()
	for round := range 300 {
		cs := make([]claim, r.IntN(3*round/2+1))
		for i := range cs {
			cs[i] = claim{
				Key:     []string{"aa", "bb", "cc"}[r.IntN(3)],
				Label:   "label",
				Q:       figure{Value: float64(r.IntN(3))},
				Context: []wordID{7, wordID(r.IntN(2))},
				Role:    r.IntN(2) - 1,
			}
		}
		// What the scan found: the first claim written in full that
		// is alike.
		var want, firsts []int
		for i := range cs {
			like := -1
			for _, k := range firsts {
				if sameFact(&cs[k], &cs[i]) {
					like = k
					break
				}
			}
			if like < 0 {
				firsts = append(firsts, i)
			}
			want = append(want, like)
		}
		w.claims(nil, cs)
		if len(w.like) != len(want) {
			t.Fatalf("round %d: %d claims, %d found alike or not", round, len(cs), len(w.like))
		}
		for i := range want {
			if w.like[i] != want[i] {
				t.Fatalf("round %d: claim %d written as %d, want %d", round, i, w.like[i], want[i])
			}
		}
		for i, e := range w.byPrint {
			if e != 0 {
				t.Fatalf("round %d: print slot %d not emptied", round, i)
			}
		}
		w.seen.reset()
		w.seenIDs.reset()
	}
}
