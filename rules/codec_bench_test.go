package rules

import (
	"bytes"
	"testing"
)

// BenchmarkDecodeStories measures what the corpus stage of a run that
// encodes its facts pays to decode fact.mismatch's facts of 1,000
// generated articles, story by story: "alloc" decodes each article's
// facts into memory of their own (DecodeFacts), "room" into one Room
// reset from story to story (DecodeFactsIn), as checker.compare does.
func BenchmarkDecodeStories(b *testing.B) {
	set, arts, stories, size := prepared(b, 1000)
	rule := autoRule(b, set)
	encoded := make([][]byte, len(arts))
	for i, a := range arts {
		data, err := EncodeFacts(rule.Check(a, nil))
		if err != nil {
			b.Fatal(err)
		}
		encoded[i] = data
	}
	for _, mode := range []string{"alloc", "room"} {
		b.Run(mode, func(b *testing.B) {
			var room *Room
			if mode == "room" {
				room = new(Room)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, st := range stories {
					if room != nil {
						room.Reset()
					}
					for _, a := range st {
						if _, err := DecodeFactsIn(room, encoded[a]); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
	}
}

// BenchmarkCompareStories measures compareStories, the key-by-key half
// of fact.mismatch's corpus stage, on the claims of 1,000 generated
// articles, on one goroutine (Jobs 1): grouping each story's claims by
// key and comparing the keys that two articles state. The comparison is
// fact.mismatch's match with a tolerance wide enough that every pair
// agrees: without the anchors that CheckCorpus builds from the whole
// corpus (unrelated, supports), the generated stories would otherwise
// disagree here and there and the benchmark would mostly measure the
// writing of messages.
func BenchmarkCompareStories(b *testing.B) {
	set, arts, stories, size := prepared(b, 1000)
	rule := autoRule(b, set)
	facts := make([]any, len(arts))
	paths := make([]string, len(arts))
	for i, a := range arts {
		facts[i] = rule.Check(a, nil)
		paths[i] = a.Doc.Path
	}
	perArticle := claimsOf(facts)
	c := &Corpus{Articles: len(arts), Stories: stories, Paths: paths, Jobs: 1}
	cmpr := comparison{rule: rule, match: rule.match, tolerance: 100, openBound: rule.openBound, minor: rule.minor, major: rule.major}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		rep := NewReporter(nil)
		compareStories(c, perArticle, cmpr, rep)
		if n := len(rep.Diagnostics()); n != 0 {
			b.Fatalf("%d findings with every pair agreeing", n)
		}
	}
}

// BenchmarkStoreCodec measures the fact store's codec on every corpus
// rule's facts of 1,000 generated articles: "encode" encodes them all,
// "decode" decodes them in place story by story into a Room reset from
// story to story, as the checker's corpus stage does; "archive" in the
// encoding of EncodeFacts, "store" in the store's own
// (EncodeStoreFactsTo), which the checker keeps between its stages.
func BenchmarkStoreCodec(b *testing.B) {
	set, arts, stories, size := prepared(b, 1000)
	benchStoreCodec(b, set, arts, stories, size)
}

// BenchmarkStoreCodecRealCopy is BenchmarkStoreCodec on the real news
// copy of the repository (the seeds and testdata/stories), each article
// a story of its own.
func BenchmarkStoreCodecRealCopy(b *testing.B) {
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts, _, size := realCopyArticles(b, set)
	stories := make([][]int, len(arts))
	for i := range arts {
		stories[i] = []int{i}
	}
	benchStoreCodec(b, set, arts, stories, size)
}

func benchStoreCodec(b *testing.B, set *Set, arts []*Article, stories [][]int, size int) {
	// facts[a] are article a's facts of every corpus rule.
	facts := make([][]any, len(arts))
	for _, r := range set.Rules {
		if _, ok := r.(CorpusRule); !ok {
			continue
		}
		for i, a := range arts {
			if f := r.Check(a, NewReporter(a.Doc)); !Empty(f) {
				facts[i] = append(facts[i], f)
			}
		}
	}
	for _, form := range []string{"archive", "store"} {
		encode := EncodeFactsTo
		if form == "store" {
			encode = EncodeStoreFactsTo
		}
		encoded := make([][][]byte, len(arts))
		for i, fs := range facts {
			for _, f := range fs {
				if err := encode(f, func(data []byte) error {
					encoded[i] = append(encoded[i], bytes.Clone(data))
					return nil
				}); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.Run("encode/"+form, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, fs := range facts {
					for _, f := range fs {
						if err := encode(f, func([]byte) error { return nil }); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
		b.Run("decode/"+form, func(b *testing.B) {
			room := new(Room)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, st := range stories {
					room.Reset()
					for _, a := range st {
						for _, data := range encoded[a] {
							if data[0] == tagNames {
								continue // decoded by GatherRules, below
							}
							if _, err := DecodeFactsInPlace(room, data); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
				// The run-wide rules' facts (names) are gathered
				// once, keeping the uses of compound names only.
				var tab []lazyString
				compound := map[string]bool{}
				for _, datas := range encoded {
					for _, data := range datas {
						if data[0] == tagNames {
							if err := compoundNames(data, compound); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
				for _, datas := range encoded {
					for _, data := range datas {
						if data[0] == tagNames {
							if _, err := decodeNamesFacts(data, compound, &tab); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
			}
		})
	}
}
