package quantity

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/english"
)

// status is the outcome of reading a quantity at a token.
type status uint8

const (
	// none: no quantity starts at the token.
	none status = iota
	// skip: the tokens up to item.last hold a number that is no quantity
	// ("3-1", "10:30", "AK-47").
	skip
	// found: item holds a quantity.
	found
)

// item is a quantity being read.
type item struct {
	// first and last delimit its tokens, [first, last).
	first, last int
	// numTok is the token the number begins at.
	numTok int
	// numStart and numEnd delimit the number as written, in bytes.
	numStart, numEnd int
	value, high      float64
	step, round      float64
	rng              bool
	kind             Kind
	// kindSet is true when the kind is decided (a year range).
	kindSet bool
	words   bool
	unit    *Unit
	// unitStart and unitEnd delimit the unit as written.
	unitStart, unitEnd int
	qual               *Qualifier
	// digits is true for a number written in digits.
	digits bool
	// prefix is true when the unit is a currency prefix.
	prefix bool
	// scale is the scale word's multiplier ("million"), 1 if none.
	scale float64
	// fraction is true for "half", "two-thirds".
	fraction bool
	// yearish is true for a plain four-digit integer from 1800 to 2100
	// with nothing attached.
	yearish bool
	// intDigits counts the digits of a plain integer (no separator, point,
	// scale or unit), 0 otherwise.
	intDigits int
	// andOr is true when "and" or "or" joins it to the item before in a
	// list.
	andOr bool
}

// parser reads the quantities of one text. It never writes to the table.
type parser struct {
	t    *Table
	text string
	toks []segment.Token
	// lastEnd is the token after the last quantity found, -1 at first.
	lastEnd int
	// reads counts the numbers read.
	reads int
	// sent is the first sentence that may hold the next quantity's first
	// token: quantities come in text order, so sentenceAt walks forward
	// from it instead of searching all sentences for each.
	sent int
	// bareFrom and bareTo delimit the tokens of a chain of numbers joined
	// by commas only, where no list can begin.
	bareFrom, bareTo int
	// flagsTok is 1 + the token whose flags were asked last, flagsOf
	// its flags: the main loop asks a candidate's flags, and then core
	// asks them again (a filter hash and a vocabulary look-up), as
	// startsNumber and the core after it do for the token after "to".
	flagsTok int
	flagsOf  uint8
	// cache holds the vocabulary entries of the tokens looked up last,
	// by token index modulo its size: reading a number asks about the
	// same few tokens many times.
	cache [8]struct {
		i int
		v *vinfo
	}
	// byWord is the extractor's reading of the segmenter's numbered
	// spellings (see wordInfo), nil when the text's words are not
	// numbered.
	byWord []*vinfo
	// nums is the readings of numbers by their spelling, the
	// wordInfo's; nil when there is none.
	nums *numMemo
}

// wordInfo holds, by the segmenter's number of a spelling
// (segment.Token.Word) in the Words of, the spelling's vocabulary entry
// in table t (noInfo: none; nil: not read yet): a word read before in
// any text segmented with the same Words costs a load in infoAt, not a
// hash and a probe of the vocabulary. One is pooled per worker; it is
// emptied when it serves other Words or another table.
type wordInfo struct {
	of *segment.Words
	t  *Table
	v  []*vinfo
	// cand holds, by the same numbers, whether the spelling is a
	// candidate (see candidates) in table t: 0 not read yet, 2 no, 3
	// yes; cand[0] stays 0.
	cand []uint8
	// nums is the readings of numbers by their spelling (they depend
	// on neither the Words nor the table, and are kept across both).
	nums numMemo
}

// noInfo marks in wordInfo a spelling that has no vocabulary entry.
var noInfo vinfo

// wordInfoPool holds the wordInfo of extractions gone by.
var wordInfoPool = sync.Pool{New: func() any { return new(wordInfo) }}

// sync readies wi for the numbers of words in table t.
func (wi *wordInfo) sync(words *segment.Words, t *Table) {
	if words != wi.of || t != wi.t {
		clear(wi.v)
		clear(wi.cand)
		wi.of, wi.t = words, t
	}
	if n := words.Len(); len(wi.v) < n {
		wi.v = slices.Grow(wi.v, n-len(wi.v))[:n]
	}
	if n := words.Len(); len(wi.cand) < n {
		wi.cand = slices.Grow(wi.cand, n-len(wi.cand))[:n]
	}
	if wi.nums.slot == nil {
		wi.nums.slot = make([]numReading, numSlots)
	}
}

// packNum returns the number text[start:end] packed in a word, little
// endian, or 0 when it has more than 8 bytes.
func packNum(text string, start, end int) uint64 {
	n := end - start
	if uint(n-1) >= 8 {
		return 0
	}
	if start+8 <= len(text) {
		return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[start:]), 8)) & (1<<(8*n) - 1)
	}
	var b [8]byte
	copy(b[:], text[start:end])
	return binary.LittleEndian.Uint64(b[:])
}

// infoAt returns the vocabulary entry of token i, or nil. i must be a
// token.
func (p *parser) infoAt(i int) *vinfo {
	c := &p.cache[i&(len(p.cache)-1)] // the size is a power of two
	if c.i == i+1 {
		return c.v
	}
	t := &p.toks[i]
	var v *vinfo
	if wn := t.Word; wn != 0 && int(wn) < len(p.byWord) {
		// By the spelling's number: read once per spelling.
		if v = p.byWord[wn]; v == nil {
			if v = p.t.infoSpan(p.text, t.Start, t.End); v == nil {
				v = &noInfo
			}
			p.byWord[wn] = v
		}
		if v == &noInfo {
			v = nil
		}
	} else {
		v = p.t.infoSpan(p.text, t.Start, t.End)
	}
	c.i, c.v = i+1, v
	return v
}

// Extract returns the quantities of text, segmented as seg, in text order.
// Quantities do not overlap; their spans are byte offsets into text. The
// units and qualifiers of the quantities are shared with the table and
// must not be modified.
func (t *Table) Extract(text string, seg *segment.Result) []Quantity {
	qs, _ := t.extract(nil, text, seg)
	return qs
}

// ExtractInto is Extract writing into dst[:0], whose room is reused when
// it is large enough: a checker that reads article after article, and
// keeps none of an article's quantities once the article is checked,
// spares allocating 160 bytes a number (about a tenth of the bytes a
// check allocates). The result may share dst's array; dst's contents are
// overwritten. With no quantities it returns dst[:0].
func (t *Table) ExtractInto(dst []Quantity, text string, seg *segment.Result) []Quantity {
	qs, _ := t.extract(dst[:0], text, seg)
	return qs
}

// extract is ExtractInto; it also returns how many numbers it read, to
// test that it reads each token a bounded number of times. A nil dst
// gives a nil result when there are no quantities, as Extract always did.
func (t *Table) extract(dst []Quantity, text string, seg *segment.Result) ([]Quantity, int) {
	if t == nil || seg == nil {
		return dst, 0
	}
	// One pass over the tokens checks that they fit text and lists the
	// candidates: the token array of a long text does not stay in the
	// cache from one pass to the next.
	var wi *wordInfo
	var byCand []uint8
	if seg.Words != nil {
		wi = wordInfoPool.Get().(*wordInfo)
		wi.sync(seg.Words, t)
		byCand = wi.cand
		defer wordInfoPool.Put(wi)
	}
	room := candPool.Get().(*[]int32)
	toks, cands := scanTokens(t, text, seg.Tokens, (*room)[:0], byCand)
	var byWord []*vinfo
	var nums *numMemo
	if wi != nil {
		byWord, nums = wi.v, &wi.nums
	}
	out, reads := t.parse(dst, text, seg, toks, cands, byWord, nums)
	*room = cands[:0]
	candPool.Put(room)
	return out, reads
}

// Candidate reports whether token tk of text is a candidate of the
// extraction (see candidates): a number, a word led by a digit or let
// through by the table's start filter, punctuation let through; never a
// possessive. tk must fit text (0 <= Start < End <= len(text)). It is
// what ExtractListed asks its caller to have listed.
func (t *Table) Candidate(text string, tk *segment.Token) bool {
	s, e := tk.Start, tk.End
	first, last := text[s], text[e-1]
	second := text[min(s+1, e-1)] & byte((1-(e-s))>>63)
	h := startHash(first, second, last, e-s)
	pass := uint8(t.startBits[h/64]>>(h%64)&1) | (first|second|last)>>7
	return candidateOf[(tk.Kind&3)<<2|segment.Kind(digitBit[first]|pass)] != 0
}

// ExtractListed is ExtractInto given the text's candidates: cands lists,
// in token order, every token of seg for which Candidate is true and no
// other, and every token of seg fits text, in order (each starts at or
// after the end of the one before, and 0 <= Start < End <= len(text)).
// A caller that walks an article's tokens for another reader too (the
// rules' one walk for the quantities and the dates) lists the candidates
// in the same walk, and the extraction walks the tokens no more.
func (t *Table) ExtractListed(dst []Quantity, text string, seg *segment.Result, cands []int32) []Quantity {
	if t == nil || seg == nil {
		return dst[:0]
	}
	var byWord []*vinfo
	var nums *numMemo
	if seg.Words != nil {
		wi := wordInfoPool.Get().(*wordInfo)
		wi.sync(seg.Words, t)
		byWord, nums = wi.v, &wi.nums
		defer wordInfoPool.Put(wi)
	}
	qs, _ := t.parse(dst[:0], text, seg, seg.Tokens, cands, byWord, nums)
	return qs
}

