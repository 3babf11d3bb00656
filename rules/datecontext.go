package rules

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/segment"
)

// fact.date's per-article working memory. The rule reads the clause of
// each date several times over (its event word, its context, its
// sequence word, its names, and again for a lead date), and the dates of
// one sentence share their clause: each of those reads asked the same
// token the same questions, each time lowering, stemming and hashing it
// into a string map. Here a token's answers are worked out the first
// time any date asks and kept for the article (dateTok), and what one
// date needs twice (its clause, whether it is attributed, its tense) is
// kept for the date (dateAt).

// dateScratch is the memory of one article's Check; it comes from
// dateScratchPool and goes back when Check returns, so nothing a claim
// keeps may point into it.
type dateScratch struct {
	text string
	toks []segment.Token
	// cal is the article's lexicon of dates.
	cal *dates.Lexicon
	// inDate marks the tokens of the article's dates.
	inDate []bool
	tok    []dateTok
	// readSpans holds the spans of tokens read into tok, [from, to) each:
	// tok is kept zero but for them, so that the next article clears
	// them alone (most of an article is never read).
	readSpans [][2]int32
	at        []dateAt
	// perGroup counts the claims of each event group (their Unique), of
	// the news's time and of earlier years apart: two entries a group.
	perGroup []int32
	// ctx holds the context words of the article's claims of events,
	// each claim's sorted run at spans[k] for claim k; they are copied
	// out into one array of the article's when Check is done.
	ctx   []wordID
	spans [][2]int32
	// groups is the entry of perGroup of each claim of an event.
	groups []int32
	// spell holds what the rule has learnt of each spelling the
	// segmenter numbered (segment.Token.Word), by number: a spelling's
	// answers are worked out once for all its tokens in all the
	// articles this scratch serves, where before each token's were
	// (lowered, stemmed and hashed). Its entries are the rule's and the
	// Words' in spellOf: it is emptied whenever an article comes with
	// other Words or for another rule (syncSpell), as the numbers then
	// stand for other spellings or the answers for other lists.
	spell     []dateSpell
	spellOf   *segment.Words
	spellRule *dateFactsRule
	// sents are the article's sentences (read).
	sents []segment.Sentence
	// classes keeps the tense classes of the article's words (the
	// lexicon's WordClass) as the tenses and attributions of its dates
	// ask them: the dates of a sentence share its words, and each reading
	// lowered and looked them up again. Its Spellings, by number, are
	// spellCls, with the rule's lexicon, kept as spell is; an article of
	// another lexicon keeps its tokens' alone.
	classes  dates.WordClasses
	spellCls []uint8
	// spellInit holds, by the number of a spelling learnt in spell,
	// lex's q bits of a token of it that opens its sentence (isOf).
	spellInit []uint8
	// rule is the rule whose Check the scratch serves.
	rule *dateFactsRule
	// claims is the room in which Check gathers the article's claims
	// (keepClaims); empty, and cleared, between articles.
	claims []claim
}

// keepClaims returns a copy of the claims out, gathered in s.claims, in
// an array of their own of their number (nil for none), and takes the
// room back, cleared so that the pool keeps nothing of the article
// alive.
func (s *dateScratch) keepClaims(out []claim) []claim {
	var kept []claim
	if len(out) > 0 {
		kept = make([]claim, len(out))
		copy(kept, out)
	}
	clear(out)
	s.claims = out[:0]
	return kept
}

// dateSpell is what fact.date has learnt of one spelling, the answers
// of lex, idAt and leadNames that depend on the word's bytes alone
// (learn), in 16 bytes: the memo of a token of the spelling inside its
// sentence, ready made, which read copies whole into the token's memo
// (and mends for a token that opens its sentence) where it copied it
// field by field.
type dateSpell struct {
	// tok is that memo: its id in the role its shape tells, its event
	// group (or -1), its q bits (isOf) with the rule's speech words
	// unless spSlow is set, its shape (tkEvent as a word in lower case
	// has it) and its ordinal. Its known byte holds tokLexed and the
	// sp* bits (0: not learnt yet); a token's memo tests its known
	// byte only for 0, so the copy may keep them.
	tok dateTok
}

