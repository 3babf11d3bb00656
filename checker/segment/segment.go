package segment

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/internal/english"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters and digits with at least one letter,
	// including internal apostrophes ("O'Brien") and dotted
	// abbreviations ("U.S.").
	Word Kind = iota
	// Number is a run of digits with internal separators ("1,500", "1.5").
	Number
	// Possessive is the "'s" or "'" that closes a possessive.
	Possessive
	// Punct is any other single character that is not white space.
	Punct
)

// Token is one token of the text.
type Token struct {
	Start, End int
	Kind       Kind
	// Joined is true when no white space separates the token from the
	// previous one ("Jae" "-" "in" are joined).
	Joined bool
	// Initial is true for the first word of a sentence, and for a word
	// that opens a clause the way a sentence does: after a colon, an
	// opening quote or bracket, or a dash at the start of a sentence.
	Initial bool
	// Word is the number of a word's spelling in the Result's Words
	// (see Words), 0 for any other token and for a spelling left
	// unnumbered.
	Word uint32
}

// Text returns the token's text.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Sentence is a span of text and the tokens in it, Tokens[First:Last].
type Sentence struct {
	Start, End  int
	First, Last int
}

// Abbreviation tells how an abbreviation written with a full stop affects
// sentence breaking.
type Abbreviation uint8

const (
	// Title abbreviations ("Mr", "Gen") are followed by a name and never
	// end a sentence.
	Title Abbreviation = iota + 1
	// Other abbreviations ("Sept", "U.S", "etc") usually do not end a
	// sentence either; a following capitalised word stays in the same
	// sentence, which is the safer error for name checks.
	Other
)

// Options configure segmentation.
type Options struct {
	// Abbreviations maps an abbreviation, without its final full stop
	// ("Mr", "U.S"), to how it behaves.
	Abbreviations map[string]Abbreviation
	// Glued are the letters that stand before a number without a space
	// and are a token of their own: a currency's symbol written in
	// letters ("RM84", "Rs40"). Without them "RM84" is one word, and
	// the number in it is never read. Built by NewGlued; nil parts
	// nothing.
	Glued *Glued
}

// Glued is a set of prefixes parted from the digits they are glued to
// (see Options.Glued).
type Glued struct {
	// lead marks the prefixes' first bytes (1) and their second bytes
	// and the digits (2): a word that cannot begin with a prefix and a
	// digit is turned away by its first two bytes (most capitalised
	// words).
	lead     [256]uint8
	prefixes []string
}

// NewGlued returns the set of the non-empty ASCII-letter prefixes of
// list; it is nil when there are none.
func NewGlued(list []string) *Glued {
	g := &Glued{}
	for _, p := range list {
		if p == "" || !asciiLetters(p) {
			continue
		}
		g.lead[p[0]] |= 1
		if len(p) > 1 {
			g.lead[p[1]] |= 2
		}
		g.prefixes = append(g.prefixes, p)
	}
	if len(g.prefixes) == 0 {
		return nil
	}
	for c := '0'; c <= '9'; c++ {
		g.lead[c] |= 2
	}
	return g
}

// asciiLetters tells whether s is ASCII letters only.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiClass[s[i]] != asciiLetter {
			return false
		}
	}
	return true
}

// at returns the length of the prefix of g written at text[i:] and
// followed by a digit before end ("RM" of "RM84"), or 0: the longest,
// so that "KSh" wins over a shorter prefix. The prefix must be written
// as listed (case matters: "rm84" is no sum).
func (g *Glued) at(text string, i, end int) int {
	best := 0
	for _, p := range g.prefixes {
		k := i + len(p)
		if k < end && isDigit(text[k]) && len(p) > best && text[i:k] == p {
			best = len(p)
		}
	}
	return best
}

// Result is the segmentation of a text.
type Result struct {
	Tokens    []Token
	Sentences []Sentence
	// Words numbers the spellings of the words (Token.Word). Into
	// makes one when it is nil, and keeps it with the Result: a
	// checker that segments article after article into one Result
	// numbers each spelling once across them.
	Words *Words
	// Listed lists, in order, the indices of the tokens a stage may
	// want by the marks of Words (Words.Marks): every token but the
	// words whose spelling's mark has MarkSkip set and the signs of one
	// ASCII byte whose mark has it. Into writes it as it pushes the
	// tokens; read it by ListedFor.
	Listed []int32
	// listedKey is the key of the marks Listed was written by, and
	// listed true when Into wrote it (with a Words).
	listedKey any
	listed    bool
	// Caps lists, in order, the indices of the word tokens whose first
	// rune is an upper-case letter (about one word in six in news
	// copy), written as the tokens are pushed, where the first byte
	// is at hand: a stage that reads the capitalised words (the
	// names) reads the list, not every token. Read it by CapsListed.
	Caps []int32
	// capsListed is true when Segment or Into wrote Caps.
	capsListed bool
}

// CapsListed returns Caps and true when Segment or Into wrote it, and
// false for a Result made otherwise: a stage then reads every token. A
// caller that changes Tokens after Into must not read Caps.
func (r *Result) CapsListed() ([]int32, bool) {
	return r.Caps, r.capsListed
}

// ListedFor returns Listed when Into wrote it by the marks of key (see
// Words.Marks), and false when it did not (a Result of Segment, which
// numbers no words, or one segmented while the marks served another
// key): a stage then reads every token. A caller that changes Tokens
// after Into must not read Listed.
func (r *Result) ListedFor(key any) ([]int32, bool) {
	if !r.listed || r.Words == nil || r.listedKey != key {
		return nil, false
	}
	return r.Listed, true
}

// Block is a span of text that sentences never cross.
type Block struct{ Start, End int }

// Segment tokenises each block of text and groups the tokens into
// sentences. It numbers no spellings (each token's Word is 0 and the
// Result's Words nil): it serves short texts segmented once (a rule's
// phrases when the rules are loaded, a dateline), for which a Words'
// tables cost more than they save; the stages look such words up by
// their text.
func Segment(text string, blocks []Block, opt *Options) *Result {
	return into(&Result{}, text, blocks, opt, false)
}

