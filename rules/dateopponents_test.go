package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// dateStories is fact.date's claims of the repository's copy (the seeds,
// testdata/stories and every fresh set's clean copy) and of 200 generated
// articles, by article, with the stories (one per directory) that hold
// them: the material of the opponent walks' equivalence tests.
func dateStories(t *testing.T) (stories [][]int, claims [][]claim) {
	t.Helper()
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var rule *dateFactsRule
	for _, r := range set.Rules {
		if d, ok := r.(*dateFactsRule); ok {
			rule = d
		}
	}
	if rule == nil {
		t.Fatal("the default pack has no fact.date")
	}
	var paths []string
	var srcs [][]byte
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/stories/*/*.txt", "../testdata/fresh*/*/*.txt"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			paths, srcs = append(paths, f), append(srcs, src)
		}
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 200, Seed: 7}) {
		paths, srcs = append(paths, "gen/"+g.Path), append(srcs, g.Text)
	}
	words := new(segment.Words)
	facts := make([]any, len(paths))
	for i := range paths {
		a := articleWith(t, set, paths[i], srcs[i], i, words)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		facts[i] = rule.Check(a, NewReporter(a.Doc))
	}
	return storiesByDir(paths), claimsOf(facts)
}

// keyedClaims returns, by article, copies of the claims that keep says
// to keep, as CheckCorpus hands each comparison its part of an article's
// claims.
func keyedClaims(claims [][]claim, keep func(*claim) bool) [][]claim {
	out := make([][]claim, len(claims))
	for a, cs := range claims {
		for k := range cs {
			if keep(&cs[k]) {
				out[a] = append(out[a], cs[k])
			}
		}
	}
	return out
}

// sameOpponents runs got and want on every claim of every story of
// claims, and of the same claims with the claims of one article of the
// story (then of two) moved by shift (an error injected into each
// article in turn, so that the walks find opponents), and reports where
// they differ. begin, when not nil, is called with each story's
// articles and claims before got walks them, as compareEachStory does.
// It returns how many claims got found opponents for.
func sameOpponents(t *testing.T, stories [][]int, claims [][]claim, shift func(*claim), begin func([]int, [][]claim), got, want opponentsFunc) int {
	t.Helper()
	found := 0
	run := func(arts []int, cs [][]claim) {
		if begin != nil {
			begin(arts, cs)
		}
		for _, xa := range arts {
			for i := range cs[xa] {
				x := &cs[xa][i]
				o1, a1, ok1 := got(x, xa, arts, cs)
				o2, a2, ok2 := want(x, xa, arts, cs)
				if ok1 != ok2 || !slices.Equal(o1, o2) || !reflect.DeepEqual(a1, a2) {
					t.Errorf("%v %q: got %v %v, want %v %v", x.Loc, x.Shown, ok1, o1, ok2, o2)
				}
				if ok1 {
					found++
				}
			}
		}
	}
	moved := func(arts []int, pick ...int) [][]claim {
		cs := slices.Clone(claims)
		for _, p := range pick {
			a := arts[p]
			cs[a] = slices.Clone(cs[a])
			for k := range cs[a] {
				shift(&cs[a][k])
			}
		}
		return cs
	}
	for _, story := range stories {
		var arts []int
		for _, a := range story {
			if len(claims[a]) > 0 {
				arts = append(arts, a)
			}
		}
		if len(arts) < 2 {
			continue
		}
		run(arts, claims)
		for p := range arts {
			run(arts, moved(arts, p))
			run(arts, moved(arts, p, (p+1)%len(arts)))
		}
	}
	return found
}