const (
	// spKnown: the spelling's entry is worked out (learn).
	spKnown uint8 = 1 << (iota + 6)
	// spSlow: a spelling lex reads through the maps (not short ASCII),
	// token by token as before.
	spSlow
)

// The bits of a spelling that isOf reads (lexSpell).
const (
	// wfSlow: the spelling is not short ASCII (spSlow).
	wfSlow uint8 = 1 << iota
	// wfLower: isLowerWord; wfUpper: the spelling holds an ASCII
	// capital; wfShort: it has at most 32 bytes.
	wfLower
	wfUpper
	wfShort
)

// syncSpell readies s.spell for the numbers of the article's Words (nil:
// none) and the rule r: emptied when it last served other Words or
// another rule, and long enough for every number the Words has given.
func (s *dateScratch) syncSpell(r *dateFactsRule, words *segment.Words) {
	if words != s.spellOf || r != s.spellRule {
		clear(s.spell)
		clear(s.spellCls)
		clear(s.spellInit)
		s.spellOf, s.spellRule = words, r
	}
	n := 1
	if words != nil {
		n = words.Len()
	}
	if len(s.spell) < n {
		s.spell = slices.Grow(s.spell, n-len(s.spell))[:n]
	}
	if len(s.spellCls) < n {
		s.spellCls = slices.Grow(s.spellCls, n-len(s.spellCls))[:n]
	}
	if len(s.spellInit) < n {
		s.spellInit = slices.Grow(s.spellInit, n-len(s.spellInit))[:n]
	}
}

// dateTok is what fact.date has learnt of one token of the article: the
// answers to the questions the rule asks of a word, and the token's id
// and shape, worked out together the first time any is asked (lex), so
// that the walks over a clause (its event word, its content words, its
// names, its words of continuation) read one small record a token.
type dateTok struct {
	// id is the token's id in the role shape tells: with tkContent, its
	// content word's (contextID(w, false) of a word that starts in lower
	// case, or figureID of a token that starts with a digit; 0 for a stop
	// word or a lone digit); with tkName, its name's (nameID, never 0);
	// otherwise 0.
	id wordID
	// ev is the event group the word's stem is in, or -1 (and -1 for a
	// token that is no word).
	ev int32
	// known tells that lex has run (tokLexed).
	known uint8
	// is holds the answers of lex, bits q* (0 for a token that is no
	// word).
	is uint8
	// shape holds the tk bits of the token.
	shape uint8
	// ord is 1 + the index in earlier_ordinals of the word (in any case,
	// as earlierOrdinal folds it), or 0.
	ord uint8
}

const (
	tokLexed uint8 = 1 << iota
)

// The shape of a token, as the rule's walks over a clause ask it.
const (
	// tkLower: a word that starts in lower case (isLowerWord).
	tkLower uint8 = 1 << iota
	// tkEvent: a word eventWord reads as a possible event word: in lower
	// case, or opening its sentence.
	tkEvent
	// tkContent: id is the token's content word (contentOf).
	tkContent
	// tkName: id is the token's name (leadNames): a capitalised word
	// inside its sentence, not a title.
	tkName
	// tkBreak: a word of earlier_breaks as written (isEarlierBreak).
	tkBreak
)

// The questions lex answers of a word w of the article, each as the
// rule asked it before it kept the answers.
const (
	// qCont: r.isContinuation(w).
	qCont uint8 = 1 << iota
	// qSeq: r.sequence[w], lowered when w opens its sentence
	// (sequenceIn).
	qSeq
	// qMod and qHead: isLowerWord(w) && r.modifiers[w] (modified), and
	// && r.heads[w] (headed).
	qMod
	qHead
	// qBreak and qEnd: isLowerWord(w) && r.leadBreaks[w], and &&
	// r.leadEnds[w] (subordinate).
	qBreak
	qEnd
	// qNotMain: what notMain asks of w: a word of lead_not, a speech word
	// or a word of continuation, in any case, of a word that starts in
	// lower case or opens its sentence.
	qNotMain
	// qNotEvent: a word of lead_not or of continuation, as qNotMain
	// asks it, but no speech word (notEventOf).
	qNotEvent
)