// Into is Segment writing into r, whose slices are reused when
// they are large enough: a checker that segments article after article,
// and drops each result before the next, spares allocating and clearing
// 8 bytes of tokens for each byte of copy. It returns r.
func Into(r *Result, text string, blocks []Block, opt *Options) *Result {
	return into(r, text, blocks, opt, true)
}

// into is Into, numbering the words' spellings when number is set.
func into(r *Result, text string, blocks []Block, opt *Options, number bool) *Result {
	// About a token in four bytes of news copy: sized for that, the
	// slice is seldom grown (and copied).
	if n := len(text)/4 + 8; cap(r.Tokens) < n {
		r.Tokens = make([]Token, 0, n)
	}
	r.Tokens, r.Sentences = r.Tokens[:0], r.Sentences[:0]
	// As many indices as tokens: the list seldom grows either.
	if cap(r.Listed) < cap(r.Tokens) {
		r.Listed = make([]int32, 0, cap(r.Tokens))
	}
	// The capitalised words are fewer, but fastWords lists them with
	// no test of the room: as many as tokens too.
	if cap(r.Caps) < cap(r.Tokens) {
		r.Caps = make([]int32, 0, cap(r.Tokens))
	}
	room := marksPool.Get().(*[]int32)
	marks := (*room)[:0]
	var glued *Glued
	if opt != nil {
		glued = opt.Glued
	}
	var words *Words
	if number {
		if r.Words == nil {
			r.Words = new(Words)
		}
		words = r.Words
		words.ready()
	}
	var ts wordTables
	ts.ready(glued, words)
	ts.listed, ts.nl = r.Listed[:cap(r.Listed)], 0
	ts.caps, ts.nc = r.Caps[:cap(r.Caps)], 0
	for _, b := range blocks {
		first := len(r.Tokens)
		ts.marks = marks[:0]
		r.Tokens = ts.tokenize(text, b.Start, b.End, r.Tokens)
		marks = ts.marks
		if words != nil && len(words.pending) > 0 {
			words.numberPending(text, r.Tokens)
			// New spellings may have grown the tables.
			ts.ready(glued, words)
		}
		r.sentences(text, first, marks, opt)
	}
	r.Listed, r.listed, r.listedKey = ts.listed[:ts.nl], words != nil, nil
	r.Caps, r.capsListed = ts.caps[:ts.nc], true
	if words != nil {
		r.listedKey = words.marksKey
	}
	*room = marks[:0]
	marksPool.Put(room)
	return r
}

// marksPool holds the room for the marks of one block (see tokenize).
var marksPool = sync.Pool{New: func() any { return new([]int32) }}

// sentenceMark marks the ASCII bytes whose punctuation token sentences
// acts on: those that open a clause or may end a sentence. Any other
// punctuation changes nothing there.
var sentenceMark = func() (t [256]bool) {
	for _, c := range []byte{':', '(', '[', '{', '"', '-', '.', '!', '?'} {
		t[c] = true
	}
	return t
}()

// tokenize appends the tokens of text[start:end] to out, and to marks the
// index in out of each token of punctuation that sentences acts on
// (sentenceMark), so that sentences can go from one to the next over
// the words between once nothing about them can change the sentence.
//
// A word that begins with a prefix of g glued to its digits ("Rs57") is
// cut before its digits as it is read: the prefix is a word, and the
// number after it is read from the cut on, joined to it, as it would be
// after a space. Most words are turned away by their first byte (one
// look-up in g.lead); g may be nil.
//
// It numbers the words as it pushes them (Token.Word), when w is not
// nil: a word of at most 8 bytes whose spelling w knows is found in w's
// short table while its bytes are at hand, by the same key and probe as
// number's; every other word token is listed in w.pending, in order, for
// numberPending. Without w every token's Word is 0.
func tokenize(text string, start, end int, out []Token, marks []int32, g *Glued, w *Words) ([]Token, []int32) {
	var ts wordTables
	ts.ready(g, w)
	ts.marks = marks
	out = ts.tokenize(text, start, end, out)
	return out, ts.marks
}

// ready sets ts for tokenize with glued prefixes g and Words w (nil:
// no numbers), or again after w has numbered new spellings, whose
// tables may have grown.
func (ts *wordTables) ready(g *Glued, w *Words) {
	ts.g, ts.w, ts.numbering = g, w, w != nil
	ts.short, ts.mask, ts.mid, ts.midMask = noShort[:], 0, noMid[:], 0
	ts.wmarks, ts.pmarks = unsafe.Pointer(&skipWords[0]), &skipPunct
	if w != nil {
		ts.short, ts.mask, ts.mid, ts.midMask = w.short, w.mask, w.mid, w.midMask
		ts.wmarks, ts.pmarks = unsafe.Pointer(unsafe.SliceData(w.marks)), &w.punct
	}
}

// skipWords and skipPunct are the marks of tokenize without a Words:
// each token is skipped (the list is not read).
var (
	skipWords = [1]uint8{MarkSkip}
	skipPunct = func() (t [256]uint8) {
		for c := range t {
			t[c] = MarkSkip
		}
		return t
	}()
)

