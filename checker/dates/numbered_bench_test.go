package dates

import (
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// numberedArt is an article read and segmented, as a checker's worker
// segments it: its words numbered by the worker's one Words.
type numberedArt struct {
	text string
	seg  *segment.Result
}

// numberedArticle reads src and segments it with words.
func numberedArticle(b *testing.B, path string, src []byte, words *segment.Words) numberedArt {
	b.Helper()
	d, err := document.Read(path, src, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	blocks := make([]segment.Block, 0, len(d.Blocks))
	for _, s := range d.Blocks {
		blocks = append(blocks, segment.Block{Start: s.Start, End: s.End})
	}
	return numberedArt{d.Text, segment.Into(&segment.Result{Words: words}, d.Text, blocks, &segment.Options{Abbreviations: calendarAbbreviations})}
}

// BenchmarkExtractNumbered extracts the dates of article after article
// whose words one Words numbers, as a checker's worker does: 500
// generated articles (internal/corpusgen), and the real copy of the
// repository (the seeds and testdata/stories).
func BenchmarkExtractNumbered(b *testing.B) {
	words := new(segment.Words)
	var generated []numberedArt
	genSize := 0
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		generated = append(generated, numberedArticle(b, a.Path, a.Text, words))
		genSize += len(a.Text)
	}
	realWords := new(segment.Words)
	var realCopy []numberedArt
	realSize := 0
	copies, err := corpusgen.RealCopy("../..")
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range copies {
		realCopy = append(realCopy, numberedArticle(b, a.Path, a.Text, realWords))
		realSize += len(a.Text)
	}
	for _, c := range []struct {
		name string
		arts []numberedArt
		size int
	}{{"generated", generated, genSize}, {"real", realCopy, realSize}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(c.size))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range c.arts {
					Extract(a.text, a.seg)
				}
			}
		})
	}
}
