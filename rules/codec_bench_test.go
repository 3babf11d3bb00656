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
