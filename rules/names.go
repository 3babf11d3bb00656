package rules

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// rareUses is how many uses of a capitalised word are kept with their
// positions; rarer words are the ones that may be misspellings.
const rareUses = 3

// NameUse is one use of a capitalised word. Initial is last, beside
// article, so that the record has no padding between its fields and
// takes 128 bytes, not 136 (statsOf, the fact store and the index copy
// one per use).
type NameUse struct {
	Loc diag.Location
	// Next is the capitalised word that follows, one space away, as a
	// family name follows a given name ("" if none).
	Next string
	// Prev is the capitalised word before it, one space away, as a given
	// name goes before a family name ("" if none).
	Prev string
	// PrevInitial is true where Prev opens its sentence or clause: it may
	// be a given name ("Karel Stanek, the union's leader, said") or only a
	// capitalised opener ("Then Stanek said"), so it tells whose name this
	// is only where the spelling beside it says so too (rule typo).
	PrevInitial bool
	// Apostrophe is true where an apostrophe follows the word: a
	// possessive ("Quennells'") or a quote's end, where an ending of
	// the word says nothing of a slip (rule typo, slip_suffixes).
	Apostrophe bool
	// Age is the age that follows the word in apposition ("Tilda
	// Kestel, 44,"), 0 where none does (ageAfter): one person named
	// twice with one age, whatever the spelling (rule typo, sameAge).
	Age uint8
	// Noun is the lowercase word after the word, by number, where the
	// word stands between "the" and it ("the Orvell quarry"), an odd
	// number (nounAfter): a place named the same way twice (rule typo,
	// sameNoun); or else the lowercase word just before it ("her son
	// Tamas"), an even number: a person named by a family word (rule
	// typo, sameKin); 0 where neither frame holds (frameOf).
	Noun uint32
	// Particle is the lowercase name particles between Prev and the
	// word, as written ("el-", "van der "), where they join the two
	// (particleLink), "" otherwise: a message names the family name
	// with them.
	Particle string
	// article is the number of the use's article in a NameIndex (set
	// when the index adds it; 0 in an article's own NameStats).
	article int32
	// Initial is true where the word opens a sentence or clause, where
	// any word is capitalised.
	Initial bool
}

// maxNexts bounds the following words kept per spelling.
const maxNexts = 64

// NameForm counts the uses of one capitalised spelling.
type NameForm struct {
	Count int
	// Mid counts the uses inside a sentence, where only names are
	// capitalised.
	Mid   int
	First diag.Location
	// Uses holds every use while there are at most rareUses of them.
	Uses []NameUse
	// Nexts are the capitalised words that follow the spelling: the
	// first maxNexts distinct ones, sorted.
	Nexts []string
	// Prevs are the capitalised words that go before it, as Nexts.
	Prevs []string
}

// NameStats are the capitalised words of one article.
type NameStats struct {
	// Forms are the forms by spelling. Statistics that statsOf built
	// from an article leave it nil until FormMap or Form is asked (a
	// rule seldom looks a spelling up by its text, and the index walks
	// words and forms): a map filled for every article, and cleared
	// again, was a tenth of the names scan. Decoded statistics have it.
	Forms map[string]*NameForm
	// words and forms are Forms as two slices in order of first use,
	// when statsOf made them (not when decoded): the index walks
	// them instead of the map.
	words []string
	forms []NameForm
	// nearNext and nearPrev are the spelling (index in words, -1 if
	// none) that each neighbour is, of the forms' Nexts and of their
	// Prevs, forms in order, as statsOf found them.
	nearNext, nearPrev []int32
	// nums are the words' numbers in the segmenter's Words of
	// (segment.Token.Word; 0 for a spelling left unnumbered), when
	// statsOf made them from numbered tokens (nil otherwise): the index
	// finds a spelling it met before under the same number by one
	// array read (NameIndex.Add), not by its hash and bytes.
	nums []uint32
	of   *segment.Words
	// hashes are the words' hashes (hashStr), for the statistics
	// without numbers, and posts their forms' posts in the index but
	// for the spelling's id (postOf), once PrepareFold has computed
	// them.
	hashes []uint64
	posts  []namePost
	// ix finds a spelling's index in words by its text (Form), once
	// asked: formIndex.
	ix []int32
	// room holds the memory of words, forms, their uses and neighbours
	// and the Forms map, for RecycleNames to reuse (nil when decoded).
	room *nameRoom
}

// nameRoom is the memory of one article's NameStats and nameScan,
// recycled once the corpus index has taken what it keeps of them
// (RecycleNames): these were a fifth of all the bytes a run allocated.
type nameRoom struct {
	toks    []nameTok
	tallies []nameTally
	words   []string
	nums    []uint32
	forms   []NameForm
	uses    []NameUse
	all     []string // the neighbours of all spellings
	near    []int32  // the spelling of each neighbour, as all
	hashes  []uint64
	posts   []namePost
	ix      []int32
	m       map[string]*NameForm
}

// maxRoomForms bounds the spellings of a room kept for reuse, so that one
// huge article does not pin its memory in the pool.
const maxRoomForms = 4096

var nameRoomPool = sync.Pool{New: func() any { return new(nameRoom) }}

// RecycleNames gives the memory of an article's name statistics to the
// next article's. The caller must hold no pointer into st (its forms,
// their uses or neighbours) afterwards: NameIndex.Add copies what it
// keeps, so st may be recycled once added. Statistics that were decoded,
// or are nil, are left to the garbage collector.
func RecycleNames(st *NameStats) {
	if st == nil || st.room == nil {
		return
	}
	r := st.room
	*st = NameStats{}
	if cap(r.forms) > maxRoomForms {
		return
	}
	// Nothing pooled may keep an article's text alive.
	clear(r.words)
	clear(r.forms)
	clear(r.uses) // as long as statsOf carved
	clear(r.all)
	clear(r.m)
	r.toks, r.tallies, r.words, r.nums, r.forms, r.uses, r.all, r.near = r.toks[:0], r.tallies[:0], r.words[:0], r.nums[:0], r.forms[:0], r.uses[:0], r.all[:0], r.near[:0]
	nameRoomPool.Put(r)
}

// nameTok is a capitalised word of an article: its token and the index
// of its spelling in the article's list of spellings.
type nameTok struct {
	tok, form int32
}

// nameScan is the article's table of capitalised words, which every
// rule that walks names reads: the capitalised word tokens in text order,
// the distinct spellings by index, and each spelling's counts. Rules
// that need no more than this (story terms, learned name forms, titles
// without a name) visit only capitalised words and read a spelling's
// counts by index instead of looking its text up, and do not pay for
// the NameStats (locations, uses, neighbours, the map of spellings),
// which statsOf builds from the table only when asked.
type nameScan struct {
	toks  []nameTok
	words []string
	// nums are the words' numbers in the Words of (see
	// NameStats.nums), nil when the tokens are not numbered.
	nums    []uint32
	of      *segment.Words
	tallies []nameTally
	// forms are the NameStats' forms, by spelling index, once statsOf
	// has built them (nil before).
	forms []NameForm
	room  *nameRoom
}

