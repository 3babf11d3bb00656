package rules

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestLetterMaskTable pins letterMask and distanceAbove on chosen pairs.
func TestLetterMaskTable(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		above bool
	}{
		{"Putin", "Putting", 2, false}, // letters: g only on one side
		{"Putin", "Putting", 0, true},
		{"Geneva", "Genvea", 0, false}, // a transposition changes no letter
		{"Moscow", "Macron", 2, true},  // s, w against a, r, n
		{"Moscow", "Macron", 3, false},
		{"anna", "Anna", 0, true},  // the cases have bits of their own
		{"José", "Jose", 0, false}, // not ASCII: no bound
		{"Łódź", "Lodz", 0, false},
		{"Kim", "Kim", 0, false},
	} {
		if got := distanceAbove(letterMask(c.a), letterMask(c.b), c.limit); got != c.above {
			t.Errorf("distanceAbove(%q, %q, %d) = %v, want %v", c.a, c.b, c.limit, got, c.above)
		}
		if got := distanceAbove(letterMask(c.b), letterMask(c.a), c.limit); got != c.above {
			t.Errorf("distanceAbove(%q, %q, %d) = %v, want %v (swapped)", c.b, c.a, c.limit, got, c.above)
		}
	}
}

// TestLetterMaskBound checks nameDistanceWithin and the bound that name.typo uses to skip the
// edit distance against the distance itself, on every pair of spellings
// of the test corpora whose lengths differ by at most three: where
// distanceAbove says a pair is more than k edits apart, nameDistance
// must agree, for every k the rule may ask (0 to 3); and the bound must
// turn away some pairs, or it buys nothing.
func TestLetterMaskBound(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var words []string
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		for _, w := range a.capWords().words {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	sort.Strings(words)
	masks := make([]uint64, len(words))
	for i, w := range words {
		masks[i] = letterMask(w)
	}
	pairs, skipped := 0, 0
	for i, a := range words {
		for j := i + 1; j < len(words); j++ {
			b := words[j]
			if len(a)-len(b) > 3 || len(b)-len(a) > 3 || a[0] != b[0] {
				continue
			}
			pairs++
			d := nameDistance(a, b)
			for k := range 4 {
				if got := nameDistanceWithin(a, b, k); d <= k && got != d || d > k && got <= k {
					t.Fatalf("nameDistanceWithin(%q, %q, %d) = %d, distance %d", a, b, k, got, d)
				}
				if distanceAbove(masks[i], masks[j], k) {
					skipped++
					if d <= k {
						t.Fatalf("%q, %q: bound says more than %d edits, distance is %d", a, b, k, d)
					}
				}
			}
		}
	}
	t.Logf("%d pairs, %d skips over 4 limits", pairs, skipped)
	if pairs < 1000 || skipped < pairs/2 {
		t.Errorf("%d pairs, %d skips: the test corpora or the bound are not what the test expects", pairs, skipped)
	}
}

// TestNameDistanceWithinRandom checks nameDistanceWithin, which fills
// only the cells of the table within k of its diagonal, against
// nameDistance on random words of a small alphabet (so that many pairs
// are near, with transpositions and letters added or dropped), for k
// from 0 to 4: the distance where it is at most k, more than k where it
// is not.
func TestNameDistanceWithinRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = "abcd"[rng.IntN(4)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := word(), word()
		if rng.IntN(2) == 0 {
			// b a near copy of a: a few random edits.
			bs := []byte(a)
			for range rng.IntN(4) {
				switch i := rng.IntN(len(bs)); rng.IntN(4) {
				case 0:
					bs[i] = "abcd"[rng.IntN(4)]
				case 1:
					if i+1 < len(bs) {
						bs[i], bs[i+1] = bs[i+1], bs[i]
					}
				case 2:
					if len(bs) > 1 {
						bs = append(bs[:i], bs[i+1:]...)
					}
				default:
					bs = append(bs[:i], append([]byte{"abcd"[rng.IntN(4)]}, bs[i:]...)...)
				}
			}
			b = string(bs)
		}
		d := nameDistance(a, b)
		for k := range 5 {
			if got := nameDistanceWithin(a, b, k); d <= k && got != d || d > k && got <= k {
				t.Fatalf("nameDistanceWithin(%q, %q, %d) = %d, distance %d", a, b, k, got, d)
			}
		}
	}
}