// parse reads the quantities of text at the candidates cands of its
// tokens toks (those of seg that fit text), into dst; byWord, when not
// nil, is the wordInfo's v of seg's Words, and nums its memo of numbers
// (nil: none). It returns them and how many numbers it read.
func (t *Table) parse(dst []Quantity, text string, seg *segment.Result, toks []segment.Token, cands []int32, byWord []*vinfo, nums *numMemo) ([]Quantity, int) {
	if len(toks) == 0 {
		return dst, 0
	}
	p := &parser{t: t, text: text, toks: toks, lastEnd: -1, byWord: byWord, nums: nums}

	// Most quantities are written in digits, and most numbers are
	// quantities: sized for them and a few in words, the slice of
	// Quantity (160 bytes each) seldom grows, where a guess from the
	// number of tokens grew it two or three times per article.
	//
	// The numbers are counted among the candidates, a sixth of the
	// tokens, rather than in the scan of all, whose loop is the
	// tightest of the extraction.
	numbers := 0
	for _, c := range cands {
		if toks[c].Kind == segment.Number {
			numbers++
		}
	}
	out := dst
	if n := numbers + numbers/8 + 4; cap(out) < n {
		out = make([]Quantity, 0, n)
	}
	// itemBuf backs the items of one quantity or list on the stack: a
	// list seldom has more than a few, and a slice grown from nil cost
	// an allocation per text.
	var itemBuf [4]item
	items := itemBuf[:0]
	list := 0
	// The parse visits only the candidates of scanTokens: most tokens
	// are words no quantity begins with, and asking flags of each cost
	// a call, a bounds check and a switch. The candidates' room is
	// pooled: about one token in six is one, more than a stack array of
	// a useful size holds in long copy.
	i := 0
	for k, c := range cands {
		if int(c) < i {
			continue // inside the quantity just read
		}
		i = int(c)
		// next is the next candidate: what a qualifier or "from" at i
		// may lead to must begin at a candidate (see item).
		next := len(toks)
		if k+1 < len(cands) {
			next = int(cands[k+1])
		}
		if next-i > p.t.maxQualToks && toks[i].Kind != segment.Number && !isDigit(text[toks[i].Start]) &&
			!p.t.mayBeginNumber(text[toks[i].Start:toks[i].End]) {
			// A word that may only begin a qualifier ("in", "at",
			// "more"), with no candidate near enough after it to be
			// qualified: item would find nothing (see item), and the
			// word is not even looked up.
			i++
			continue
		}
		f := p.candidateFlags(i)
		p.flagsTok, p.flagsOf = i+1, f
		if f == 0 {
			i++
			continue
		}
		// The item is read in place, in the first slot of the list:
		// the readers below write their result through a pointer
		// instead of returning a 150-byte item through five calls.
		items = items[:1]
		switch p.item(&items[0], i, f, next) {
		case none:
			i++
			continue
		case skip:
			i = max(items[0].last, i+1)
			continue
		}
		items = p.list(items)
		if len(items) > 1 {
			list++
		}
		for k := range items {
			out = append(out, Quantity{})
			q := &out[len(out)-1]
			p.quantity(q, &items[k], seg.Sentences)
			if len(items) > 1 {
				q.List = list
			}
		}
		last := items[len(items)-1].last
		p.lastEnd = last
		i = max(last, i+1)
	}
	return compounds(text, out), p.reads
}

// compounds joins a quantity and the next when they are one amount in
// two units, "11 years and six months", "2 hours 30 minutes", "£5 and
// 50p": the same dimension, the second in a smaller unit and less than
// one of the first, joined by "and" or a space only. Read apart, each
// half was a claim of its own, and "11 years and nine months" could not
// disagree with "11-and-a-half years". The joined quantity is in the
// first unit; its step is the second's, so "and six months" claims the
// month.
func compounds(text string, qs []Quantity) []Quantity {
	w := 0
	for r := 0; r < len(qs); r++ {
		// q is joined in place and copied down only when an earlier
		// compound has left room before it: a 160-byte copy out and
		// back per quantity was most of this loop. Nothing reads
		// qs[r] again once r has moved on but qs[r-1], the last part
		// read, which a join never changes.
		first := r
		q := &qs[r]
		if n := listCompound(text, qs[r:]); n > 0 {
			// A list of three or more parts, "52 days, 7 hours, 18
			// minutes and 6 seconds": joined whole, as below.
			for k := 1; k <= n; k++ {
				joinPart(q, &qs[r+k])
			}
			r += n
		} else if r+1 < len(qs) {
			// Two units of one dimension read as a list of two ("11 years
			// and six months"): a list of nothing else.
			alone := q.List == 0 && qs[r+1].List == 0 ||
				q.List == qs[r+1].List && (r == 0 || qs[r-1].List != q.List) && (r+2 >= len(qs) || qs[r+2].List != q.List)
			// A third part joins too, "2 hours 5 minutes 41 seconds", in a
			// unit smaller than the last one joined (q.Step, in q's unit).
			unitEnd := q.UnitSpan.End
			for joined := false; alone && r+1 < len(qs) && joinableEnd(text, q, &qs[r+1], unitEnd) &&
				(!joined || qs[r+1].List == 0 && qs[r+1].Unit.Factor/q.Unit.Factor < q.Step); joined = true {
				n := &qs[r+1]
				joinPart(q, n)
				unitEnd = n.UnitSpan.End
				r++
			}
		}
		if w != first {
			qs[w] = *q
		}
		w++
	}
	return qs[:w]
}

// joinPart adds n, the next part of the compound q, to q.
func joinPart(q, n *Quantity) {
	f := n.Unit.Factor / q.Unit.Factor
	q.Value += n.Value * f
	q.High = q.Value
	q.Step = n.Step * f
	q.Round = n.Round * f
	q.Span.End, q.Number.End = n.Span.End, n.Span.End
	q.Tokens[1] = n.Tokens[1]
	q.Words = q.Words || n.Words
	q.List = 0
}

// listCompound returns how many parts after qs[0] finish it as one
// amount when qs[0] opens a list of three or more that is one amount
// written in falling units, "52 days, 7 hours, 18 minutes and 6
// seconds", "31 days, 2 hours, and 9 minutes": every item in a unit
// of the first's dimension smaller than the item's before it and less
// than one of it, each after a comma but the last, which follows "and"
// (or ", and"). It returns 0 for any other list ("2 years, 3 years and
// six months" is three amounts).
func listCompound(text string, qs []Quantity) int {
	q := &qs[0]
	if q.List == 0 || len(qs) < 3 || qs[1].List != q.List || qs[2].List != q.List {
		return 0
	}
	n := 1
	for n < len(qs) && qs[n].List == q.List {
		n++
	}
	for k := 1; k < n; k++ {
		p, c := &qs[k-1], &qs[k]
		// Each part ends in its unit ("52 days", not "$5") and the
		// next is in a unit smaller than the last digit it wrote.
		if p.UnitSpan.End != p.Span.End || !joinable(p, c) || !(c.Unit.Factor < p.Step*p.Unit.Factor) {
			return 0
		}
		sep := text[p.Span.End:c.Span.Start]
		if k < n-1 && sep != ", " || k == n-1 && sep != " and " && sep != ", and " {
			return 0
		}
	}
	return n - 1
}

// joinable reports whether n, in a smaller unit of q's dimension and
// less than one of q's unit, may finish q as one amount, whatever is
// written between them.
func joinable(q, n *Quantity) bool {
	return q.Unit != nil && n.Unit != nil && q.Unit.Dimension == n.Unit.Dimension && q.Unit.Offset == 0 && n.Unit.Offset == 0 &&
		q.Kind == Cardinal && n.Kind == Cardinal && !q.Range && !n.Range &&
		n.Qualifier == nil && q.Sentence == n.Sentence && n.Unit.Factor < q.Unit.Factor && n.Value > 0 &&
		n.Value*n.Unit.Factor < q.Unit.Factor && q.Span.End <= n.Span.Start && n.UnitSpan.End == n.Span.End
}

// joinableEnd reports whether n finishes q as one amount (see
// compounds); q's last unit as written ends at unitEnd (a compound
// already joined ends in the unit of its last part, not its first).
func joinableEnd(text string, q, n *Quantity, unitEnd int) bool {
	if q.Unit == nil || n.Unit == nil || q.Unit.Dimension != n.Unit.Dimension || q.Unit.Offset != 0 || n.Unit.Offset != 0 ||
		q.Kind != Cardinal || n.Kind != Cardinal || q.Range || n.Range ||
		n.Qualifier != nil || q.Sentence != n.Sentence || !(n.Unit.Factor < q.Unit.Factor) || !(n.Value > 0) ||
		n.Value*n.Unit.Factor >= q.Unit.Factor || q.Span.End > n.Span.Start {
		return false
	}
	// q must end in its unit: "11 years", not "$5" (whose unit comes first).
	if unitEnd != q.Span.End || n.UnitSpan.End != n.Span.End {
		return false
	}
	switch text[q.Span.End:n.Span.Start] {
	case " and ", " ":
		return true
	}
	return false
}

// candPool holds the room for the candidates of one text.
var candPool = sync.Pool{New: func() any { return new([]int32) }}

// candidates returns, in order, in the room of c (whose contents it
// overwrites), the index of every token whose
// flags may be non-zero: numbers, words led by a digit, and the words
// and symbols Table.mayStart lets through. flags(i) is 0 for every
// token left out (TestCandidatesCoverFlags), so the parse may skip them.
func (p *parser) candidates(c []int32) []int32 {
	_, c = scanTokens(p.t, p.text, p.toks, c, nil)
	return c
}