// tokenize is tokenize with the tables of ts, set once for all the
// blocks of a text (into), and its marks in ts.marks.
func (ts *wordTables) tokenize(text string, start, end int, out []Token) []Token {
	w := ts.w
	// joined is true once a token of the block is read and no white
	// space followed it.
	joined := false
	for i := start; i < end; {
		c := text[i]
		if c < utf8.RuneSelf {
			// Most copy is ASCII: one table look-up classifies the byte,
			// with no rune decoded and no Unicode table searched.
			switch asciiClass[c] {
			case asciiSpace:
				joined = false
				i++
				continue
			case asciiLetter:
				n := len(out)
				var slow bool
				var k int
				if len(ts.listed)-ts.nl < cap(out)-n {
					// fastWords and tailWords list as many tokens as
					// they push at most, with no test of the room.
					ts.growListed(cap(out) - n)
				}
				if len(ts.caps)-ts.nc < cap(out)-n {
					ts.growCaps(cap(out) - n)
				}
				k, i, slow = ts.fastWords(text[:end], i, out)
				if slow && i+tailBytes > end {
					// The last words of the block, which fastWords
					// does not read past.
					k, i, slow = ts.tailWords(text[:end], i, out[:k])
				}
				if k > n {
					out = out[:k]
					// fastWords pushed words: the first is joined as
					// the token before it left it, and white space
					// stands before the word it leaves.
					out[n].Joined = joined
					joined = false
				}
				if slow {
					out, i = ts.word(text, i, end, out, joined)
					joined = true
				} else {
					// fastWords may have read the space after its
					// last word.
					joined = out[len(out)-1].End == i
				}
				continue
			case asciiDigit:
				j := i + 1
				letters := false
				for j < end && text[j] < utf8.RuneSelf {
					k := asciiClass[text[j]]
					if k < asciiLetter {
						break
					}
					letters = letters || k == asciiLetter
					j++
				}
				kind := Number
				if letters {
					kind = Word
				}
				if j < end && wordGoesOn[text[j]] {
					j, kind = scanWord(text, i, end)
				}
				// push, written out as for words.
				if len(out) == cap(out) {
					out = grow(out)
				}
				out = out[:len(out)+1]
				t := &out[len(out)-1]
				t.Start, t.End, t.Kind, t.Joined, t.Initial, t.Word = i, j, kind, joined, false, 0
				if kind == Word && w != nil {
					w.pending = append(w.pending, int32(len(out)-1))
				}
				// A number, or a word not numbered yet: listed.
				ts.list(len(out) - 1)
				i = j
				joined = true
				continue
			}
			if c == '\'' && len(out) > 0 && joined && out[len(out)-1].Kind == Word {
				out, i = possessive(text, i, end, out)
				ts.list(len(out) - 1)
				joined = true
				continue
			}
			if sentenceMark[c] {
				ts.marks = append(ts.marks, int32(len(out)))
			}
			if ts.pmarks[c]&MarkSkip == 0 {
				ts.list(len(out))
			}
			// push, written out as for words: a token in six is
			// punctuation, and push is not inlined.
			if len(out) == cap(out) {
				out = grow(out)
			}
			out = out[:len(out)+1]
			t := &out[len(out)-1]
			t.Start, t.End, t.Kind, t.Joined, t.Initial, t.Word = i, i+1, Punct, joined, false, 0
			i++
			joined = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			joined = false
			i += size
			continue
		case isWordRune(r):
			j, kind := scanWord(text, i, end)
			out = push(out, i, j, kind, joined)
			if kind == Word && w != nil {
				w.pending = append(w.pending, int32(len(out)-1))
			}
			if kind == Word && unicode.IsUpper(r) {
				ts.capital(len(out) - 1)
			}
			ts.list(len(out) - 1)
			i = j
		default:
			out = push(out, i, i+size, Punct, joined)
			ts.list(len(out) - 1)
			i += size
		}
		joined = true
	}
	return out
}

// wordTables are what tokenize's run of words (words) reads: the
// Words' short and mid tables (one empty slot each without a Words, in
// which no word is found), the glued prefixes, and the Words, whose
// pending list takes the words not found.
type wordTables struct {
	short   []shortSlot
	mask    uint64
	mid     []midSlot
	midMask uint64
	g       *Glued
	w       *Words
	// numbering is true when w is not nil: a word whose spelling is not
	// found is then left to word, to be numbered.
	numbering bool
	// stop and stopMid are fastWords' bounds (see there).
	stop, stopMid int
	// marks are tokenize's (see there).
	marks []int32
	// wmarks points at the Words' marks (a byte per number, Words.Marks)
	// and pmarks at its signs' marks; listed takes the indices of the
	// tokens they do not skip (Result.Listed).
	wmarks unsafe.Pointer
	pmarks *[256]uint8
	// listed is the room of the list, all of it (len == cap), of which
	// nl are written.
	listed []int32
	nl     int
	// caps is the room of the list of capitalised words (Result.Caps),
	// all of it, of which nc are written.
	caps []int32
	nc   int
}

// capAt lists token k among the capitalised words, for which the list
// has room.
func (ts *wordTables) capAt(k int) {
	*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(ts.caps)), 4*ts.nc)) = int32(k)
	ts.nc++
}

// capital lists token k among the capitalised words, making room if the
// list has none.
func (ts *wordTables) capital(k int) {
	if ts.nc == len(ts.caps) {
		ts.growCaps(1)
	}
	ts.capAt(k)
}

// growCaps makes room in the list of capitalised words for n more
// tokens; out of capital, so that capital is inlined.
//
//go:noinline
func (ts *wordTables) growCaps(n int) {
	l := slices.Grow(ts.caps[:ts.nc], n)
	ts.caps = l[:cap(l)]
}

// listAt lists token k, for which the list has room.
func (ts *wordTables) listAt(k int) {
	*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(ts.listed)), 4*ts.nl)) = int32(k)
	ts.nl++
}

// list lists token k, making room if the list has none.
func (ts *wordTables) list(k int) {
	if ts.nl == len(ts.listed) {
		ts.growListed(1)
	}
	ts.listAt(k)
}

// growListed makes room in the list for n more tokens; out of list,
// so that list is inlined.
//
//go:noinline
func (ts *wordTables) growListed(n int) {
	l := slices.Grow(ts.listed[:ts.nl], n)
	ts.listed = l[:cap(l)]
}

