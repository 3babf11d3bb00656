package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// BenchmarkDateRules measures the per-article work of the date rules
// (fact.date and date.calendar) alone, on 500 generated articles and on
// the real copy of the repository (the seeds and testdata/stories): the
// extractions the rules share (names, dates, quantities) are done before
// the loop, as in BenchmarkRulesShared, so only the rules' own work is
// counted. "both" runs the two rules on each article, as a run does.
// The generated articles' words are numbered with one Words, as a
// checker's worker numbers every article it segments.
func BenchmarkDateRules(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	byID := map[string]Rule{}
	for _, r := range set.Rules {
		byID[r.Info().ID] = r
	}
	factDate, calendar := byID["fact.date"], byID["date.calendar"]
	if factDate == nil || calendar == nil {
		b.Fatal("the default pack has no fact.date or no date.calendar")
	}
	prepare := func(arts []*Article) []*Article {
		for _, a := range arts {
			a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
			a.Names()
			a.Dates()
			a.Quantities()
		}
		return arts
	}
	var generated []*Article
	genSize := 0
	words := new(segment.Words) // one worker's, as the checker numbers them
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		generated = append(generated, articleWith(b, set, g.Path, g.Text, i, words))
		genSize += len(g.Text)
	}
	prepare(generated)
	realCopy, _, realSize := realCopyArticles(b, set)
	prepare(realCopy)
	fresh := func(a *Article) *Article {
		return &Article{Doc: a.Doc, Blocks: a.Blocks, Seg: a.Seg, Index: a.Index, Units: a.Units, Calendar: a.Calendar, Ref: a.Ref,
			names: a.names, nameScan: a.nameScan, dates: a.dates, datesDone: true, quantities: a.quantities, conversions: a.conversions, quantDone: true}
	}
	for _, c := range []struct {
		name string
		arts []*Article
		size int
	}{{"generated", generated, genSize}, {"real", realCopy, realSize}} {
		for _, sub := range []struct {
			name string
			rs   []Rule
		}{{"fact.date", []Rule{factDate}}, {"date.calendar", []Rule{calendar}}, {"both", []Rule{factDate, calendar}}} {
			b.Run(c.name+"/"+sub.name, func(b *testing.B) {
				b.SetBytes(int64(c.size))
				b.ReportAllocs()
				for b.Loop() {
					for _, a := range c.arts {
						x := fresh(a)
						for _, r := range sub.rs {
							r.Check(x, NewReporter(x.Doc))
						}
					}
				}
			})
		}
	}
}