// scanTokens returns the tokens up to the first that does not fit text,
// so that a segmentation of another text cannot make Extract panic, and
// their candidates (see candidates), in the room of c, whose contents
// are overwritten. byCand, when not nil, is the wordInfo's cand of the
// Words that numbered toks: a numbered word's answer is read there, by
// one load, and worked out (and kept) only on its spelling's first
// meeting; a token with no number (punctuation, numbers, a word left
// unnumbered) reads byCand[0], 0, and is tested by its bytes.
func scanTokens(t *Table, text string, toks []segment.Token, c []int32, byCand []uint8) ([]segment.Token, []int32) {
	// The loop has no branch but the check of the token and the loop's
	// own, and no call: it reads every token of the text, and the kind
	// of token and the filter's answer follow no pattern a branch
	// predictor could learn. Each token's index is written at the end
	// of the candidates and kept (n advances) only when it is one;
	// Table.mayStart is written out here, its filter read from the text
	// bytes directly; number tokens go through it too, harmlessly.
	if cap(c) < len(toks) {
		c = make([]int32, len(toks))
	}
	c = c[:len(toks)]
	bits := &t.startBits
	// The bytes of text and the room of c are read and written through
	// pointers: the check of each token (below) proves every index in
	// range, which the compiler cannot see, and its bounds checks were
	// a fifth of the loop.
	base := unsafe.Pointer(unsafe.StringData(text))
	byteAt := func(k int) byte { return *(*byte)(unsafe.Add(base, k)) }
	room := unsafe.Pointer(unsafe.SliceData(c))
	end, n := 0, 0
	if len(byCand) == 0 {
		byCand = noCand[:]
	}
	for i := range toks {
		tk := &toks[i]
		s, e, kind, wn := tk.Start, tk.End, tk.Kind, tk.Word
		if s < end || e <= s || e > len(text) {
			return toks[:i], c[:n]
		}
		end = e
		if int(wn) >= len(byCand) {
			wn = 0
		}
		cand := byCand[wn]
		if cand == 0 {
			// Now 0 <= s < e <= len(text): s, e-1 and min(s+1, e-1) are
			// bytes of text.
			first, last := byteAt(s), byteAt(e-1)
			// second is 0 for a one-byte token, as startHash wants: the
			// mask is 0xff for a longer one.
			second := byteAt(min(s+1, e-1)) & byte((1-(e-s))>>63)
			h := startHash(first, second, last, e-s)
			pass := uint8(bits[h/64]>>(h%64)&1) | (first|second|last)>>7
			cand = candidateOf[(kind&3)<<2|segment.Kind(digitBit[first]|pass)] | 2
			if wn != 0 {
				byCand[wn] = cand
			}
		}
		cand &= 1
		// n <= i < len(c).
		*(*int32)(unsafe.Add(room, 4*n)) = int32(i)
		n += int(cand)
	}
	return toks, c[:n]
}

// noCand is scanTokens's byCand for tokens not numbered: one entry, 0.
var noCand [1]uint8

// digitBit is 2 at an ASCII digit, 0 at any other byte: scanTokens's
// index into candidateOf, read without a branch.
var digitBit = func() (tab [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		tab[c] = 2
	}
	return tab
}()

// candidateOf tells scanTokens whether a token is a candidate, by its
// kind (times 4), whether it begins with a digit (2) and whether the
// start filter lets it through (1): every number; a word led by a digit
// or let through; punctuation let through; never a possessive.
var candidateOf = func() (tab [16]uint8) {
	for k := range tab {
		pass, digit := k&1 != 0, k&2 != 0
		cand := false
		switch segment.Kind(k >> 2) {
		case segment.Number:
			cand = true
		case segment.Word:
			cand = pass || digit
		case segment.Punct:
			cand = pass
		}
		if cand {
			tab[k] = 1
		}
	}
	return tab
}()

// quantity turns an item into the Quantity q.
func (p *parser) quantity(q *Quantity, it *item, sents []segment.Sentence) {
	*q = Quantity{
		Span:      document.Span{Start: p.toks[it.first].Start, End: p.toks[it.last-1].End},
		Number:    document.Span{Start: it.numStart, End: it.numEnd},
		Value:     it.value,
		High:      it.value,
		Range:     it.rng,
		Kind:      it.kind,
		Unit:      it.unit,
		Qualifier: it.qual,
		Step:      it.step,
		Round:     it.round,
		Words:     it.words,
		Tokens:    [2]int{it.first, it.last},
		Sentence:  p.sentenceAt(sents, it.first),
	}
	if it.rng {
		q.High = it.high
	}
	if it.unit != nil {
		q.UnitSpan = document.Span{Start: it.unitStart, End: it.unitEnd}
	}
	if it.kind != Cardinal {
		q.Step, q.Round = 1, 1
	}
	if !(q.Step > 0) {
		q.Step = 1
	}
	if !(q.Round >= q.Step) {
		q.Round = q.Step
	}
}

// sentenceAt is sentenceOf for tokens asked in text order, as quantities
// are: it walks forward from the sentence of the last token asked, which
// costs a step per sentence of the text instead of a binary search per
// quantity. A token before the last asked falls back to the search.
func (p *parser) sentenceAt(sents []segment.Sentence, tok int) int {
	k := p.sent
	if k > len(sents) || (k > 0 && sents[k-1].Last > tok) {
		return sentenceOf(sents, tok)
	}
	for k < len(sents) && sents[k].Last <= tok {
		k++
	}
	p.sent = k
	if k < len(sents) && sents[k].First <= tok {
		return k
	}
	return -1
}

// sentenceOf returns the index of the sentence holding token tok, or -1.
func sentenceOf(sents []segment.Sentence, tok int) int {
	k := sort.Search(len(sents), func(k int) bool { return sents[k].Last > tok })
	if k < len(sents) && sents[k].First <= tok {
		return k
	}
	return -1
}

// ---------------------------------------------------------------- tokens

func (p *parser) str(i int) string {
	t := p.toks[i]
	return p.text[t.Start:t.End]
}

// isWord reports whether token i is the word w, in any case. w is
// lower-case ASCII, as every caller's is: a token shorter than w then cannot fold
// to it, and one longer can only through a non-ASCII rune that folds to
// an ASCII letter (the Kelvin sign, the long s), three bytes at most
// each. Most tokens asked about are of another length, and the early
// answer spares the call to EqualFold that dominated this function.
func (p *parser) isWord(i int, w string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	if t.Kind != segment.Word {
		return false
	}
	if n := t.End - t.Start; n < len(w) || n > 3*len(w) {
		return false
	}
	return equalFoldLower(p.text[t.Start:t.End], w)
}

// equalFoldLower is strings.EqualFold(s, w) for a lower-case ASCII w,
// without a call for the common case, s of w's length and ASCII: a
// byte of s then matches a letter of w when it is that letter in either
// case (c|0x20, which for a letter is its lower case), and any other
// byte of w only as itself. Anything else is left to EqualFold.
func equalFoldLower(s, w string) bool {
	if len(s) != len(w) {
		// Only a non-ASCII rune folds to a letter of another length:
		// an ASCII first byte that differs ends it at once.
		if len(s) > 0 && len(w) > 0 {
			if c, l := s[0], w[0]; c < utf8.RuneSelf && c != l && (c|0x20 != l || l < 'a' || l > 'z') {
				return false
			}
		}
		return strings.EqualFold(s, w)
	}
	for k := 0; k < len(w); k++ {
		c, l := s[k], w[k]
		if c == l {
			continue
		}
		if c >= utf8.RuneSelf {
			return strings.EqualFold(s, w)
		}
		if c|0x20 != l || l < 'a' || l > 'z' {
			return false
		}
	}
	return true
}

// isPunct reports whether token i is the punctuation c.
func (p *parser) isPunct(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return t.Kind == segment.Punct && t.End-t.Start == 1 && p.text[t.Start] == c
}

// joined reports whether token i exists and is glued to the one before.
func (p *parser) joined(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].Joined
}

// hyphen reports a hyphen at i glued on both sides: "twenty-one".
func (p *parser) hyphen(i int) bool {
	// isPunct(i, '-') && joined(i) && joined(i+1), written to be
	// inlined: it is asked after nearly every number.
	if i <= 0 || i+1 >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.Joined && t.Kind == segment.Punct && t.End-t.Start == 1 && p.text[t.Start] == '-' && p.toks[i+1].Joined
}

// isDigitTok reports a token that begins with a digit: "20", "9mm".
func (p *parser) isDigitTok(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return (t.Kind == segment.Number || t.Kind == segment.Word) && isDigit(p.text[t.Start])
}

func (p *parser) isNumTok(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == segment.Number
}

// lexAt returns the number word at token i.
func (p *parser) lexAt(i int) (lex, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return lex{}, false
	}
	v := p.infoAt(i)
	if v == nil || v.class&clsLex == 0 {
		return lex{}, false
	}
	return v.lex, true
}

// is reports whether token i is a word of the class cls, in any case.
func (p *parser) is(i int, cls uint32) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	v := p.infoAt(i)
	return v != nil && v.class&cls != 0
}

// isMonth reports a month name written with a capital letter.
func (p *parser) isMonth(i int) bool {
	// The capital is tested first: most words before and after a
	// number are in lower case, and the test spares hashing them.
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	return upperStart(p.str(i)) && p.is(i, clsMonth)
}

// isFiller reports a filler word of the table: "full" in "a full hour".
func (p *parser) isFiller(i int) bool { return p.is(i, clsFiller) }

// lowerWordAt reports a word that begins with a lower-case letter.
func (p *parser) lowerWordAt(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.str(i))
	return unicode.IsLower(r)
}

// opensSentence reports a word that begins a sentence or clause, but not
// one in brackets or quotes, where a capital letter marks a name.
func (p *parser) opensSentence(i int) bool {
	if !p.toks[i].Initial {
		return false
	}
	// An opening bracket or quote joined to the word opens a quotation
	// or an aside within a sentence ("(Boeing 737", "\"Article 5"); a
	// quote with a space after it closes the sentence before ("lucky.\"
	// All 40 canoeists"), and the word opens its own.
	if i > 0 && p.toks[i-1].Kind == segment.Punct && p.toks[i].Joined {
		switch p.text[p.toks[i-1].Start] {
		case '(', '[', '"', '\'':
			return false
		}
	}
	return true
}

