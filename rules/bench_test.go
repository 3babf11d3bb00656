package rules

import (
	"path"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// prepared reads and segments a generated corpus with the default rule
// set, and returns its articles with their stories (one per directory of
// the generator).
func prepared(b *testing.B, n int) (*Set, []*Article, [][]int, int) {
	b.Helper()
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var arts []*Article
	var stories [][]int
	dirs := map[string]int{}
	size := 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: n, Seed: 1}) {
		arts = append(arts, articleAt(b, set, g.Path, g.Text, i))
		d := path.Dir(g.Path)
		s, ok := dirs[d]
		if !ok {
			s = len(stories)
			dirs[d] = s
			stories = append(stories, nil)
		}
		stories[s] = append(stories[s], i)
		size += len(g.Text)
	}
	return set, arts, stories, size
}

func autoRule(b *testing.B, set *Set) *autoFactsRule {
	b.Helper()
	for _, r := range set.Rules {
		if a, ok := r.(*autoFactsRule); ok {
			return a
		}
	}
	b.Fatal("no autofacts rule in the default pack")
	return nil
}

// BenchmarkExtractClaims measures the per-article stage of fact.mismatch:
// quantities, keys and context, on 1,000 generated articles of ~4 KB.
func BenchmarkExtractClaims(b *testing.B) {
	set, arts, _, size := prepared(b, 1000)
	rule := autoRule(b, set)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			a.quantities, a.quantDone = nil, false
			rule.Check(a, nil)
		}
	}
}

// BenchmarkCompare measures the corpus stage of fact.mismatch: comparing
// the claims of 1,000 generated articles within their stories.
func BenchmarkCompare(b *testing.B) {
	set, arts, stories, size := prepared(b, 1000)
	rule := autoRule(b, set)
	facts := make([]any, len(arts))
	paths := make([]string, len(arts))
	for i, a := range arts {
		facts[i] = rule.Check(a, nil)
		paths[i] = a.Doc.Path
	}
	c := &Corpus{Articles: len(arts), Stories: stories, Paths: paths}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		rep := NewReporter(nil)
		rule.CheckCorpus(c, facts, rep)
		if n := len(rep.Diagnostics()); n != 0 {
			b.Fatalf("%d findings on a corpus that agrees", n)
		}
	}
}
