package rules

import "testing"

// BenchmarkEncodeAllRealCopy is BenchmarkEncodeAll on the real news copy
// of the repository (the seeds and testdata/stories): more names, more
// distinct strings and longer contexts per article than generated copy,
// which the encoder's string numbering sees first.
func BenchmarkEncodeAllRealCopy(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts, _, size := realCopyArticles(b, set)
	var facts []any
	for _, r := range set.Rules {
		if _, ok := r.(CorpusRule); !ok {
			continue
		}
		for _, a := range arts {
			facts = append(facts, r.Check(a, NewReporter(a.Doc)))
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range facts {
			if err := EncodeFactsTo(f, func([]byte) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
	}
}