// The lower-case words of the rule's word lists, as bits of r.words:
// which lists a word is in.
const (
	wCont uint8 = 1 << iota
	wSeq
	wMod
	wHead
	wBreak
	wEnd
	wLeadNot
	wSpeech
)

// buildWords fills r.words, the rule's word lists by the hash of each
// word (wordHash; see wordID for what two words of one hash would do),
// and r.speech, the lexicon whose speech words are among them: lex asks
// one table instead of a string map per list.
func (r *dateFactsRule) buildWords(speech *dates.Lexicon) {
	bits := map[string]int{}
	add := func(m map[string]bool, b uint8) {
		for w := range m {
			bits[w] |= int(b)
		}
	}
	add(r.continuation, wCont)
	add(r.sequence, wSeq)
	add(r.modifiers, wMod)
	add(r.heads, wHead)
	add(r.leadBreaks, wBreak)
	add(r.leadEnds, wEnd)
	add(r.leadNot, wLeadNot)
	if speech != nil {
		add(speech.Speech, wSpeech)
	}
	r.words, r.speech = newIDMap(bits), speech
	// The filter of lex: the first two letters and the length of every
	// word that may be in a list or have an event word's stem. A stem
	// keeps the first two bytes of its word (stemParts cuts an ending
	// of a word of at least four bytes and adds at most two), and is
	// shorter than it by 0 to maxStemCut bytes.
	r.lexFilter = new([1024]uint64)
	r.noFilter = false
	mark := func(w string, cut int) {
		if len(w) < 2 {
			r.noFilter = true
			return
		}
		k := pairOf(w[0], w[1])
		for n := len(w); n <= len(w)+cut; n++ {
			r.lexFilter[k] |= 1 << min(n, 63)
		}
	}
	for w := range bits {
		mark(w, 0)
	}
	for st := range r.events {
		mark(st, maxStemCut)
	}
	// The second filter: the first three letters of every word of three
	// bytes or more that may be in a list or have an event word's stem.
	// A listed word is its token lowered, so its first three bytes are
	// the token's. A stem keeps its word's first bytes up to its cut,
	// and after the cut adds "y" (of "-ies", whose "i" the word has) or
	// "or" (of "-our", whose "o" the word has); a stem under three bytes
	// says nothing of its word's third byte, and turns the filter off.
	r.lexTri = new([512]uint64)
	r.noTri = false
	tri := func(a, b, c byte) {
		k := triOf(a, b, c)
		r.lexTri[k>>6] |= 1 << (k & 63)
	}
	for w := range bits {
		if len(w) >= 3 {
			tri(w[0], w[1], w[2])
		}
	}
	for st := range r.events {
		if len(st) < 3 {
			r.noTri = true
			continue
		}
		tri(st[0], st[1], st[2])
		if len(st) == 3 && st[2] == 'y' {
			tri(st[0], st[1], 'i')
		}
	}
}

// triOf is the bit of lexTri of a word's first three bytes: their low
// five bits, alike in either case.
func triOf(a, b, c byte) int { return int(a&31)<<10 | int(b&31)<<5 | int(c&31) }

// maxStemCut is the most bytes stemParts takes off a word: "'s", then
// "ing", then "our" made "or" ("colouring's" is "color").
const maxStemCut = 6