// mid is how many uses of spelling form are inside a sentence.
func (sc *nameScan) mid(form int32) int { return int(sc.tallies[form].mid) }

// nameScratch is the working memory of scanCaps and statsOf, reused from
// one article to the next.
type nameScratch struct {
	tab formTable
	// byWord holds, by the segmenter's number of a spelling
	// (segment.Token.Word) in the Words of, its index in tab.keys
	// while the article of stamp is scanned: byStamp tells which
	// entries are that article's (scanCaps).
	byWord  []int32
	byStamp []uint32
	stamp   uint32
	of      *segment.Words
	tallies []nameTally
	nexts   []namePair
	prevs   []namePair
	starts  []int32
	// caps is capsOf's list.
	caps []int32
}

// nameTally counts the uses of one spelling while an article is scanned:
// uses, uses inside a sentence, and the first use (an index into
// nameScan.toks).
type nameTally struct{ count, mid, first int32 }

// namePair is a spelling (by index) and a capitalised word beside it,
// which is the article's spelling at (by index), or -1 for a word made
// up (a hyphen's first half).
type namePair struct {
	form, at int32
	word     string
}

var nameScratchPool = sync.Pool{New: func() any { return new(nameScratch) }}

// numbered readies the scratch's table by number for an article whose
// words are numbered by words, and returns it with the article's stamp:
// an entry is the article's when its stamp is. It is emptied when the
// scratch last served other Words, and when the stamps wrap.
func (scr *nameScratch) numbered(words *segment.Words) ([]int32, []uint32, uint32) {
	if words == nil {
		return nil, nil, 0
	}
	scr.stamp++
	if words != scr.of || scr.stamp == 0 {
		clear(scr.byStamp)
		scr.of, scr.stamp = words, 1
	}
	if n := words.Len(); len(scr.byWord) < n {
		scr.byWord = slices.Grow(scr.byWord, n-len(scr.byWord))[:n]
		scr.byStamp = slices.Grow(scr.byStamp, n-len(scr.byStamp))[:n]
	}
	return scr.byWord, scr.byStamp, scr.stamp
}

// scanCaps builds the article's table of capitalised words.
//
// It is on every article's path, so it is built for speed: a byte test
// on the first byte turns away most words, and spellings are grouped
// with a small open-addressed table keyed by the text (no map).
func scanCaps(a *Article) *nameScan {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	scr := nameScratchPool.Get().(*nameScratch)
	tab := &scr.tab
	tab.reset(len(toks) / 16)
	byWord, byStamp, stamp := scr.numbered(a.Seg.Words)
	room := nameRoomPool.Get().(*nameRoom)
	// The tallies grow in the pooled scratch and are copied into the
	// article's room at their size.
	tallies := scr.tallies[:0]
	// About one word in six is capitalised in news copy.
	sc := &nameScan{toks: slices.Grow(room.toks[:0], len(toks)/5+8), room: room}
	furnFrom, furnTo := furnitureLine(text)
	// The segmenter lists the capitalised words as it pushes them
	// (about one token in six): only those are read, not every token.
	caps, ok := a.Seg.CapsListed()
	if !ok {
		caps = scr.capsOf(text, toks)
	}
	for _, k := range caps {
		i := int(k)
		t := &toks[i]
		// The segmenter's test, asked again of a list that may not be
		// the segmenter's (capsOf's is, it is its own).
		if c := text[t.Start]; c-'A' >= 26 && (c < utf8.RuneSelf || !capitalisedAt(text, t.Start, t.End)) {
			continue
		}
		if t.Kind != segment.Word || t.End <= t.Start || t.Start >= furnFrom && t.Start < furnTo {
			continue
		}
		// A numbered spelling is found by its number, the
		// others by their text: a spelling is numbered in all of
		// an article's tokens or in none.
		var fi int32
		var isNew bool
		if wn := t.Word; wn != 0 && int(wn) < len(byWord) {
			if byStamp[wn] == stamp {
				fi = byWord[wn]
			} else {
				fi, isNew = int32(len(tab.keys)), true
				tab.keys = append(tab.keys, text[t.Start:t.End])
				byWord[wn], byStamp[wn] = fi, stamp
			}
		} else {
			fi, isNew = tab.find(text[t.Start:t.End])
		}
		if isNew {
			tallies = append(tallies, nameTally{first: int32(len(sc.toks))})
		}
		tl := &tallies[fi]
		tl.count++
		if !t.Initial {
			tl.mid++
		}
		sc.toks = append(sc.toks, nameTok{tok: int32(i), form: fi})
	}
	scr.tallies = tallies
	room.tallies = append(room.tallies[:0], tallies...)
	sc.tallies = room.tallies
	room.toks = sc.toks
	if len(tallies) > 0 {
		room.words = append(room.words[:0], tab.keys...)
		sc.words = room.words
		if byWord != nil {
			// The spellings' numbers, read from their first tokens
			// after the loop over every token, which keeps no
			// spare register for them: a spelling numbered as the
			// loop reads numbers, or 0.
			nums := slices.Grow(room.nums[:0], len(tallies))[:len(tallies)]
			for fi := range tallies {
				wn := toks[sc.toks[tallies[fi].first].tok].Word
				if int(wn) >= len(byWord) {
					wn = 0
				}
				nums[fi] = wn
			}
			room.nums = nums
			sc.nums, sc.of = nums, a.Seg.Words
		}
	}
	// Nothing pooled may keep the article's text alive.
	clear(tab.keys)
	nameScratchPool.Put(scr)
	return sc
}

// capsOf lists the indices of toks whose first byte starts a capital
// letter, as the segmenter's list of capitalised words
// (segment.Result.CapsListed) does, for tokens the segmenter did not
// list (a Result made otherwise): every token is read. The list is the
// scratch's.
func (scr *nameScratch) capsOf(text string, toks []segment.Token) []int32 {
	caps := scr.caps[:0]
	for i := range toks {
		t := &toks[i]
		if t.Kind == segment.Word && t.End > t.Start && capitalisedAt(text, t.Start, t.End) {
			caps = append(caps, int32(i))
		}
	}
	scr.caps = caps
	return caps
}