// shouted reports a word in capitals after a word in lower case, or
// after the word opening the sentence where that is a word of the
// language capitalised only because it opens it: the emphasis of popular
// copy ("jailed for SIX YEARS", "a WHOPPING seven", "After NINE days
// adrift"), not a name, whose capital opens a word in lower case or
// follows another capital ("Formula One", "FORMULA ONE").
func (p *parser) shouted(i int) bool {
	w := p.str(i)
	if len(w) < 2 || !p.lowerWordAt(i-1) && !p.openingWord(i-1) {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// shoutedWord reports a word of the language in capitals before a
// number, after a word in lower case or after the article opening the
// sentence: popular copy's emphasis ("a WHOPPING 3,000 fans", "A
// STAGGERING 87 puppies"), not a name with a number ("Boeing 737", "the
// KTX 300", "call TLB 119"), which is no English word.
func (p *parser) shoutedWord(i int) bool {
	if i < 1 || !p.lowerWordAt(i-1) && !p.openingArticle(i-1) {
		return false
	}
	w := p.str(i)
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return len(w) >= 2 && english.IsWord(strings.ToLower(w))
}

// openingWord reports a word of the language opening a sentence, in
// lower case but for its first letter ("After", "All"): its capital is
// the sentence's, not a name's.
func (p *parser) openingWord(i int) bool {
	if i < 0 || p.toks[i].Kind != segment.Word || !p.opensSentence(i) {
		return false
	}
	w := p.str(i)
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return english.IsWord(strings.ToLower(w))
}

// openingArticle reports the article "A" or "An" opening a sentence.
func (p *parser) openingArticle(i int) bool {
	if p.toks[i].Kind != segment.Word || !p.opensSentence(i) {
		return false
	}
	switch p.str(i) {
	case "A", "An", "AN":
		return true
	}
	return false
}

func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Phrase lists of vinfo, for match.
const (
	aliases = iota
	prefixes
	scaledAliases
	qualifiers
)

// match returns the longest phrase of the list which (aliases, prefixes
// or qualifiers) that begins at token i, and the token after it.
func (p *parser) match(which, i int) (*phrase, int) {
	if i < 0 || i >= len(p.toks) {
		return nil, 0
	}
	v := p.infoAt(i)
	if v == nil {
		return nil, 0
	}
	cands := v.aliases
	switch which {
	case prefixes:
		cands = v.prefixes
	case qualifiers:
		cands = v.quals
	case scaledAliases:
		cands = v.scaled
	}
	for _, ph := range cands {
		if e, ok := p.matchRest(ph, i+1); ok {
			return ph, e
		}
	}
	return nil, 0
}

// matchSuffix returns the longest alias whose first token is the
// letters glued to a number ("km" of "90km/h"), whose vocabulary entry
// is v, and whose other tokens follow from token j.
func (p *parser) matchSuffix(v *vinfo, j int) (*phrase, int) {
	for _, ph := range v.aliases {
		if e, ok := p.matchRest(ph, j); ok {
			return ph, e
		}
	}
	return nil, 0
}

// matchRest matches the tokens of ph after its first from token j on. A
// token glued in the phrase must be glued in the text; one spaced in the
// phrase may be either.
func (p *parser) matchRest(ph *phrase, j int) (int, bool) {
	for _, pt := range ph.toks[1:] {
		if j >= len(p.toks) {
			return 0, false
		}
		t := p.toks[j]
		if pt.joined && !t.Joined {
			return 0, false
		}
		// A token of another length than an ASCII phrase token cannot
		// fold to it, but through KELVIN SIGN and LONG S (see isWord):
		// most tokens asked about fail this test, without a call.
		if n := t.End - t.Start; pt.ascii && (n < len(pt.text) || n > 3*len(pt.text)) {
			return 0, false
		}
		if pt.ascii {
			if !equalFoldLower(p.text[t.Start:t.End], pt.text) {
				return 0, false
			}
		} else if !strings.EqualFold(p.text[t.Start:t.End], pt.text) {
			return 0, false
		}
		j++
	}
	return j, true
}

// ------------------------------------------------------------ structure

// startDigits flags a token that begins with a digit.
const startDigits uint8 = 1 << 7

// flags returns what token i may begin: the Table.start flags of a word or
// symbol, startDigits for a number.
func (p *parser) flags(i int) uint8 {
	if i+1 == p.flagsTok {
		return p.flagsOf
	}
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := p.toks[i]
	f := uint8(0)
	if (t.Kind != segment.Punct && (t.Kind != segment.Word || isDigit(p.text[t.Start]))) || p.t.mayStart(p.text[t.Start:t.End]) {
		f = p.candidateFlags(i)
	}
	p.flagsTok, p.flagsOf = i+1, f
	return f
}

// candidateFlags is flags of a candidate token, which mayStart has
// already let through: it is not asked again.
func (p *parser) candidateFlags(i int) uint8 {
	t := &p.toks[i]
	switch t.Kind {
	case segment.Number:
		return startDigits
	case segment.Word:
		if isDigit(p.text[t.Start]) {
			return startDigits
		}
		if v := p.infoAt(i); v != nil {
			return v.start
		}
	case segment.Punct:
		if v := p.infoAt(i); v != nil {
			return v.start & startPrefix
		}
	}
	return 0
}

// startsNumber reports whether a number (or a currency prefix) may begin
// at token i.
func (p *parser) startsNumber(i int) bool {
	return p.flags(i)&(startDigits|startNumber|startPrefix) != 0
}

// item reads a quantity at token i, whose flags are f, into it: a
// qualifier, then a range or a single number. Like every reader below,
// it writes it fully when it returns found or skip (skip sets first and
// last), and leaves it undefined with none.
//
// next is the first candidate token after i (scanTokens), or
// len(p.toks). rangeOrCore finds nothing at a token whose flags are 0
// (TestRangeNeedsCandidate), so a qualifier, which a range or number
// must follow right after, is matched only when a candidate comes within
// the longest qualifier's tokens, and "from" or "between" only when one
// follows at once: most "in", "at" and "more" of copy are followed by no
// number, and their phrases were compared word by word for nothing.
func (p *parser) item(it *item, i int, f uint8, next int) status {
	if f&startQualifier != 0 && next-i <= p.t.maxQualToks {
		if ph, e := p.match(qualifiers, i); ph != nil && e < len(p.toks) {
			st := p.rangeOrCore(it, e, false)
			switch {
			case st == found && it.kind == Cardinal:
				it.first, it.qual, it.yearish = i, ph.qual, false
				if it.unit == TimeOfDay || it.unit == TimeOfDayUTC {
					it.qual = timeQualified(ph.qual, it.value)
				}
				return found
			case st == skip:
				return skip
			}
		}
	}
	if f&(startDigits|startNumber|startPrefix|startRange) == 0 {
		return none
	}
	if f&(startDigits|startNumber|startPrefix) == 0 && next != i+1 {
		// Only "from" or "between", which a number must follow.
		return none
	}
	return p.rangeOrCore(it, i, true)
}

// rangeOrCore reads "between 10 and 12", "from 10 to 12", "10-12",
// "10 to 12" or a single number at token i. first is true when nothing
// of the quantity comes before token i.
func (p *parser) rangeOrCore(a *item, i int, first bool) status {
	if t := &p.toks[i]; t.Kind == segment.Word && t.End-t.Start >= 4 {
		// "from" and "between" are words of four bytes or more: the
		// test spares both comparisons for every number.
		if from := p.isWord(i, "from"); from || p.isWord(i, "between") {
			conn := "and"
			if from {
				conn = "to"
			}
			st := p.core(a, i+1, false)
			if st == found && a.kind == Cardinal && p.isWord(a.last, conn) && p.startsNumber(a.last+1) {
				var b item
				if st := p.core(&b, a.last+1, false); st == found {
					if r, ok := p.makeRange(*a, b, false); ok {
						r.first = i
						*a = r
						return found
					}
				}
			}
			return none
		}
	}
	st := p.core(a, i, first)
	if st != found || a.kind != Cardinal || a.fraction {
		return st
	}
	e := a.last
	if a.digits && p.hyphen(e) && p.isDigitTok(e+1) {
		var b item
		switch p.core(&b, e+1, false) {
		case found:
			if r, ok := p.makeRange(*a, b, true); ok {
				*a = r
				return found
			}
			// "3-1", "2021-06": a score or a date, not a range.
			*a = item{first: i, last: b.last}
			return skip
		case skip:
			*a = item{first: i, last: max(b.last, e+2)}
			return skip
		}
		return found
	}
	if p.isWord(e, "to") && p.startsNumber(e+1) {
		var b item
		if st := p.core(&b, e+1, false); st == found {
			if r, ok := p.makeRange(*a, b, false); ok {
				*a = r
				return found
			}
		}
	}
	return found
}

// makeRange joins a and b into a range, when b is higher and their units
// agree. A unit or scale word written once applies to both ("10 to 12
// km", "$10-12 million").
func (p *parser) makeRange(a, b item, hyphen bool) (item, bool) {
	if a.kind != Cardinal || b.kind != Cardinal || a.fraction || b.fraction || a.rng || b.rng {
		return a, false
	}
	if a.yearish && b.intDigits > 0 && (b.intDigits == 4 || (hyphen && b.intDigits == 2)) {
		hi := b.value
		if b.intDigits == 2 {
			hi += math.Floor(a.value/100) * 100
		}
		if hi <= a.value {
			return a, false
		}
		if hi <= 2100 {
			r := a
			r.rng, r.high, r.kind, r.kindSet = true, hi, Year, true
			r.last, r.numEnd = b.last, b.numEnd
			r.yearish, r.intDigits = false, 0
			return r, true
		}
	}
	switch {
	case a.unit == nil:
		a.unit, a.unitStart, a.unitEnd, a.prefix = b.unit, b.unitStart, b.unitEnd, b.prefix
	case b.unit == nil:
		if !a.prefix {
			return a, false
		}
	case a.unit != b.unit:
		return a, false
	case !a.prefix:
		a.unitStart, a.unitEnd = b.unitStart, b.unitEnd
	}
	if a.scale == 1 && b.scale != 1 {
		a.value *= b.scale
		a.step *= b.scale
		a.round *= b.scale
		a.scale = b.scale
	}
	if !(b.value > a.value) {
		return a, false
	}
	r := a
	r.rng, r.high = true, b.value
	r.last, r.numEnd = b.last, b.numEnd
	r.step = max(a.step, b.step)
	r.round = max(min(a.round, b.round), r.step)
	r.words = a.words || b.words
	r.digits = a.digits && b.digits
	r.yearish, r.intDigits = false, 0
	return r, true
}

// list reads the items of a list after items[0]: "10, 20 and 30 km",
// "9mm and 45mm". The last item must follow "and" or "or"; a unit
// written after the last item applies to the bare numbers before it.
func (p *parser) list(items []item) []item {
	p.decideKind(&items[0])
	if f := items[0].first; f >= p.bareFrom && f < p.bareTo {
		// Inside the tail of a chain already read: no "and" ahead.
		return items
	}
	j := items[0].last
	// unit is the first unit of the list: all must be of its dimension.
	unit := items[0].unit
	// structural is true when the chain ends where the text stops
	// listing, not at an item that does not suit this list.
	structural := false
	for {
		if len(items) == maxListItems {
			// A longer run is a table, not prose: no list begins in it.
			structural = true
			break
		}
		k, andOr := j, false
		if p.isPunct(k, ',') {
			k++
		}
		if p.andOr(k) {
			k++
			andOr = true
		}
		if k == j || !p.listStart(k) {
			structural = true
			break
		}
		// The next item is read in place, in the slot after the
		// last, and dropped again when it does not belong.
		n := len(items)
		items = append(items, item{})
		b := &items[n]
		if p.rangeOrCore(b, k, false) != found {
			items = items[:n]
			structural = true
			break
		}
		if items[0].kind == Year && b.yearish {
			b.kind, b.kindSet = Year, true
		} else {
			p.decideKind(b)
		}
		if b.kind != items[0].kind || (unit != nil && b.unit != nil && !Compatible(unit, b.unit)) {
			items = items[:n]
			break
		}
		if unit == nil {
			unit = b.unit
		}
		b.andOr = andOr
		j = b.last
	}
	last := 0
	for k := 1; k < len(items); k++ {
		if items[k].andOr {
			last = k
		}
	}
	if structural && last+1 < len(items) {
		// A list begun at any later item of this chain would find no
		// "and" or "or" either; remember it, so that a long run of
		// numbers separated by commas is read in linear time.
		p.bareFrom, p.bareTo = items[last+1].first, j
	}
	items = items[:last+1]
	if l := &items[len(items)-1]; len(items) > 1 && l.unit != nil && !l.prefix {
		for k := len(items) - 2; k >= 0; k-- {
			it := &items[k]
			if it.unit != nil || !it.digits || it.scale != 1 || it.kind != Cardinal || it.fraction {
				break
			}
			it.unit, it.unitStart, it.unitEnd = l.unit, l.unitStart, l.unitEnd
		}
	}
	return items
}

// andOr is isWord(i, "and") || isWord(i, "or") in one look at the token:
// no rune but the ASCII letters folds to a letter of either word, so
// only a word of three or two bytes can be one (isWord allows more
// bytes for the runes that fold to "k" and "s").
func (p *parser) andOr(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	if t.Kind != segment.Word {
		return false
	}
	switch t.End - t.Start {
	case 3:
		return equalFoldLower(p.text[t.Start:t.End], "and")
	case 2:
		return equalFoldLower(p.text[t.Start:t.End], "or")
	}
	return false
}

// maxListItems bounds the items of a list, so that a list is read in
// constant time.
const maxListItems = 64

// listStart reports whether a list item may begin at token i: a number
// or a currency prefix, but not "a"/"an" or "half".
func (p *parser) listStart(i int) bool {
	if !p.startsNumber(i) {
		return false
	}
	l, ok := p.lexAt(i)
	return !ok || (l.kind != lexArticle && l.kind != lexHalf)
}

// decideKind makes a four-digit number a year when its context says so.
func (p *parser) decideKind(it *item) {
	if it.kindSet || it.kind != Cardinal || !it.yearish || it.qual != nil {
		return
	}
	if p.isYear(it) {
		it.kind = Year
	}
}

// isYear reports whether the plain four-digit number of it is a year:
// after "in", "since", a month and the like, or from 1900 to 2100 and not
// followed by a lower-case word ("2000 people").
func (p *parser) isYear(it *item) bool {
	i := it.numTok
	if i > 0 {
		prev := p.toks[i-1]
		switch prev.Kind {
		case segment.Word:
			switch {
			case p.is(i-1, clsYear), p.isMonth(i - 1):
				return true
			case p.is(i-1, clsWeakYear):
				return !p.pluralAt(it.last)
			}
		case segment.Punct:
			switch p.text[prev.Start] {
			case '-':
				if prev.Joined && p.toks[i].Joined && p.is(i-2, clsYearPrefix) {
					return true
				}
			case ',':
				// "June, 2015", "June 11, 2015"
				if p.isMonth(i-2) || (p.isNumTok(i-2) && p.isMonth(i-3)) {
					return true
				}
			case '.':
				if p.isMonth(i - 2) { // "Oct. 2015"
					return true
				}
			}
		}
	}
	return it.value >= 1900 && !p.lowerWordAt(it.last)
}

// pluralAt reports a lower-case word at i that looks like a plural noun.
func (p *parser) pluralAt(i int) bool {
	if !p.lowerWordAt(i) || p.is(i, clsNotPlural) {
		return false
	}
	s := p.str(i)
	return (len(s) > 2 && s[len(s)-1] == 's' && s[len(s)-2] != '\'') || p.is(i, clsPlural)
}

// ---------------------------------------------------------------- numbers

// core reads a number at token i, with a currency prefix before it or a
// unit after it. first is true when nothing of the quantity comes before
// token i, so that the words before it decide whether it is one.
func (p *parser) core(it *item, i int, first bool) status {
	if i < 0 || i >= len(p.toks) {
		return none
	}
	if p.toks[i].Kind != segment.Number {
		if p.flags(i)&startPrefix != 0 {
			if ph, e := p.match(prefixes, i); ph != nil && p.isDigitTok(e) {
				st := p.number(it, e, ph.unit)
				if st == skip {
					return skip
				}
				if st != found || it.kind != Cardinal || it.unit != nil {
					return none
				}
				// A prefix of one letter ("R" of the rand) reads only
				// a sum written as one: with a scale word, a point, a
				// separator or four digits ("R17m", "R61.40",
				// "R53,000"), not the "R79" of a road's number.
				if t := p.toks[i]; e == i+1 && t.End-t.Start == 1 && p.text[t.Start] >= 'A' && p.text[t.Start] <= 'Z' && it.intDigits > 0 && it.intDigits < 4 {
					return none
				}
				it.first, it.unit, it.prefix = i, ph.unit, true
				it.unitStart, it.unitEnd = p.toks[i].Start, p.toks[e-1].End
				it.yearish, it.intDigits = false, 0
				return found
			}
		}
	}
	if t := &p.toks[i]; t.Kind == segment.Word && !isDigit(p.text[t.Start]) {
		// "a" or "an" begins a quantity only with a word of the table
		// after it (see article): asked here, before the tests of the
		// word before it and the calls down to article, for the
		// commonest words of copy, most followed by none. Both
		// entries are already cached (the main loop asked the first,
		// article would ask the second).
		if l, ok := p.lexAt(i); ok && l.kind == lexArticle && (i+1 >= len(p.toks) || p.infoAt(i+1) == nil) {
			return none
		}
	}
	if first && !p.before(i) {
		return none
	}
	st := p.number(it, i, nil)
	if st == found && first && it.unit != nil && (it.unit.Offset != 0 || it.unit.Dimension == "temperature") {
		p.minus(it)
	}
	if st == found && it.unit != nil && it.unit.Factor == 60 && it.unit.Dimension == "duration" {
		p.minutesPast(it)
	}
	return st
}

// minus takes a minus sign before a temperature into it: "-5C", "minus 5
// degrees". Only temperatures have a sign in copy; elsewhere a hyphen
// before a number is a dash.
func (p *parser) minus(it *item) {
	i := it.first
	if i < 1 || i-1 < p.lastEnd || it.value == 0 {
		return
	}
	sign := (p.isPunct(i-1, '-') && p.toks[i].Joined && !p.joined(i-1)) || p.isWord(i-1, "minus")
	if sign {
		it.first, it.numStart = i-1, p.toks[i-1].Start
		it.value, it.high = -it.value, -it.high
	}
}

// lineOpens reports whether token i opens a sentence at the start of a
// line: a paragraph's or a headline's first word, which the word before
// it, on the line above, does not name.
func (p *parser) lineOpens(i int) bool {
	return p.toks[i].Initial && strings.IndexByte(p.text[p.toks[i-1].End:p.toks[i].Start], '\n') >= 0
}

// before reports whether the tokens before token i let a number there be
// a quantity: not "AK-47", "Boeing 737", "No. 1", "9/11" or the day of
// "March 11".
func (p *parser) before(i int) bool {
	if i == 0 {
		return true
	}
	t, prev := p.toks[i], p.toks[i-1]
	if t.Joined {
		if prev.Kind != segment.Punct {
			return true
		}
		switch p.text[prev.Start] {
		case '/', '@', '=', '#', '_', '&', '\\', ':', '.', '+', '*', '^', '~', '|', '<', '>':
			return false
		case '-':
			if prev.Joined && i >= 2 {
				if pp := p.toks[i-2]; pp.Kind == segment.Word && !isDigit(p.text[pp.Start]) {
					// "mid-2015" is a year; "AK-47" a name.
					return p.is(i-2, clsYearPrefix) && p.fourDigitYear(i)
				}
			}
		}
		return true
	}
	switch prev.Kind {
	case segment.Number:
		// The tail of "020 7946 0000".
		return t.Kind != segment.Number
	case segment.Word:
		w := p.str(i - 1)
		if p.isMonth(i - 1) {
			return p.fourDigitYear(i)
		}
		if w == "No" || w == "NO" || w == "Nos" {
			return false
		}
		if upperStart(w) && !p.opensSentence(i-1) && !p.is(i-1, clsWeekday) && !p.shoutedWord(i-1) && !p.lineOpens(i) {
			// "Boeing 737", "Article 5"; not "stood Friday 18 per
			// cent up", nor a headline's last word in capitals over
			// the number opening the copy ("PIER CLOSED" over "Six
			// stalls ..."). A name's number is never millions: in
			// "save Acme 58 million euros" the name is the object and
			// the number a sum.
			if e, ok := p.scaleAt(i + 1); ok && e >= 6 && !p.toks[i+1].Joined {
				return true
			}
			return false
		}
	case segment.Punct:
		switch p.text[prev.Start] {
		case '.':
			if i >= 2 && p.toks[i-2].Kind == segment.Word && prev.Joined {
				switch p.str(i - 2) {
				case "No", "no", "NO", "Nos", "nos":
					return false
				}
				// "Sept. 11" is a day; a number in words after a month
				// and a full stop, or one opening the next paragraph
				// ("... in February.\n\nSix stalls ..."), opens a
				// sentence of its own.
				if p.isMonth(i-2) && isDigit(p.text[t.Start]) && !p.lineOpens(i) {
					return p.fourDigitYear(i)
				}
			}
		case '#':
			return false
		}
	}
	return true
}

// fourDigitYear reports a token of four digits from 1800 to 2100.
func (p *parser) fourDigitYear(i int) bool {
	if !p.isNumTok(i) {
		return false
	}
	s := p.str(i)
	if len(s) != 4 {
		return false
	}
	for k := 0; k < 4; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return s >= "1800" && s <= "2100"
}

// afterSkip returns the end of the tokens to skip when what follows the
// number at token i makes it no quantity ("10:30", "7 pm", "9/11", a
// phone number, a date), or 0.
func (p *parser) afterSkip(i int) int {
	j := i + 1
	if j >= len(p.toks) {
		return 0
	}
	t := p.toks[j]
	if !t.Joined {
		switch t.Kind {
		case segment.Number:
			// "020 7946 0000"
			for j < len(p.toks) && p.toks[j].Kind == segment.Number && !p.toks[j].Joined {
				j++
			}
			return j
		case segment.Word:
			if p.is(j, clsTime) {
				return j + 1
			}
		}
		return 0
	}
	if t.Kind != segment.Punct || t.End-t.Start != 1 {
		return 0
	}
	switch c := p.text[t.Start]; c {
	case ':', '/':
		if p.joined(j+1) && p.isDigitTok(j+1) {
			return p.chainEnd(i, c)
		}
	case '-':
		// "2015-06-11", "11-06-2015"
		if p.joined(j+1) && p.isNumTok(j+1) && p.hyphen(j+2) && p.isNumTok(j+3) {
			return p.chainEnd(i, c)
		}
	case '@':
		return j + 1
	case '\'':
		// "1980's"
		if p.joined(j+1) && p.isWord(j+1, "s") && strings.HasSuffix(p.str(i), "0") {
			return j + 2
		}
	case '.':
		// "123.example": part of a name or an address.
		if p.joined(j+1) && p.toks[j+1].Kind == segment.Word {
			return j + 2
		}
	}
	return 0
}

// chainEnd returns the token after a chain of numbers glued by c, from i:
// "10:30:00", "9/11/2001".
func (p *parser) chainEnd(i int, c byte) int {
	j := i
	for p.isPunct(j+1, c) && p.joined(j+1) && p.joined(j+2) && p.isDigitTok(j+2) {
		j += 2
	}
	return j + 1
}

// number reads the number at token i, and its unit unless cur, a currency
// prefix, is its unit.
func (p *parser) number(it *item, i int, cur *Unit) status {
	if i < 0 || i >= len(p.toks) {
		return none
	}
	p.reads++
	t := p.toks[i]
	// A number in digits alone (no letters glued to it) is a time only
	// with a colon or a clock word after it (timeOfDay): the test spares
	// the call, which returned an empty item for nearly every number.
	if cur == nil && t.Kind != segment.Punct && isDigit(p.text[t.Start]) &&
		(t.Kind != segment.Number || p.isPunct(i+1, ':') || p.mayBeClockWord(i+1)) {
		if st := p.timeOfDay(it, i); st != none {
			return st
		}
	}
	switch {
	case t.Kind == segment.Number:
		return p.digits(it, i, cur)
	case t.Kind == segment.Word && isDigit(p.text[t.Start]):
		return p.glued(it, i, cur)
	case t.Kind == segment.Word:
		return p.words(it, i, cur)
	}
	return none
}

// scaleAt returns the power of ten of a scale word at i: "million", "bn".
func (p *parser) scaleAt(i int) (int, bool) {
	// One look at the entry answers both readings, the number word
	// (lexAt) and the abbreviation ("bn").
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return 0, false
	}
	v := p.infoAt(i)
	switch {
	case v == nil:
		return 0, false
	case v.class&clsLex != 0 && (v.lex.kind == lexScale || v.lex.kind == lexHundred):
		return v.lex.exp, true
	case v.class&clsScale != 0:
		return v.scale, true
	}
	return 0, false
}

// scaleAtLeast reports a scale word at i of 10**exp or more.
func (p *parser) scaleAtLeast(i, exp int) bool {
	e, ok := p.scaleAt(i)
	return ok && e >= exp
}

// mayAndAFraction reports whether andAFraction may read something at i:
// both its forms begin with a hyphen or "and", whose first byte folds
// only from 'a' or 'A' (no other rune folds to 'a'). It inlines: the
// token after nearly every number begins with neither, and is turned
// away by a load, not by andAFraction's calls.
func (p *parser) mayAndAFraction(i int) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	c := p.text[p.toks[i].Start]
	return c == '-' || c|0x20 == 'a'
}

