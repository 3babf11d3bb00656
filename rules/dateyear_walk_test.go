package rules

import (
	"slices"
	"testing"
)

// TestYearOpponentsOneWalk checks opposingYears, which walks the strict
// and the weak reading of an earlier year at once, against the two walks
// it replaces (the strict walk, then the weak one where the strict finds
// nothing), on the claims of the repository's copy and of generated copy,
// with the years of one article, then two, moved by two years.
func TestYearOpponentsOneWalk(t *testing.T) {
	stories, all := dateStories(t)
	claims := keyedClaims(all, func(x *claim) bool { return x.Key == earlierYearKey })
	shift := func(x *claim) { x.Q.Value += 731; x.Q.High += 731 }
	twoWalks := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		if order, against, ok := yearWalkRef(x, xa, arts, claims, false); ok {
			return order, against, ok
		}
		return yearWalkRef(x, xa, arts, claims, true)
	}
	strict := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return yearWalkRef(x, xa, arts, claims, false)
	}
	n := sameOpponents(t, stories, claims, shift, nil, yearOpponents, twoWalks)
	m := sameOpponents(t, stories, claims, shift, nil, earlierOpponents, strict)
	if n == 0 || m == 0 || n == m {
		t.Errorf("found opponents for %d claims (both readings) and %d (strict): the test reaches too little", n, m)
	}
	// The walk of compareEarlier, with the points of each story's pairs
	// kept; and with none kept, as for a story of too many claims.
	pts := new(pairPoints)
	if k := sameOpponents(t, stories, claims, shift, pts.story, pts.yearOpponents, twoWalks); k != n {
		t.Errorf("with the points kept, opponents found for %d claims, want %d", k, n)
	}
	none := func(arts []int, cs [][]claim) {
		pts.story(arts, cs)
		pts.memo = pts.memo[:0]
	}
	if k := sameOpponents(t, stories, claims, shift, none, pts.yearOpponents, twoWalks); k != n {
		t.Errorf("with no points kept, opponents found for %d claims, want %d", k, n)
	}
	t.Logf("opponents found for %d claims, %d strict", n, m)
}

// yearWalkRef is the walk of the earlier years as it was before the two
// readings were walked at once: one reading per walk, the weak one with
// its spares (articles whose only opponent names another occurrence).
func yearWalkRef(x *claim, xa int, arts []int, claims [][]claim, weak bool) ([]int, map[int]*claim, bool) {
	minShared := earlierShared
	if weak {
		minShared = 2
	}
	var order []int
	var against map[int]*claim
	var other claim
	most := 0
	var spares [4]struct {
		ya int
		y  *claim
		n  int
	}
	nspare := 0
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best, odd *claim
		bestShared, oddShared, gives := 0, 0, false
		for k := range claims[ya] {
			y := &claims[ya][k]
			n := earlierPoints(x, y)
			if earlierOverlap(x, y) {
				if n >= 2 {
					return nil, nil, false
				}
				gives = true
			}
			if n > bestShared && y.Head == x.Head && (weak || y.Compl != supportOnly) {
				best, bestShared = y, n
			}
			if weak && n > oddShared && y.Head != x.Head {
				odd, oddShared = y, n
			}
		}
		if gives {
			continue
		}
		if best == nil && odd != nil && oddShared >= earlierShared && !earlierOverlap(x, odd) && nspare < len(spares) {
			spares[nspare].ya, spares[nspare].y, spares[nspare].n = ya, odd, oddShared
			nspare++
		}
		if best == nil || bestShared < minShared || earlierOverlap(x, best) {
			continue
		}
		if len(order) > 0 && !earlierOverlap(best, &other) {
			return nil, nil, false
		}
		other = *best
		most = max(most, bestShared)
		order, against = addAgainst(order, against, ya, best)
	}
	if len(order) > 0 {
		for _, sp := range spares[:nspare] {
			if earlierOverlap(sp.y, &other) {
				most = max(most, sp.n)
				order, against = addAgainst(order, against, sp.ya, sp.y)
			}
		}
	}
	if len(order) == 0 || weak && (len(order) < 2 || most < earlierShared) {
		return nil, nil, false
	}
	for k := range claims[xa] {
		if &claims[xa][k] != x && earlierOverlap(&claims[xa][k], &other) {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

// TestSharedAllIDs checks sharedAllIDs against sharedIDs without a
// limit on random sorted sets of small ids (many in common) and on edge
// cases.
func TestSharedAllIDs(t *testing.T) {
	set := func(ids ...wordID) []wordID { return ids }
	for _, c := range []struct{ a, b []wordID }{
		{nil, nil}, {set(1), nil}, {nil, set(1)}, {set(1, 2, 3), set(1, 2, 3)},
		{set(1, 3, 5), set(2, 4, 6)}, {set(1, 5, 9), set(5)}, {set(0, 1<<63, 1<<64-1), set(1<<64 - 1)},
	} {
		if got, want := sharedAllIDs(c.a, c.b), sharedIDs(c.a, c.b, len(c.a)); got != want {
			t.Errorf("sharedAllIDs(%v, %v) = %d, want %d", c.a, c.b, got, want)
		}
	}
	rng := uint64(7)
	next := func() uint64 { rng = rng*6364136223846793005 + 1442695040888963407; return rng >> 33 }
	for range 2000 {
		var a, b []wordID
		for v := range wordID(40) {
			if next()%3 == 0 {
				a = append(a, v)
			}
			if next()%3 == 0 {
				b = append(b, v)
			}
		}
		if got, want := sharedAllIDs(a, b), sharedIDs(a, b, len(a)); got != want {
			t.Fatalf("sharedAllIDs(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}
