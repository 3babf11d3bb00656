package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// BenchmarkSegmentExtract measures the segmentation of an article and
// its two extractions (Article.Dates, then Article.Quantities) together,
// as checker.checkArticle pays them: each article segmented into one
// reused Result (one Words for the whole set, as a worker's), then its
// dates and quantities read into one reused room. 500 generated articles
// (internal/corpusgen) and the real copy of the repository (the seeds and
// testdata/stories). The segmenter and the extractors share work (the
// candidates' list), which their own benchmarks cannot see.
func BenchmarkSegmentExtract(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		doc    *document.Document
		blocks []segment.Block
	}
	read := func(path string, text []byte) doc {
		d, err := document.Read(path, text, set.Document)
		if err != nil {
			b.Fatal(err)
		}
		blocks := make([]segment.Block, len(d.Blocks))
		for i, bl := range d.Blocks {
			blocks[i] = segment.Block{Start: bl.Start, End: bl.End}
		}
		return doc{d, blocks}
	}
	var generated, realCopy []doc
	genSize, realSize := 0, 0
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		generated = append(generated, read(g.Path, g.Text))
		genSize += len(g.Text)
	}
	copies, err := corpusgen.RealCopy("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range copies {
		realCopy = append(realCopy, read(c.Path, c.Text))
		realSize += len(c.Text)
	}
	for _, c := range []struct {
		name string
		docs []doc
		size int
	}{{"generated", generated, genSize}, {"real", realCopy, realSize}} {
		b.Run(c.name, func(b *testing.B) {
			var room []quantity.Quantity
			var seg segment.Result
			b.SetBytes(int64(c.size))
			b.ReportAllocs()
			for b.Loop() {
				for i, d := range c.docs {
					x := &Article{Doc: d.doc, Blocks: d.doc.Blocks, Seg: segment.Into(&seg, d.doc.Text, d.blocks, &set.Segment),
						Index: i, Units: set.Quantities, Calendar: set.Dates, Ref: dates.RefOf(d.doc.Meta.Date), QuantityRoom: room}
					x.Dates()
					room = x.Quantities()
				}
			}
		})
	}
}
