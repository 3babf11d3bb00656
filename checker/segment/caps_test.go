package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refCaps is the reference of Result.Caps: the indices of the word
// tokens of toks whose first rune is upper case.
func refCaps(text string, toks []Token) []int32 {
	var caps []int32
	for i, tk := range toks {
		if r, _ := utf8.DecodeRuneInString(text[tk.Start:tk.End]); tk.Kind == Word && unicode.IsUpper(r) {
			caps = append(caps, int32(i))
		}
	}
	return caps
}

// TestCapsListed checks the segmenter's list of capitalised words
// (Result.Caps) against the reference, on random mixes of words of every
// road through the tokenizer: runs of known words (fastWords), the last
// words of a block (tailWords), words with a digit, an apostrophe, a
// full stop or a glued prefix (word), words that start with a digit or
// a non-ASCII letter of either case, and marks. Each text is read by
// Into into a reused Result (with and without numbering, from a slice of
// tokens too small, so the lists grow) and by tokenize from every room of
// the token slice, as fastWords stops where the room ends. A Result not
// made by Segment or Into has no list.
func TestCapsListed(t *testing.T) {
	words := []string{"a", "an", "ox", "the", "Ox", "The", "river", "Capstan", "crossing", "Wellbeing", "overstretched",
		"Nineteenfortyfive", "Quartermastersergeant", "U.S.", "i.e.", "O'Neill", "o'clock", "Zoë", "Ørsted", "ørsted", "Łukasz",
		"x9", "X9", "Rs40", "RM3", "3D", "ß", ",", ".", ";", "(", ")", "\"", "'", "-", "?", "7", "1,500", "É", "é"}
	gaps := []string{" ", " ", " ", "", "  ", "\n", ", ", ". ", "; ", " (", "\" "}
	glued := NewGlued([]string{"Rs", "RM"})
	rng := rand.New(rand.NewPCG(5, 6))
	numbered := &Result{Words: new(Words)}
	plain := &Result{}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(16) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(gaps[rng.IntN(len(gaps))])
		}
		text := b.String()
		blocks := []Block{{0, len(text)}}
		if k := rng.IntN(len(text) + 1); k > 0 && k < len(text) && rng.IntN(2) == 0 {
			blocks = []Block{{0, k}, {k, len(text)}}
		}
		for _, r := range []*Result{numbered, plain} {
			// A little room, as a reused Result may have.
			r.Tokens, r.Caps, r.Listed = make([]Token, 0, 1+rng.IntN(3)), make([]int32, 0, rng.IntN(2)), nil
			Into(r, text, blocks, &Options{Glued: glued})
			caps, ok := r.CapsListed()
			if !ok {
				t.Fatalf("Into(%q): no list of capitalised words", text)
			}
			if want := refCaps(text, r.Tokens); !slices.Equal(caps, want) {
				t.Fatalf("Into(%q): caps %v, want %v (tokens %v)", text, caps, want, r.Tokens)
			}
		}
		seg := Segment(text, blocks, nil)
		if caps, ok := seg.CapsListed(); !ok || !slices.Equal(caps, refCaps(text, seg.Tokens)) {
			t.Fatalf("Segment(%q): caps %v (%v)", text, caps, ok)
		}
		for room := range 8 {
			var ts wordTables
			ts.ready(glued, numbered.Words)
			out := ts.tokenize(text+"Q Qq", 0, len(text), make([]Token, 2, 2+room))
			numbered.Words.numberPending(text, out)
			want := refCaps(text, out)
			if got := ts.caps[:ts.nc]; !slices.Equal(got, want) {
				t.Fatalf("tokenize(%q), room %d: caps %v, want %v", text, room, got, want)
			}
		}
	}
	if _, ok := (&Result{Tokens: []Token{{Start: 0, End: 3}}}).CapsListed(); ok {
		t.Error("a Result made by hand has a list of capitalised words")
	}
}
