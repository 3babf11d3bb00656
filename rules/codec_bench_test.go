package rules

import "testing"

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
