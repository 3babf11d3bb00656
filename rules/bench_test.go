package rules

import (
	"path"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/segment"
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
	var paths []string
	size := 0
	words := new(segment.Words) // one worker's, as the checker numbers them
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: n, Seed: 1}) {
		arts = append(arts, articleWith(b, set, g.Path, g.Text, i, words))
		paths = append(paths, g.Path)
		size += len(g.Text)
	}
	return set, arts, storiesByDir(paths), size
}

// storiesByDir groups generated articles into their stories: the
// articles of one directory, in order of first appearance.
func storiesByDir(paths []string) [][]int {
	var stories [][]int
	dirs := map[string]int{}
	for i, p := range paths {
		d := path.Dir(p)
		s, ok := dirs[d]
		if !ok {
			s = len(stories)
			dirs[d] = s
			stories = append(stories, nil)
		}
		stories[s] = append(stories[s], i)
	}
	return stories
}

func autoRule(b testing.TB, set *Set) *autoFactsRule {
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

// BenchmarkRules measures the per-article stage of each rule of the
// default pack on 500 generated articles, read and segmented beforehand:
// each article is handed to the rule afresh, so a rule pays for the
// quantities, dates or names it asks for, as the first rule to ask does
// in a run. "all" runs every rule, as checker.Check does.
func BenchmarkRules(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var arts []*Article
	size := 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		a := articleAt(b, set, g.Path, g.Text, i)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		arts = append(arts, a)
		size += len(g.Text)
	}
	fresh := func(a *Article) *Article {
		return &Article{Doc: a.Doc, Blocks: a.Blocks, Seg: a.Seg, Index: a.Index, Units: a.Units, Calendar: a.Calendar, Ref: a.Ref}
	}
	run := func(b *testing.B, rs []Rule) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				x := fresh(a)
				for _, r := range rs {
					r.Check(x, NewReporter(x.Doc))
				}
			}
		}
	}
	b.Run("all", func(b *testing.B) { run(b, set.Rules) })
	for _, r := range set.Rules {
		b.Run(r.Info().ID, func(b *testing.B) { run(b, []Rule{r}) })
	}
	// The extractions the rules share, each on its own.
	for _, e := range []struct {
		name string
		f    func(*Article)
	}{
		{"extract/quantities", func(a *Article) { a.Quantities() }},
		{"extract/dates", func(a *Article) { a.Dates() }},
		{"extract/names", func(a *Article) { a.Names() }},
	} {
		f := e.f
		b.Run(e.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					f(fresh(a))
				}
			}
		})
	}
	b.Run("furniture", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				for _, r := range set.Rules {
					if fr, ok := r.(FurnitureRule); ok {
						fr.Furniture(a.Doc, a.Blocks, NewReporter(a.Doc))
					}
				}
			}
		}
	})
	b.Run("story-terms", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				set.StoryTerms(fresh(a))
			}
		}
	})
}

// BenchmarkEncodeFacts measures encoding and decoding the facts of
// fact.mismatch of 1,000 generated articles, as a run that encodes its
// facts between the two stages does.
func BenchmarkEncodeFacts(b *testing.B) {
	set, arts, _, size := prepared(b, 1000)
	rule := autoRule(b, set)
	facts := make([]any, len(arts))
	for i, a := range arts {
		facts[i] = rule.Check(a, nil)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range facts {
			data, err := EncodeFacts(f)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := DecodeFacts(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNamesCorpus measures the corpus stage of the name rules on
// 2,000 generated articles, whose per-article stage (name statistics,
// learned name forms) has run beforehand: "index" folds the articles'
// name statistics into the run's index, as the checker does; "typo" and
// "variant" are name.typo's and name.variant's CheckCorpus.
func BenchmarkNamesCorpus(b *testing.B) {
	set, arts, stories, size := prepared(b, 2000)
	var typo, variant CorpusRule
	for _, r := range set.Rules {
		switch x := r.(type) {
		case *typoRule:
			typo = x
		case *namesRule:
			if x.learn {
				variant = x
			}
		}
	}
	if typo == nil || variant == nil {
		b.Fatal("no name.typo or learning names rule in the default pack")
	}
	stats := make([]*NameStats, len(arts))
	facts := make([]any, len(arts))
	paths := make([]string, len(arts))
	for i, a := range arts {
		facts[i] = variant.Check(a, NewReporter(a.Doc))
		stats[i] = a.Names()
		paths[i] = a.Doc.Path
	}
	c := &Corpus{Articles: len(arts), Names: IndexNames(stats), Known: set.Lexicon, Stories: stories, Paths: paths}
	b.Run("index", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			IndexNames(stats)
		}
	})
	b.Run("typo", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			typo.CheckCorpus(c, nil, NewReporter(nil))
		}
	})
	b.Run("variant", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			variant.CheckCorpus(c, facts, NewReporter(nil))
		}
	})
}

// BenchmarkClaims measures what fact.mismatch adds to an article's
// quantities: keys, contexts, roles and anchors, on 1,000 generated
// articles of ~4 KB. The quantities are found once, before the loop, so
// that the claims' share is measured apart from extraction, which
// BenchmarkExtractClaims includes.
func BenchmarkClaims(b *testing.B) {
	set, arts, _, size := prepared(b, 1000)
	rule := autoRule(b, set)
	for _, a := range arts {
		a.Quantities()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			rule.Check(a, nil)
		}
	}
}

// BenchmarkClaimsRecycled is BenchmarkClaims as the checker runs the
// stage: each article's claim room is handed back once its facts are
// done with, as the checker does after encoding them (RecycleFacts),
// and the article's names are found before the loop, as the checker's
// name rules find them whatever fact.mismatch does. Without the first,
// every article makes a zeroed room of its own for the collector to
// reclaim; without the second, the first pass pays for the names scan.
func BenchmarkClaimsRecycled(b *testing.B) {
	set, arts, _, size := prepared(b, 1000)
	rule := autoRule(b, set)
	benchRecycledClaims(b, rule, arts, size)
}

// benchRecycledClaims times rule's claims of arts (size bytes), their
// quantities and names found before the loop and their rooms handed
// back as the checker does.
func benchRecycledClaims(b *testing.B, rule *autoFactsRule, arts []*Article, size int) {
	b.Helper()
	for _, a := range arts {
		a.Quantities()
		a.Names()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			RecycleFacts(rule.Check(a, nil))
		}
	}
}

// BenchmarkClaimsRealCopy is BenchmarkClaimsRecycled on the real news
// copy in the repository (the seed articles and testdata/stories, about
// 84 KB): sentences longer and less regular than generated copy's, with
// more figures and names per KB, and far more distinct words.
func BenchmarkClaimsRealCopy(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	rule := autoRule(b, set)
	arts, _, size := realCopyArticles(b, set)
	benchRecycledClaims(b, rule, arts, size)
}
