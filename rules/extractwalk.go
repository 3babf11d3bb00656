package rules

import (
	"sync"
	"unsafe"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// extractCands lists an article's candidates for both of its extractors
// in one walk over its tokens: the quantities' (quantity.Table.Candidate)
// and the dates' (every number, and every word dates.MayStart lets
// through), which each extractor (ExtractListed) reads in place of a walk
// of its own. Each extractor walked every token, loading it and reading
// its own per-spelling byte; now one load of a token and of one
// per-spelling byte lists it for both.
//
// What a spelling is to the two extractors (cand* bits, 0: not read
// yet), with the quantities of a table, is kept in the marks of the
// segmenter's Words (segment.Words.Marks, keyed by the table), by the
// number of the spelling (segment.Token.Word): worked out on the
// spelling's first meeting in any text segmented with the same Words,
// and read by one load after. A spelling that is a candidate of neither
// is marked segment.MarkSkip, and the segmenter then leaves its tokens
// out of its list (segment.Result.Listed): the candidates are listed
// from that list, not from a walk over every token. One is pooled per
// worker. q and d are the rooms of the two lists.
type extractCands struct {
	q, d []int32
	// punct keeps the entries of the signs of one byte (tokens of Kind
	// Punct, not numbered) by their byte, with the quantities of table
	// punctOf, for copy whose words are not numbered (with a Words, its
	// marks keep them).
	punct   [256]uint8
	punctOf *quantity.Table
	// left counts the extractions that have yet to read their list:
	// the room goes back to the pool when both have.
	left int
}

// The bits of an extractCands entry: a candidate of the quantities, of
// the dates, and read (so that a spelling that is neither is not 0). An
// entry that is neither candidate has segment.MarkSkip too.
const (
	candQuantity uint8 = 1 << iota
	candDate
	candRead
)

// extractCandsPool holds the rooms of articles gone by.
var extractCandsPool = sync.Pool{New: func() any { return new(extractCands) }}

// noWordCands is the byWord of copy whose words are not numbered: one
// entry, 0, which every token reads.
var noWordCands [1]uint8

// listCandidates returns the article's candidates for both extractors,
// listed once; nil when they are not to be listed (the article reads
// only one of its dates and quantities, or one was read already) or when
// a token does not fit the text, for which each extractor reads the
// tokens on its own, as it always did.
func (a *Article) listCandidates() *extractCands {
	if a.cands != nil || a.candsTried {
		return a.cands
	}
	a.candsTried = true
	// The extraction that asks has marked itself done: when the other
	// is done too, one list would serve it alone.
	if a.Units == nil || a.Calendar == nil || a.Seg == nil || a.datesDone && a.quantDone {
		return nil
	}
	c := extractCandsPool.Get().(*extractCands)
	if !c.list(a.Units, a.Doc.Text, a.Seg) {
		extractCandsPool.Put(c)
		return nil
	}
	c.left = 2
	a.cands = c
	return c
}

// doneCandidates records that one extraction has read its list from
// the article's candidates, and puts them back in the pool once both
// have.
func (a *Article) doneCandidates() {
	if c := a.cands; c != nil {
		if c.left--; c.left == 0 {
			a.cands = nil
			extractCandsPool.Put(c)
		}
	}
}

// list lists the candidates of seg's tokens of text, read with the
// quantities of units, in c.q and c.d; false when a token does not fit
// text (or comes before the one before it). With the segmenter's list
// of the tokens the marks do not skip (segment.Result.ListedFor), it
// reads only those; else it walks every token.
func (c *extractCands) list(units *quantity.Table, text string, seg *segment.Result) bool {
	byWord, punct := noWordCands[:], &c.punct
	if w := seg.Words; w != nil {
		byWord, punct = w.Marks(units)
		if listed, ok := seg.ListedFor(units); ok {
			return c.listFrom(units, text, seg.Tokens, listed, byWord, punct)
		}
	} else if units != c.punctOf {
		c.punct, c.punctOf = [256]uint8{}, units
	}
	toks := seg.Tokens
	n := len(toks)
	c.room(n)
	l := listing{toks: toks, text: text, byWord: byWord, punct: punct,
		q: unsafe.Pointer(unsafe.SliceData(c.q[:n])), d: unsafe.Pointer(unsafe.SliceData(c.d[:n]))}
	for l.i < n {
		if !l.run() {
			return false
		}
		if l.i == n {
			break
		}
		// Token l.i is a word whose spelling is not read yet, a word
		// not numbered, or a sign of more than one byte, or a sign of
		// one byte not read yet.
		tk := &toks[l.i]
		m := candidacy(units, text, tk)
		if wn := tk.Word; wn != 0 && int(wn) < len(byWord) {
			byWord[wn] = m
		} else if tk.Kind == segment.Punct && tk.End-tk.Start == 1 {
			punct[text[tk.Start]] = m
		}
		l.add(m)
	}
	c.q, c.d = c.q[:l.nq], c.d[:l.nd]
	return true
}

// room makes c.q and c.d room for n indices each.
func (c *extractCands) room(n int) {
	if cap(c.q) < n {
		c.q = make([]int32, n)
	}
	if cap(c.d) < n {
		c.d = make([]int32, n)
	}
}

// listFrom is list given the segmenter's list of toks (listed, which
// leaves out only tokens whose entry in byWord or punct has
// segment.MarkSkip): it reads the listed tokens alone, and works out
// the entry of one not read yet. The tokens it reads are checked as
// list checks every token (in order, and each fits text).
func (c *extractCands) listFrom(units *quantity.Table, text string, toks []segment.Token, listed []int32, byWord []uint8, punct *[256]uint8) bool {
	if len(toks) > 0 && toks[len(toks)-1].End > len(text) {
		return false
	}
	c.room(len(listed))
	l := listing{toks: toks, text: text, byWord: byWord, punct: punct,
		q: unsafe.Pointer(unsafe.SliceData(c.q[:len(listed)])), d: unsafe.Pointer(unsafe.SliceData(c.d[:len(listed)]))}
	for j := 0; j < len(listed); j++ {
		j = l.runListed(listed, j)
		if j < 0 {
			return false
		}
		if j == len(listed) {
			break
		}
		// Token listed[j] is a word whose spelling is not read yet, a
		// word not numbered, a sign of more than one byte, or a sign
		// of one byte not read yet.
		k := listed[j]
		tk := &toks[k]
		m := candidacy(units, text, tk)
		if wn := tk.Word; wn != 0 && int(wn) < len(byWord) {
			byWord[wn] = m
		} else if tk.Kind == segment.Punct && tk.End-tk.Start == 1 {
			punct[text[tk.Start]] = m
		}
		l.i = int(k)
		l.add(m)
		l.end = tk.End
	}
	c.q, c.d = c.q[:l.nq], c.d[:l.nd]
	return true
}

// runListed is run over the tokens listed[j:]: it lists those whose
// entry is known, in a loop without a call, and returns the index in
// listed of the first whose entry is not (checked to fit, and l.end
// the end of the one before), len(listed) at the end, or -1 when a
// token does not fit the text or comes before the one before it.
func (l *listing) runListed(listed []int32, j int) int {
	toks, byWord, punct := l.toks, l.byWord, l.punct
	q, d := l.q, l.d
	nq, nd, end := l.nq, l.nd, l.end
	base := unsafe.Pointer(unsafe.StringData(l.text))
	for ; j < len(listed); j++ {
		k := listed[j]
		if uint(k) >= uint(len(toks)) {
			return -1
		}
		tk := &toks[k]
		s, e, wn := tk.Start, tk.End, tk.Word
		if s < end || e <= s {
			return -1
		}
		if int(wn) >= len(byWord) {
			wn = 0
		}
		m := byWord[wn]
		if m == 0 {
			switch {
			case tk.Kind == segment.Number:
				m = candRead | candQuantity | candDate
			case tk.Kind == segment.Punct && e-s == 1:
				// 0 <= end <= s < e <= len(text) (the last token's end
				// is checked by the caller).
				m = punct[*(*byte)(unsafe.Add(base, s))]
			}
			if m == 0 {
				break
			}
		}
		end = e
		// nq, nd <= j < len(listed).
		*(*int32)(unsafe.Add(q, 4*nq)) = k
		nq += int(m & candQuantity)
		*(*int32)(unsafe.Add(d, 4*nd)) = k
		nd += int(m >> 1 & 1)
	}
	l.nq, l.nd, l.end = nq, nd, end
	return j
}

// listing is the state of extractCands.list's walk.
type listing struct {
	toks   []segment.Token
	text   string
	byWord []uint8
	punct  *[256]uint8
	// q and d are the rooms of the two lists, written through pointers:
	// nq, nd <= i < len(toks), which the compiler cannot see.
	q, d      unsafe.Pointer
	i, nq, nd int
	// end is the end of the token before i.
	end int
}

// add lists token l.i by its entry m and moves on.
func (l *listing) add(m uint8) {
	// Each index is written at the end of both lists and kept where
	// the token is a candidate: no branch on the bits.
	*(*int32)(unsafe.Add(l.q, 4*l.nq)) = int32(l.i)
	l.nq += int(m & candQuantity)
	*(*int32)(unsafe.Add(l.d, 4*l.nd)) = int32(l.i)
	l.nd += int(m >> 1 & 1)
	l.i++
}

// run lists the tokens from l.i on whose entry is known, a loop without
// a call whose values stay in registers, up to the first token whose
// entry is not (l.i is then that token, and l.end the end of the one
// before) or to the end of the tokens; false when a token does not fit
// the text.
func (l *listing) run() bool {
	toks, text, byWord, punct := l.toks, l.text, l.byWord, l.punct
	q, d := l.q, l.d
	i, nq, nd, end := l.i, l.nq, l.nd, l.end
	// The tokens are in order (each starts at or after the end of the
	// one before, and ends after it starts), which the loop checks: so
	// each ends at or before the last, which is checked here once.
	if len(toks) > 0 && toks[len(toks)-1].End > len(text) {
		return false
	}
	base := unsafe.Pointer(unsafe.StringData(text))
	ok := true
	for ; i < len(toks); i++ {
		tk := &toks[i]
		s, e, wn := tk.Start, tk.End, tk.Word
		if s < end || e <= s {
			ok = false
			break
		}
		if int(wn) >= len(byWord) {
			wn = 0
		}
		m := byWord[wn]
		if m == 0 {
			switch {
			case tk.Kind == segment.Number:
				// A candidate of both.
				m = candRead | candQuantity | candDate
			case tk.Kind == segment.Punct && e-s == 1:
				// 0 <= end <= s < e <= len(text).
				m = punct[*(*byte)(unsafe.Add(base, s))]
			}
			if m == 0 {
				break
			}
		}
		end = e
		*(*int32)(unsafe.Add(q, 4*nq)) = int32(i)
		nq += int(m & candQuantity)
		*(*int32)(unsafe.Add(d, 4*nd)) = int32(i)
		nd += int(m >> 1 & 1)
	}
	if i < len(toks) && ok {
		end = toks[i].End
	}
	l.i, l.nq, l.nd, l.end = i, nq, nd, end
	return ok
}

// candidacy works out the entry (cand* bits) of token tk, which fits
// text.
func candidacy(units *quantity.Table, text string, tk *segment.Token) uint8 {
	m := candRead
	if units.Candidate(text, tk) {
		m |= candQuantity
	}
	switch tk.Kind {
	case segment.Number:
		m |= candDate
	case segment.Word:
		// "the" is left out of the dates' list (dates.Unlisted):
		// they find it from the digits after it.
		if w := text[tk.Start:tk.End]; dates.MayStart(w) && !dates.Unlisted(w) {
			m |= candDate
		}
	}
	if m == candRead {
		m |= segment.MarkSkip
	}
	return m
}
