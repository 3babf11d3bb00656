package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// BenchmarkExtractBoth measures the two extractions an article's rules
// share, its dates (Article.Dates) and its quantities
// (Article.Quantities, into one reused room, as a checker's worker reads
// them), together, as a run pays them: 500 generated articles
// (internal/corpusgen) and the real copy of the repository (the seeds and
// testdata/stories), each set's words numbered by one Words, as a worker
// numbers them.
func BenchmarkExtractBoth(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var generated []*Article
	genSize := 0
	words := new(segment.Words)
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		generated = append(generated, articleWith(b, set, g.Path, g.Text, i, words))
		genSize += len(g.Text)
	}
	realCopy, _, realSize := realCopyArticles(b, set)
	for _, c := range []struct {
		name string
		arts []*Article
		size int
	}{{"generated", generated, genSize}, {"real", realCopy, realSize}} {
		b.Run(c.name, func(b *testing.B) {
			var room []quantity.Quantity
			b.SetBytes(int64(c.size))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range c.arts {
					x := &Article{Doc: a.Doc, Blocks: a.Blocks, Seg: a.Seg, Index: a.Index, Units: a.Units,
						Calendar: set.Dates, Ref: dates.RefOf(a.Doc.Meta.Date), QuantityRoom: room}
					x.Dates()
					room = x.Quantities()
				}
			}
		})
	}
}