// andAFraction reads "and a half" or "and a quarter" at i, or the same
// hyphenated after the number, "11-and-a-half years", as tabloids and
// attributive use write it: the hyphens then join every word, so "11 -
// and a half" is not read as one.
//
// The fraction names the value as its decimal does ("and a half" is
// ".5"), so its step is the decimal's (0.1, 0.01) and only its rounding
// step is the fraction: "11-and-a-half years" then disagrees with "11
// years and nine months", as "11.5" does, and still agrees, rounded, with
// a figure a fraction could round.
func (p *parser) andAFraction(i int) (frac, step float64, end int, ok bool) {
	var j int // the fraction's word
	switch {
	case p.hyphen(i) && p.isWord(i+1, "and") && p.hyphen(i+2) && p.isWord(i+3, "a") && p.hyphen(i+4):
		j = i + 5
	case p.isWord(i, "and") && p.isWord(i+1, "a"):
		j = i + 2
	default:
		return 0, 0, 0, false
	}
	switch {
	case p.isWord(j, "half"):
		return 0.5, 0.1, j + 1, true
	case p.isWord(j, "quarter"):
		return 0.25, 0.01, j + 1, true
	}
	return 0, 0, 0, false
}

// digits reads a Number token at i: "20", "1,500", "1.5 million".
func (p *parser) digits(it *item, i int, cur *Unit) status {
	t := p.toks[i]
	s := p.text[t.Start:t.End]
	// The number's own reading, by its spelling: read once per
	// spelling while the memo keeps it (see numMemo).
	var scratch numReading
	r := p.nums.read(s, packNum(p.text, t.Start, t.End), &scratch)
	if !r.ok || r.zero {
		// "1.2.3", "020": a version, a code, a time.
		*it = item{first: i, last: i + 1}
		return skip
	}
	if p.isPunct(i+1, ':') { // as clockDuration asks first
		d := digitsInfo{intLen: int(r.intLen), decimals: int(r.decimal), comma: r.comma}
		if c, ok := p.clockDuration(i, &d); ok {
			*it = c
			return found
		}
	}
	if e := p.afterSkip(i); e > i {
		*it = item{first: i, last: e}
		return skip
	}
	*it = item{first: i, last: i + 1, numTok: i, numStart: t.Start, numEnd: t.End, digits: true, kind: Cardinal, scale: 1}
	j := i + 1
	exp := 0
	if e, ok := p.scaleAt(j); ok && !p.toks[j].Joined {
		exp = e
		it.numEnd = p.toks[j].End
		j++
		// A larger scale right after multiplies it: "1.34 lakh crore"
		// (10^12), "2 thousand million".
		if e2, ok := p.scaleAt(j); ok && e2 > e && !p.toks[j].Joined {
			exp += e2
			it.numEnd = p.toks[j].End
			j++
		}
	}
	v, ok := r.v, r.vok
	if exp != 0 {
		// A scale word: the value and precision are the number's
		// times it, read here (seldom).
		d, _ := scanDigits(s)
		v, ok = digitsValue(s, d, exp)
		if ok {
			it.step, it.round = digitsPrecision(d, exp)
		}
	} else {
		it.step, it.round = r.step, r.round
	}
	if !ok {
		*it = item{first: i, last: j}
		return skip
	}
	it.value = v
	if exp != 0 {
		it.scale = math.Pow10(exp)
	}
	if exp == 0 && r.decimal == 0 && !r.comma {
		it.intDigits = int(r.intLen)
		if !p.mayAndAFraction(j) {
			// No fraction follows (andAFraction would say so).
		} else if f, step, e, ok := p.andAFraction(j); ok {
			it.value += f
			it.step, it.round = step, f
			it.numEnd = p.toks[e-1].End
			it.intDigits = 0
			j = e
		}
	}
	if it.intDigits > 0 && it.intDigits <= 2 && v >= 1 && v <= 31 && p.isMonth(j) {
		// "11 September": a day.
		*it = item{first: i, last: j + 1}
		return skip
	}
	it.last = j
	if cur == nil {
		p.unitAfter(it, j)
	}
	if it.unit != nil {
		it.intDigits = 0
	}
	it.yearish = it.intDigits == 4 && v >= 1800 && v <= 2100
	return found
}

