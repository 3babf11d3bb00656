package rules

import (
	"slices"
	"testing"
)

// TestNumberKeysRanks checks that numberKeys gives every claim the rank
// of its key among the distinct keys in string order, one number per
// key, story after story through its pooled table: the second story
// shares some keys with the first and has others, and must be numbered
// as if it came first.
func TestNumberKeysRanks(t *testing.T) {
	stories := [][][]string{
		{{"count:lamp", "count:lamp", "speed", "count:boat"}, {"speed", "age", "count:lamp"}, nil},
		{{"height", "count:boat"}, {"count:boat", "zeal", "height", "age"}},
		{{""}, {"", "count:kite"}},
	}
	for round := range 2 {
		for si, st := range stories {
			perArticle := make([][]claim, len(st))
			var distinct []string
			for a, keys := range st {
				for _, k := range keys {
					perArticle[a] = append(perArticle[a], claim{Key: k})
					if !slices.Contains(distinct, k) {
						distinct = append(distinct, k)
					}
				}
			}
			slices.Sort(distinct)
			if got := numberKeys(perArticle); got != len(distinct) {
				t.Fatalf("round %d, story %d: %d keys, want %d", round, si, got, len(distinct))
			}
			for a := range perArticle {
				for _, x := range perArticle[a] {
					if want := int32(slices.Index(distinct, x.Key)); x.kid != want {
						t.Errorf("round %d, story %d: key %q numbered %d, want %d", round, si, x.Key, x.kid, want)
					}
				}
			}
		}
	}
}
