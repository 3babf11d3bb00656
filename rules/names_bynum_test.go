package rules

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestIndexByNumbers builds the corpus index from statistics whose
// spellings carry the segmenter's numbers, which the index finds by its
// cache of each Words' numbers (NameIndex.byNum), and from the same
// statistics without them, which it finds by their hash and bytes: the
// same index, spelling for spelling and id for id, whether every article
// has a Words of its own, all share one, or a few more than the cache
// keeps take turns (so that an entry is dropped and filled again).
func TestIndexByNumbers(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	gen := corpusgen.Generate(corpusgen.Options{Articles: 90, Seed: 7})
	// Invented copy that repeats and varies the spellings of the
	// generated articles' names, beside names of its own.
	extra := []string{
		"Ysolde Corvish told the Dravoy Quarry board that Corvish would stay.\n",
		"The Mistel Bay council met. Corvish and Ysolde Yorath spoke; Yorath-Corvish agreed.\n",
		"Dravoy Quarry reopened. Ysolde Corvish said the Quarry owners had paid.\n",
	}
	type doc struct {
		path string
		src  []byte
	}
	var docs []doc
	for i, g := range gen {
		docs = append(docs, doc{g.Path, g.Text})
		if i%30 == 0 {
			for k, e := range extra {
				docs = append(docs, doc{fmt.Sprintf("extra/%d-%d.txt", i, k), []byte(e)})
			}
		}
	}
	// statsWith returns the articles' statistics, article i numbered by
	// the Words words(i) gives (nil: a Words of its own).
	statsWith := func(words func(i int) *segment.Words) []*NameStats {
		var out []*NameStats
		for i, d := range docs {
			out = append(out, articleWith(t, set, d.path, d.src, i, words(i)).Names())
		}
		return out
	}
	shared := new(segment.Words)
	turns := make([]*segment.Words, maxNumCaches+3)
	for i := range turns {
		turns[i] = new(segment.Words)
	}
	modes := map[string][]*NameStats{
		"own":    statsWith(func(int) *segment.Words { return nil }),
		"shared": statsWith(func(int) *segment.Words { return shared }),
		"turns":  statsWith(func(i int) *segment.Words { return turns[(i/3)%len(turns)] }),
	}
	// The reference: the shared statistics without their numbers, found
	// by their text.
	var plain []*NameStats
	for _, st := range statsWith(func(int) *segment.Words { return shared }) {
		if st.nums == nil || len(st.nums) != len(st.words) {
			t.Fatalf("statistics of %d spellings carry %d numbers", len(st.words), len(st.nums))
		}
		st.nums, st.of = nil, nil
		plain = append(plain, st)
	}
	want := IndexNames(plain)
	if len(want.words) < 200 {
		t.Fatalf("only %d spellings in the index", len(want.words))
	}
	everyArticle := make([]int, len(docs))
	for i := range everyArticle {
		everyArticle[i] = i
	}
	for name, stats := range modes {
		got := IndexNames(stats)
		if len(got.byNum) == 0 || len(got.byNum) > maxNumCaches {
			t.Errorf("%s: %d Words cached, want 1 to %d", name, len(got.byNum), maxNumCaches)
		}
		if !slices.Equal(got.words, want.words) {
			t.Errorf("%s: the spellings, in id order, differ from those found by their text", name)
			continue
		}
		for id, c := range got.names {
			if !reflect.DeepEqual(*c, *want.names[id]) {
				t.Errorf("%s: %q is %+v, by its text %+v", name, got.words[id], *c, *want.names[id])
			}
			for _, story := range [][]int{{0, 1, 2}, {30, 31, 32, 33}, everyArticle} {
				if x, y := got.inStory(c, story), want.inStory(want.names[id], story); x != y {
					t.Errorf("%s: %q in articles %v: %+v, by its text %+v", name, got.words[id], story, x, y)
				}
			}
		}
	}
}