// pairOf is the slot of lexFilter of a word's first two bytes: their low
// five bits, which an ASCII letter has alike in either case.
func pairOf(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// mayLex reports whether ASCII word w may be in a list of words or have
// an event word's stem, as lexFilter tells and then, for a word of three
// bytes or more, lexTri: most words of copy ("the", "said", names) have
// neither, and are answered without lowering or hashing them. The
// first filter alone let 42% of the words lex is asked about by on
// generated copy: an event stem marks seven lengths of its first two
// letters.
func (r *dateFactsRule) mayLex(w string) bool {
	if r.noFilter || len(w) < 2 {
		return true
	}
	if r.lexFilter[pairOf(w[0], w[1])]&(1<<min(len(w), 63)) == 0 {
		return false
	}
	if r.noTri || len(w) < 3 {
		return true
	}
	k := triOf(w[0], w[1], w[2])
	return r.lexTri[k>>6]&(1<<(k&63)) != 0
}

// lex returns the memo of token j, read the first time it is asked
// (read). It inlines: the walks over a clause call it for every token.
func (r *dateFactsRule) lex(s *dateScratch, j int) *dateTok {
	m := &s.tok[j]
	if m.known == 0 {
		s.read(j)
	}
	return m
}

// read works out the memo of token j of the article, for s.rule, and
// of the other tokens of its sentence not read yet: the rule's walks
// read the sentences of its dates, and one loop over a sentence costs
// half what a call for each token did. For a word, the memo holds lex's
// answers (the q bits and its event group), and for any token its id
// and shape. A numbered spelling's answers are read from s.spell:
// worked out on its first meeting (learn), they hold for every token of
// it, but for the bits that ask the token (its place in its sentence:
// isInitial, and the shape's tkName and tkEvent). The speech words of an
// article whose lexicon is not the rule's are asked token by token, as
// is a word of no number (readWord).
func (s *dateScratch) read(j int) {
	from, to := s.sentenceOf(j)
	s.readSpans = append(s.readSpans, [2]int32{int32(from), int32(to)})
	r, text, toks, tok, spell := s.rule, s.text, s.toks[:to], s.tok[:to], s.spell
	fast := s.cal == r.speech
	for k := from; k < to; k++ {
		t, m := &toks[k], &tok[k]
		// Most tokens: a word inside its sentence whose spelling is
		// learnt and short ASCII, whose memo is its spelling's, copied
		// by the loop's first test (again, if it was read before: the
		// same memo).
		if n := t.Word; n != 0 && fast {
			if sp := &spell[n]; sp.tok.known&(spKnown|spSlow) == spKnown && !t.Initial {
				*m = sp.tok
				continue
			}
		}
		if m.known != 0 {
			continue
		}
		switch t.Kind {
		case segment.Word:
		case segment.Number:
			m.known, m.ev = tokLexed, -1
			if w := t.Text(text); w != "" && '0' <= w[0] && w[0] <= '9' {
				m.id, m.shape = figureID(w), tkContent
			}
			continue
		default:
			m.known, m.ev = tokLexed, -1
			continue
		}
		if n := t.Word; n != 0 && fast {
			sp := &spell[n]
			if sp.tok.known&spKnown == 0 {
				s.spellInit[n] = r.learn(sp, t.Text(text))
			}
			if sp.tok.known&spSlow == 0 {
				*m = sp.tok
				// A sentence's first word is no name (leadNames), and
				// may be an event word whatever its case (eventWord).
				if t.Initial {
					shape := m.shape&^tkName | tkEvent
					m.is, m.shape = s.spellInit[n], shape
					if shape&(tkContent|tkName) == 0 {
						m.id = 0
					}
				}
				continue
			}
		}
		m.known, m.ev = tokLexed, -1
		s.readWord(m, *t)
	}
}

// sentenceOf returns the tokens [from, to) of the sentence of token j,
// or [j, j+1) for a token of no sentence.
func (s *dateScratch) sentenceOf(j int) (from, to int) {
	sents := s.sents
	// The first sentence that ends after j.
	lo, hi := 0, len(sents)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); sents[m].Last <= j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(sents) && sents[lo].First <= j {
		return sents[lo].First, sents[lo].Last
	}
	return j, j + 1
}

// readWord is read's memo of word token t (whose memo is m), worked out
// for the token: a numbered spelling's shape, id and ordinal are kept in
// s.spell, and lex's answers are asked token by token where the
// article's speech words are not the rule's or the spelling is not
// short ASCII (lexToken, lexSlow).
func (s *dateScratch) readWord(m *dateTok, t segment.Token) {
	r := s.rule
	w := t.Text(s.text)
	var shape, ord uint8
	var id wordID
	if n := t.Word; n != 0 {
		sp := &s.spell[n]
		if sp.tok.known&spKnown == 0 {
			s.spellInit[n] = r.learn(sp, w)
		}
		shape, id, ord = sp.tok.shape, sp.tok.id, sp.tok.ord
		if s.cal == r.speech && sp.tok.known&spSlow != 0 {
			r.lexSlow(s, m, t, w)
		} else {
			r.lexToken(s, m, t, w)
		}
	} else {
		shape, id, ord = r.shapeOf(w)
		if shape&tkLower != 0 {
			shape |= tkEvent
		}
		r.lexToken(s, m, t, w)
	}
	if t.Initial {
		shape = shape&^tkName | tkEvent
	}
	if shape&(tkContent|tkName) != 0 {
		m.id = id
	}
	m.shape, m.ord = shape, ord
}