// clockDuration reads a race or running time written as a clock,
// "2:05:41" (hours, minutes, seconds), at token i as one duration in
// seconds, to the second. Only the three-part form is read: "10:30" is a
// time of day or a score, and a clock with "am", "GMT" and the like after
// it is a time of day with seconds, left out as before. The minutes and
// seconds must be two digits under 60, so that "1:2:3" (a ratio, a verse)
// is no duration.
func (p *parser) clockDuration(i int, d *digitsInfo) (item, bool) {
	// The tests that turn nearly every number away come first; the
	// unit of seconds is the table's, found when it was added.
	if d.decimals != 0 || d.comma || d.intLen > 2 || !p.isPunct(i+1, ':') {
		return item{}, false
	}
	unit := p.t.second
	if unit == nil || unit.Dimension != "duration" {
		return item{}, false
	}
	if e := p.chainEnd(i, ':'); e != i+5 {
		return item{}, false
	}
	total := 0.0
	for _, c := range p.str(i) {
		total = total*10 + float64(c-'0')
	}
	for _, k := range [2]int{i + 2, i + 4} {
		s := p.str(k)
		if len(s) != 2 || !isDigit(s[0]) || !isDigit(s[1]) || s[0] >= '6' {
			return item{}, false
		}
		total = total*60 + float64(s[0]-'0')*10 + float64(s[1]-'0')
	}
	if i+5 < len(p.toks) && p.is(i+5, clsTime) {
		return item{}, false
	}
	start, end := p.toks[i].Start, p.toks[i+4].End
	return item{first: i, last: i + 5, numTok: i, numStart: start, numEnd: end, digits: true, kind: Cardinal, scale: 1,
		value: total, step: 1, round: 1, unit: unit, unitStart: start, unitEnd: end}, true
}

