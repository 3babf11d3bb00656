package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/internal/corpusgen"
)

// BenchmarkRulesShared measures each rule's own per-article work, as a
// run pays it: the extractions that the rules share (names, dates,
// quantities) are done before the loop and handed to every article, as
// the first rule to ask for one pays for it in checker.Check.
// BenchmarkRules measures a rule with the extractions it asks for.
func BenchmarkRulesShared(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var arts []*Article
	size := 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		a := articleAt(b, set, g.Path, g.Text, i)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		a.Names()
		a.Dates()
		a.Quantities()
		arts = append(arts, a)
		size += len(g.Text)
	}
	fresh := func(a *Article) *Article {
		return &Article{Doc: a.Doc, Blocks: a.Blocks, Seg: a.Seg, Index: a.Index, Units: a.Units, Calendar: a.Calendar, Ref: a.Ref,
			names: a.names, nameScan: a.nameScan, dates: a.dates, datesDone: true, quantities: a.quantities, conversions: a.conversions, quantDone: true}
	}
	for _, r := range set.Rules {
		b.Run(r.Info().ID, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					x := fresh(a)
					r.Check(x, NewReporter(x.Doc))
				}
			}
		})
	}
}