// fastWords pushes the word at i, whose first byte is an ASCII letter,
// and the words after it, one after another while each is followed by
// one space and an ASCII letter (most of prose): the space and the next
// word's first byte are read here, not classified again by a turn of
// tokenize's loop. text ends at the block's end. Every token it pushes
// has Joined false: the caller sets the first one's.
//
// It reads a word of ASCII letters alone, of at most 16 bytes, eight
// bytes at a time: the bytes loaded to find the word's end are the key
// of its spelling (a word of at most 8 bytes in the short table, of 9 to
// 16 in the mid one, as Words keys them), and the number found there is
// pushed with the word. Any other word it leaves to the caller (word):
// one with a digit (which may be a glued prefix's, "Rs57"), one that
// goes on with an apostrophe, a non-ASCII rune or a short word's full
// stop (which scanWord reads), a longer one, one within 10 bytes of the
// block's end (18 for a long one; tailWords reads those), one whose
// spelling is not found (when numbering), and any when out is full. It returns the length of out with the words
// pushed, and the index after the last word pushed (after the space
// that follows it, if one does) and false when no space and letter
// follow it, or the index of the word it leaves and true.
//
// It makes no call, and keeps few values live across its loop: a call,
// or more values than registers, had the compiler keep them on the
// stack, stored and loaded again for every word. The bound of the loop
// is one index (ts.stop, see there).
func (ts *wordTables) fastWords(text string, i int, out []Token) (int, int, bool) {
	base := unsafe.Pointer(unsafe.StringData(text))
	n := len(out)
	toks := unsafe.Pointer(unsafe.SliceData(out))
	// i <= ts.stop: the ten bytes from i are the text's (a word of up
	// to eight letters, and the two bytes after it, which the loop
	// reads with no test of the text's length), and a token has room,
	// as each token pushed takes at least one byte of text. The
	// bounds are read through ts, as operands of the comparisons:
	// held in registers, they were stored and loaded again for every
	// word.
	ts.stop = min(len(text)-10, i+cap(out)-n-1)
	ts.stopMid = len(text) - 18
	short := unsafe.Pointer(unsafe.SliceData(ts.short))
	for i <= ts.stop {
		x := load8At(base, i)
		// The letters end at the first byte of m (a digit there is
		// turned away below, with the bytes scanWord reads on at).
		m := endLetters8(x)
		var j int
		var id uint32
		if m != 0 {
			// The first byte is a letter: the word ends in x, after
			// tz/8 bytes.
			tz := bits.TrailingZeros64(m)
			j = i + tz>>3
			x &= 1<<(uint(tz)&56) - 1
			k := shortHash(x) & ts.mask
			for {
				sl := (*shortSlot)(unsafe.Add(short, k*uint64(unsafe.Sizeof(shortSlot{}))))
				if sl.x == x || sl.x == 0 {
					id = sl.id
					break
				}
				k = (k + 1) & ts.mask
			}
		} else {
			// Sixteen letters, and the two bytes after them.
			if i > ts.stopMid {
				return n, i, true
			}
			x2 := load8At(base, i+8)
			m2 := endLetters8(x2)
			if m2 == 0 {
				return n, i, true
			}
			tz := bits.TrailingZeros64(m2)
			j = i + 8 + tz>>3
			if j == i+8 {
				k := shortHash(x) & ts.mask
				for {
					sl := (*shortSlot)(unsafe.Add(short, k*uint64(unsafe.Sizeof(shortSlot{}))))
					if sl.x == x || sl.x == 0 {
						id = sl.id
						break
					}
					k = (k + 1) & ts.mask
				}
			} else {
				x2 &= 1<<(uint(tz)&56) - 1
				mid := unsafe.Pointer(unsafe.SliceData(ts.mid))
				k := midHash(x, x2) & ts.midMask
				for {
					sl := (*midSlot)(unsafe.Add(mid, k*uint64(unsafe.Sizeof(midSlot{}))))
					if sl.id == 0 || sl.x == x && sl.x2 == x2 {
						id = sl.id
						break
					}
					k = (k + 1) & ts.midMask
				}
			}
		}
		// afterWord tells a space from what scanWord would read on at
		// (an apostrophe, a non-ASCII rune, a digit, or the full stop
		// of a short word) and from punctuation.
		c := afterWord[byteAt(base, j)]
		if c >= afterWordDot && (c == afterWordAny || j-i <= 2) {
			return n, i, true
		}
		if id == 0 && ts.numbering {
			return n, i, true
		}
		t := (*Token)(unsafe.Add(toks, uintptr(n)*unsafe.Sizeof(Token{})))
		t.Start, t.End = i, j
		t.setWordTail(id)
		if *(*uint8)(unsafe.Add(ts.wmarks, id))&MarkSkip == 0 {
			ts.listAt(n)
		}
		// x's first byte is the word's.
		if uint8(x)-'A' < 26 {
			ts.capAt(n)
		}
		n++
		if c == afterWordSpace {
			// What tokenize's loop would do with " x": the space
			// unjoins, and the letter starts a word.
			if letterByte[byteAt(base, j+1)] {
				i = j + 1
				continue
			}
			// And the space before anything else (a number, a
			// quote): the caller reads on after it, unjoined.
			return n, j + 1, false
		} else if c != afterWordOther && byteAt(base, j+1) == ' ' && i < ts.stop && len(ts.marks) < cap(ts.marks) {
			// And with a mark of punctuation before it (", x", ". X"):
			// the mark is a token of its own, joined to the word, and
			// listed in the marks when sentences acts on it. i <
			// ts.stop leaves room for the second token.
			if c != afterWordPunct {
				ts.marks = append(ts.marks, int32(n))
			}
			if ts.pmarks[byteAt(base, j)]&MarkSkip == 0 {
				ts.listAt(n)
			}
			t := (*Token)(unsafe.Add(toks, uintptr(n)*unsafe.Sizeof(Token{})))
			n++
			t.Start, t.End = j, j+1
			t.setTail(Punct, true, 0)
			if letterByte[byteAt(base, j+2)] {
				i = j + 2
				continue
			}
			// No letter after the space (", 12"): the caller reads on
			// after it, unjoined.
			return n, j + 2, false
		}
		return n, j, false
	}
	return n, i, true
}

// tailBytes is how near the block's end fastWords leaves a word to
// tailWords: it reads the ten bytes from a word's start (eighteen from a
// long one's).
const tailBytes = 18

