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
// comparison resolves names with) runs once, before the loop.
func BenchmarkDateCorpus(b *testing.B) {
	set, generated, genStories, genSize := prepared(b, 2000)
	var rule *dateFactsRule
	for _, r := range set.Rules {
		if d, ok := r.(*dateFactsRule); ok {
			rule = d
		}
	}
	if rule == nil {
		b.Fatal("the default pack has no fact.date")
	}
	realCopy, realPaths, realSize := realCopyArticles(b, set)
	for _, c := range []struct {
		name    string
		arts    []*Article
		stories [][]int
		size    int
	}{{"generated", generated, genStories, genSize}, {"real", realCopy, storiesByDir(realPaths), realSize}} {
		facts := make([]any, len(c.arts))
		stats := make([]*NameStats, len(c.arts))
		paths := make([]string, len(c.arts))
		for i, a := range c.arts {
			a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
			facts[i] = rule.Check(a, NewReporter(a.Doc))
			stats[i] = a.Names()
			paths[i] = a.Doc.Path
		}
		corpus := &Corpus{Articles: len(c.arts), Names: IndexNames(stats), Known: set.Lexicon, Stories: c.stories, Paths: paths, Jobs: 1}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(c.size))
			b.ReportAllocs()
			for b.Loop() {
				rule.CheckCorpus(corpus, facts, NewReporter(nil))
			}
		})
	}
}
