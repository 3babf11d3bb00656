package quantity

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestSentenceAtMatchesSearch checks the forward walk of sentenceAt
// against the binary search it replaces, for tokens asked in text order
// (as Extract asks), with repeats, in gaps between sentences and past
// the last, and for tokens asked out of order.
func TestSentenceAtMatchesSearch(t *testing.T) {
	// Sentences over tokens [0,3), [5,9), [9,10), [14,20): gaps at 3-4,
	// 10-13 and from 20.
	sents := []segment.Sentence{{First: 0, Last: 3}, {First: 5, Last: 9}, {First: 9, Last: 10}, {First: 14, Last: 20}}
	orders := map[string][]int{
		"ascending":    {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 13, 14, 19, 20, 25},
		"repeats":      {0, 0, 4, 4, 9, 9, 19, 19},
		"skips":        {2, 15, 30},
		"backwards":    {25, 19, 14, 9, 8, 5, 3, 0},
		"zigzag":       {9, 2, 14, 6, 21, 0, 10},
		"past the end": {40, 41},
	}
	for name, toks := range orders {
		p := &parser{}
		for _, tok := range toks {
			if got, want := p.sentenceAt(sents, tok), sentenceOf(sents, tok); got != want {
				t.Errorf("%s: sentenceAt(%d) = %d, sentenceOf = %d", name, tok, got, want)
			}
		}
	}
	p := &parser{}
	if got := p.sentenceAt(nil, 3); got != -1 {
		t.Errorf("no sentences: sentenceAt = %d, want -1", got)
	}
}

// TestExtractSentences checks, on copy with many sentences, that every
// quantity's sentence is the one the binary search finds.
func TestExtractSentences(t *testing.T) {
	text := strings.Repeat(benchText, 3)
	s := seg(text)
	qs := pack(t).Extract(text, s)
	if len(qs) < 100 {
		t.Fatalf("only %d quantities", len(qs))
	}
	for _, q := range qs {
		if want := sentenceOf(s.Sentences, q.Tokens[0]); q.Sentence != want || want < 0 {
			t.Errorf("%q: sentence %d, want %d", text[q.Span.Start:q.Span.End], q.Sentence, want)
		}
	}
}