// furnitureLine returns the bytes of the article's line of page
// furniture, from and to, or 0, 0 where it has none: within the first
// document.BylineLines non-blank lines, the first of short items
// divided by "|" ("The Brenwick Courier | News | Thursday"). Its words
// are no names the copy uses: a paper's name is often the adjective of
// its town's ("Glosik Welska" above copy from Welsk), which is no slip
// of the town's name.
func furnitureLine(text string) (from, to int) {
	// The line has a "|" before the end of the first lines: copy with
	// no "|" there (most of it) is told by one search of its bytes,
	// not line by line.
	bar := strings.IndexByte(text, '|')
	if bar < 0 {
		return 0, 0
	}
	end := furnitureEnd(text)
	if bar >= end {
		return 0, 0
	}
	for at := 0; at < end; {
		eol := strings.IndexByte(text[at:end], '\n')
		if eol < 0 {
			eol = end
		} else {
			eol += at
		}
		if line := text[at:eol]; strings.Contains(line, " | ") && furnitureItems(line) {
			return at, eol
		}
		at = eol + 1
	}
	return 0, 0
}

// furnitureItems reports whether each item of line, divided by "|" or
// ",", has at most pageItemWords words. Furniture is a few short items
// (a paper's name, a section, a writer, a town); an item of more words
// is a sentence of the copy.
func furnitureItems(line string) bool {
	for _, item := range strings.FieldsFunc(line, func(c rune) bool { return c == '|' || c == ',' }) {
		if len(strings.Fields(item)) > pageItemWords {
			return false
		}
	}
	return true
}

// statsOf builds the article's NameStats from its table of capitalised
// words: the NameForms, their uses, neighbours and the map of spellings
// are allocated once each, at their exact size, in the table's room;
// and the locations of the uses, the costly part, are computed in one
// pass in text order, each from the one before it (see locator).
func statsOf(a *Article, sc *nameScan) *NameStats {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	room := sc.room
	tallies := sc.tallies
	n := len(tallies)
	st := &NameStats{room: room}
	if n == 0 {
		return st
	}
	scr := nameScratchPool.Get().(*nameScratch)
	defer func() {
		// Nothing pooled may keep the article's text alive.
		clear(scr.nexts)
		clear(scr.prevs)
		nameScratchPool.Put(scr)
	}()
	room.forms = slices.Grow(room.forms[:0], n)[:n]
	sc.forms = room.forms
	st.words, st.forms = sc.words, sc.forms
	st.nums, st.of = sc.nums, sc.of
	// Uses are kept for spellings used at most rareUses times: one
	// backing array for all of them.
	nUses := 0
	for fi := range tallies {
		tl := &tallies[fi]
		f := &sc.forms[fi]
		f.Count, f.Mid = int(tl.count), int(tl.mid)
		if tl.count <= rareUses {
			nUses += int(tl.count)
		}
	}
	uses := slices.Grow(room.uses[:0], nUses)
	for fi := range tallies {
		if c := int(tallies[fi].count); c <= rareUses {
			sc.forms[fi].Uses = uses[len(uses) : len(uses) : len(uses)+c]
			uses = uses[:len(uses)+c]
		}
	}
	// The room's uses are as long as the article's: RecycleNames clears
	// that much, not the whole of a room grown by a longer article.
	room.uses = uses
	nexts, prevs := scr.nexts[:0], scr.prevs[:0]
	loc := newLocator(a.Doc)
	for k, nt := range sc.toks {
		f := &sc.forms[nt.form]
		t := &toks[nt.tok]
		// The word that follows, one space away, and the one before,
		// which must not open its sentence: both are capitalised words,
		// so they are the neighbours in sc.toks.
		next, prev, prevInitial, particle := "", "", false, ""
		if k+1 < len(sc.toks) && sc.toks[k+1].tok == nt.tok+1 && isSpace1(text, t.End, toks[nt.tok+1].Start) {
			at := sc.toks[k+1].form
			next = sc.words[at]
			nexts = append(nexts, namePair{nt.form, at, next})
		} else if k+1 < len(sc.toks) && sc.toks[k+1].tok-nt.tok <= maxParticles+2 && a.NameParticles != nil && particleLink(a.NameParticles, text, toks, nt.tok, sc.toks[k+1].tok) {
			at := sc.toks[k+1].form // "Ilham" before "el-Vardi": nameparticle.go
			next = sc.words[at]
			nexts = append(nexts, namePair{nt.form, at, next})
		} else if k+1 < len(sc.toks) && ampersandLink(text, toks, nt.tok, sc.toks[k+1].tok) {
			next = ampersandNext(sc.words[sc.toks[k+1].form]) // "Quarley" before "& Tenk": nameamp.go
			nexts = append(nexts, namePair{nt.form, -1, next})
		}
		if k > 0 && sc.toks[k-1].tok == nt.tok-1 && isSpace1(text, toks[nt.tok-1].End, t.Start) {
			at := sc.toks[k-1].form
			prev = sc.words[at]
			// A spelling's Prevs hold only words that are names
			// for certain: an opener may be any word.
			if prevInitial = toks[nt.tok-1].Initial; !prevInitial {
				prevs = append(prevs, namePair{nt.form, at, prev})
			}
		} else if k > 0 && hyphenHalf(text, toks, sc.toks[k-1].tok, nt.tok) {
			prev = hyphenPrev(sc.words[sc.toks[k-1].form]) // "Wendel-" before "Marsh": namehyphen.go
			prevs = append(prevs, namePair{nt.form, -1, prev})
		} else if k > 0 && ampersandLink(text, toks, sc.toks[k-1].tok, nt.tok) {
			prev = ampersandPrev(sc.words[sc.toks[k-1].form]) // "Quarley &" before "Tenk": nameamp.go
			prevs = append(prevs, namePair{nt.form, -1, prev})
		} else if k > 0 && nt.tok-sc.toks[k-1].tok <= maxParticles+2 && a.NameParticles != nil && particleLink(a.NameParticles, text, toks, sc.toks[k-1].tok, nt.tok) {
			at := sc.toks[k-1].form // "Ilham" before "el-Vardi": nameparticle.go
			prev = sc.words[at]
			particle = particlesBefore(text, toks, sc.toks[k-1].tok, nt.tok, f.Count)
			if prevInitial = toks[sc.toks[k-1].tok].Initial; !prevInitial {
				prevs = append(prevs, namePair{nt.form, at, prev})
			}
		}
		first := tallies[nt.form].first == int32(k)
		if !first && f.Count > rareUses {
			continue
		}
		l := loc.at(document.Span{Start: t.Start, End: t.End})
		if first {
			f.First = l
		}
		if f.Count <= rareUses {
			apos := strings.HasPrefix(text[t.End:], "'") || strings.HasPrefix(text[t.End:], "’")
			// The age and the noun are read past their tests of the
			// bytes around the word, which most names fail (inlined).
			var age uint8
			var noun uint32
			if ageMayFollow(text, t.End) {
				age = ageAfter(text, toks, nt.tok)
			}
			if frameMayFollow(text, t.Start) {
				noun = frameOf(text, toks, nt.tok)
			}
			f.Uses = append(f.Uses, NameUse{Loc: l, Initial: t.Initial, Next: next, Prev: prev, PrevInitial: prevInitial, Apostrophe: apos, Age: age, Noun: noun, Particle: particle})
		}
	}
	// Nexts and prevs share one backing array, nexts first, and so do
	// the spellings they are.
	n2 := len(nexts) + len(prevs)
	all := slices.Grow(room.all[:0], n2)[:n2]
	near := slices.Grow(room.near[:0], n2)[:n2]
	room.all, room.near = all, near
	var k int
	scr.starts, k = setNeighbours(sc.forms, nexts, all[:len(nexts):len(nexts)], near, scr.starts, func(f *NameForm, ws []string) { f.Nexts = ws })
	st.nearNext = near[:k:k]
	near = near[len(nexts):]
	scr.starts, k = setNeighbours(sc.forms, prevs, all[len(nexts):], near, scr.starts, func(f *NameForm, ws []string) { f.Prevs = ws })
	st.nearPrev = near[:k:k]
	scr.nexts, scr.prevs = nexts, prevs
	return st
}