// learn works out the entry of spelling w: its shape, id and ordinal
// (shapeOf), and lex's answers with the rule's speech words (lexSpell),
// for a token inside its sentence (in sp) and for one that opens it
// (returned, for dateScratch.spellInit).
func (r *dateFactsRule) learn(sp *dateSpell, w string) (isInitial uint8) {
	shape, id, ord := r.shapeOf(w)
	if shape&tkLower != 0 {
		shape |= tkEvent
	}
	ev, ws, wf := r.lexSpell(w)
	known := tokLexed | spKnown
	if wf&wfSlow != 0 {
		known |= spSlow
	}
	sp.tok = dateTok{id: id, ev: ev, known: known, is: isOf(ws, wf, false), shape: shape, ord: ord}
	return isOf(ws, wf, true)
}

// shapeOf is what the rule's walks ask of word w that depends on its
// bytes alone: its shape (tkLower, tkContent, tkName, tkBreak), its id
// in that role, and its word of earlier_ordinals (dateTok.ord).
func (r *dateFactsRule) shapeOf(w string) (shape uint8, id wordID, ord uint8) {
	switch {
	case isLowerWord(w):
		shape, id = tkLower|tkContent, r.g.contextID(w, false)
	case w != "" && '0' <= w[0] && w[0] <= '9':
		shape, id = tkContent, figureID(w)
	default:
		if id = r.nameID(w); id != 0 {
			shape = tkName
		}
	}
	if r.isEarlierBreak(w) {
		shape |= tkBreak
	}
	if k := r.ordinalOf(w); k >= 0 {
		ord = uint8(min(k+1, manyOrdinals))
	}
	return shape, id, ord
}

// manyOrdinals is the ord of a word of earlier_ordinals past the 254th,
// which earlierOrdinal looks up again (ordinalOf).
const manyOrdinals = 255

// ordinalOf is the index of word w in earlier_ordinals, in any case, or
// -1. The word is folded, not lowered: a lowered copy of every name of
// every year's sentence was an allocation each.
func (r *dateFactsRule) ordinalOf(w string) int {
	for k, o := range r.earlierOrdinals {
		if len(w) == len(o) && strings.EqualFold(w, o) {
			return k
		}
	}
	return -1
}

// lexToken is lex's answers of word token t, w, worked out for the token
// alone: a short ASCII word is lowered once on the stack, and hashed
// whole (for the word lists) and by its stem (for the event groups) as
// it is; any other word asks the rule's maps (lexSlow).
func (r *dateFactsRule) lexToken(s *dateScratch, m *dateTok, t segment.Token, w string) {
	lower := isLowerWord(w)
	var buf [48]byte
	if len(w) > len(buf)-2 {
		r.lexSlow(s, m, t, w)
		return
	}
	// An ASCII word the filter turns away is no event word and in no
	// list (the speech words of another lexicon than the set's are not
	// in the filter). A word with other bytes may lower to a word of
	// another length, and is lowered.
	if s.cal == r.speech {
		var or byte
		for i := 0; i < len(w); i++ {
			or |= w[i]
		}
		if or < utf8.RuneSelf && !r.mayLex(w) {
			m.ev = -1
			return
		}
	}
	// The stem's cut is read from the word's last bytes first (stemCut),
	// so that one walk hashes the word and its stem.
	b := buf[:len(w)]
	keep, suffix := stemCut(w)
	upper := false
	hw, hs := uint64(fnvOffset), uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			r.lexSlow(s, m, t, w)
			return
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b[i] = c
		hw = (hw ^ uint64(c)) * fnvPrime
		if i < keep {
			hs = hw
		}
	}
	m.ev = int32(r.eventIDs.get(nonZero(fnvAdd(hs, suffix))))
	ws := uint8(0)
	if v := r.words.get(nonZero(hw)); v > 0 {
		ws = uint8(v)
	}
	// as written: the word is in a list as it is written, not only
	// lowered.
	asWritten := lower && !upper
	var is uint8
	if ws&wCont != 0 && len(w) <= 32 {
		is |= qCont
	}
	if ws&wSeq != 0 && (t.Initial || !upper) {
		is |= qSeq
	}
	if asWritten {
		if ws&wMod != 0 {
			is |= qMod
		}
		if ws&wHead != 0 {
			is |= qHead
		}
		if ws&wBreak != 0 {
			is |= qBreak
		}
		if ws&wEnd != 0 {
			is |= qEnd
		}
	}
	if (lower || t.Initial) && len(w) <= 32 {
		speech := ws&wSpeech != 0
		if s.cal != r.speech {
			speech = s.cal != nil && s.cal.Speech[string(b)]
		}
		if ws&(wLeadNot|wCont) != 0 || speech {
			is |= qNotMain
		}
		if ws&(wLeadNot|wCont) != 0 {
			is |= qNotEvent
		}
	}
	m.is = is
}