// tailWords is fastWords for the last words of a block, which fastWords
// leaves within tailBytes of its end: it reads them from a copy of the
// block's last bytes, followed by zero bytes (no letter, and no byte of
// a word token), so that eight or sixteen bytes may be loaded from any
// word's start. It pushes the words fastWords would (a word of at most
// 16 ASCII letters, whose spelling is known, followed by a space,
// punctuation, or the block's end) and leaves the others to word, as
// fastWords does, so that new spellings are numbered in the order of
// their tokens. The last words of each block, a word in twenty, took
// word's longer road before (the word read again, and numberPending's
// look-up).
func (ts *wordTables) tailWords(text string, i int, out []Token) (int, int, bool) {
	n := len(out)
	toks := out[:cap(out)]
	i0 := i
	var buf [tailBytes + 16]byte
	copy(buf[:], text[i:])
	for {
		o := i - i0
		if o >= tailBytes || n == len(toks) {
			return n, i, true
		}
		x := binary.LittleEndian.Uint64(buf[o : o+8])
		m := endLetters8(x)
		var j int
		var id uint32
		if m != 0 {
			tz := bits.TrailingZeros64(m)
			j = i + tz>>3
			id = ts.shortID(x & (1<<(uint(tz)&56) - 1))
		} else {
			x2 := binary.LittleEndian.Uint64(buf[o+8 : o+16])
			m2 := endLetters8(x2)
			if m2 == 0 {
				return n, i, true
			}
			tz := bits.TrailingZeros64(m2)
			j = i + 8 + tz>>3
			if j == i+8 {
				id = ts.shortID(x)
			} else {
				id = ts.midID(x, x2&(1<<(uint(tz)&56)-1))
			}
		}
		c := afterWordSpace
		if j < len(text) {
			c = afterWord[text[j]]
			if c >= afterWordDot && (c == afterWordAny || j-i <= 2) {
				return n, i, true
			}
		}
		if id == 0 && ts.numbering {
			return n, i, true
		}
		t := &toks[n]
		t.Start, t.End = i, j
		t.setWordTail(id)
		if *(*uint8)(unsafe.Add(ts.wmarks, id))&MarkSkip == 0 {
			ts.listAt(n)
		}
		if uint8(x)-'A' < 26 {
			ts.capAt(n)
		}
		n++
		if c == afterWordSpace {
			if j+1 < len(text) && text[j] == ' ' && letterByte[text[j+1]] {
				i = j + 1
				continue
			}
		} else if c != afterWordOther && j+2 < len(text) && text[j+1] == ' ' && letterByte[text[j+2]] &&
			n < len(toks) && len(ts.marks) < cap(ts.marks) {
			if c != afterWordPunct {
				ts.marks = append(ts.marks, int32(n))
			}
			if ts.pmarks[text[j]]&MarkSkip == 0 {
				ts.listAt(n)
			}
			t := &toks[n]
			n++
			t.Start, t.End = j, j+1
			t.setTail(Punct, true, 0)
			i = j + 2
			continue
		}
		return n, j, false
	}
}

// shortID returns the number of the spelling of at most 8 bytes packed
// in x in the short table, or 0.
func (ts *wordTables) shortID(x uint64) uint32 {
	k := shortHash(x) & ts.mask
	for ts.short[k].x != x && ts.short[k].x != 0 {
		k = (k + 1) & ts.mask
	}
	return ts.short[k].id
}

// midID returns the number of the spelling of 9 to 16 bytes packed in x
// and x2 in the mid table, or 0.
func (ts *wordTables) midID(x, x2 uint64) uint32 {
	k := midHash(x, x2) & ts.midMask
	for ts.mid[k].id != 0 && (ts.mid[k].x != x || ts.mid[k].x2 != x2) {
		k = (k + 1) & ts.midMask
	}
	return ts.mid[k].id
}

// What fastWords reads in the byte after a run of ASCII letters
// (afterWord): a space; another byte that ends the run of words (a line
// break, a byte of no token); punctuation tokenize's loop would push as
// a token (the apostrophe aside, a possessive's), of which those that
// sentences acts on (sentenceMark) are marks; the full stop, a mark,
// which scanWord reads on at after a word of one or two bytes ("U.S.");
// and what scanWord reads on at after any word: an apostrophe, a
// non-ASCII rune's first byte, a digit ("Z470", or a glued prefix's
// "Rs57").
const (
	afterWordSpace uint8 = iota
	afterWordOther
	afterWordPunct
	afterWordMark
	afterWordDot
	afterWordAny
)

// afterWord classifies the byte after a word for fastWords (see
// afterWordSpace).
var afterWord = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ':
			t[c] = afterWordSpace
		case c == '.':
			t[c] = afterWordDot
		case c == '\'' || c >= utf8.RuneSelf || isDigit(byte(c)):
			t[c] = afterWordAny
		case asciiClass[c] == asciiOther && sentenceMark[c]:
			t[c] = afterWordMark
		case asciiClass[c] == asciiOther:
			t[c] = afterWordPunct
		default:
			t[c] = afterWordOther
		}
	}
	return t
}()

// load8At reads the eight bytes from base+i, which the caller has
// checked are the text's, as a little-endian word.
func load8At(base unsafe.Pointer, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(base, i))[:])
}

// endLetters8 returns a word whose lowest set bit is the high bit of the
// first of the eight bytes of x (little endian) that is not an ASCII
// letter, and 0 when all eight are letters. The bits above it mean
// nothing: the test is exact up to the first non-ASCII byte, and a
// carry out of that byte, whose own high bit is set in any case, only
// reaches the bytes after it. Per ASCII byte b, l = b|0x20 maps 'A'-'Z'
// onto 'a'-'z' and no other byte into that range; 0xe0-l has its high
// bit set when l < 'a' and l+5 when l > 'z', neither carrying (TestEndLetters8).
// Fewer operations than a test exact in every byte (nonAlnum8's).
func endLetters8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	l := x | 0x20*ones
	return ((0xe0*ones - l) | (l + (0x7f-'z')*ones) | x) & highs
}

// byteAt returns the byte at base+k, which the caller has checked is
// text's, without the check of an index made again.
func byteAt(base unsafe.Pointer, k int) byte { return *(*byte)(unsafe.Add(base, k)) }

