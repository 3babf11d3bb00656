package document_test

import (
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkRead measures the read stage: 500 generated articles of ~4 KB
// read as plain text, with the default pack's datelines, into normalised
// text with its position maps.
func BenchmarkRead(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts := corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1})
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			d, err := document.Read(a.Path, a.Text, set.Document)
			if err != nil {
				b.Fatal(err)
			}
			if len(d.Blocks) == 0 || d.Meta.Date == "" {
				b.Fatalf("%s: %d blocks, date %q", a.Path, len(d.Blocks), d.Meta.Date)
			}
		}
	}
}
