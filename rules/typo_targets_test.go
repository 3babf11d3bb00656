package rules

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestTypoTargetsOfStory checks the targets name.typo judges a story
// against: the targets its articles use and the lexicon's anywhere
// ones, in the run's order, each once, against the straightforward
// filter of every target by inStory.
func TestTypoTargetsOfStory(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"Officials in Varnholt met Dana Korrel. Later Korrel visited Varnholt.\n",
		"Aides said Korrel and Ostrava agreed in Varnholt.\n",
		"Delegates in Ostrava met Vesna Kallin. Kallin spoke in Ostrava.\n",
		"Vesna Kallin, Dana Korrel and Ostrava officials met.\n",
	}
	var stats []*NameStats
	for i, d := range docs {
		stats = append(stats, articleAt(t, set, "a"+string(rune('0'+i))+".txt", []byte(d), i).Names())
	}
	ix := IndexNames(stats)
	tt := &typoTargets{at: make([]int32, len(ix.words)+1), anywhere: map[rune][]int32{}}
	var words []string
	for w := range ix.Forms {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		tt.add(nameTarget{word: w, n: ix.Forms[w]})
	}
	// Two lexicon names that no article uses, targets anywhere.
	for _, w := range []string{"Kelmar", "Vostrin"} {
		tt.add(nameTarget{word: w, n: &CorpusName{}, known: true, anywhere: true})
	}
	stories := [][]int{{0, 1}, {2, 3}, {1, 3}}
	m := &storyMap{stories: stories, names: ix}
	tt.stories = make([][]int32, len(stories))
	for s, arts := range stories {
		for _, first := range []rune{'K', 'V', 'O'} {
			var want []string
			for _, t := range tt.all {
				if r, _ := utf8.DecodeRuneInString(t.word); r != first {
					continue
				}
				if t.anywhere || ix.inStory(t.n, arts).count > 0 {
					want = append(want, t.word)
				}
			}
			var got []string
			for _, t := range tt.of(m, s, first) {
				got = append(got, t.word)
			}
			if !slices.Equal(got, want) {
				t.Errorf("story %v, initial %c: targets %q, want %q", arts, first, got, want)
			}
		}
	}
}