// word pushes the word at i, whose first byte is an ASCII letter, as
// fastWords does, for a word fastWords leaves, and returns out and the
// index after it (no white space follows it). It lists the word in the
// Words' pending list, for numberPending. A word that begins with a
// prefix of ts.g glued to its digits is cut there: the prefix is pushed
// alone, and the index returned is the digit's.
func (ts *wordTables) word(text string, i, end int, out []Token, joined bool) ([]Token, int) {
	j := alnumRun(text, i+1, end)
	if j < end {
		if g := afterLetters[text[j]]; g != 0 && (g == afterAny || j-i <= 2) {
			j, _ = scanWord(text, i, end) // a Word: it starts with a letter
		}
	}
	if g := ts.g; g != nil && g.lead[text[i]]&1 != 0 && j-i >= 2 && g.lead[text[i+1]]&2 != 0 {
		if n := g.at(text, i, j); n != 0 {
			// The prefix, then its number from tokenize's loop, joined
			// to it.
			j = i + n
		}
	}
	out = push(out, i, j, Word, joined)
	if ts.w != nil {
		ts.w.pending = append(ts.w.pending, int32(len(out)-1))
	}
	// Not numbered yet: listed.
	ts.list(len(out) - 1)
	if text[i]-'A' < 26 {
		ts.capital(len(out) - 1)
	}
	return out, j
}

// setTail writes a token's Kind, Joined, Initial (false) and Word in one
// store of the 8 bytes from Kind on (TestTokenTail checks the layout
// it relies on): written field by field they were four stores, each
// with its address computed again.
func (t *Token) setTail(kind Kind, joined bool, word uint32) {
	*(*uint64)(unsafe.Pointer(&t.Kind)) = uint64(kind) | uint64(*(*uint8)(unsafe.Pointer(&joined)))<<8 | uint64(word)<<32
}

// setWordTail is setTail(Word, false, word), a word's tail written with
// no byte of Kind or Joined to put together.
func (t *Token) setWordTail(word uint32) {
	*(*uint64)(unsafe.Pointer(&t.Kind)) = uint64(word) << 32
}

// push appends a token to out. It writes the fields in place: a Token
// literal built on the stack with byte stores and copied in 16-byte
// moves stalled on store forwarding, the costliest line of tokenize.
func push(out []Token, start, end int, kind Kind, joined bool) []Token {
	n := len(out)
	if n == cap(out) {
		out = grow(out)
	}
	out = out[:n+1]
	t := &out[n]
	t.Start, t.End, t.Kind, t.Joined, t.Initial, t.Word = start, end, kind, joined, false, 0
	return out
}

// grow makes room for one more token; out of push, so that push is
// inlined.
//
//go:noinline
func grow(out []Token) []Token { return slices.Grow(out, 1) }

// possessive reads the apostrophe at i, glued to the word before it: a
// possessive ("Korea's", "leaders'") or an opening quote glued to a word.
func possessive(text string, i, end int, out []Token) ([]Token, int) {
	j := i + 1
	if j < end && (text[j] == 's' || text[j] == 'S') && !isWordAt(text, j+1, end) {
		j++
	}
	if j == i+1 && isWordAt(text, j, end) {
		// An opening quote glued to a word: punctuation.
		return push(out, i, j, Punct, true), j
	}
	return push(out, i, j, Possessive, true), j
}

// asciiAlnum marks the ASCII letters and digits among all bytes.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isLetterByte(byte(c)) || isDigit(byte(c))
	}
	return t
}()

// alnumRun returns the end of the run of ASCII letters and digits from i
// in text[:end]. Eight bytes are tested at once: a word is read in one or
// two steps, where a byte loop took a step per letter and was mispredicted
// at the word's end, whatever its length.
func alnumRun(text string, i, end int) int {
	for i+8 <= end {
		if m := nonAlnum8(load8(text, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < end && asciiAlnum[text[i]] {
		i++
	}
	return i
}

// load8 reads the eight bytes of text from i, which the caller has
// checked are there, as a little-endian word, without copying them.
func load8(text string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:]), 8))
}

// nonAlnum8 returns the high bit of each of the eight bytes of x that is
// not an ASCII letter or digit. Per byte, with the high bit cleared (so
// that no sum carries into the next byte), b+(0x80-lo) has its high bit
// set when b >= lo and b+(0x7f-hi) when b > hi: each range test is exact
// for every byte, and the lowest set bit is the first byte that ends the
// run.
func nonAlnum8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	// Letters of either case, as lower case: OR 0x20 maps 'A'-'Z' onto
	// 'a'-'z' and no other byte into that range.
	l := low | 0x20*ones
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7f-'z')*ones)
	digit := (low + (0x80-'0')*ones) &^ (low + (0x7f-'9')*ones)
	return ^(letter|digit)&highs | x&highs
}

// What scanWord may read on at, after a run of ASCII letters: afterAny
// for a non-ASCII rune's first byte or an apostrophe ("Zoë",
// "O'Brien"), afterShort for the full stop of a word of one or two bytes
// ("U.S.", "a.m."). One load and a test, most bytes after a word being
// a space or a comma, where three comparisons were made for each.
const (
	afterAny uint8 = 1 + iota
	afterShort
)

// afterLetters classifies the byte after a run of ASCII letters for
// tokenize (see afterAny).
var afterLetters = func() (t [256]uint8) {
	t['\''], t['.'] = afterAny, afterShort
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = afterAny
	}
	return t
}()

// letterByte marks the ASCII letters among all bytes: one load where
// isLetterByte made up to four comparisons.
var letterByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isLetterByte(byte(c))
	}
	return t
}()