// gluedScale returns the power of ten of a scale word glued to a
// number, as sv describes it: "bn", "m" after a currency, "million".
func (p *parser) gluedScale(sv *vinfo, cur *Unit) (int, bool) {
	if sv.class&clsScale != 0 || (cur != nil && sv.class&clsCurrencyScale != 0) {
		return sv.scale, true
	}
	if sv.class&clsLex != 0 && sv.lex.kind == lexScale && sv.lex.exp >= 6 {
		// "£6.4million", "1.42billion": tabloids glue the scale word
		// as they glue "bn".
		return sv.lex.exp, true
	}
	return 0, false
}

// glued reads a Word token that begins with digits at i: "9mm",
// "5.7bn", "10th", "30C".
func (p *parser) glued(it *item, i int, cur *Unit) status {
	t := p.toks[i]
	s := p.text[t.Start:t.End]
	k := 0
	for k < len(s) && (isDigit(s[k]) || s[k] == ',' || s[k] == '.') {
		k++
	}
	num, suf := s[:k], s[k:]
	// no is what glued writes when the token is no quantity.
	no := func() status {
		*it = item{first: i, last: i + 1}
		return skip
	}
	d, ok := scanDigits(num)
	if !ok || d.leadingZero || suf == "" {
		return no()
	}
	*it = item{first: i, last: i + 1, numTok: i, numStart: t.Start, numEnd: t.Start + k, digits: true, kind: Cardinal, scale: 1}
	sv := p.t.info(suf)
	if sv == nil {
		sv = &vinfo{}
	}
	if sv.class&clsOrdinalSuffix != 0 {
		v, ok := digitsValue(num, d, 0)
		if !ok || d.decimals > 0 || cur != nil {
			return no()
		}
		it.kind, it.value, it.step, it.round, it.numEnd = Ordinal, v, 1, 1, t.End
		return found
	}
	if sv.class&clsTime != 0 {
		return no()
	}
	exp, ok := p.gluedScale(sv, cur)
	if !ok && cur == nil && sv.class&clsCurrencyScale != 0 && p.currencyWordAfter(sv.scale, i+1) {
		// "58m euros", "40k dollars": a scale that follows only a
		// currency sign glued to a number before a currency word is
		// the sum's scale, not metres; the word names the currency.
		exp, ok = sv.scale, true
	}
	end := t.End
	if !ok && len(suf) > 1 && suf[len(suf)-1] == '.' {
		// "£1.1million." at a sentence end: the segmenter keeps the
		// full stop on a word with a dot inside; the scale word is
		// the letters before it. The number ends before the stop;
		// the quantity's span is the whole token, as spans are.
		if sv2 := p.t.info(suf[:len(suf)-1]); sv2 != nil {
			if exp, ok = p.gluedScale(sv2, cur); ok {
				end--
			}
		}
	}
	if !ok && cur != nil {
		return no()
	}
	v, vok := digitsValue(num, d, exp)
	if !vok {
		return no()
	}
	it.value = v
	it.step, it.round = digitsPrecision(d, exp)
	j := i + 1
	if ok {
		it.numEnd = end
		it.scale = math.Pow10(exp)
		if cur == nil {
			p.unitAfter(it, j)
		}
		return found
	}
	if ph, e := p.matchSuffix(sv, j); ph != nil {
		it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, t.Start+k, p.toks[e-1].End, e
		return found
	}
	if u := p.t.attached[suf]; u != nil {
		it.unit, it.unitStart, it.unitEnd = u, t.Start+k, t.End
		return found
	}
	// "1980s", "4x4", "3D"
	return no()
}

// currencyWordAfter reports whether the unit read at token j after a
// number of scale 10^exp is a currency ("58m euros", "4m
// pounds": after a million, "pounds" is sterling).
func (p *parser) currencyWordAfter(exp, j int) bool {
	if j >= len(p.toks) || p.toks[j].Kind != segment.Word {
		return false
	}
	trial := item{scale: math.Pow10(exp)}
	p.unitAfter(&trial, j)
	return trial.unit != nil && strings.HasPrefix(trial.unit.Dimension, "currency:")
}

// unitAfter reads a unit alias at token j, or glued to it by a hyphen
// ("a 10-hour flight"), and sets it on it.
func (p *parser) unitAfter(it *item, j int) {
	k := j
	if p.hyphen(j) && p.toks[j+1].Kind == segment.Word {
		k = j + 1
	}
	// The word before is asked about only after a number in words: a
	// number in digits carries its scale in it.scale.
	if it.scale >= 1e6 || it.words && p.scaleAtLeast(j-1, 6) {
		// "4.6 million pounds", "three million pounds": after a million, a word that is
		// otherwise a weight names a sum.
		if ph, e := p.match(scaledAliases, k); ph != nil {
			it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, p.toks[k].Start, p.toks[e-1].End, e
			return
		}
	}
	if ph, e := p.match(aliases, k); ph != nil {
		// "2,400 pounds ($3,150)": a sum restated in another currency
		// in brackets is a sum, whatever its size; a weight is
		// restated in kilograms ("31 pounds (14 kg)").
		// Asked only before a bracket: most units have none after them.
		if p.currencyInBrackets(e) {
			if sp, se := p.match(scaledAliases, k); sp != nil && se == e {
				ph = sp
			}
		}
		it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, p.toks[k].Start, p.toks[e-1].End, e
	}
}

// currencyInBrackets reports whether token j opens brackets that begin
// with a sum: a currency prefix glued to a number ("($3,150)", "(US$12
// million)").
func (p *parser) currencyInBrackets(j int) bool {
	if j+2 >= len(p.toks) || p.text[p.toks[j].Start:p.toks[j].End] != "(" {
		return false
	}
	ph, e := p.match(prefixes, j+1)
	return ph != nil && strings.HasPrefix(ph.unit.Dimension, "currency:") && p.isDigitTok(e)
}

// words reads a number written in words at token i: "twenty-one", "a
// dozen", "two-thirds", "third", "an hour", "half".
func (p *parser) words(it *item, i int, cur *Unit) status {
	l, ok := p.lexAt(i)
	if !ok {
		return none
	}
	if upperStart(p.str(i)) && !p.toks[i].Initial && !p.shouted(i) {
		// A capital in mid-sentence marks a name: "Formula One".
		return none
	}
	switch l.kind {
	case lexArticle:
		return p.article(it, i, cur)
	case lexHalf:
		return p.half(it, i, cur)
	}
	// "one third", "two-thirds", "three quarters"
	if l.kind == lexUnit && l.val >= 1 && l.val <= 10 {
		k, hy := i+1, false
		if p.hyphen(k) {
			k, hy = k+1, true
		}
		if ld, ok := p.lexAt(k); ok && ld.denom > 0 {
			if (l.val == 1 && !ld.plural) || (l.val > 1 && (ld.plural || hy)) {
				den := float64(ld.denom)
				*it = item{first: i, last: k + 1, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[k].End,
					value: l.val / den, step: 1 / den, round: 1 / den, kind: Cardinal, words: true, fraction: true, scale: 1}
				if cur == nil {
					p.fractionOf(it) // "three-quarters of a mile"
				}
				return found
			}
		}
	}
	v, step, round, e, ord, ok := p.cardinalWords(i)
	if !ok {
		return none
	}
	*it = item{first: i, last: e, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[e-1].End,
		value: v, step: step, round: round, kind: Cardinal, words: true, scale: 1}
	if ord {
		it.kind, it.step, it.round = Ordinal, 1, 1
		return found
	}
	if v == 1 && e == i+1 && (p.isWord(i-1, "no") || p.isWord(e, "another")) {
		// "no one", "one another"
		return none
	}
	if p.is(e, clsTime) {
		*it = item{first: i, last: e + 1}
		return skip
	}
	return p.wordsTail(it, cur)
}

// wordsTail reads what may follow a cardinal in words: "and a half", a
// scale word after it, a unit.
func (p *parser) wordsTail(it *item, cur *Unit) status {
	e := it.last
	if p.hyphen(e) && p.toks[e+1].Kind == segment.Word {
		if ph, _ := p.match(aliases, e+1); ph == nil {
			// A compound: "one-on-one", "two-way".
			first := it.first
			*it = item{first: first, last: e}
			return skip
		}
	}
	if f, step, e2, ok := p.andAFraction(e); ok {
		it.value += f
		it.step, it.round = step, f
		e = e2
		if exp, ok := p.scaleAt(e); ok && exp >= 3 {
			// "two and a half million"
			m := math.Pow10(exp)
			it.value, it.step, it.round, it.scale = it.value*m, it.step*m, it.round*m, m
			e++
		}
		it.numEnd = p.toks[e-1].End
	}
	it.last = e
	if cur == nil {
		p.unitAfter(it, e)
	}
	return found
}

