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
	docs, set, n := segmentDocs(b)
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

// BenchmarkSegmentInto is BenchmarkSegment as checker.Check segments:
// into one Result reused from article to article, so that it measures
// the segmenter and not the allocation of its token slice.
func BenchmarkSegmentInto(b *testing.B) {
	docs, set, n := segmentDocs(b)
	segmentInto(b, docs, set, n)
}

type segDoc struct {
	text   string
	blocks []segment.Block
}

// segmentDocs reads 500 generated articles with the default pack and
// returns their text and blocks, the pack and their size in bytes.
func segmentDocs(b *testing.B) ([]segDoc, *rules.Set, int) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var docs []segDoc
	n := 0
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		docs = append(docs, readSegDoc(b, set, a.Path, a.Text))
		n += len(a.Text)
	}
	return docs, set, n
}

// BenchmarkSegmentRealCopy is BenchmarkSegmentInto on real copy: the
// seed and story articles of testdata, whose vocabulary and punctuation
// the generated corpus repeats too little of.
func BenchmarkSegmentRealCopy(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var docs []segDoc
	n := 0
	copies, err := corpusgen.RealCopy("../..")
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range copies {
		docs = append(docs, readSegDoc(b, set, a.Path, a.Text))
		n += len(a.Text)
	}
	if len(docs) < 20 {
		b.Fatalf("only %d articles of real copy found", len(docs))
	}
	segmentInto(b, docs, set, n)
}

// readSegDoc reads an article as the checker does and returns its text
// and blocks for segmentation.
func readSegDoc(b *testing.B, set *rules.Set, path string, src []byte) segDoc {
	d, err := document.Read(path, src, set.Document)
	if err != nil {
		b.Fatal(err)
	}
	var blocks []segment.Block
	for _, s := range d.Blocks {
		blocks = append(blocks, segment.Block{Start: s.Start, End: s.End})
	}
	return segDoc{d.Text, blocks}
}

// segmentInto segments docs, n bytes in all, as checker.Check does: into
// one Result reused from article to article.
func segmentInto(b *testing.B, docs []segDoc, set *rules.Set, n int) {
	b.Helper()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	r := &segment.Result{}
	for b.Loop() {
		for _, d := range docs {
			if segment.Into(r, d.text, d.blocks, &set.Segment); len(r.Sentences) == 0 {
				b.Fatal("no sentences")
			}
		}
	}
}
