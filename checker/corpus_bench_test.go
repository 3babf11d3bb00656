package checker

import (
	"reflect"
	"runtime"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkCorpusStage measures what a run does after the per-article
// stage, on BenchmarkCheck's 2,000 generated articles: keeping each
// article's facts in the store (encoded), grouping the articles into
// stories and running the corpus rules story by story (decoding the
// facts again). "mem" keeps the encoded facts in memory, as a run of
// keepAt to spillAt articles does; "spill" in the temporary file, as a
// larger run does. Every op needs the rules' facts afresh (the store
// recycles what it encodes): they are decoded from a copy made once,
// which "prepare" measures alone, so that the stage is the difference.
func BenchmarkCorpusStage(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	var in []Input
	size := 0
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 2000, Seed: 1}) {
		in = append(in, Input{Path: g.Path, Src: g.Text})
		size += len(g.Text)
	}
	// The per-article stage, once: its results without their facts, and
	// the facts encoded.
	pristine := make([]articleResult, len(in))
	encoded := make([][][]byte, len(in))
	names := foldNames(pristine)
	for i := range in {
		r, _ := checkInput(in[i], i, set)
		encoded[i] = make([][]byte, len(set.Rules))
		for ri, f := range r.facts {
			if _, ok := set.Rules[ri].(rules.CorpusRule); !ok {
				continue
			}
			if encoded[i][ri], err = rules.EncodeFacts(f); err != nil {
				b.Fatal(err)
			}
		}
		r.facts, r.factsBox = nil, nil
		pristine[i] = r
		names.finished(i)
	}
	index := names.wait()
	results := make([]articleResult, len(in))
	prepare := func() {
		copy(results, pristine)
		for i := range results {
			if results[i].skipped != nil {
				continue
			}
			results[i].facts = make([]any, len(set.Rules))
			for ri, data := range encoded[i] {
				if data == nil {
					continue
				}
				if results[i].facts[ri], err = rules.DecodeFacts(data); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	// The stage must find what a whole run finds.
	want, err := Check(in, Options{Rules: set})
	if err != nil {
		b.Fatal(err)
	}
	jobs := runtime.GOMAXPROCS(0)
	for _, mode := range []string{"prepare", "mem", "spill"} {
		b.Run(mode, func(b *testing.B) {
			defer func(k, s int) { keepAt, spillAt = k, s }(keepAt, spillAt)
			keepAt, spillAt = 1, 1<<30
			if mode == "spill" {
				spillAt = 1
			}
			dir := b.TempDir()
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				prepare()
				if mode == "prepare" {
					continue
				}
				store := newFactStore(len(results), len(set.Rules), dir)
				for i := range results {
					results[i] = keepFacts(store, set, i, results[i])
				}
				res, err := corpusStage(in, results, index, store, Options{Rules: set}, jobs)
				store.close()
				if err != nil {
					b.Fatal(err)
				}
				if !reflect.DeepEqual(res.Diagnostics, want.Diagnostics) {
					b.Fatalf("%d findings, a whole run finds %d, or different ones", len(res.Diagnostics), len(want.Diagnostics))
				}
			}
		})
	}
}