// FormMap returns st.Forms, the forms by spelling, which it builds (in
// the statistics' room, reused from article to article) for statistics
// that statsOf made. It returns nil for nil statistics.
func (st *NameStats) FormMap() map[string]*NameForm {
	if st == nil {
		return nil
	}
	if st.Forms == nil && len(st.words) > 0 {
		var m map[string]*NameForm
		if st.room != nil {
			if st.room.m == nil {
				st.room.m = make(map[string]*NameForm, len(st.words))
			}
			m = st.room.m
		} else {
			m = make(map[string]*NameForm, len(st.words))
		}
		for i, w := range st.words {
			m[w] = &st.forms[i]
		}
		st.Forms = m
	}
	return st.Forms
}

// Form returns the form of spelling w, or nil where the article does not
// use it: what FormMap()[w] returns. For statistics that statsOf made
// and that have no map yet, the spelling is found in a table of the
// spellings' indices (formIndex), made on the first call in the room:
// fact.mismatch asks a few spellings of most articles (commonWord,
// soleGivenName), and a Go map of every spelling, built for those few
// look-ups, hashed and inserted each of them (a twentieth of the names'
// work per article).
func (st *NameStats) Form(w string) *NameForm {
	if st == nil {
		return nil
	}
	if st.Forms != nil || len(st.words) == 0 || len(w) == 0 {
		return st.Forms[w]
	}
	if st.ix == nil {
		st.ix = formIndex(st.words, st.room)
	}
	mask := uint32(len(st.ix) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		s := st.ix[i]
		if s == 0 {
			return nil
		}
		if k := st.words[s-1]; len(k) == len(w) && k == w {
			return &st.forms[s-1]
		}
	}
}

// formIndex returns an open-addressed table of the indices of words
// (distinct, none empty), each index plus one at the slot of its hashWord
// (probed linearly), 0 for an empty slot: at most half the slots are
// used. It is made in room's memory when there is a room.
func formIndex(words []string, room *nameRoom) []int32 {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	var ix []int32
	if room != nil && cap(room.ix) >= size {
		ix = room.ix[:size]
		clear(ix)
	} else {
		ix = make([]int32, size)
		if room != nil {
			room.ix = ix
		}
	}
	mask := uint32(size - 1)
	for k, w := range words {
		i := hashWord(w) & mask
		for ix[i] != 0 {
			i = (i + 1) & mask
		}
		ix[i] = int32(k) + 1
	}
	return ix
}

// setNeighbours gives each spelling the first maxNexts distinct words of
// its pairs (which are in text order), sorted, all in one backing array,
// all (of len(pairs), from the article's room), and writes the spelling
// each of them is (namePair.at) to near, from its start, spellings in
// order: it returns how many it wrote.
// The pairs are grouped by spelling with a counting sort, which keeps
// each spelling's words in text order.
func setNeighbours(forms []NameForm, pairs []namePair, all []string, near []int32, scratch []int32, set func(*NameForm, []string)) ([]int32, int) {
	if len(pairs) == 0 {
		return scratch, 0
	}
	// starts[f] is where spelling f's words begin in all, and fill[f]
	// where its next word goes. near holds each word's spelling at the
	// word's place in all while the words are grouped.
	n := len(forms)
	scratch = slices.Grow(scratch[:0], 2*n+1)[:2*n+1]
	starts, fill := scratch[:n+1], scratch[n+1:]
	clear(starts)
	for _, p := range pairs {
		starts[p.form+1]++
	}
	for f := range forms {
		starts[f+1] += starts[f]
	}
	copy(fill, starts[:n])
	for _, p := range pairs {
		all[fill[p.form]] = p.word
		near[fill[p.form]] = p.at
		fill[p.form]++
	}
	written := 0
	for f := range forms {
		// Most spellings have no neighbour: told by two numbers,
		// before any slice of them is made.
		s, e := starts[f], starts[f+1]
		if s == e {
			continue
		}
		ws, ats := all[s:e], near[s:e]
		// Distinct words, the first maxNexts of them.
		k := 0
		for i, w := range ws {
			if k < maxNexts && !slices.Contains(ws[:k], w) {
				ws[k], ats[k] = w, ats[i]
				k++
			}
		}
		ws, ats = ws[:k:k], ats[:k]
		if k > 1 {
			sortWith(ws, ats)
		}
		set(&forms[f], ws)
		// A spelling's words start at or after the place of the
		// ones written before them.
		written += copy(near[written:], ats)
	}
	return scratch, written
}

// sortWith sorts ws (distinct words) and ats along with them: an
// insertion sort, since a spelling has a few neighbours at most.
func sortWith(ws []string, ats []int32) {
	if len(ws) > 12 {
		idx := make([]int, len(ws))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return strings.Compare(ws[a], ws[b]) })
		w2, a2 := slices.Clone(ws), slices.Clone(ats)
		for i, j := range idx {
			ws[i], ats[i] = w2[j], a2[j]
		}
		return
	}
	for i := 1; i < len(ws); i++ {
		w, a := ws[i], ats[i]
		j := i
		for j > 0 && ws[j-1] > w {
			ws[j], ats[j] = ws[j-1], ats[j-1]
			j--
		}
		ws[j], ats[j] = w, a
	}
}

// isSpace1 reports whether text[s:e] is a single space.
func isSpace1(text string, s, e int) bool { return e == s+1 && text[s] == ' ' }