// wordGoesOn marks the bytes after a run of ASCII letters and digits at
// which scanWord may read on: separators and full stops, apostrophes, and
// the first byte of any non-ASCII rune.
var wordGoesOn = func() (t [256]bool) {
	t[','], t['.'], t['\''] = true, true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// Classes of ASCII bytes, for tokenize and scanWord.
const (
	asciiOther uint8 = iota
	asciiSpace
	asciiLetter
	asciiDigit
)

// asciiClass classifies the ASCII bytes: white space as unicode.IsSpace
// has it, letters, digits, and the rest.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case unicode.IsSpace(rune(c)):
			t[c] = asciiSpace
		case isLetterByte(byte(c)):
			t[c] = asciiLetter
		case isDigit(byte(c)):
			t[c] = asciiDigit
		}
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// Most copy is ASCII: one table look-up instead of four
		// Unicode range searches.
		return asciiClass[r] >= asciiLetter
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isWordAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// scanWord reads a word or number starting at i.
func scanWord(text string, i, end int) (int, Kind) {
	letters := false
	j := i
	for j < end {
		r, size := rune(text[j]), 1
		if r < utf8.RuneSelf {
			switch asciiClass[r] {
			case asciiLetter:
				letters = true
				j++
				continue
			case asciiDigit:
				j++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				if unicode.IsLetter(r) {
					letters = true
				}
				j += size
				continue
			}
		}
		next := j + size
		switch {
		case (r == ',' || r == '.') && !letters && next < end && isDigit(text[next]):
			// "1,500", "1.5"
			j = next
			continue
		case r == '\'' && letters && isWordAt(text, next, end) && !possessiveAt(text, j, end):
			// "O'Brien", "didn't"
			j = next
			continue
		case r == '.' && letters && j-i <= 2 && next+1 < end && isLetterByte(text[next]) && text[next+1] == '.':
			// "U.S." and "a.m.": a letter, a full stop, a letter, a full stop.
			j = next
			continue
		}
		break
	}
	// Keep the final full stop of a dotted abbreviation ("U.S."). A
	// decimal figure has none: the full stop after "magnitude 5.4." ends
	// its sentence.
	if letters && j < end && text[j] == '.' && strings.Contains(text[i:j], ".") {
		j++
	}
	if letters {
		return j, Word
	}
	return j, Number
}

func possessiveAt(text string, j, end int) bool {
	return j+1 < end && (text[j+1] == 's' || text[j+1] == 'S') && !isWordAt(text, j+2, end)
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// sentences groups r.Tokens[first:] (one block) into sentences.
//
// It is one pass over the tokens: the first test of markTitleCase (is
// every long word capitalised, and how many are there) is kept as it
// goes, so that a sentence of prose, whose long words are not all
// capitalised, is not walked a second time; and only a full stop, a
// question or an exclamation mark is asked whether it ends the sentence.
//
// marks are the tokens of punctuation the pass acts on (see tokenize), in
// order. Once the sentence has a word in lower case, a long word not
// capitalised and no clause to open, nothing but one of them can change
// it: the words up to the next mark are passed over, most of a sentence
// of prose.
func (r *Result) sentences(text string, first int, marks []int32, opt *Options) {
	toks := r.Tokens
	if first >= len(toks) {
		return
	}
	// m is the first of marks after the token being read.
	m := 0
	start := first
	clauseStart := true
	// lowerSeen is set once the sentence has a word in lower case: a
	// dash after one is inside the sentence, not after its dateline.
	lowerSeen := false
	// long counts the sentence's words of four runes or more while all
	// are capitalised; it is -1 once one is not.
	long := 0
	for i := first; i < len(toks); i++ {
		t := &toks[i]
		stop := false
		switch t.Kind {
		case Word, Number:
			if clauseStart {
				t.Initial = true
			}
			clauseStart = false
			if t.Kind != Word {
				break
			}
			c := text[t.Start]
			if !lowerSeen {
				if c < utf8.RuneSelf {
					// unicode.IsLower of an ASCII letter, without the
					// rune decoded.
					lowerSeen = 'a' <= c && c <= 'z'
				} else {
					r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
					lowerSeen = unicode.IsLower(r)
				}
			}
			if long >= 0 && t.End-t.Start >= 4 {
				// titleCaseCount, its path for four ASCII bytes (most
				// words) written out.
				if w := text[t.Start:t.End]; w[0]|w[1]|w[2]|w[3] < utf8.RuneSelf {
					if 'A' <= w[0] && w[0] <= 'Z' {
						long++
					} else {
						long = -1
					}
				} else {
					long = titleCaseCount(w, long)
				}
			}
			if lowerSeen && long < 0 {
				// clauseStart is false after a word: settled until
				// the next mark.
				for m < len(marks) && int(marks[m]) <= i {
					m++
				}
				if m < len(marks) {
					i = int(marks[m]) - 1
				} else {
					i = len(toks) - 1
				}
				continue
			}
		case Punct:
			switch c := text[t.Start]; c {
			case ':', '(', '[', '{':
				clauseStart = true
			case '"':
				// Only an opening quote: a closing one is glued to the
				// word or punctuation it follows ("fake" and, "No," he).
				if !closesQuote(text, toks, first, i) {
					clauseStart = true
				}
			case '-':
				// A dash at the start of a sentence opens a clause:
				// "LONDON - The prime minister ...". Only when spaced,
				// and only after a dateline, whose words are all
				// capitalised: in "three former clients - Margaret
				// Dunmore, ..." the dash opens an aside, and the name
				// after it is capitalised because it is a name.
				if !t.Joined && !lowerSeen && i+1 < len(toks) && !toks[i+1].Joined {
					clauseStart = true
				}
			case '.', '!', '?':
				stop = endsSentence(text, toks, i, opt, r.Words)
			}
		}
		if !stop {
			continue
		}
		// Take closing quotes and brackets along.
		j := i
		for j+1 < len(toks) && toks[j+1].Kind == Punct && toks[j+1].Joined && closer[text[toks[j+1].Start]] {
			j++
		}
		r.Sentences = append(r.Sentences, Sentence{Start: toks[start].Start, End: toks[j].End, First: start, Last: j + 1})
		if long >= titleCaseWords {
			markTitleCase(text, toks[start:j+1])
		}
		start = j + 1
		i = j
		clauseStart, lowerSeen, long = true, false, 0
	}
	if start < len(toks) {
		r.Sentences = append(r.Sentences, Sentence{Start: toks[start].Start, End: toks[len(toks)-1].End, First: start, Last: len(toks)})
		if long >= titleCaseWords {
			markTitleCase(text, toks[start:])
		}
	}
}

// titleCaseCount is the first test of markTitleCase for one word w of
// four bytes or more: long+1 if it has four runes or more and is
// capitalised, long if it has fewer runes, and -1 if it is a long word
// not capitalised.
func titleCaseCount(w string, long int) int {
	if w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf && w[3] < utf8.RuneSelf {
		// Four ASCII bytes are four runes: most words, counted without
		// a rune count, and capitalised when the first is a capital.
		if 'A' <= w[0] && w[0] <= 'Z' {
			return long + 1
		}
		return -1
	}
	if utf8.RuneCountInString(w) < 4 {
		return long
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return -1
	}
	return long + 1
}

// Title case: a sentence is in title case when every word of four
// letters or more in it is capitalised, there are at least
// titleCaseWords of them, and at least titleCaseEnglish of those after
// the first are English words. Prose always has longer words in lower
// case ("said", "with", "from"); a sentence of names alone ("Kim Jong Un
// met Vladimir Putin") has no capitalised English word.
const (
	titleCaseWords   = 3
	titleCaseEnglish = 2
)

// markTitleCase marks every word of a sentence in title case as Initial:
// in "In Serevia, a Former Mayor Rides a Wave of Discontent to Power"
// the words are capitalised by the headline's style, as a sentence's
// first word is, not because they are names.
func markTitleCase(text string, toks []Token) {
	long, known := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word || t.End-t.Start < 4 {
			continue
		}
		w := text[t.Start:t.End]
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return
		}
		long++
	}
	if long < titleCaseWords {
		return
	}
	// Only now, in a sentence with no long word in lower case (rare
	// outside headlines), is the word list asked.
	for i := range toks {
		t := &toks[i]
		if t.Kind == Word && !t.Initial && utf8.RuneCountInString(text[t.Start:t.End]) >= 4 && english.IsWord(strings.ToLower(text[t.Start:t.End])) {
			known++
		}
	}
	if known < titleCaseEnglish {
		return
	}
	for i := range toks {
		if toks[i].Kind == Word {
			toks[i].Initial = true
		}
	}
}

