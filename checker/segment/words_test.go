package segment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// TestWordsNumbers: the tokens of texts segmented into one Result (and so
// one Words) get one number per spelling, as written: the same bytes the
// same number, across sentences, blocks and texts; other bytes (another
// case, another length, an accent) another; no number for a token that is
// no word.
func TestWordsNumbers(t *testing.T) {
	long := "counterrevolutionaries" // more than 16 bytes
	texts := []string{
		"The ferry left Varnholm. The ferry came back; the FERRY was late.",
		"Ferry fares rose 12%. The ferry's crew of 31 said the ferry (the Skarvhorn) was sound.",
		"Mid-length words: harbourmaster, harbourmasters, " + long + " and " + long + ".",
		"Zoë met Zoe at the café in Café Lune. O'Brien and U.S. officials met O'Brien.",
		// A word at the very end of the text: fewer than 8 bytes after
		// its start.
		"It rained on the ferry",
	}
	var r Result
	num := map[string]uint32{}
	spelt := map[uint32]string{}
	for _, text := range texts {
		Into(&r, text, []Block{{Start: 0, End: len(text)}}, nil)
		for _, tk := range r.Tokens {
			w := tk.Text(text)
			if tk.Kind != Word {
				if tk.Word != 0 {
					t.Errorf("%q (kind %d) has number %d, want none", w, tk.Kind, tk.Word)
				}
				continue
			}
			if tk.Word == 0 || int(tk.Word) >= r.Words.Len() {
				t.Errorf("%q has number %d, want one in 1..%d", w, tk.Word, r.Words.Len()-1)
				continue
			}
			if n, ok := num[w]; ok && n != tk.Word {
				t.Errorf("%q numbered %d and %d", w, n, tk.Word)
			}
			if s, ok := spelt[tk.Word]; ok && s != w {
				t.Errorf("%q and %q share number %d", s, w, tk.Word)
			}
			if got := r.Words.Spelling(tk.Word); got != w {
				t.Errorf("Spelling(%d) = %q, want %q", tk.Word, got, w)
			}
			num[w], spelt[tk.Word] = tk.Word, w
		}
	}
	for _, w := range []string{"ferry", "Ferry", "FERRY", "harbourmaster", "harbourmasters", long, "Zoë", "Zoe", "café", "Café", "O'Brien", "U.S."} {
		if num[w] == 0 {
			t.Errorf("%q not numbered", w)
		}
	}
	// Folding is the stages' business: each case is a spelling of its own.
	if num["ferry"] == num["Ferry"] || num["ferry"] == num["FERRY"] || num["café"] == num["Café"] || num["Zoë"] == num["Zoe"] {
		t.Errorf("spellings of other case or accent share a number: %v", num)
	}
	if len(spelt) != len(num) {
		t.Errorf("%d spellings, %d numbers", len(num), len(spelt))
	}
	if r.Words.Spelling(0) != "" || r.Words.Spelling(uint32(r.Words.Len())) != "" {
		t.Errorf("Spelling of no number is not empty")
	}
}

// TestWordsEverySpelling: on generated copy and the repository's (and both
// in capitals, where most words are longer than their packed key's test
// of case), one Words gives equal numbers to equal spellings and to no
// others, and Segment (a Words of its own) the same partition.
func TestWordsEverySpelling(t *testing.T) {
	var texts []string
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 100, Seed: 5}) {
		texts = append(texts, string(a.Text))
	}
	texts = append(texts, golden.Texts(t, "../../testdata/seeds/*", "../../testdata/stories/*/*")...)
	if len(texts) < 120 {
		t.Fatalf("only %d texts", len(texts))
	}
	var r Result
	num := map[string]uint32{}
	spelt := map[uint32]string{}
	words := 0
	for _, src := range texts {
		for _, text := range []string{src, strings.ToUpper(src)} {
			Into(&r, text, []Block{{Start: 0, End: len(text)}}, nil)
			own := Segment(text, []Block{{Start: 0, End: len(text)}}, nil)
			ownNum := map[string]uint32{}
			for i, tk := range r.Tokens {
				if tk.Kind != Word {
					continue
				}
				words++
				w := tk.Text(text)
				if n, ok := num[w]; ok && n != tk.Word {
					t.Fatalf("%q numbered %d and %d", w, n, tk.Word)
				}
				if s, ok := spelt[tk.Word]; ok && s != w {
					t.Fatalf("%q and %q share number %d", s, w, tk.Word)
				}
				num[w], spelt[tk.Word] = tk.Word, w
				o := own.Tokens[i].Word
				if n, ok := ownNum[w]; ok && n != o {
					t.Fatalf("Segment numbered %q %d and %d", w, n, o)
				}
				ownNum[w] = o
			}
		}
	}
	if words < 100000 || len(num) < 5000 {
		t.Fatalf("only %d words of %d spellings: the test proves little", words, len(num))
	}
}

// TestWordsFull: once a Words holds maxWords spellings it numbers no
// more (0), and keeps the numbers it gave.
func TestWordsFull(t *testing.T) {
	var w Words
	var b strings.Builder
	for i := 0; i <= maxWords+10; i++ {
		fmt.Fprintf(&b, "w%x ", i)
	}
	text := b.String()
	var r Result
	r.Words = &w
	Into(&r, text, []Block{{Start: 0, End: len(text)}}, nil)
	if len(r.Tokens) != maxWords+11 {
		t.Fatalf("%d tokens", len(r.Tokens))
	}
	for i, tk := range r.Tokens {
		switch {
		case i < maxWords && tk.Word != uint32(i+1):
			t.Fatalf("token %d (%q) numbered %d, want %d", i, tk.Text(text), tk.Word, i+1)
		case i >= maxWords && tk.Word != 0:
			t.Fatalf("token %d (%q) numbered %d past the bound", i, tk.Text(text), tk.Word)
		}
	}
	again := "w0 w1 " + fmt.Sprintf("w%x", maxWords+5)
	Into(&r, again, []Block{{Start: 0, End: len(again)}}, nil)
	if got := []uint32{r.Tokens[0].Word, r.Tokens[1].Word, r.Tokens[2].Word}; got[0] != 1 || got[1] != 2 || got[2] != 0 {
		t.Errorf("numbers once full: %v, want [1 2 0]", got)
	}
}

// TestWordsNoZeroByte: a word token never holds a zero byte, which the
// short table's keys rely on (a spelling packed in a word is told by it
// alone); a zero byte in copy ends the word it follows.
func TestWordsNoZeroByte(t *testing.T) {
	for _, text := range []string{"ab\x00cd", "\x00word\x00", "O'\x00Brien", "U.\x00S.", "1,\x00500km", "Zo\x00ë", "a\x00"} {
		r := Segment(text, []Block{{Start: 0, End: len(text)}}, nil)
		for _, tk := range r.Tokens {
			if tk.Kind == Word && strings.IndexByte(tk.Text(text), 0) >= 0 {
				t.Errorf("%q: word %q holds a zero byte", text, tk.Text(text))
			}
		}
	}
	// Were one to: it is not taken for the spelling without it.
	var w Words
	if a, b := w.lookup("ab"), w.lookup("ab\x00"); a == b || a == 0 || b == 0 {
		t.Errorf("\"ab\" %d, \"ab\\x00\" %d", a, b)
	}
}
