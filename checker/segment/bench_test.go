package segment_test

import (
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkSegment measures the segment stage: tokens and sentences of
// 500 generated articles of ~4 KB, read beforehand, with the default
// pack's abbreviations.
func BenchmarkSegment(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		text   string
		blocks []segment.Block
	}
	var docs []doc
	n := 0
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		d, err := document.Read(a.Path, a.Text, set.Document)
		if err != nil {
			b.Fatal(err)
		}
		var blocks []segment.Block
		for _, s := range d.Blocks {
			blocks = append(blocks, segment.Block{Start: s.Start, End: s.End})
		}
		docs = append(docs, doc{d.Text, blocks})
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if r := segment.Segment(d.text, d.blocks, &set.Segment); len(r.Sentences) == 0 {
				b.Fatal("no sentences")
			}
		}
	}
}
