package checker_test

import (
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkCheckRealCopy runs the whole pipeline with the default rules
// over the real news copy in the repository: the seed articles and the
// six multi-outlet stories of testdata/stories (about 100 KB). It is the
// check on BenchmarkCheck's generated corpus: the throughput measured on
// generated copy should hold for real copy, whose sentences are longer,
// less regular and less dense in figures.
func BenchmarkCheckRealCopy(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var in []checker.Input
	n := 0
	copies, err := corpusgen.RealCopy("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range copies {
		in = append(in, checker.Input{Path: a.Path, Src: a.Text})
		n += len(a.Text)
	}
	if len(in) < 20 {
		b.Fatalf("only %d articles of real copy found", len(in))
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := checker.Check(in, checker.Options{Rules: set}); err != nil {
			b.Fatal(err)
		}
	}
}