// lexSpell works out the answers of lex for spelling w with the rule's
// speech words (r.speech), as lex does for a token: its event group, its
// word-list bits ws and its wf bits. A spelling the filter turns away
// is in no list and no event word, a short ASCII one is lowered once on
// the stack and hashed whole (for the word lists) and by its stem (for
// the event groups), and any other is marked wfSlow, for lexSlow to read
// token by token.
func (r *dateFactsRule) lexSpell(w string) (ev int32, ws, wf uint8) {
	ev = -1
	if len(w) > 46 {
		return ev, 0, wfSlow
	}
	var or byte
	for i := 0; i < len(w); i++ {
		or |= w[i]
	}
	if or >= utf8.RuneSelf {
		return ev, 0, wfSlow
	}
	if !r.mayLex(w) {
		return ev, 0, 0 // ws 0: no bit of isOf
	}
	keep, suffix := stemCut(w)
	upper := false
	hw, hs := uint64(fnvOffset), uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		hw = (hw ^ uint64(c)) * fnvPrime
		if i < keep {
			hs = hw
		}
	}
	ev = int32(r.eventIDs.get(nonZero(fnvAdd(hs, suffix))))
	if v := r.words.get(nonZero(hw)); v > 0 {
		ws = uint8(v)
	}
	if isLowerWord(w) {
		wf |= wfLower
	}
	if upper {
		wf |= wfUpper
	}
	if len(w) <= 32 {
		wf |= wfShort
	}
	return ev, ws, wf
}

// isOf is lex's q bits of a token of a short ASCII spelling with
// word-list bits ws and bits wf, where the article's speech words are
// the rule's: what lex works out from the word's lists, its case, its
// length and whether it opens its sentence (initial).
func isOf(ws, wf uint8, initial bool) uint8 {
	if ws == 0 {
		return 0
	}
	lower, upper, short := wf&wfLower != 0, wf&wfUpper != 0, wf&wfShort != 0
	var is uint8
	if ws&wCont != 0 && short {
		is |= qCont
	}
	if ws&wSeq != 0 && (initial || !upper) {
		is |= qSeq
	}
	if lower && !upper {
		if ws&wMod != 0 {
			is |= qMod
		}
		if ws&wHead != 0 {
			is |= qHead
		}
		if ws&wBreak != 0 {
			is |= qBreak
		}
		if ws&wEnd != 0 {
			is |= qEnd
		}
	}
	if (lower || initial) && short {
		if ws&(wLeadNot|wCont|wSpeech) != 0 {
			is |= qNotMain
		}
		if ws&(wLeadNot|wCont) != 0 {
			is |= qNotEvent
		}
	}
	return is
}

