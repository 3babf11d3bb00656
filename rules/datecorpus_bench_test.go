package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// BenchmarkDateCorpus measures fact.date's corpus stage (CheckCorpus:
// the comparison of the dates of events, clocks, leads, moments, earlier
// years, times of day, days and weekday pairs across the articles of each
// story) alone, on one goroutine: on 2,000 generated articles, one story
// per directory, whose articles agree, and on the real copy of the
// repository (the seeds and testdata/stories), one story per directory.
// The per-article stage (fact.date's Check, and the name index the
// comparison resolves names with) runs once, before the loop, and only
// for the sub-benchmark run.
func BenchmarkDateCorpus(b *testing.B) {
	type corpusCase struct {
		rule   *dateFactsRule
		corpus *Corpus
		facts  []any
		size   int
	}
	prepare := func(set *Set, arts []*Article, stories [][]int, size int) *corpusCase {
		var rule *dateFactsRule
		for _, r := range set.Rules {
			if d, ok := r.(*dateFactsRule); ok {
				rule = d
			}
		}
		if rule == nil {
			b.Fatal("the default pack has no fact.date")
		}
		facts := make([]any, len(arts))
		stats := make([]*NameStats, len(arts))
		paths := make([]string, len(arts))
		for i, a := range arts {
			a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
			facts[i] = rule.Check(a, NewReporter(a.Doc))
			stats[i] = a.Names()
			paths[i] = a.Doc.Path
		}
		return &corpusCase{rule, &Corpus{Articles: len(arts), Names: IndexNames(stats), Known: set.Lexicon, Stories: stories, Paths: paths, Jobs: 1}, facts, size}
	}
	for _, c := range []struct {
		name string
		load func() *corpusCase
	}{
		{"generated", func() *corpusCase {
			set, arts, stories, size := prepared(b, 2000)
			return prepare(set, arts, stories, size)
		}},
		{"real", func() *corpusCase {
			set, err := LoadDefault()
			if err != nil {
				b.Fatal(err)
			}
			arts, paths, size := realCopyArticles(b, set)
			return prepare(set, arts, storiesByDir(paths), size)
		}},
	} {
		var p *corpusCase // made once, on the sub-benchmark's first run
		b.Run(c.name, func(b *testing.B) {
			if p == nil {
				p = c.load()
			}
			b.SetBytes(int64(p.size))
			b.ReportAllocs()
			for b.Loop() {
				p.rule.CheckCorpus(p.corpus, p.facts, NewReporter(nil))
			}
		})
	}
}