// capitalisedAt reports whether text[s:e] (not empty) starts with an
// upper-case letter; ASCII, most of the copy, is decided by its byte.
func capitalisedAt(text string, s, e int) bool {
	if c := text[s]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[s:e])
	return unicode.IsUpper(r)
}

// formTable maps spellings to their index while an article is scanned:
// open addressing with linear probing over a power-of-two table of
// indexes, which costs a short hash and one string comparison per word,
// where a Go map hashes with more set-up and grows by rehashing groups.
type formTable struct {
	slots []int32 // index+1, 0 for empty
	keys  []string
	mask  uint32
}

// reset empties the table, sized for about hint spellings.
func (t *formTable) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	t.mask = uint32(size - 1)
	clear(t.keys) // drop the last article's text
	t.keys = t.keys[:0]
}

// find returns the index of w, adding it as the next index if it is new.
func (t *formTable) find(w string) (int32, bool) {
	h := hashWord(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			if 2*(len(t.keys)+1) > len(t.slots) {
				t.grow()
				return t.find(w)
			}
			t.keys = append(t.keys, w)
			t.slots[i] = int32(len(t.keys))
			return int32(len(t.keys) - 1), true
		}
		if k := t.keys[s-1]; len(k) == len(w) && k == w {
			return s - 1, false
		}
	}
}

func (t *formTable) grow() {
	t.slots = make([]int32, 2*len(t.slots))
	t.mask = uint32(len(t.slots) - 1)
	for k, w := range t.keys {
		i := hashWord(w) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = int32(k) + 1
	}
}

// hashWord hashes a word (not empty) by its length and three of its
// bytes: enough to spread the few dozen spellings of an article, where
// hashing every byte cost more than the probes it saved.
func hashWord(w string) uint32 {
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16 | uint32(w[len(w)/2])<<24
	return (h * 0x9e3779b1) >> 7
}

// isCapitalised reports a word whose first character is an upper-case
// letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports a word of two or more letters written in capitals
// (an acronym or a shouted headline).
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// CorpusName counts one capitalised spelling across the corpus.
type CorpusName struct {
	Count, Mid, Articles int
	// First is the first use in corpus order.
	First diag.Location
	// Uses holds every use while the corpus has at most rareUses.
	Uses []NameUse
	// Nexts are the capitalised words that follow the spelling: the
	// first maxNexts distinct ones in corpus order, sorted.
	Nexts []string
	// Prevs are the capitalised words that go before it, as Nexts.
	Prevs []string
	// id numbers the spelling in its index (namePost.name) from 1; 0 is
	// a name the index does not hold (a lexicon name no article uses).
	id int32
}

// namePost counts the uses of a spelling in one article of the index:
// what a rule that judges a spelling within its story (name.typo) counts
// over the story's articles instead of the whole run. An index of a
// large run holds one for every spelling of every article, so they are
// small (numbers as int32, the first use's location without its file,
// which is the article's) and kept article by article in chunks of one
// store, not in a slice per spelling: adding one is a store into room
// already there, and an article's posts are found by its number.
type namePost struct {
	// name is the spelling's CorpusName.id.
	name int32
	// count and mid are NameForm.Count and NameForm.Mid.
	count, mid int32
	// The first use in the article: its line, column and byte offset;
	// it ends on the same line, as many characters and bytes on as the
	// spelling has. If line is -1 (a use that does not, written with
	// markup inside, or a number too large for an int32), start is an
	// index in NameIndex.wide.
	line, col, start int32
}

// postChunk is the number of posts in a chunk of the store.
const postChunk = 1 << 12

// storyCount is a spelling's counts over the articles of one story.
type storyCount struct {
	count, mid, articles int
	// first is the first use in the story's first article that uses it.
	first diag.Location
}

// inStory counts the uses of spelling c in the articles of story
// (article numbers, sorted), reading each article's few dozen posts.
func (ix *NameIndex) inStory(c *CorpusName, story []int) storyCount {
	var sc storyCount
	if c.id == 0 {
		return sc
	}
	for _, a := range story {
		if a < 0 || a+1 >= len(ix.starts) {
			continue
		}
		for i := ix.starts[a]; i < ix.starts[a+1]; i++ {
			p := ix.post(i)
			if p.name != c.id {
				continue
			}
			if sc.articles == 0 {
				sc.first = ix.location(a, p, ix.words[c.id-1])
			}
			sc.count += int(p.count)
			sc.mid += int(p.mid)
			sc.articles++
			break
		}
	}
	return sc
}

// post returns post i of the store.
func (ix *NameIndex) post(i int32) *namePost {
	return &ix.chunks[i/postChunk][i%postChunk]
}

// addPost adds post p (postOf) of spelling id, used as f says in the
// article being added. addArticle does what it does where the chunk
// being filled has room and the post holds its location, a store into
// the chunk, in its own loop.
func (ix *NameIndex) addPost(p namePost, id int32, f *NameForm) {
	if len(ix.fill) == cap(ix.fill) {
		chunk := make([]namePost, postChunk)
		ix.chunks = append(ix.chunks, chunk)
		ix.fill = chunk[:0]
	}
	if p.line >= 0 && int(p.name) != ix.runes[id-1] {
		p.line = -1
	}
	p.name = id
	if p.line < 0 {
		p.start = int32(len(ix.wide))
		ix.wide = append(ix.wide, f.First)
	}
	ix.fill = append(ix.fill, p)
	ix.total++
}

// location returns the first use of post p of spelling w in article a.
func (ix *NameIndex) location(a int, p *namePost, w string) diag.Location {
	if p.line < 0 {
		return ix.wide[p.start]
	}
	return diag.Location{
		File:      ix.files[a],
		Start:     document.Position{Line: int(p.line), Column: int(p.col)},
		End:       document.Position{Line: int(p.line), Column: int(p.col) + utf8.RuneCountInString(w)},
		StartByte: int(p.start), EndByte: int(p.start) + len(w),
	}
}

// fits32 reports whether n fits in an int32 and is not negative.
func fits32(n int) bool { return n >= 0 && n <= math.MaxInt32 }

// clamp32 is n as an int32, at most math.MaxInt32 (a count no article
// under any size limit reaches).
func clamp32(n int) int32 { return int32(min(n, math.MaxInt32)) }

// HasNext reports whether w follows the spelling somewhere.
func (c *CorpusName) HasNext(w string) bool {
	_, ok := slices.BinarySearch(c.Nexts, w)
	return ok
}

// HasPrev reports whether w goes before the spelling somewhere.
func (c *CorpusName) HasPrev(w string) bool {
	_, ok := slices.BinarySearch(c.Prevs, w)
	return ok
}

