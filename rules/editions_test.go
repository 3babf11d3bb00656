package rules

import (
	"maps"
	"math/rand/v2"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
)

// editionsDirect is editions as it was before largestTolls: each bound
// looks through every claim of every other article of its story.
func editionsDirect(r *autoFactsRule, stories [][]int, perArticle [][]claim) map[[2]int]bool {
	var out map[[2]int]bool
	for _, story := range stories {
		for _, a := range story {
			for i := range perArticle[a] {
				x := &perArticle[a][i]
				if x.Role < 0 || x.Role >= len(r.tolls) || r.tolls[x.Role] != tollRises || x.Q.Unit != nil || x.Key != r.roleKeys[x.Role] {
					continue
				}
				if q := x.Q.Qualifier; q == nil || (q.Bound != quantity.AtLeast && q.Bound != quantity.MoreThan) {
					continue
				}
				for _, b := range story {
					pair := [2]int{min(a, b), max(a, b)}
					if b == a || out[pair] {
						continue
					}
					for k := range perArticle[b] {
						if y := &perArticle[b][k]; y.Role == x.Role && y.Key == x.Key && y.Q.Unit == nil && y.Q.Value > x.Q.Value {
							if out == nil {
								out = make(map[[2]int]bool)
							}
							out[pair] = true
							break
						}
					}
				}
			}
		}
	}
	return out
}

// TestEditions checks editions against editionsDirect on random stories
// of tolls of the default pack's roles, bounded or not, with units or
// not, keyed by their role or not, an article listed twice in some.
func TestEditions(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoRule(t, set)
	if len(r.tolls) == 0 {
		t.Fatal("the default pack has no tolls")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	quals := []*quantity.Qualifier{nil, {Bound: quantity.AtLeast}, {Bound: quantity.MoreThan}, {Bound: quantity.AtMost}}
	unit := &quantity.Unit{Name: "metre", Dimension: "length", Factor: 1}
	found := 0
	for round := range 500 {
		perArticle := make([][]claim, 1+rng.IntN(7))
		for a := range perArticle {
			for range rng.IntN(6) {
				c := claim{Role: rng.IntN(len(r.tolls)+1) - 1, Key: "count:ferry"}
				if c.Role >= 0 && rng.IntN(4) > 0 {
					c.Key = r.roleKeys[c.Role]
				}
				c.Q.Value = float64(rng.IntN(10))
				c.Q.Qualifier = quals[rng.IntN(len(quals))]
				if rng.IntN(6) == 0 {
					c.Q.Unit = unit
				}
				perArticle[a] = append(perArticle[a], c)
			}
		}
		var stories [][]int
		for a := range perArticle {
			if len(stories) == 0 || rng.IntN(3) == 0 {
				stories = append(stories, nil)
			}
			stories[len(stories)-1] = append(stories[len(stories)-1], a)
		}
		if rng.IntN(5) == 0 {
			stories[0] = append(stories[0], stories[0][0])
		}
		want := editionsDirect(r, stories, perArticle)
		got := r.editions(stories, perArticle)
		if !maps.Equal(got, want) {
			t.Fatalf("round %d: editions %v, want %v", round, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no round had editions: the test tests nothing")
	}
}
