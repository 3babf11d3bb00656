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

// BenchmarkDecodeAllRealCopy is the decoding side of
// BenchmarkEncodeAllRealCopy: every corpus rule's facts of the real copy,
// encoded once, decoded in place into one Room per article, as the
// checker's corpus stage decodes a story's facts from its store.
func BenchmarkDecodeAllRealCopy(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts, _, size := realCopyArticles(b, set)
	var encoded [][]byte
	for _, r := range set.Rules {
		if _, ok := r.(CorpusRule); !ok {
			continue
		}
		for _, a := range arts {
			data, err := EncodeFacts(r.Check(a, NewReporter(a.Doc)))
			if err != nil {
				b.Fatal(err)
			}
			encoded = append(encoded, data)
		}
	}
	room := new(Room)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range encoded {
			room.Reset()
			if _, err := DecodeFactsInPlace(room, data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