// NameIndex counts capitalised spellings across the corpus.
type NameIndex struct {
	// slots find a spelling's id by its hash (hashStr): open addressing
	// with linear probing over a power-of-two table, each slot the
	// hash's high 32 bits and the id (0: empty), at most half full. The
	// index is built serially, under the checker's lock, one look-up
	// per spelling of every article and per neighbour: a Go map hashed
	// each spelling there with more set-up and probed control bytes,
	// then slots, then the string (a quarter of adding an article).
	slots []uint64
	// articles is the number of articles added: the next one's number.
	articles int32
	// files is the file of each article (of its spellings' locations).
	files []string
	// chunks store the posts, article by article, total of them;
	// article a's are posts starts[a] to starts[a+1].
	chunks [][]namePost
	total  int32
	starts []int32
	// fill is the last chunk, up to the posts added (its capacity is
	// the chunk's).
	fill []namePost
	// wide holds the locations of the posts that namePost cannot hold.
	wide []diag.Location
	// words are the spellings by id-1, and runes their lengths in
	// runes: every post compares its location's columns with the
	// spelling's runes, and counting them again for each of the
	// spelling's articles was a quarter of adding an article.
	words []string
	runes []int
	// names are the CorpusNames by id-1, for a walk of the index in a
	// slice (name.typo) where a walk of the map hashed every spelling.
	names []*CorpusName
	// arena holds the spellings' bytes, the CorpusNames and their
	// first neighbours and uses.
	arena nameArena
	// others are the index's copies of the words it keeps that are not
	// spellings (yet), found by their hash in otherSlots as spellings
	// are in slots (see intern).
	others     []string
	otherSlots []uint64
	// gid is room for the ids of the spellings of the article being
	// added.
	gid []int32
	// byNum holds, for each of the few segmenter Words whose numbers
	// the statistics added lately carry (NameStats.nums: a checker's
	// worker numbers every article it segments in its own Words), the
	// id of each spelling number the index has met: a spelling met
	// before under the same number is found by one array read, not by
	// its hash and a probe and comparison of its bytes, which were most
	// of adding an article. Only a number not met yet is hashed and
	// looked up. A Words gives a spelling one number while it lives,
	// and the index holds the Words of an entry, so an entry's numbers
	// never stand for other spellings.
	byNum []numCache
}

// numCache is one Words' entry in NameIndex.byNum: ids[n] is the id of
// the spelling numbered n (0: not met yet), and used the number of the
// last article that read it.
type numCache struct {
	of   *segment.Words
	ids  []int32
	used int32
}

// maxNumCaches bounds NameIndex.byNum: a run has a Words per worker, and
// a worker's Words is seldom replaced (its pooled room dropped), so a
// few entries serve every article; the least used gives way.
const maxNumCaches = 8

// numIDs returns the ids of the spellings numbered in Words of, to read
// and fill (see byNum).
func (ix *NameIndex) numIDs(of *segment.Words) *[]int32 {
	least := -1
	for i := range ix.byNum {
		c := &ix.byNum[i]
		if c.of == of {
			c.used = ix.articles
			return &c.ids
		}
		if least < 0 || c.used < ix.byNum[least].used {
			least = i
		}
	}
	if len(ix.byNum) < maxNumCaches {
		ix.byNum = append(ix.byNum, numCache{of: of, used: ix.articles})
		return &ix.byNum[len(ix.byNum)-1].ids
	}
	c := &ix.byNum[least]
	clear(c.ids)
	c.of, c.used = of, ix.articles
	return &c.ids
}

// IndexNames merges the articles' name statistics, in corpus order.
func IndexNames(stats []*NameStats) *NameIndex {
	ix := NewNameIndex()
	for _, st := range stats {
		ix.Add(st)
	}
	return ix
}

// NewNameIndex returns an empty index, to Add articles to one by one.
func NewNameIndex() *NameIndex {
	return &NameIndex{starts: []int32{0}}
}

// Form returns the index's counts of spelling w, or nil if no article
// uses it (or ix is nil).
func (ix *NameIndex) Form(w string) *CorpusName {
	if ix == nil {
		return nil
	}
	if id := ix.find(w, hashStr(w)); id > 0 {
		return ix.names[id-1]
	}
	return nil
}

