package rules

import "testing"

// BenchmarkGatherWide measures what the corpus stage of a run that
// encodes its facts pays to gather the facts of the rules that see the
// whole run (the names and consistency rules), 2,000 generated articles:
// each rule's encoded facts of every article fetched and decoded, as
// GatherAll does for checker.compare.
func BenchmarkGatherWide(b *testing.B) {
	set, arts, _, size := prepared(b, 2000)
	var encoded [][][]byte // by rule, by article
	for _, r := range set.Rules {
		if _, ok := r.(CorpusRule); !ok || StoryScoped(r) {
			continue
		}
		enc := make([][]byte, len(arts))
		for i, a := range arts {
			data, err := EncodeFacts(r.Check(a, NewReporter(a.Doc)))
			if err != nil {
				b.Fatal(err)
			}
			enc[i] = data
		}
		encoded = append(encoded, enc)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, enc := range encoded {
			if _, err := GatherAll(len(arts), func(a int) (any, []byte, error) { return nil, enc[a], nil }); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEncodeAll measures encoding what every corpus rule's Check
// returned for 1,000 generated articles (EncodeFacts), as a run that
// encodes its facts does after each article's per-article stage.
func BenchmarkEncodeAll(b *testing.B) {
	set, arts, _, size := prepared(b, 1000)
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
			if _, err := EncodeFacts(f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