// endsSentence reports whether token i ends a sentence. words, when not
// nil, numbered the tokens' words: whether a full stop after a word may
// end a sentence is then asked once for each spelling (stopAfter).
func endsSentence(text string, toks []Token, i int, opt *Options, words *Words) bool {
	t := toks[i]
	if t.Kind != Punct {
		// Only a mark ends a sentence; a dotted abbreviation such as
		// "U.S." ends one only at the end of the block.
		return false
	}
	c := text[t.Start]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Joined && toks[i+1].Kind == Punct && endMark[text[toks[i+1].Start]] {
		// Not the last mark of "...", "?!": the last one decides.
		return false
	}
	// The next token that is not a closing quote or bracket. A token
	// of punctuation is one rune: when it is not ASCII, its first byte
	// is no closer.
	k := i + 1
	for k < len(toks) && toks[k].Kind == Punct && closer[text[toks[k].Start]] && toks[k].Joined {
		k++
	}
	if k >= len(toks) {
		return false // the block end closes the last sentence
	}
	next := toks[k]
	if next.Joined && (next.Kind == Word || next.Kind == Number) {
		return false // "3.5", "example.com"
	}
	if c == '.' && i > 0 && toks[i].Joined && toks[i-1].Kind == Word && !stopAfter(text, toks[i-1], opt, words) {
		return false
	}
	if c == '.' && i > 0 && toks[i-1].Kind == Punct && text[toks[i-1].Start] == '.' {
		// Part of an ellipsis: a break only before a capital letter.
		return startsUpper(next.Text(text))
	}
	return true
}

// stopAfter reports whether a full stop glued to word w may end a
// sentence: not after an initial ("John F. Kennedy") nor after one of
// opt's abbreviations. The answer depends on the spelling alone, so
// that with words it is kept per number, for the Options it was given
// for (Options.Abbreviations does not change once used): the look-up
// in the abbreviations' map, a string hash for most sentences' last
// word, is made once for each spelling.
func stopAfter(text string, w Token, opt *Options, words *Words) bool {
	if words == nil || w.Word == 0 {
		return stopAfterSpelling(w.Text(text), opt)
	}
	if words.stopsOpt != opt {
		clear(words.stops)
		words.stopsOpt = opt
	}
	if n := words.Len(); int(w.Word) >= len(words.stops) {
		if n > cap(words.stops) {
			// Grown to twice its room at least, and to a thousand
			// spellings at first: a Words numbers its spellings one
			// by one, and grows often while its first texts are read.
			s := make([]uint8, n, min(max(2*cap(words.stops), n, 1024), maxWords+1))
			copy(s, words.stops)
			words.stops = s
		}
		// The room past the length was never written: zero.
		words.stops = words.stops[:n]
	}
	v := words.stops[w.Word]
	if v == 0 {
		v = 1
		if stopAfterSpelling(w.Text(text), opt) {
			v = 2
		}
		words.stops[w.Word] = v
	}
	return v == 2
}

// stopAfterSpelling is stopAfter for the spelling w.
func stopAfterSpelling(w string, opt *Options) bool {
	if isInitial(w) {
		return false
	}
	if opt != nil {
		if _, ok := opt.Abbreviations[w]; ok {
			return false
		}
	}
	return true
}

// endMark marks the bytes of the marks that may end a sentence, and
// closer those of the closing quotes and brackets a sentence takes
// along.
var endMark, closer = func() (e, c [256]bool) {
	for _, b := range []byte(".!?") {
		e[b] = true
	}
	for _, b := range []byte("\"')]") {
		c[b] = true
	}
	return e, c
}()

// closesQuote reports whether the double quote toks[i] closes a quotation:
// it is glued to a word, a number or closing punctuation before it.
func closesQuote(text string, toks []Token, first, i int) bool {
	if i == first || !toks[i].Joined {
		return false
	}
	prev := toks[i-1]
	if prev.Kind != Punct {
		return true
	}
	return afterClosing[text[prev.Start]]
}

// afterClosing marks the bytes of the punctuation a closing quote
// follows (closesQuote).
var afterClosing = func() (t [256]bool) {
	for _, b := range []byte(".,;!?)]'") {
		t[b] = true
	}
	return t
}()

// isInitial reports a single capital letter, as in "John F. Kennedy".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
