package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// TestStoryKeys checks storyKeys against what it replaced: the story's
// claims stably sorted by key, a key's claims found by binary search,
// and its articles counted by articlesOf as it was. Stories are random, some
// listing an article out of range, reused from story to story as
// selfContradictions reuses them.
func TestStoryKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var s storyKeys
	for round := range 200 {
		perArticle := make([][]claim, 1+rng.IntN(8))
		for a := range perArticle {
			for range rng.IntN(6) {
				perArticle[a] = append(perArticle[a], claim{Key: fmt.Sprintf("k%d", rng.IntN(5)), Article: -7})
			}
		}
		var story []int
		for a := range perArticle {
			if rng.IntN(3) > 0 {
				story = append(story, a)
			}
		}
		if rng.IntN(4) == 0 {
			story = append(story, len(perArticle)+1)
		}
		s.build(story, perArticle, numberKeys(perArticle))
		// The table of key numbers is left empty for the next story.
		if i := slices.IndexFunc(s.keyAt, func(n int32) bool { return n != 0 }); i >= 0 {
			t.Fatalf("round %d: key number %d left in the table", round, i)
		}

		var sorted []*claim
		for _, b := range story {
			if b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				sorted = append(sorted, &perArticle[b][k])
			}
		}
		slices.SortStableFunc(sorted, func(a, b *claim) int { return strings.Compare(a.Key, b.Key) })
		for _, y := range sorted {
			if y.Article == -7 {
				t.Fatalf("round %d: claim of key %s left without its article", round, y.Key)
			}
		}
		for k := range 6 {
			key := fmt.Sprintf("k%d", k)
			lo, _ := slices.BinarySearchFunc(sorted, key, func(y *claim, k string) int { return strings.Compare(y.Key, k) })
			hi := lo
			for hi < len(sorted) && sorted[hi].Key == key {
				hi++
			}
			want := sorted[lo:hi]
			glo, ghi, n := s.of(key)
			got := s.claims[glo:ghi]
			if !slices.Equal(got, want) {
				t.Fatalf("round %d, key %s: got %d claims, want %d, or in another order", round, key, len(got), len(want))
			}
			// articlesOf, as it was, on the sorted claims.
			wantN := 0
			for i, y := range want {
				if i == 0 || y.Article != want[i-1].Article {
					wantN++
				}
			}
			places := make([]int, 0, ghi-glo)
			for k := glo; k < ghi; k++ {
				places = append(places, k)
			}
			if n != wantN || articlesOf(&s, places) != wantN {
				t.Fatalf("round %d, key %s: %d articles (articlesOf %d), want %d", round, key, n, articlesOf(&s, places), wantN)
			}
		}
	}
}

// TestStoryKeysPlaces checks the article side of storyKeys, by which
// selfContradictions pairs a claim with the other claims of its key in
// its article, against the straightforward computation: for each claim
// of the article at each story place (an article listed twice too), its
// place holds it, with its key's number and that story place, and the
// places of its key and story place around it are the article's claims
// of the key, in article order.
func TestStoryKeysPlaces(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var s storyKeys
	for round := range 300 {
		perArticle := make([][]claim, 1+rng.IntN(8))
		for a := range perArticle {
			for range rng.IntN(7) {
				perArticle[a] = append(perArticle[a], claim{Key: fmt.Sprintf("k%d", rng.IntN(4))})
			}
		}
		var story []int
		for a := range perArticle {
			if rng.IntN(3) > 0 {
				story = append(story, a)
			}
		}
		switch rng.IntN(4) {
		case 0:
			story = append(story, len(perArticle)+1)
		case 1:
			if len(story) > 0 {
				story = append(story, story[rng.IntN(len(story))]) // listed twice
			}
		}
		s.build(story, perArticle, numberKeys(perArticle))
		for p, b := range story {
			if b >= len(perArticle) {
				continue
			}
			cs := perArticle[b]
			for i := range cs {
				at := s.placeOf(p, i)
				if s.claims[at] != &cs[i] || int(s.pos[at]) != p {
					t.Fatalf("round %d: claim %d of story place %d not at its place", round, i, p)
				}
				n := s.key[at]
				if s.claims[s.start[n]].Key != cs[i].Key || at < int(s.start[n]) || at >= int(s.start[n+1]) {
					t.Fatalf("round %d: claim %d of story place %d under the wrong key", round, i, p)
				}
				var want, got []*claim
				for j := range cs {
					if cs[j].Key == cs[i].Key {
						want = append(want, &cs[j])
					}
				}
				from, to := s.sameArticle(at)
				got = s.claims[from:to]
				if !slices.Equal(got, want) {
					t.Fatalf("round %d: claim %d of story place %d: %d claims of its key around it, want %d, or in another order", round, i, p, len(got), len(want))
				}
			}
		}
	}
}

// TestAlikeRuns checks alikeRuns against the straightforward computation
// on the claims of 300 generated articles, grouped by story as
// selfContradictions groups them: two claims of a run share a class
// exactly when sameFact holds of them, and pair answers for two claims
// what the test answers for them, asking it once per two classes.
func TestAlikeRuns(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	rule := autoRule(t, set)
	var paths []string
	var perArticle [][]claim
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 7}) {
		// The generated copy, like real copy, seldom states a figure
		// twice in the same words; each article is given twice over so
		// that its runs hold claims alike, as well as claims that are not.
		text := append(append(slices.Clip(g.Text), '\n'), g.Text...)
		f, _ := rule.Check(articleAt(t, set, g.Path, text, i), nil).(*autoFacts)
		var cs []claim
		if f != nil {
			cs = f.Claims
		}
		perArticle = append(perArticle, cs)
		paths = append(paths, g.Path)
	}
	stories := storiesByDir(paths)
	nkeys := numberKeys(perArticle)
	var keys storyKeys
	var runs alikeRuns
	pairs, asked := 0, 0
	for _, story := range stories {
		keys.build(story, perArticle, nkeys)
		runs.reset(len(keys.claims))
		for at := range keys.claims {
			from, to := keys.sameArticle(at)
			runs.classify(&keys, from, to)
			for k := from; k < to; k++ {
				if same := runs.class[at] == runs.class[k]; same != sameFact(keys.claims[at], keys.claims[k]) {
					t.Fatalf("claims at %d and %d: same class %v, sameFact %v", at, k, same, !same)
				}
				// The test: the claims' values differ, which holds
				// alike of two classes.
				want := keys.claims[at].Q.Value != keys.claims[k].Q.Value
				called := false
				got := runs.pair(from, at, k, func() bool { called = true; return want })
				if got != want {
					t.Fatalf("claims at %d and %d: pair %v, want %v", at, k, got, want)
				}
				pairs++
				if called {
					asked++
				}
			}
		}
	}
	if asked == 0 || asked == pairs {
		t.Fatalf("the test was asked for %d pairs of %d: no classes shared", asked, pairs)
	}
}
