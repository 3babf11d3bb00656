package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPairPointsMasks checks that the points pairPoints gives a pair of a
// story's claims, through their masks, are earlierPoints' for every pair:
// claims sharing nothing, sharing a Context id, sharing a Near id only,
// and many whose masks share bits by their hashes alone (ids drawn from a
// range wide enough that most pairs share none).
func TestPairPointsMasks(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	ids := func(n int, span uint64) []wordID {
		var out []wordID
		for len(out) < n {
			id := rng.Uint64N(span) + 1
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		return out
	}
	claims := [][]claim{
		{{Context: []wordID{3, 9, 40}, Near: []wordID{7}}, {Context: []wordID{1, 2}}},
		{{Context: []wordID{9, 41}, Near: []wordID{8}}, {Context: []wordID{5}, Near: []wordID{7}}, {}},
		nil,
	}
	for range 60 {
		var cs []claim
		for range 6 {
			cs = append(cs, claim{Context: ids(rng.IntN(12), 400), Near: ids(rng.IntN(3), 400)})
		}
		claims = append(claims, cs)
	}
	arts := make([]int, len(claims))
	for a := range arts {
		arts[a] = a
	}
	p := new(pairPoints)
	p.story(arts, claims)
	if len(p.memo) == 0 {
		t.Fatal("no points kept: the test reaches nothing")
	}
	zero, shared := 0, 0
	for xa := range claims {
		for k := range claims[xa] {
			x := &claims[xa][k]
			xi := p.index(x, xa, claims)
			for ya := range claims {
				for j := range claims[ya] {
					y := &claims[ya][j]
					want := earlierPoints(x, y)
					if got := p.points(x, y, xi, p.first[ya]+j); got != want {
						t.Fatalf("claims %d/%d and %d/%d: %d points, want %d", xa, k, ya, j, got, want)
					}
					if want == 0 {
						zero++
					} else {
						shared++
					}
				}
			}
		}
	}
	if zero == 0 || shared == 0 {
		t.Errorf("%d pairs share nothing, %d something: the test reaches too little", zero, shared)
	}
}