// lexSlow is lex of a word that is not short ASCII, asking the maps.
func (r *dateFactsRule) lexSlow(s *dateScratch, m *dateTok, t segment.Token, w string) {
	m.ev = -1
	if g, ok := stemIn(r.events, w); ok {
		m.ev = int32(g)
	}
	lower := isLowerWord(w)
	var is uint8
	if r.isContinuation(w) {
		is |= qCont
	}
	sw := w
	if t.Initial {
		sw = strings.ToLower(w)
	}
	if r.sequence[sw] {
		is |= qSeq
	}
	if lower && r.modifiers[w] {
		is |= qMod
	}
	if lower && r.heads[w] {
		is |= qHead
	}
	if lower && r.leadBreaks[w] {
		is |= qBreak
	}
	if lower && r.leadEnds[w] {
		is |= qEnd
	}
	if (lower || t.Initial) && len(w) <= 32 {
		lw := lowerASCII(w)
		if r.leadNot[lw] || s.cal != nil && s.cal.Speech[lw] || r.isContinuation(w) {
			is |= qNotMain
		}
		if r.leadNot[lw] || r.isContinuation(w) {
			is |= qNotEvent
		}
	}
	m.is = is
}

// lowerASCII lowers the ASCII capitals of w and leaves its other bytes,
// as notMain lowers a word.
func lowerASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// dateAt is what fact.date has worked out for one date of the article.
type dateAt struct {
	// from, to and opens are dateFactsRule.clause of the date, read
	// when clause is true.
	from, to int
	opens    bool
	clause   bool
	// attributed is Lexicon.Attributed of the date, asked when
	// attrKnown is true; tense is TenseOf, when tenseKnown is.
	attributed, attrKnown bool
	tenseKnown            bool
	tense                 dates.Tense
}

var dateScratchPool = sync.Pool{New: func() any { return new(dateScratch) }}

// newDateScratch returns a cleared scratch for the article's tokens and
// its n dates.
func (r *dateFactsRule) newDateScratch(a *Article, n int) *dateScratch {
	s := dateScratchPool.Get().(*dateScratch)
	s.text, s.toks, s.cal, s.rule, s.sents = a.Doc.Text, a.Seg.Tokens, a.Calendar, r, a.Seg.Sentences
	toks := s.toks
	s.inDate = grownClear(s.inDate, len(toks))
	s.tok = clearedTok(s.tok, s.readSpans, len(toks))
	s.readSpans = s.readSpans[:0]
	s.classes.Tokens = grownClear(s.classes.Tokens, len(toks))
	s.at = grownClear(s.at, n)
	s.perGroup = grownClear(s.perGroup, 2*len(r.keys))
	s.ctx, s.spans, s.groups = s.ctx[:0], s.spans[:0], s.groups[:0]
	s.syncSpell(r, a.Seg.Words)
	s.classes.Spellings = nil
	if s.cal == r.speech {
		s.classes.Spellings = s.spellCls
	}
	return s
}

// release hands s back to the pool; the article's text and tokens are
// let go so that the pool does not keep them alive.
func (s *dateScratch) release() {
	s.text, s.toks, s.cal, s.rule, s.sents = "", nil, nil, nil, nil
	dateScratchPool.Put(s)
}

// clearedTok returns tok resized to n zero memos: its array, all zero
// but for the spans read, is kept when large enough.
func clearedTok(tok []dateTok, read [][2]int32, n int) []dateTok {
	if cap(tok) < n {
		return make([]dateTok, n)
	}
	all := tok[:cap(tok)]
	for _, r := range read {
		clear(all[r[0]:r[1]])
	}
	return tok[:n]
}

// grownClear returns xs resized to n zero elements, reusing its array
// when it is large enough.
func grownClear[T any](xs []T, n int) []T {
	if cap(xs) < n {
		return make([]T, n)
	}
	xs = xs[:n]
	clear(xs)
	return xs
}

// isEventAt reports whether token j is a word whose stem is an event
// word's, in any case.
func (r *dateFactsRule) isEventAt(s *dateScratch, j int) bool {
	return r.lex(s, j).ev >= 0
}

// is answers question q (a q bit) of token j; a token that is no word
// answers none.
func (r *dateFactsRule) is(s *dateScratch, j int, q uint8) bool {
	return r.lex(s, j).is&q != 0
}

// idAt is g.contextID(w, false) of word token j, which starts in lower
// case.
func (r *dateFactsRule) idAt(s *dateScratch, j int) wordID {
	return r.lex(s, j).id
}

