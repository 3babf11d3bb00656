package segment

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
	"unsafe"

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

// number is the numbering as it was before tokenize numbered the words
// it reads, kept as the tests' reference: it gives each token of toks its spelling's number in Word (0 for a
// token that is no word). A word of at most 8 bytes with 8 bytes of
// text from its start (most words) is loaded from the text as one word,
// masked to its length, and found in the short table by it, in a loop
// without a call and with few values, which it keeps in registers (with
// a call, or the mid table too, the loop kept them on the stack and
// cost twice as much per token). The words it leaves are listed, and a
// second loop finds those of 9 to 16 bytes alike in the mid table, and
// gives the rest, and any spelling new to the Words, to lookup.
func (w *Words) number(text string, toks []Token) {
	w.ready()
	pending := make([]int32, len(toks))
	np := 0
	base := unsafe.Pointer(unsafe.StringData(text))
	limit := len(text) - 8
	short, mask := w.short, w.mask
	for k := range toks {
		t := &toks[k]
		if t.Kind != Word {
			t.Word = 0
			continue
		}
		s, n := t.Start, t.End-t.Start
		if uint(n-1) < 8 && s <= limit {
			// 0 <= s and s+8 <= len(text): the 8 bytes are text's.
			x := binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(base, s))[:]) & lenMask[n&7]
			i := shortHash(x) & mask
			for short[i].x != x && short[i].x != 0 {
				i = (i + 1) & mask
			}
			if id := short[i].id; id != 0 {
				t.Word = id
				continue
			}
		}
		pending[np] = int32(k)
		np++
	}
	limit -= 8
	for _, k := range pending[:np] {
		t := &toks[k]
		s, n := t.Start, t.End-t.Start
		if n > 8 && n <= 16 && s <= limit {
			// 0 <= s and s+16 <= len(text).
			p := (*[16]byte)(unsafe.Add(base, s))
			x, x2 := binary.LittleEndian.Uint64(p[:8]), binary.LittleEndian.Uint64(p[8:])&lenMask[n&7]
			mid, midMask := w.mid, w.midMask
			i := midHash(x, x2) & midMask
			for mid[i].id != 0 && (mid[i].x != x || mid[i].x2 != x2) {
				i = (i + 1) & midMask
			}
			if id := mid[i].id; id != 0 {
				t.Word = id
				continue
			}
		}
		t.Word = w.lookup(text[s:t.End])
	}
}

// TestTokenTail checks the layout Token.setTail relies on (Kind, Joined,
// Initial and Word in the 8 bytes from Kind, little endian) and that it
// writes each field as the field-by-field stores did, over whatever the
// token held.
func TestTokenTail(t *testing.T) {
	if unsafe.Offsetof(Token{}.Joined) != unsafe.Offsetof(Token{}.Kind)+1 ||
		unsafe.Offsetof(Token{}.Initial) != unsafe.Offsetof(Token{}.Kind)+2 ||
		unsafe.Offsetof(Token{}.Word) != unsafe.Offsetof(Token{}.Kind)+4 ||
		unsafe.Sizeof(Token{}) != unsafe.Offsetof(Token{}.Kind)+8 {
		t.Fatalf("Token layout changed: %d %d %d %d, size %d", unsafe.Offsetof(Token{}.Kind), unsafe.Offsetof(Token{}.Joined),
			unsafe.Offsetof(Token{}.Initial), unsafe.Offsetof(Token{}.Word), unsafe.Sizeof(Token{}))
	}
	for _, kind := range []Kind{Word, Number, Possessive, Punct} {
		for _, joined := range []bool{false, true} {
			for _, word := range []uint32{0, 1, 0x12345, 1<<32 - 1} {
				tk := Token{Start: 3, End: 9, Kind: 7, Joined: !joined, Initial: true, Word: 99}
				tk.setTail(kind, joined, word)
				if want := (Token{Start: 3, End: 9, Kind: kind, Joined: joined, Word: word}); tk != want {
					t.Errorf("setTail(%d, %v, %d): %+v, want %+v", kind, joined, word, tk, want)
				}
				if kind != Word || joined {
					continue
				}
				tk = Token{Start: 3, End: 9, Kind: 7, Joined: true, Initial: true, Word: 99}
				tk.setWordTail(word)
				if want := (Token{Start: 3, End: 9, Kind: Word, Word: word}); tk != want {
					t.Errorf("setWordTail(%d): %+v, want %+v", word, tk, want)
				}
			}
		}
	}
}