// article reads a quantity that begins with "a" or "an": "an hour", "an
// extra day", "a year and a half", "a third", "a dozen", "a million".
func (p *parser) article(it *item, i int, cur *Unit) status {
	j := i + 1
	if j >= len(p.toks) || p.infoAt(j) == nil {
		// Each reading below needs the next token to be a word of the
		// table (a filler, a unit, a number word): "a" is among the
		// commonest words of copy, and most are followed by none.
		return none
	}
	for j < len(p.toks) && j < i+4 && p.isFiller(j) {
		j++
	}
	if ph, e := p.match(aliases, j); ph != nil && cur == nil && ph.wordy &&
		articleDimensions[ph.unit.Dimension] && !p.is(j, clsNotAfterArticle) {
		if p.lastEnd == i || p.lastEnd == i-1 && p.isPunct(i-1, ')') || p.is(i-1, clsPer) {
			// "$5 a day", "twice a day": a rate; so is one after a
			// conversion in brackets ("1.5 metres (5 feet) a day").
			return none
		}
		*it = item{first: i, last: e, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[i].End,
			value: 1, step: 1, round: 1, kind: Cardinal, words: true, scale: 1,
			unit: ph.unit, unitStart: p.toks[j].Start, unitEnd: p.toks[e-1].End}
		if f, step, e2, ok := p.andAFraction(e); ok {
			// "a year and a half"
			it.value += f
			it.step, it.round = step, f
			it.numEnd, it.last = p.toks[e2-1].End, e2
		}
		return found
	}
	if j > i+1 {
		return none
	}
	if ld, ok := p.lexAt(j); ok && ld.denom > 0 && !ld.plural {
		// "a third" of something, but "a third term" is an ordinal.
		if ld.ord > 0 && j+1 < len(p.toks) && p.toks[j+1].Kind == segment.Word && !p.isWord(j+1, "of") {
			return none
		}
		den := float64(ld.denom)
		*it = item{first: i, last: j + 1, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[j].End,
			value: 1 / den, step: 1 / den, round: 1 / den, kind: Cardinal, words: true, fraction: true, scale: 1}
		if cur == nil {
			p.unitAfter(it, j+1) // "a half hour", "a quarter century"
			if it.unit == nil {
				p.fractionOf(it) // "a quarter of a percentage point"
			}
		}
		return found
	}
	v, step, round, e, ord, ok := p.cardinalWords(i)
	if !ok || ord {
		return none
	}
	*it = item{first: i, last: e, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[e-1].End,
		value: v, step: step, round: round, kind: Cardinal, words: true, scale: 1}
	return p.wordsTail(it, cur)
}

// fractionOf gives a fraction in words the unit of "of a" and a unit
// after it: "a quarter of a percentage point", "two-thirds of a mile", so
// that it compares with "0.25 percentage points" and "0.67 miles". It
// takes the same units as "half a": worded ones, not a currency ("a
// quarter of a dollar" is rare and "a third of a pound" is a weight), and
// not a word that is no unit after an article.
func (p *parser) fractionOf(it *item) {
	k := it.last
	if !p.isWord(k, "of") || (!p.isWord(k+1, "a") && !p.isWord(k+1, "an")) {
		return
	}
	j := k + 2
	for j < len(p.toks) && j < k+5 && p.isFiller(j) {
		j++
	}
	if ph, e := p.match(aliases, j); ph != nil && ph.wordy &&
		!strings.HasPrefix(ph.unit.Dimension, "currency") && !p.is(j, clsNotAfterArticle) {
		it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, p.toks[j].Start, p.toks[e-1].End, e
	}
}

// half reads "half", "half an hour", "half a dozen", "half a million".
func (p *parser) half(it *item, i int, cur *Unit) status {
	t := p.toks[i]
	*it = item{first: i, last: i + 1, numTok: i, numStart: t.Start, numEnd: t.End,
		value: 0.5, step: 0.5, round: 0.5, kind: Cardinal, words: true, fraction: true, scale: 1}
	if p.hyphen(i + 1) {
		// "half-hour" is a unit; "half-brother" no quantity.
		if ph, e := p.match(aliases, i+2); ph != nil && cur == nil {
			it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, p.toks[i+2].Start, p.toks[e-1].End, e
			return found
		}
		return none
	}
	if !p.isWord(i+1, "a") && !p.isWord(i+1, "an") {
		return found
	}
	j := i + 2
	if l, ok := p.lexAt(j); ok {
		switch l.kind {
		case lexDozen:
			it.value, it.step, it.round, it.fraction = 6, 1, 3, false
			it.last, it.numEnd = j+1, p.toks[j].End
			return found
		case lexScale, lexHundred:
			m := math.Pow10(l.exp)
			it.value, it.step, it.round, it.fraction, it.scale = 0.5*m, 0.5*m, 0.5*m, false, m
			it.last, it.numEnd = j+1, p.toks[j].End
			return found
		}
	}
	for j < len(p.toks) && j < i+5 && p.isFiller(j) {
		j++
	}
	if ph, e := p.match(aliases, j); ph != nil && cur == nil && ph.wordy &&
		!strings.HasPrefix(ph.unit.Dimension, "currency") && !p.is(j, clsNotAfterArticle) {
		it.unit, it.unitStart, it.unitEnd, it.last = ph.unit, p.toks[j].Start, p.toks[e-1].End, e
	}
	return found
}

// cardinalWords reads a whole number in words at i: "twenty-one", "one
// hundred and twenty", "two thousand", "a million", "two dozen", or an
// ordinal ("twenty-first", "hundredth").
func (p *parser) cardinalWords(i int) (v, step, round float64, end int, ord, ok bool) {
	j := i
	total := 0.0
	maxExp := math.MaxInt
	step = 1
	parsed := false
	for {
		g, gstep, e, gord, gdozen, gok := p.group(j, !parsed, false)
		if !gok {
			break
		}
		parsed = true
		j = e
		if gord {
			return total + g, 1, 1, j, true, true
		}
		if gdozen {
			if total != 0 {
				return 0, 0, 0, 0, false, false
			}
			return g, 1, 6, j, false, true
		}
		l, lok := p.lexAt(j)
		if lok && l.kind == lexScale && l.exp < maxExp && g > 0 {
			total += g * math.Pow10(l.exp)
			maxExp = l.exp
			step = math.Pow10(l.exp)
			j++
			// "two thousand and five"
			if p.isWord(j, "and") {
				if _, _, _, frac := p.andAFraction(j); !frac {
					if g2, _, e2, gord2, _, ok2 := p.group(j+1, false, true); ok2 && g2 > 0 {
						if gord2 {
							return total + g2, 1, 1, e2, true, true
						}
						return total + g2, 1, wordsRound(total+g2, 1), e2, false, true
					}
				}
			}
			continue
		}
		if lok && l.ord > 0 && l.exp >= 3 && l.exp < maxExp && g > 0 {
			// "two thousandth"
			return total + g*math.Pow10(l.exp), 1, 1, j + 1, true, true
		}
		total += g
		if g != 0 || total == 0 {
			step = gstep
		}
		break
	}
	if !parsed {
		return 0, 0, 0, 0, false, false
	}
	return total, step, wordsRound(total, step), j, false, true
}

// group reads a number below a thousand in words at j: "twenty-one",
// "one hundred and twenty", "a hundred", "nine"; allowA lets it begin with
// "a"/"an"; sub limits it to numbers below a hundred.
func (p *parser) group(j int, allowA, sub bool) (g, step float64, end int, ord, dozen, ok bool) {
	l, lok := p.lexAt(j)
	if !lok {
		return
	}
	switch {
	case l.kind == lexArticle:
		l1, ok1 := p.lexAt(j + 1)
		if !allowA || sub || !ok1 {
			return
		}
		switch l1.kind {
		case lexScale:
			return 1, 1, j + 1, false, false, true
		case lexHundred:
			return p.afterHundred(100, j+2)
		case lexDozen:
			return 12, 1, j + 2, false, true, true
		}
		return
	case l.kind == lexUnit:
		v := l.val
		j++
		if v == 0 || sub {
			return v, 1, j, false, false, true
		}
		if l1, ok1 := p.lexAt(j); ok1 {
			switch {
			case l1.kind == lexHundred:
				return p.afterHundred(v*100, j+1)
			case l1.kind == lexDozen:
				return v * 12, 1, j + 1, false, true, true
			case l1.ord > 0 && l1.exp == 2:
				return v * 100, 1, j + 1, true, false, true // "two hundredth"
			}
		}
		return v, 1, j, false, false, true
	case l.kind == lexTens:
		v := l.val
		j++
		if p.hyphen(j) {
			if l1, ok1 := p.lexAt(j + 1); ok1 {
				switch {
				case l1.kind == lexUnit && l1.val >= 1 && l1.val <= 9:
					v += l1.val
					j += 2
				case l1.ordUnit:
					return v + l1.ord, 1, j + 2, true, false, true // "twenty-first"
				}
			}
		}
		return v, 1, j, false, false, true
	case l.ord > 0 && (!sub || l.exp == 0):
		return l.ord, 1, j + 1, true, false, true
	}
	return
}

// afterHundred reads what may follow "hundred" at j: "and twenty", "five".
func (p *parser) afterHundred(v float64, j int) (g, step float64, end int, ord, dozen, ok bool) {
	k := j
	if p.isWord(k, "and") {
		if _, _, _, frac := p.andAFraction(k); !frac {
			k++
		}
	}
	if sub, _, e, sord, _, sok := p.group(k, false, true); sok && sub > 0 {
		return v + sub, 1, e, sord, false, true
	}
	return v, 100, j, false, false, true
}