// dateContext is what grammar.context returns for date e whose clause is
// [from, to) in sentence sent, within 2*r.window words, leaving out the
// dates, the words outside the clause and the event words, as Check
// asked it: each word's id and event group come from the article's memo.
// A word that does not start in lower case is never context, so its
// event group is never asked. The words are appended to s.ctx, sorted
// and distinct; it returns where they start there.
func (r *dateFactsRule) dateContext(s *dateScratch, sent segment.Sentence, e *dates.Expr, from, to int) int {
	toks, window := s.toks, 2*r.window
	start := len(s.ctx)
	out := s.ctx
	add := func(j int) {
		if m := r.lex(s, j); m.shape&tkLower != 0 && m.ev < 0 && m.id != 0 && !s.inDate[j] {
			out = append(out, m.id)
		}
	}
	// context walks the window in the whole sentence and leaves out the
	// words outside the clause; the walks here stop at the clause's
	// ends, past which no word is taken.
	n := 0
	for j := e.Tokens[0] - 1; j >= max(sent.First, from) && n < window; j-- {
		if toks[j].Kind == segment.Word {
			n++
			add(j)
		}
	}
	n = 0
	for j := e.Tokens[1]; j < min(sent.Last, to) && n < window; j++ {
		if toks[j].Kind == segment.Word {
			n++
			add(j)
		}
	}
	slices.Sort(out[start:])
	s.ctx = out[:start+len(slices.Compact(out[start:]))]
	return start
}

// contexts gives claims[k] (the claims of events Check made) the context
// words dateContext gathered for it, copied into one array for the
// article: the claims outlive s.
func (s *dateScratch) contexts(claims []claim) {
	if len(s.ctx) == 0 {
		return
	}
	all := slices.Clone(s.ctx)
	for k, sp := range s.spans {
		if sp[0] < sp[1] {
			claims[k].Context = all[sp[0]:sp[1]:sp[1]]
		}
	}
}

// clauseOf returns the memo of date i of the article (a.Dates()) with
// its clause read.
func (s *dateScratch) clauseOf(r *dateFactsRule, a *Article, i int) *dateAt {
	d := &s.at[i]
	if !d.clause {
		d.clause = true
		e := &a.dates[i]
		d.from, d.to, d.opens = r.clause(s.text, s.toks, a.Seg.Sentences[e.Sentence], e)
	}
	return d
}

// attributed is a.Calendar.Attributed of date i, asked once.
func (s *dateScratch) attributed(a *Article, i int) bool {
	d := &s.at[i]
	if !d.attrKnown {
		d.attrKnown = true
		d.attributed = a.Calendar.AttributedWith(s.text, a.Seg, &a.dates[i], &s.classes)
	}
	return d.attributed
}

// tenseAt is a.Calendar.TenseOf of date i, worked out once: Check
// resolves a date of an event, and a lead date asks its tense and
// resolves it too.
func (s *dateScratch) tenseAt(a *Article, e *dates.Expr, i int) dates.Tense {
	d := &s.at[i]
	if !d.tenseKnown {
		d.tenseKnown = true
		d.tense = a.Calendar.TenseOfWith(a.Doc.Text, a.Seg, e, &s.classes)
	}
	return d.tense
}

// resolve is a.Resolve(e) of date i, with its tense asked once. A month
// or a day written without its year and followed by "last year" or "next
// year" ("closed in March last year") is in the year before or after the
// article's, whatever the tense says: resolved alone it would be the
// nearest such month, often this year's, and a false alarm against an
// outlet that writes the year.
func (s *dateScratch) resolve(a *Article, e *dates.Expr, i int) (dates.Range, bool) {
	if e.Kind == dates.Calendar && e.Year == 0 && e.Month > 0 && a.Ref.Known {
		if shift := yearAfter(s.text[e.Span.End:]); shift != 0 {
			moved := *e
			ry, _, _ := a.Ref.Day.Civil()
			moved.Year = ry + shift
			return moved.Resolve(a.Ref, s.tenseAt(a, e, i))
		}
	}
	return e.Resolve(a.Ref, s.tenseAt(a, e, i))
}
