package checker

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkFoldTerms measures the part of the name folder's work that is
// the checker's own: sharing and numbering every article's story terms
// (nameFolder.finished without the names, which rules' BenchmarkNames
// index and prepare measure), on BenchmarkCheck's 2,000 generated
// articles, with what the workers compute before the folder's lock
// (prepareFold) counted too.
func BenchmarkFoldTerms(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var pristine []articleResult
	size := 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 2000, Seed: 1}) {
		r, n := checkInput(Input{Path: g.Path, Src: g.Text}, i, set)
		r.releaseFacts()
		rules.RecycleNames(r.names)
		r.names = nil
		pristine = append(pristine, r)
		size += n
	}
	results := make([]articleResult, len(pristine))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range pristine {
			results[i] = pristine[i]
			results[i].terms = slices.Clone(pristine[i].terms)
		}
		f := foldNames(results)
		for i := range results {
			results[i].prepareFold()
			f.finished(i)
		}
	}
}

// BenchmarkGroupChecked measures story grouping (story.Group, Auto) of
// BenchmarkCheck's 2,000 generated articles as the corpus stage groups
// them: their story terms numbered by the name folder, and their
// figures.
func BenchmarkGroupChecked(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var results []articleResult
	var paths []string
	size := 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 2000, Seed: 1}) {
		r, n := checkInput(Input{Path: g.Path, Src: g.Text}, i, set)
		r.releaseFacts()
		results = append(results, r)
		paths = append(paths, g.Path)
		size += n
	}
	f := foldNames(results)
	for i := range results {
		results[i].prepareFold()
		f.finished(i)
	}
	arts := make([]story.Article, len(results))
	for i, r := range results {
		arts[i] = story.Article{Path: paths[i], Story: r.story, Terms: r.terms, TermIDs: r.termIDs, Figures: r.figures}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		story.Group(arts, story.Auto, story.Options{})
	}
}
