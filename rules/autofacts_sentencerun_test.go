package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/quantity"
)

// TestSentenceRun checks that the quantities of every article of testdata
// and of invented copy are in the order of their sentences, and that
// sentenceRun gives, for each, the run of exactly the quantities of its
// sentence, which the years' walks of Check read in place of all the
// article's; and that quantities out of that order are told as such, so
// that the walks read all of them.
func TestSentenceRun(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	invented := "In 2019 the Brackle Lane yard had 140 buses and 35 vans. It lost 12 of them in 2021, and 9 more in 2022.\nBy 2024, 88 were left.\n"
	arts := walkArticles(t, set, 40)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	runs := 0
	for _, a := range arts {
		qs := a.Quantities()
		if !sentencesInOrder(qs) {
			t.Fatalf("%s: quantities not in the order of their sentences", a.Doc.Path)
		}
		for i := range qs {
			lo, hi := sentenceRun(qs, i)
			for k := range qs {
				if in := k >= lo && k < hi; in != (qs[k].Sentence == qs[i].Sentence) {
					t.Fatalf("%s: quantity %d (sentence %d): run %d..%d, quantity %d of sentence %d", a.Doc.Path, i, qs[i].Sentence, lo, hi, k, qs[k].Sentence)
				}
			}
			if hi-lo > 1 {
				runs++
			}
		}
	}
	if runs < 100 {
		t.Errorf("only %d quantities share a sentence", runs)
	}
	for _, tc := range []struct {
		sentences []int
		want      bool
	}{
		{nil, true},
		{[]int{0}, true},
		{[]int{0, 0, 2, 3, 3}, true},
		{[]int{1, 0}, false},
		{[]int{0, 2, 2, 1}, false},
	} {
		qs := make([]quantity.Quantity, len(tc.sentences))
		for i, s := range tc.sentences {
			qs[i].Sentence = s
		}
		if got := sentencesInOrder(qs); got != tc.want {
			t.Errorf("sentencesInOrder(%v) = %v, want %v", tc.sentences, got, tc.want)
		}
	}
}