// find returns the id of spelling w, whose hash is h, or 0.
func (ix *NameIndex) find(w string, h uint64) int32 {
	if len(ix.slots) == 0 {
		return 0
	}
	tag := h &^ 0xffffffff
	mask := uint64(len(ix.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := ix.slots[i]
		if e == 0 {
			return 0
		}
		if e&^0xffffffff == tag {
			if id := int32(uint32(e)); ix.words[id-1] == w {
				return id
			}
		}
	}
}

// place puts the newest spelling (id len(ix.words), hash h) in the
// slots, which have room for it.
func (ix *NameIndex) place(h uint64) {
	mask := uint64(len(ix.slots) - 1)
	i := h & mask
	for ix.slots[i] != 0 {
		i = (i + 1) & mask
	}
	ix.slots[i] = h&^0xffffffff | uint64(len(ix.words))
}

// roomForOne doubles the slots (at least 1,024) when one more spelling
// would fill more than half of them, and places the spellings again.
func (ix *NameIndex) roomForOne() {
	if 2*(len(ix.words)+1) <= len(ix.slots) {
		return
	}
	ix.slots = slotsFor(max(1024, 2*len(ix.slots)), ix.words)
}

// slotsFor returns n open-addressed slots (n a power of two above
// len(words)) that place each word k at the first free slot from its
// hash: k+1, under the hash's high half, which a probe compares before
// the words themselves.
func slotsFor(n int, words []string) []uint64 {
	slots := make([]uint64, n)
	mask := uint64(n - 1)
	for k, w := range words {
		h := hashStr(w)
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = h&^0xffffffff | uint64(k+1)
	}
	return slots
}

// Add merges one article's name statistics into the index; articles are
// added in corpus order. The index keeps copies of the spellings, not
// slices of the article's text, so that the article can be dropped.
//
// Every call is one article, numbered in the order of the calls as the
// corpus numbers its articles; an article without statistics (nil) still
// takes its number.
func (ix *NameIndex) Add(st *NameStats) {
	file := ""
	switch {
	case st == nil:
	case st.words != nil:
		st.PrepareFold()
		var ids *[]int32
		if st.nums != nil {
			ids = ix.numIDs(st.of)
		}
		ix.addArticle(st.words, st.nums, ids, st.hashes, st.forms, st.posts, st.nearNext, st.nearPrev)
		if len(st.forms) > 0 {
			file = st.forms[0].First.File
		}
	default:
		// Decoded statistics (an archive's): their map's order, as
		// it comes, and their neighbours found by their text.
		ws := make([]string, 0, len(st.Forms))
		hs := make([]uint64, 0, len(st.Forms))
		fs := make([]NameForm, 0, len(st.Forms))
		ps := make([]namePost, 0, len(st.Forms))
		for w, f := range st.Forms {
			ws, hs, fs, ps = append(ws, w), append(hs, hashStr(w)), append(fs, *f), append(ps, postOf(w, f))
			file = f.First.File
		}
		ix.addArticle(ws, nil, nil, hs, fs, ps, nil, nil)
	}
	ix.files = append(ix.files, file)
	ix.starts = append(ix.starts, ix.total)
	ix.articles++
}

// PrepareFold computes what NameIndex.Add needs of the statistics and
// may compute before it: the post of each spelling (postOf), and the
// hash of each where the spellings are not numbered (the index finds a
// numbered one by its number, and hashes it only the first time it
// meets the number). The checker's workers call it before the lock under
// which they fold their articles' statistics into the run's index, one
// article at a time; Add computes what was not prepared.
func (st *NameStats) PrepareFold() {
	if st == nil || st.words == nil || st.posts != nil {
		return
	}
	room := st.room
	if room == nil {
		room = new(nameRoom)
	}
	n := len(st.words)
	ps := slices.Grow(room.posts[:0], n)[:n]
	for i, w := range st.words {
		ps[i] = postOf(w, &st.forms[i])
	}
	room.posts, st.posts = ps, ps
	if st.nums == nil {
		hs := slices.Grow(room.hashes[:0], n)[:n]
		for i, w := range st.words {
			hs[i] = hashStr(w)
		}
		room.hashes, st.hashes = hs, hs
	}
}

// postOf is the post of spelling w, used as f says, as far as it can
// be made without the index: where its first use cannot be held in it,
// line is -1 (and addPost keeps f.First apart); name holds, until
// addPost sets the spelling's id there, the first use's length in
// columns, which addPost compares with the spelling's length in runes
// (the index's, counted once per spelling).
func postOf(w string, f *NameForm) namePost {
	l := &f.First
	p := namePost{count: clamp32(f.Count), mid: clamp32(f.Mid), line: -1}
	if fits32(l.Start.Line) && fits32(l.Start.Column) && fits32(l.StartByte) && fits32(l.EndByte) &&
		l.End.Line == l.Start.Line && l.EndByte-l.StartByte == len(w) && l.End.Column-l.Start.Column <= len(w) && l.End.Column >= l.Start.Column {
		p.line, p.col, p.start = int32(l.Start.Line), int32(l.Start.Column), int32(l.StartByte)
		p.name = int32(l.End.Column - l.Start.Column)
	}
	return p
}

// addArticle adds the spellings ws of an article, their hashes hs, uses
// fs and posts ps (postOf); nearNext and nearPrev, if not nil, give the
// spelling of the article that each neighbour is (-1: none), as statsOf
// does. nums, if not nil, are the spellings' numbers (NameStats.nums),
// whose ids are read from and written to ids (see byNum); hs is then
// not read, and nil.
//
// Every spelling of the article is given its id first, in order, and
// only then are their uses and neighbours added: a neighbour that is a
// spelling of the article is then found by its number, not its text.
func (ix *NameIndex) addArticle(ws []string, nums []uint32, ids *[]int32, hs []uint64, fs []NameForm, ps []namePost, nearNext, nearPrev []int32) {
	gid := slices.Grow(ix.gid[:0], len(ws))[:len(ws)]
	ix.gid = gid
	if nums != nil {
		known := *ids
		for i, w := range ws {
			wn := nums[i]
			if int(wn) < len(known) {
				if id := known[wn]; id != 0 {
					gid[i] = id
					continue
				}
			}
			h := hashStr(w)
			id := ix.find(w, h)
			if id == 0 {
				id = ix.newSpelling(w, h)
			}
			gid[i] = id
			if wn != 0 {
				if int(wn) >= len(known) {
					known = slices.Grow(known, int(wn)+1-len(known))[:int(wn)+1]
				}
				known[wn] = id
			}
		}
		*ids = known
	} else {
		for i, w := range ws {
			id := ix.find(w, hs[i])
			if id == 0 {
				id = ix.newSpelling(w, hs[i])
			}
			gid[i] = id
		}
	}
	kn, kp := 0, 0
	for i, id := range gid {
		f := &fs[i]
		var nn, pn []int32
		if nearNext != nil && len(f.Nexts) > 0 {
			nn = nearNext[kn : kn+len(f.Nexts)]
			kn += len(f.Nexts)
		}
		if nearPrev != nil && len(f.Prevs) > 0 {
			pn = nearPrev[kp : kp+len(f.Prevs)]
			kp += len(f.Prevs)
		}
		c := ix.names[id-1]
		// addPost, where it is a store into the chunk.
		if p, n := ps[i], len(ix.fill); n < cap(ix.fill) && p.line >= 0 && int(p.name) == ix.runes[id-1] {
			p.name = id
			ix.fill = ix.fill[:n+1]
			ix.fill[n] = p
			ix.total++
		} else {
			ix.addPost(p, id, f)
		}
		if c.Articles == 0 {
			ix.fillNew(c, f, nn, pn)
			continue
		}
		// Most spellings have no neighbour in an article.
		if len(f.Nexts) > 0 && len(c.Nexts) < maxNexts {
			c.Nexts = ix.addNeighbours(c.Nexts, f.Nexts, nn)
		}
		if len(f.Prevs) > 0 && len(c.Prevs) < maxNexts {
			c.Prevs = ix.addNeighbours(c.Prevs, f.Prevs, pn)
		}
		c.Count += f.Count
		c.Mid += f.Mid
		c.Articles++
		if c.Count <= rareUses {
			for _, u := range f.Uses {
				u.Next, u.Prev = ix.intern(u.Next), ix.intern(u.Prev)
				u.article = ix.articles
				c.Uses = append(c.Uses, u)
			}
		} else {
			c.Uses = nil
		}
	}
}

// newSpelling gives spelling w, hash h, which the index does not hold,
// the next id and an empty CorpusName in the arena, and returns the id.
// Its copy of w is the one the index made when it met w as a neighbour
// before, if it did: every string the index keeps has one copy, so that
// its neighbour sets can be searched by address (addNeighbours).
func (ix *NameIndex) newSpelling(w string, h uint64) int32 {
	c := ix.arena.name()
	*c = CorpusName{id: int32(len(ix.words)) + 1}
	if k := ix.findOther(w, h); k >= 0 {
		w = ix.others[k]
	} else {
		w = ix.arena.str(w)
	}
	ix.roomForOne()
	ix.words = append(ix.words, w)
	ix.place(h)
	ix.names = append(ix.names, c)
	ix.runes = append(ix.runes, utf8.RuneCountInString(w))
	return c.id
}

// fillNew adds the uses f of a spelling new to the index, c: what the
// merge of an existing one does with an empty CorpusName, in the arena.
// Its neighbours are the article's, which are sorted and distinct
// already, so they are copied in one piece, not inserted one by one;
// and its uses are too.
func (ix *NameIndex) fillNew(c *CorpusName, f *NameForm, nn, pn []int32) {
	c.First, c.Count, c.Mid, c.Articles = f.First, f.Count, f.Mid, 1
	c.Nexts = ix.firstNeighbours(f.Nexts, nn)
	c.Prevs = ix.firstNeighbours(f.Prevs, pn)
	if c.Count <= rareUses && len(f.Uses) > 0 {
		uses := ix.arena.useRoom(len(f.Uses))
		for i, u := range f.Uses {
			u.Next, u.Prev = ix.intern(u.Next), ix.intern(u.Prev)
			u.article = ix.articles
			uses[i] = u
		}
		c.Uses = uses
	}
}

// neighbour returns the index's copy of neighbour w of the article being
// added: that of the article's spelling at (see addArticle), or found
// by its text (at < 0).
func (ix *NameIndex) neighbour(w string, ats []int32, j int) string {
	if ats != nil {
		if at := ats[j]; at >= 0 {
			return ix.words[ix.gid[at]-1]
		}
	}
	return ix.intern(w)
}

// firstNeighbours is addNeighbours(nil, ws, ats): ws interned, where ws
// is a sorted set of at most maxNexts words, as statsOf makes them
// (decoded statistics may not be: those are inserted one by one).
func (ix *NameIndex) firstNeighbours(ws []string, ats []int32) []string {
	if len(ws) == 0 {
		return nil
	}
	if len(ws) > maxNexts || !strictlySorted(ws) {
		return ix.addNeighbours(nil, ws, ats)
	}
	set := ix.arena.strings(len(ws))
	for i, w := range ws {
		set[i] = ix.neighbour(w, ats, i)
	}
	return set
}

// strictlySorted reports whether ws is sorted and without repeats.
func strictlySorted(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i-1] >= ws[i] {
			return false
		}
	}
	return true
}

