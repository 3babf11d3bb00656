package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestGluedPrefixes checks that a currency symbol written in letters
// against its number is a token of its own, joined to a number read as
// it would be after a space, and that nothing else is parted: another
// case, a longer word, letters not listed, a code in the middle of a
// word.
func TestGluedPrefixes(t *testing.T) {
	glued := NewGlued([]string{"RM", "Rs", "KSh", "K", "Rs.", ""})
	for _, tc := range []struct {
		text string
		want []string // tokens, a "+" before one joined to the last
	}{
		{"It cost RM84 million.", []string{"It", "cost", "RM", "+84", "million", "+."}},
		{"RM3.2bn and Rs40,000", []string{"RM", "+3.2bn", "and", "Rs", "+40,000"}},
		{"about KSh40m", []string{"about", "KSh", "+40m"}}, // the longest prefix, not "K"
		{"K9 units", []string{"K", "+9", "units"}},         // a listed one-letter prefix is parted too
		{"rm84 RMB84 RM RMx4", []string{"rm84", "RMB84", "RM", "RMx4"}},
		{"A320 and MH370", []string{"A320", "and", "MH370"}},
		{"(RM5m)", []string{"(", "+RM", "+5m", "+)"}},
		{"FORM84 xRM84 RM1 Rs2 KSh3.", []string{"FORM84", "xRM84", "RM", "+1", "Rs", "+2", "KSh", "+3", "+."}},
		{"Rs", []string{"Rs"}},
		{"RM7", []string{"RM", "+7"}},
	} {
		toks, _ := tokenizeParted(tc.text, glued)
		var got []string
		for _, tk := range toks {
			s := tc.text[tk.Start:tk.End]
			if tk.Joined {
				s = "+" + s
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	if NewGlued([]string{"Rs.", "$"}) != nil {
		t.Error("NewGlued of no letters-only prefix is not nil")
	}
	// Without a set, or through Into's options, the same text.
	if toks, _ := tokenizeParted("RM84", nil); len(toks) != 1 {
		t.Errorf("without a set RM84 is %d tokens", len(toks))
	}
	r := Segment("It cost RM84.", []Block{{0, 13}}, &Options{Glued: glued})
	if len(r.Tokens) != 5 || r.Tokens[2].End != 10 || r.Tokens[3].Start != 10 || r.Tokens[3].Kind != Number {
		t.Errorf("Into with Options.Glued: %+v", r.Tokens)
	}
}

// TestGluedSentences checks that a block cut at glued prefixes still
// breaks into its sentences at the same places.
func TestGluedSentences(t *testing.T) {
	text := "It cost RM3.2 billion. Then Mr. Tan paid RM4 more (about Rs9). He left."
	glued := NewGlued([]string{"RM", "Rs"})
	r := Segment(text, []Block{{0, len(text)}}, &Options{Glued: glued, Abbreviations: map[string]Abbreviation{"Mr": Title}})
	var got []string
	for _, s := range r.Sentences {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"It cost RM3.2 billion.", "Then Mr. Tan paid RM4 more (about Rs9).", "He left."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// tokenizeParted tokenizes text as one block as Into does, the words of
// a glued prefix parted when g is not nil.
func tokenizeParted(text string, g *Glued) ([]Token, []int32) {
	return tokenize(text, 0, len(text), nil, nil, g, nil)
}

// refParted is tokenizeParted as it was before tokenize parted the words
// as it read them: the block tokenized whole, then read again for the
// words to part (refPart), kept to check that the two agree.
func refParted(text string, g *Glued) ([]Token, []int32) {
	toks, marks := tokenize(text, 0, len(text), nil, nil, nil, nil)
	if g != nil {
		toks, marks = refPart(g, text, len(text), toks, 0, marks)
	}
	return toks, marks
}

// refPart reads the words of a block's tokens, toks[first:], for a
// prefix of g glued to its digits and returns toks with each such word
// cut before its digits, the block (which ends at end) tokenized again
// from the cut on.
func refPart(g *Glued, text string, end int, toks []Token, first int, marks []int32) ([]Token, []int32) {
	for i := first; i < len(toks); i++ {
		if g.lead[text[toks[i].Start]]&1 == 0 {
			continue
		}
		tk := toks[i]
		if tk.Kind != Word || tk.End-tk.Start < 2 || g.lead[text[tk.Start+1]]&2 == 0 {
			continue
		}
		n := g.at(text, tk.Start, tk.End)
		if n == 0 {
			continue
		}
		cut := tk.Start + n
		for len(marks) > 0 && int(marks[len(marks)-1]) >= i {
			marks = marks[:len(marks)-1]
		}
		toks = toks[:i]
		toks, marks = tokenize(text, tk.Start, cut, toks, marks, nil, nil)
		toks[i].Joined = tk.Joined
		toks, marks = tokenize(text, cut, end, toks, marks, nil, nil)
		toks[i+1].Joined = true
		i++ // the number; the loop reads on after it
	}
	return toks, marks
}

// TestGluedRandom checks, on random mixes of copy with glued prefixes,
// that the parted tokens are in order, inside the text, never empty,
// that the marks are exactly their punctuation that sentences acts on,
// and that both are those of the block tokenized whole and read again
// for its prefixes (refParted).
func TestGluedRandom(t *testing.T) {
	glued := NewGlued([]string{"RM", "Rs", "KSh"})
	all := "It cost RM3.2bn (Rs40,000) and KSh5m. RM RMx Rs. 7 Rs1, \"RM9\" O'Brien's U.S. 1.5 Zoë-RM2 'RM4' x\u00a0RM5"
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		n := rng.IntN(40)
		b := make([]byte, 0, n)
		for range n {
			k := rng.IntN(len(all))
			b = append(b, all[k:min(len(all), k+1+rng.IntN(6))]...)
		}
		text := string(b)
		toks, marks := tokenizeParted(text, glued)
		if wt, wm := refParted(text, glued); !slices.Equal(toks, wt) || !slices.Equal(marks, wm) {
			t.Fatalf("%q: parted as read %v %v, parted after %v %v", text, toks, marks, wt, wm)
		}
		end := 0
		var want []int32
		for i, tk := range toks {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("%q: token %d %v out of order", text, i, tk)
			}
			end = tk.End
			if tk.Kind == Punct && strings.ContainsRune(":([{\"-.!?", rune(text[tk.Start])) {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(marks, want) {
			t.Fatalf("%q: marks %v, want %v", text, marks, want)
		}
	}
}
