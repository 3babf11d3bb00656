package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestNameAfter checks what the names scan reads after a name word: an
// age in apposition (ageAfter) and a lowercase noun after "the" and the
// name (nounAfter), by the word that follows the first capitalised word
// after the copy's opening.
func TestNameAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		age  uint8
		noun string // "" for none
	}{
		{text: "It was Ilsabet Marsk, 47, a tiler.", age: 47},
		{text: "It was Ilsabet Marsk, 47.", age: 47},
		{text: "It was Ilsabet Marsk (or Marsk, 47) who won.", age: 0},
		{text: "It was Ilsabet Marsk, 47 years on.", age: 0},
		{text: "It was Ilsabet Marsk, 1,470, a sum.", age: 0},
		{text: "It was Ilsabet Marsk,47, a tiler.", age: 0},
		{text: "It was Ilsabet Marsk, 0, a tiler.", age: 0},
		{text: "It was Ilsabet Marsk, 130, a tiler.", age: 0},
		{text: "It was at the Ilsabet quarry today.", noun: "quarry"},
		{text: "It was The Ilsabet quarry today.", noun: "quarry"},
		{text: "It was at a Ilsabet quarry today.", noun: ""},
		{text: "It was at the Ilsabet Marsk quarry.", noun: ""},
		{text: "It was at the Ilsabet, quarry today.", noun: ""},
		{text: "It was at the Ilsabet 4x4 today.", noun: ""},
	} {
		toks := tokensOf(tc.text)
		i := -1
		for k := 1; k < len(toks); k++ {
			if w := toks[k].Text(tc.text); toks[k].Kind == segment.Word && w == "Ilsabet" || w == "Marsk" && toks[k-1].Text(tc.text) == "Ilsabet" {
				i = k
			}
			if i >= 0 && toks[i].Text(tc.text) == "Marsk" {
				break
			}
		}
		if i < 0 {
			t.Fatalf("%q: no name", tc.text)
		}
		if got := ageAfter(tc.text, toks, int32(i)); got != tc.age {
			t.Errorf("%q: age %d, want %d", tc.text, got, tc.age)
		}
		want := uint32(0)
		if tc.noun != "" {
			want = nounAfter("the X "+tc.noun, tokensOf("the X "+tc.noun), 1)
		}
		if got := nounAfter(tc.text, toks, int32(i)); got != want {
			t.Errorf("%q: noun %d, want %d (%q)", tc.text, got, want, tc.noun)
		}
	}
}

// TestFrameOf checks the word that frames a name: the noun after it in
// "the Ilsabet quarry" (odd, nounAfter's), else the lowercase word just
// before it or before the comma just before it (even, wordBefore's,
// case folded), else none.
func TestFrameOf(t *testing.T) {
	for _, tc := range []struct {
		text   string
		before string // the word before, "" for none
		noun   bool   // the noun frame
	}{
		{text: "It was her son Ilsabet, 9.", before: "son"},
		{text: "Her son Ilsabet was there.", before: "son"},
		{text: "It was the Ilsabet quarry.", noun: true},
		{text: "It was Ilsabet.", before: "was"},
		{text: "It was son, Ilsabet.", before: "son"},
		{text: "It was 9, Ilsabet.", before: ""},
		{text: "It was son,  Ilsabet.", before: ""},
		{text: "It was son ,Ilsabet.", before: ""},
		{text: "It was son  Ilsabet.", before: ""},
		{text: "It was 9 Ilsabet.", before: ""},
		{text: "Ilsabet was there.", before: ""},
	} {
		toks := tokensOf(tc.text)
		i := slices.IndexFunc(toks, func(k segment.Token) bool { return k.Text(tc.text) == "Ilsabet" })
		got := frameOf(tc.text, toks, int32(i))
		switch {
		case tc.noun:
			if want := nounAfter(tc.text, toks, int32(i)); got != want || got&1 == 0 {
				t.Errorf("%q: frame %d, want the noun's %d", tc.text, got, want)
			}
		case tc.before != "":
			if want := wordBefore(tc.before); got != want || got&1 != 0 || wordBefore(strings.ToUpper(tc.before[:1])+tc.before[1:]) != want {
				t.Errorf("%q: frame %d, want %q's %d", tc.text, got, tc.before, want)
			}
		case got != 0:
			t.Errorf("%q: frame %d, want none", tc.text, got)
		}
	}
}

func tokensOf(text string) []segment.Token {
	return segment.Segment(text, []segment.Block{{Start: 0, End: len(text)}}, nil).Tokens
}

// TestAfterInStory checks that sameAge and sameNoun read only the kept
// uses of the suspect's story: a rare spelling's uses are kept run-wide,
// and the same given name and age, or the same noun, in another story's
// article is no evidence.
func TestAfterInStory(t *testing.T) {
	r := &typoRule{}
	u := NameUse{Prev: "Verna", Age: 61, Noun: 7, article: 3}
	n := &CorpusName{Uses: []NameUse{
		{Prev: "Verna", Age: 61, article: 0},
		{Noun: 7, article: 1},
		{Noun: 7, article: 2},
	}}
	for _, tc := range []struct {
		name       string
		arts       []int
		aged, noun bool
	}{
		{name: "all in the story", arts: []int{0, 1, 2, 3}, aged: true, noun: true},
		{name: "the aged use in another story", arts: []int{1, 2, 3}, noun: true},
		{name: "one noun's article in another story", arts: []int{0, 2, 3}, aged: true},
	} {
		if got := r.agedAfter(&u, n, tc.arts); got != tc.aged {
			t.Errorf("%s: agedAfter %v, want %v", tc.name, got, tc.aged)
		}
		if got := nounTwice(u, n, tc.arts); got != tc.noun {
			t.Errorf("%s: nounTwice %v, want %v", tc.name, got, tc.noun)
		}
	}
}