// addNeighbours adds an article's neighbouring words ws of a spelling
// (ats as neighbour reads them) to the corpus's sorted set, up to
// maxNexts of them, and returns the set.
//
// The set holds the index's copies, one per text (see newSpelling): a
// word is in it if its copy's address is, which a scan of the set's
// string headers tells without comparing any text; only a word to
// insert is placed by comparing texts. A binary search by text for every
// neighbour of every spelling of every article was a third of the fold.
func (ix *NameIndex) addNeighbours(set, ws []string, ats []int32) []string {
	for j, w := range ws {
		if len(set) >= maxNexts {
			break
		}
		x := ix.neighbour(w, ats, j)
		if hasCopy(set, x) {
			continue
		}
		i, _ := slices.BinarySearch(set, x)
		if len(set) == cap(set) {
			// Room from the arena, doubled (slices.Insert grew
			// the set by the allocator, for every word added to a
			// set carved at its length): the room past the set's
			// length is its own, so it is inserted into in place.
			grown := ix.arena.strings(min(max(4, 2*len(set)), maxNexts))
			copy(grown, set)
			set = grown[:len(set)]
		}
		set = set[:len(set)+1]
		copy(set[i+1:], set[i:])
		set[i] = x
	}
	return set
}

// hasCopy reports whether set holds the very string x (its bytes at the
// same address).
func hasCopy(set []string, x string) bool {
	p := unsafe.StringData(x)
	for _, y := range set {
		if unsafe.StringData(y) == p && len(y) == len(x) {
			return true
		}
	}
	return false
}

// intern returns a copy of w that does not slice an article's text: the
// index's own copy where w is a spelling it holds (a neighbour is a
// capitalised word, mostly one already added), else the copy it made
// the first time it met w, else a new one.
func (ix *NameIndex) intern(w string) string {
	if w == "" {
		return ""
	}
	h := hashStr(w)
	if id := ix.find(w, h); id > 0 {
		return ix.words[id-1]
	}
	if k := ix.findOther(w, h); k >= 0 {
		return ix.others[k]
	}
	c := ix.arena.str(w)
	if 2*(len(ix.others)+1) > len(ix.otherSlots) {
		ix.otherSlots = slotsFor(max(64, 2*len(ix.otherSlots)), ix.others)
	}
	ix.others = append(ix.others, c)
	mask := uint64(len(ix.otherSlots) - 1)
	i := h & mask
	for ix.otherSlots[i] != 0 {
		i = (i + 1) & mask
	}
	ix.otherSlots[i] = h&^0xffffffff | uint64(len(ix.others))
	return c
}

// findOther returns the place in ix.others of w (hash h), or -1.
func (ix *NameIndex) findOther(w string, h uint64) int {
	if len(ix.otherSlots) == 0 {
		return -1
	}
	tag := h &^ 0xffffffff
	mask := uint64(len(ix.otherSlots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := ix.otherSlots[i]
		if e == 0 {
			return -1
		}
		if e&^0xffffffff == tag {
			if k := int(uint32(e)) - 1; ix.others[k] == w {
				return k
			}
		}
	}
}

// Lexicon holds the names the rule set knows: every word of every name and
// variant in a names rule.
type Lexicon struct {
	Words map[string]bool
	// Targets are the words that the typo rule matches even when the
	// articles never use them (a desk's lexicon, not a gazetteer).
	Targets map[string]bool
}

// sortedTargets returns the target words in order.
func (l *Lexicon) sortedTargets() []string {
	if l == nil {
		return nil
	}
	ws := make([]string, 0, len(l.Targets))
	for w := range l.Targets {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}

// isTarget reports whether w is a target of the typo rule even where the
// articles do not use it.
func (l *Lexicon) isTarget(w string) bool { return l != nil && l.Targets[w] }

// Has reports whether w is a word of a known name.
func (l *Lexicon) Has(w string) bool { return l != nil && l.Words[w] }

// locator resolves spans of one document, in text order, to locations:
// diag.At(d, s) for each, through a document.Cursor, which steps forward
// from the last span's text-to-source run and line where diag.At
// searches both for each end, and counts the runes of a line on from the
// last position. Names are resolved by the dozen per article, in order.
type locator struct {
	d   *document.Document
	cur document.Cursor
}

func newLocator(d *document.Document) locator { return locator{d: d, cur: d.NewCursor()} }

// at is diag.At(l.d, s).
func (l *locator) at(s document.Span) diag.Location {
	start, end, ps, pe := l.cur.Locate(s)
	return diag.Location{File: l.d.Path, Start: ps, End: pe, StartByte: start, EndByte: end}
}

// position is l.d.Position(off).
func (l *locator) position(off int) document.Position { return l.cur.Position(off) }
