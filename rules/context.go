package rules

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/english"
)

// words is a set of lower-case words from a rule's configuration.
type words map[string]bool

// hasLower reports whether w in lower case is in the set. ASCII words up
// to 32 bytes are lowered on the stack: a map looked up with a converted
// byte slice does not allocate, where strings.ToLower allocates for
// every capitalised word.
func (s words) hasLower(w string) bool {
	if len(w) > 32 {
		return s[strings.ToLower(w)]
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return s[string(buf[:len(w)])]
}

func wordSet(ws []string) words {
	s := make(words, len(ws))
	for _, w := range ws {
		s[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return s
}

// grammar is the English that the fact rules need to read a quantity's
// context: words that carry no meaning of their own, plural nouns that do
// not end in s, and the prepositions that open a complement. It comes from
// the rule's TOML.
type grammar struct {
	stop, plurals, preps words
	// titles stand before a person's name and are no part of it
	// ("Dr", "Captain"), as written.
	titles map[string]bool
	// modifiers are stop words that may still come between a number and
	// the noun it counts ("four other cities").
	modifiers words
	// stopIDs, when set (by the rules that read many contexts), is stop
	// as a table of hashes that contextID asks instead of the map: the
	// map look-up hashed every word's text a second time and was most
	// of the cost of a context word.
	stopIDs *idSet
	// synonyms, when set (by fact.mismatch), numbers the context words
	// that stand for another (the words of a synonyms group), and
	// canon holds the word each number stands for: "died" and "killed"
	// are one context word, so "127 people have died" and "killed 127
	// people" share it, as "killed" and "killed" do.
	synonyms *idMap
	canon    []wordID
}

// idSet is a set of words kept as the wordIDs of their text (wordHash,
// not of their stems), in an open-addressed table. A word outside the
// set is taken for one in it only if its 64-bit hash equals a member's:
// for a hundred stop words and a million distinct words, about 5 in
// 10^12 (see wordID).
type idSet struct {
	slots []uint64 // 0: empty; wordIDs are never 0
	mask  uint64
}

func newIDSet(ws words) *idSet {
	n := 8
	for n < 4*len(ws) {
		n *= 2
	}
	s := &idSet{slots: make([]uint64, n), mask: uint64(n - 1)}
	for w := range ws {
		h := wordHash(w)
		i := s.slot(h)
		for s.slots[i] != 0 && s.slots[i] != h {
			i = (i + 1) & s.mask
		}
		s.slots[i] = h
	}
	return s
}

// slot is where h's probe starts; FNV's high bits are folded in, as its
// low bits alone vary little with a word's last byte.
func (s *idSet) slot(h uint64) uint64 { return (h ^ h>>29) & s.mask }

func (s *idSet) has(h uint64) bool {
	for i := s.slot(h); ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// stem reduces a lower-case word to a crude stem so that "trips", "trip",
// "rumoured" and "rumors" meet: plural and past endings go, and British
// -our becomes -or.
func stem(w string) string {
	base, suffix := stemParts(strings.ToLower(w))
	if suffix == "" {
		return base
	}
	return base + suffix
}

// stemParts is stem of a word already in lower case, as the part of w it
// keeps and a suffix to add ("" or an ending of its own): the context
// words are hashed from the two parts, on bytes lowered on the stack,
// without building the stem.
func stemParts[S ~string | ~[]byte](w S) (S, string) {
	w = trimSuffix(trimSuffix(w, "'s"), "'")
	n := len(w)
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		return w[:n-3], "y"
	case n > 4 && hasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is"):
		w = w[:n-1]
	case n > 5 && hasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 6 && hasSuffix(w, "ing"):
		w = w[:n-3]
	}
	if len(w) > 4 && hasSuffix(w, "our") {
		return w[:len(w)-3], "or"
	}
	return w, ""
}

func hasSuffix[S ~string | ~[]byte](w S, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	w = w[len(w)-len(suffix):]
	for i := 0; i < len(suffix); i++ {
		if w[i] != suffix[i] {
			return false
		}
	}
	return true
}

func trimSuffix[S ~string | ~[]byte](w S, suffix string) S {
	if hasSuffix(w, suffix) {
		return w[:len(w)-len(suffix)]
	}
	return w
}

// A context word is kept as a 64-bit FNV-1a hash of its stem (a wordID),
// not as the stem: contexts are then sorted, compared, encoded and
// decoded as integers, where strings cost a comparison, a string-table
// look-up and an allocation each, for every word of every claim. Among
// a hundred thousand distinct stems, the chance that any two share a
// hash is about 3 in 10^10 (n²/2 of 2^64), and two such words would
// also have to meet in the contexts of one fact: far below any other
// error of the rule. 0 means no word.
type wordID = uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd[S ~string | ~[]byte](h uint64, s S) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// wordHash is the wordID of a stem.
func wordHash(stem string) wordID { return nonZero(fnvAdd(fnvOffset, stem)) }

func nonZero(h uint64) wordID {
	if h == 0 {
		return 1
	}
	return h
}

// contextID is the wordID of the stem of token text w, or 0 where w is
// too short or a stop word; capital says that w opens a sentence
// capitalised and is read in lower case. (A lower-case word is looked up
// in the stop words as written, as it always was.) ASCII words are
// lowered on the stack.
func (g *grammar) contextID(w string, capital bool) wordID {
	// A word under three bytes has under three runes: it is never
	// context ("of", "to", "a"), and is turned away before it is read.
	if len(w) < 3 {
		return 0
	}
	var buf [48]byte
	if len(w) > len(buf) {
		return g.contextIDSlow(w, capital)
	}
	b := buf[:len(w)]
	// h hashes the word as the stop words are asked about it: lowered
	// when capital, as written otherwise.
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return g.contextIDSlow(w, capital)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k := w[i]
		if capital {
			k = c
		}
		h = (h ^ uint64(k)) * fnvPrime
		b[i] = c
	}
	if len(b) < 3 {
		return 0
	}
	if g.stopIDs != nil {
		if g.stopIDs.has(nonZero(h)) {
			return 0
		}
	} else if capital {
		if g.stop[string(b)] {
			return 0
		}
	} else if g.stop[w] {
		return 0
	}
	base, suffix := stemParts(b)
	return nonZero(fnvAdd(fnvAdd(fnvOffset, base), suffix))
}

// stemIn looks the stem of token text w up in m, lowering and stemming
// short ASCII words on the stack: stem allocates for every capitalised
// word, and the contrast words are looked up for every word near a
// figure.
func stemIn[V any](m map[string]V, w string) (V, bool) {
	var buf [48]byte
	if len(w) > len(buf)-2 {
		v, ok := m[stem(w)]
		return v, ok
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[stem(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	base, suffix := stemParts(b)
	// base is a prefix of buf: the suffix goes after it, in place.
	n := copy(buf[len(base):], suffix)
	v, ok := m[string(buf[:len(base)+n])]
	return v, ok
}

// stemID is the wordID of the stem of token text w (stem, as stemIn
// looks it up), computed on the stack for words that stemIn lowers there;
// ok is false for others, which are looked up with stemIn. The contrast
// words are asked about every word near a figure: hashing the stem
// while lowering it and asking idMap cost less than the map's own
// hashing of the stem's text (a twelfth of the claims' time).
func stemID(w string) (wordID, bool) {
	var buf [48]byte
	if len(w) > len(buf)-2 {
		return 0, false
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	base, suffix := stemParts(b)
	return nonZero(fnvAdd(fnvAdd(fnvOffset, base), suffix)), true
}

// idMap maps the wordIDs of a set of stems to small numbers, in an
// open-addressed table. A word outside the set is taken for one in it
// only if its 64-bit hash equals a member's (see wordID).
type idMap struct {
	keys []uint64 // 0: empty; wordIDs are never 0
	vals []int32
	mask uint64
}

// newIDMap builds the table of m, whose keys are stems.
func newIDMap(m map[string]int) *idMap {
	n := 8
	for n < 4*len(m) {
		n *= 2
	}
	t := &idMap{keys: make([]uint64, n), vals: make([]int32, n), mask: uint64(n - 1)}
	for w, v := range m {
		h := wordHash(w)
		i := (h ^ h>>29) & t.mask
		for t.keys[i] != 0 && t.keys[i] != h {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = h, int32(v)
	}
	return t
}

// get returns the number of the stem whose wordID is h, or -1.
func (t *idMap) get(h uint64) int {
	for i := (h ^ h>>29) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return int(t.vals[i])
		case 0:
			return -1
		}
	}
}

// contextIDSlow is contextID for words that are not short ASCII.
func (g *grammar) contextIDSlow(w string, capital bool) wordID {
	if capital {
		w = strings.ToLower(w)
	}
	if utf8.RuneCountInString(w) < 3 || g.stop[w] {
		return 0
	}
	return wordHash(stem(w))
}

// isLowerWord reports a word that starts with a lower-case letter.
func isLowerWord(w string) bool {
	// Most words start with an ASCII letter, for which unicode.IsLower
	// is a to z: no rune to decode, no table to search. The test is small
	// enough to be inlined where it is asked (a date's clause asks it of
	// every word); other first runes are decoded out of line.
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'a' < 26
	}
	return isLowerRune(w)
}

// isLowerRune is isLowerWord of a word that is empty or starts with a
// byte outside ASCII.
func isLowerRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isPlural guesses whether a lower-case word is a plural noun.
func (g *grammar) isPlural(w string) bool {
	if g.plurals[w] {
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ous") && w[n-2] != '\''
}

// nounPhrase is what a bare count counts: "at least 20 armoured vans
// to the border" has the head "vans", the modifier "armoured" and the
// complement "to border" (kept only when its object is a name).
type nounPhrase struct {
	Head  string
	Mods  []string
	Compl string
	// End is the token after the head.
	End int
	// complID is the number of Compl's pair of spellings in the memo
	// that read it (ctxMemo.nameComplAt), 0 when none did.
	complID uint64
}

// countedNoun reads the noun phrase after a quantity that has no unit:
// up to four words, up to the first word of no meaning. For a cardinal
// the head is the first plural word ("20 armoured vans"); for an
// ordinal, the last word ("10th official trip").
func (g *grammar) countedNoun(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (nounPhrase, bool) {
	return g.countedNounIn(text, toks, sent, q, nil)
}

// countedNounIn is countedNoun, asking memo (when not nil: the memo of
// the rule whose grammar g is) which word sets a token is in, rather
// than the sets' maps.
func (g *grammar) countedNounIn(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) (nounPhrase, bool) {
	type word struct {
		text  string
		start int
		end   int // token after the word
		// read: a one-token word, read through memo's table, which
		// gives lower (isLowerWord), plural (isPlural of its lower
		// case), plain (in lower case already) and caps (isAllCaps)
		// for its spelling.
		read, lower, plural, plain, caps bool
	}
	// in reports whether token j's word is in the sets of class c.
	in := func(j int, c wordClass, ws words) bool {
		if memo != nil {
			return memo.classOf(text, toks, j)&c != 0
		}
		return ws.hasLower(toks[j].Text(text))
	}
	// Up to four words, on the stack: a slice grown by appending was a
	// fifth of the claims' allocations.
	var wbuf [4]word
	ws := wbuf[:0]
	for j := q.Tokens[1]; j < sent.Last && len(ws) < 4; {
		t := toks[j]
		if t.Kind != segment.Word {
			break
		}
		w := t.Text(text)
		start := j
		j++
		// Hyphenated compounds: "bullet-proof", "long-range".
		for j+1 < sent.Last && toks[j].Kind == segment.Punct && toks[j].Joined && text[toks[j].Start] == '-' &&
			toks[j+1].Kind == segment.Word && toks[j+1].Joined {
			w += "-" + toks[j+1].Text(text)
			j += 2
		}
		if j == start+1 && memo != nil {
			// One token: its classes are its lower-case form's.
			lw := memo.lexOf(text, toks, start)
			if c := lw.class; c&classStop != 0 && c&classModifier == 0 {
				break
			}
			ws = append(ws, word{text: w, start: start, end: j, read: true, lower: lw.lower, plural: lw.plural, plain: lw.plain, caps: lw.allCaps})
			continue
		} else if lw := strings.ToLower(w); g.stop[lw] && !g.modifiers[lw] {
			break
		}
		ws = append(ws, word{text: w, start: start, end: j})
	}
	if len(ws) == 0 {
		return nounPhrase{}, false
	}
	head := -1
	if q.Kind == quantity.Ordinal {
		head = len(ws) - 1
	} else {
		for i := range ws {
			w := &ws[i]
			if w.read {
				// What the spelling's reading keeps: no lowering of the
				// word and no look-up of its plural for each figure.
				if w.plural && (w.lower || w.caps && shoutedNoun(w.text)) {
					head = i
					break
				}
				continue
			}
			if (isLowerWord(w.text) || isAllCaps(w.text) && shoutedNoun(w.text)) && g.isPlural(strings.ToLower(w.text)) {
				head = i
				break
			}
		}
	}
	if head < 0 || !isLowerWord(ws[head].text) && (!isAllCaps(ws[head].text) || !mixedCase(text, toks, sent)) {
		return nounPhrase{}, false
	}
	// A plural in -s that qualifies the plural after it is no head:
	// "12 sports halls", "40 goods wagons" count halls and wagons. (A
	// collective noun is read as before: "30 police officers".)
	if n := head + 1; n < len(ws) && q.Kind != quantity.Ordinal && strings.HasSuffix(ws[head].text, "s") && isLowerWord(ws[head].text) && isLowerWord(ws[n].text) && (ws[n].read && ws[n].plural || !ws[n].read && g.isPlural(strings.ToLower(ws[n].text))) {
		head = n
	}
	np := nounPhrase{Head: ws[head].text, End: ws[head].end}
	if !ws[head].plain {
		np.Head = strings.ToLower(np.Head)
	}
	// The modifiers' slice is made at its size, at once.
	modifier := func(w word) bool {
		if w.end == w.start+1 {
			return in(w.start, classModifier, g.modifiers)
		}
		return g.modifiers.hasLower(w.text)
	}
	mods := 0
	for _, w := range ws[:head] {
		if !modifier(w) {
			mods++
		}
	}
	if mods > 0 {
		np.Mods = make([]string, 0, mods)
		for _, w := range ws[:head] {
			if !modifier(w) {
				np.Mods = append(np.Mods, stem(w.text))
			}
		}
	}
	// A complement whose object is a name narrows the fact: "four trips
	// to Spain" is not "nine trips".
	if j := np.End; j+1 < sent.Last && toks[j].Kind == segment.Word && in(j, classPrep, g.preps) {
		k := j + 1
		for k < sent.Last && toks[k].Kind == segment.Word && in(k, classStop, g.stop) && !isCapitalised(toks[k].Text(text)) {
			k++
		}
		// A capitalised grammar or calendar word is no name: "146 ferries
		// on Sunday" are the ferries of the story, not a kind of them.
		if k < sent.Last && toks[k].Kind == segment.Word && isCapitalised(toks[k].Text(text)) && (isAllCaps(toks[k].Text(text)) || !in(k, classStop, g.stop)) {
			if memo != nil {
				np.Compl, np.complID = memo.nameComplAt(text, toks, j, k)
			} else {
				np.Compl = strings.ToLower(toks[j].Text(text)) + " " + strings.ToLower(toks[k].Text(text))
			}
		}
	}
	return np, true
}

// shoutedNoun reports whether w, a word in capitals, is a common noun
// of the language written in capitals, as tabloids shout the noun a
// figure counts ("153 CRATES", "A WHOPPING 3,000 FANS"), and not an
// acronym or a name: its lower case is an English word.
func shoutedNoun(w string) bool {
	return english.IsWord(strings.ToLower(w))
}

// mixedCase reports whether a sentence has a word in lower case: a noun
// in capitals is shouted only there. A line all in capitals (a
// tabloid's headline) says nothing by its capitals, and its figure
// is left to the headline's own reading, as before.
func mixedCase(text string, toks []segment.Token, sent segment.Sentence) bool {
	for j := sent.First; j < sent.Last; j++ {
		if toks[j].Kind == segment.Word && isLowerWord(toks[j].Text(text)) {
			return true
		}
	}
	return false
}

// context returns the sorted, distinct stems (as wordIDs) of the
// meaningful lower-case words within window words of the span from..to
// in its sentence, leaving out the tokens skip marks, other numbers and
// names (which every sentence of a story shares). The fact rules of
// quantities use contexts, which also reads sentence-initial common
// words and keeps each token's word in the article's memo.
func (g *grammar) context(text string, toks []segment.Token, sent segment.Sentence, from, to, window int, skip func(int) bool) []wordID {
	out := make([]wordID, 0, 2*window)
	add := func(j int) {
		t := toks[j]
		if skip(j) {
			return
		}
		w := t.Text(text)
		if !isLowerWord(w) {
			return
		}
		if id := g.contextID(w, false); id != 0 {
			out = append(out, id)
		}
	}
	n := 0
	for j := from - 1; j >= sent.First && n < window; j-- {
		if toks[j].Kind == segment.Word {
			n++
			add(j)
		}
	}
	n = 0
	for j := to; j < sent.Last && n < window; j++ {
		if toks[j].Kind == segment.Word {
			n++
			add(j)
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// contexts is what context returns for a figure of an article, with the
// article's memo, and its near context (the distinct words among the
// nearN words before it) from the same walk: the near words are the
// first words the context's walk passes before the figure, and walking,
// sorting and keeping them apart cost a fifth of the claims' time. skip
// marks the tokens that are not context; common is a.commonWord, asked
// directly rather than through a func value built per claim.
func (g *grammar) contexts(a *Article, sent segment.Sentence, from, to, window, nearN int, skip []bool, memo *ctxMemo) (ctx, near []wordID) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	ctx, near = memo.context[:0], memo.near[:0]
	n := 0
	for j := from - 1; j >= sent.First && (n < window || n < nearN); j-- {
		if toks[j].Kind != segment.Word {
			continue
		}
		n++
		w := memo.wordAt(g, a, text, toks, j, skip)
		if w == 0 {
			continue
		}
		if n <= window {
			ctx = append(ctx, w)
		}
		if n <= nearN {
			near = append(near, w)
		}
	}
	if k := changeStart(text, toks, sent, from); k >= 0 {
		n = 0
		for j := k - 1; j >= sent.First && n < window; j-- {
			if toks[j].Kind == segment.Word {
				n++
				if w := memo.wordAt(g, a, text, toks, j, skip); w != 0 {
					ctx = append(ctx, w)
					if n <= nearN {
						near = append(near, w)
					}
				}
			}
		}
	}
	n = 0
	for j := to; j < sent.Last && n < window; j++ {
		if toks[j].Kind == segment.Word {
			n++
			if w := memo.wordAt(g, a, text, toks, j, skip); w != 0 {
				ctx = append(ctx, w)
			}
		}
	}
	// The scratch room goes back to the memo as it grew.
	memo.context, memo.near = ctx[:0], near[:0]
	return memo.keepSorted(ctx), memo.keepSorted(near)
}

// wordAt is the context word of word token j (0: none), computed on the
// first call for the token and kept in the memo: the windows of an
// article's figures overlap.
func (m *ctxMemo) wordAt(g *grammar, a *Article, text string, toks []segment.Token, j int, skip []bool) wordID {
	if m.done[j] {
		return m.word[j]
	}
	var w wordID
	if !skip[j] {
		t := &toks[j]
		if m.g == g {
			// The spelling's reading holds its case and context word.
			lw := m.lexOf(text, toks, j)
			if lw.lower || (t.Initial && !lw.allCaps && !m.nameUsedMid(a, j)) {
				w = lw.word
			}
		} else {
			s := t.Text(text)
			capital := !isLowerWord(s)
			if !capital || (t.Initial && !isAllCaps(s) && !m.nameUsedMid(a, j)) {
				w = g.synonym(g.contextID(s, capital))
			}
		}
	}
	m.word[j], m.done[j] = w, true
	return w
}

// nameUsedMid reports whether word token j's spelling is a capitalised
// word the article also uses inside a sentence: the negation of
// a.commonWord for the token's text. The article's capitalised words
// are marked by token once, from its name scan, on the first call: the
// look-up of each opener's text in the names' map (hashing the string)
// was 7% of the whole run. The scan holds every non-empty capitalised
// word token, so a token is in it exactly when its text is a key of
// the map. Small enough to be inlined: the marking is a call of its own.
func (m *ctxMemo) nameUsedMid(a *Article, j int) bool {
	if !m.namesMarked {
		m.markNames(a)
	}
	return m.nameMid[j]
}

// markNames marks the tokens of nameUsedMid, once per article.
func (m *ctxMemo) markNames(a *Article) {
	sc := a.scanNames()
	clear(m.nameMid)
	for _, nt := range sc.toks {
		if sc.forms[nt.form].Mid > 0 {
			m.nameMid[nt.tok] = true
		}
	}
	m.namesMarked = true
}

// keepSorted sorts ws, drops repeated words and keeps the rest (nil when
// none are left). A window holds a dozen words at most for most figures:
// they are sorted by insertion in place, without the generic sort's
// set-up.
func (m *ctxMemo) keepSorted(ws []wordID) []wordID {
	if len(ws) == 0 {
		return nil
	}
	return m.keep(sortedWords(ws))
}

// sortedWords sorts ws in place and drops repeated words: by insertion
// for a window's dozen words, without the generic sort's set-up.
func sortedWords(ws []wordID) []wordID {
	if len(ws) > 16 {
		slices.Sort(ws)
	} else {
		for i := 1; i < len(ws); i++ {
			for k := i; k > 0 && ws[k] < ws[k-1]; k-- {
				ws[k], ws[k-1] = ws[k-1], ws[k]
			}
		}
	}
	return slices.Compact(ws)
}

// keptSorted is keepSorted for words ws gathered at the end of the kept
// room (after keepRoom, which made room for them): they are sorted and
// kept where they are, with no copy.
func (m *ctxMemo) keptSorted(ws []wordID) []wordID {
	if len(ws) == 0 {
		return nil
	}
	ws = sortedWords(ws)
	m.kept = m.kept[:len(m.kept)+len(ws)]
	return ws[:len(ws):len(ws)]
}

// keptNear is keepSorted for near words gathered apart (a few words on
// the caller's stack) once keptSorted has kept the context: the room
// for them was made with the context's (keepRoom), so they are copied
// after it with no test of room.
func (m *ctxMemo) keptNear(ws []wordID) []wordID {
	if len(ws) == 0 {
		return nil
	}
	ws = sortedWords(ws)
	start := len(m.kept)
	m.kept = m.kept[:start+len(ws)]
	copy(m.kept[start:], ws)
	return m.kept[start:len(m.kept):len(m.kept)]
}

// ctxMemo holds what the fact rules read of each token of one article,
// computed on first use: its spelling's reading (lex, lexed: classes,
// stem, context word, contrast group), its context word (word, done) and,
// for the tokens of the sentences with a figure, its contrast group and
// tokenBits (readSentence). Memos are reused through a pool: an
// article's is garbage once its claims are built, and allocating one per
// article was a tenth of the rule's allocations; the table of spellings
// (lexed) is kept from article to article.
type ctxMemo struct {
	// claimSent holds the sentence of each claim of the article being
	// built (companionFigures).
	claimSent []int32
	// claimQ holds the quantity of each claim of the article being
	// built (personOwners).
	claimQ []int32
	// word is each token's context word (0: none), once done.
	word []wordID
	done []bool
	// inQuantity marks the tokens of the article's quantities (all
	// false when the memo is handed out).
	inQuantity []bool
	// nameMid marks the tokens whose spelling the article uses as a
	// capitalised word inside a sentence, once namesMarked (nameUsedMid).
	nameMid     []bool
	namesMarked bool
	// sentRead marks the sentences readSentence has read, and tokRole
	// and tokBits hold the contrast group and the tokenBits of each
	// token of those that hold a contrast or a scope word
	// (rolesAndScopes; stale elsewhere, and read only there).
	sentRead []bool
	// soFar holds each sentence's soFarFrom, plus two (0: not read
	// yet; 1: no cue), for countSoFar. Plus one, as it was, left the
	// many sentences without a cue at 0, and they were scanned again
	// for each of their figures.
	soFar []int32
	// sentCue holds the sentenceCues of each sentence read (readSentence).
	sentCue []sentenceCues
	tokRole []int32
	tokBits []tokenBits
	// lex numbers each token with its spelling's reading in lexed, once
	// lexOf has read it (0: not yet, lexed.words[0] is no word); g and
	// classes are the grammar and the class table of the rule the memo
	// serves. lexed is kept from article to article (see lexWord).
	lex     []int32
	lexed   lexTable
	g       *grammar
	classes *classTable
	// roleClaim is claimFor's room for a figure's claim keyed by its
	// contrast word; cleared when the memo is released.
	roleClaim claim
	// room is the claim room claimRoom handed out for the article, and
	// taken tells whether takeClaims gave it to the article's facts; an
	// untaken one is recycled when the memo is released.
	room  []claim
	taken bool
	// context is scratch room for the words of one context; kept holds
	// the contexts of the claims of this article and the ones before,
	// one after the other, where the claims keep them (keep).
	context []wordID
	near    []wordID
	kept    []wordID
	anchors []anchor // room for the anchors of the article
	// anchorSet finds the article's anchors kept by their figures.
	anchorSet anchorSet
	// years is Check's room for the years of the article's quantities.
	years [][]float64
	// namedAge marks the article's quantities claimed as a named
	// person's age ("Tervane, 47,"), for their anchors (ageDim).
	namedAge []bool
	// partKeys interns the keys of parts of a whole (partKey).
	partKeys map[string]string
	// keyOf numbers the distinct keys of the article's claims (countKeys),
	// and keyCount holds, for each claim, how many claims share its key;
	// keySlots is the table that numbers them.
	keyOf    []int32
	keyCount []int32
	keySlots []keySlot
	// keyFirst holds, for each claim, the first claim of its key, and
	// keyNext the next claim of the same key after each (-1: none): the
	// claims of a key are visited without scanning all the article's.
	keyFirst []int32
	keyNext  []int32
	// keyStrings maps a counted noun, as written, to its claims' key
	// ("count:" and its stem), kept from article to article (the memo is
	// pooled): articles count the same nouns again and again, and the
	// key was one allocation per claim.
	keyStrings map[string]string
	// headKeys holds what the key of a count of each noun, as written,
	// is made of in the noun groups headsOf (countGroupKey), kept from
	// article to article as keyStrings is.
	headKeys map[string]headKey
	headsOf  *nounGroups
}

// maxInterned bounds the nouns keyStrings keeps; beyond it the map
// starts afresh, so that a long run of copy with ever new nouns does
// not grow it without end.
const maxInterned = 4096

// countKey is "count:" and the stem of head, the key of a count of head.
func (m *ctxMemo) countKey(head string) string {
	if k, ok := m.keyStrings[head]; ok {
		return k
	}
	if m.keyStrings == nil || len(m.keyStrings) >= maxInterned {
		m.keyStrings = make(map[string]string)
	}
	k := "count:" + stem(head)
	// head is a piece of the article's text: a copy of it is kept, not
	// the whole text.
	m.keyStrings[strings.Clone(head)] = k
	return k
}

// Claim rooms. The claims of an article are built in a room of their
// own, taken from claimRooms: a claim is a large struct, and the rooms
// were a fifth of a run's allocated bytes (throughput round 11). Once
// the store has encoded an article's facts nothing points into its room
// any more, and RecycleFacts hands it back for the next article; facts
// that are never recycled (kept facts, serve, tests) leave their room
// to the garbage collector, as before.
const (
	// firstRoom is the least room made for an article's claims, so that
	// a room serves articles of about as many figures as it was made for.
	firstRoom = 64
	// maxRoom bounds the room a recycled array may have; larger ones are
	// left to the garbage collector, so the pool pins little memory.
	maxRoom = 1024
	// maxRooms bounds how many rooms the pool keeps: more than the
	// workers of a run ever hold at once.
	maxRooms = 64
)

// rooms holds recycled rooms of Ts, cleared so that they pin no
// article's text, for any worker to take. A plain stack under a mutex,
// not a sync.Pool: Put of a slice would allocate its header each time.
type rooms[T any] struct {
	mu    sync.Mutex
	rooms [][]T
}

// take returns empty room for at least n Ts: the last recycled room when
// it is large enough, else a new one of at least first (the small room
// is dropped, and the larger one takes its place when it is recycled).
func (p *rooms[T]) take(n, first int) []T {
	p.mu.Lock()
	if k := len(p.rooms); k > 0 {
		r := p.rooms[k-1]
		p.rooms[k-1] = nil
		p.rooms = p.rooms[:k-1]
		if cap(r) >= n {
			p.mu.Unlock()
			return r[:0]
		}
	}
	p.mu.Unlock()
	return make([]T, 0, max(n, first))
}

// put clears all of room, past its length too, and keeps it unless it
// is empty, larger than maxRoom or the pool holds maxRooms already.
func (p *rooms[T]) put(room []T) {
	if cap(room) == 0 || cap(room) > maxRoom {
		return
	}
	room = room[:cap(room)]
	clear(room)
	p.mu.Lock()
	if len(p.rooms) < maxRooms {
		p.rooms = append(p.rooms, room[:0])
	}
	p.mu.Unlock()
}

// claimRooms holds recycled claim rooms.
var claimRooms rooms[claim]

// anchorRooms holds recycled rooms of anchors (autoFacts.Anchors), as
// claimRooms holds claims': an article's anchors were an allocation of
// some kilobytes each, a third of the bytes the claims' stage allocated,
// garbage as soon as the checker has encoded them.
var anchorRooms rooms[anchor]

// takeAnchorRoom returns empty room for at least n anchors: a recycled
// one when one is large enough, a new one otherwise.
func takeAnchorRoom(n int) []anchor { return anchorRooms.take(n, 0) }

// recycleAnchors clears anchors (used by nothing any more) and keeps
// their room for another article.
func recycleAnchors(anchors []anchor) { anchorRooms.put(anchors) }

// claimRoom returns empty room for at least n claims, an article's own:
// a recycled one when one is large enough, a new one otherwise. The
// claims built there are cut off by takeClaims.
func (m *ctxMemo) claimRoom(n int) []claim {
	m.room, m.taken = m.takeRoom(n), false
	return m.room
}

// takeRoom takes room for n claims from claimRooms, or makes it.
func (m *ctxMemo) takeRoom(n int) []claim { return claimRooms.take(n, firstRoom) }

// takeClaims returns the claims built in the room claimRoom returned.
// The room after them is the article's own, so they keep it: an append
// writes over no other article's claims, and recycleClaims finds the
// whole room again.
func (m *ctxMemo) takeClaims(claims []claim) []claim {
	m.taken = true
	return claims
}

// recycleClaims clears the room of claims (whose claims must be used by
// nothing any more) and keeps it for another article.
func recycleClaims(claims []claim) {
	// Claims slice the article's text: cleared, a pooled room pins none.
	// Claims may have been built and dropped past len, so all of it.
	claimRooms.put(claims)
}

// keySlot is a key of countKeys' table: the hash of the key, the first
// claim with it (0: empty slot, else index+1), the last (index) and how
// many claims have it.
type keySlot struct {
	h     uint64
	first int32
	last  int32 // the last claim with it so far
	n     int32
}

// countKeys numbers the distinct keys of claims (keyOf) and counts the
// claims of each (keyCount). It replaces a map of key strings per
// article, whose allocation, hashing and growth were a twentieth of the
// claims' time: the keys are hashed once (hashStr, which reads a key of
// at most 16 bytes in two loads, where FNV read it byte by byte) into an
// open-addressed table of the memo's, and a hash found is confirmed by
// comparing the key strings, so two keys are never taken for one. The
// hash places a key in the table and decides nothing: the numbers and
// counts follow the claims' order.
func (m *ctxMemo) countKeys(claims []claim) {
	n := len(claims)
	size := 8
	for size < 2*n {
		size *= 2
	}
	if cap(m.keySlots) < size {
		m.keySlots = make([]keySlot, size)
	}
	slots := m.keySlots[:size]
	clear(slots)
	m.keyOf, m.keyCount = slices.Grow(m.keyOf[:0], n)[:n], slices.Grow(m.keyCount[:0], n)[:n]
	m.keyFirst, m.keyNext = slices.Grow(m.keyFirst[:0], n)[:n], slices.Grow(m.keyNext[:0], n)[:n]
	mask := uint64(size - 1)
	for i := range claims {
		key := claims[i].Key
		h := hashStr(key)
		k := (h ^ h>>29) & mask
		m.keyNext[i] = -1
		for {
			sl := &slots[k]
			if sl.first == 0 {
				*sl = keySlot{h: h, first: int32(i + 1), last: int32(i), n: 1}
				break
			}
			if sl.h == h && claims[sl.first-1].Key == key {
				sl.n++
				m.keyNext[sl.last] = int32(i)
				sl.last = int32(i)
				break
			}
			k = (k + 1) & mask
		}
		m.keyOf[i] = int32(k)
	}
	for i := range claims {
		sl := &slots[m.keyOf[i]]
		m.keyCount[i], m.keyFirst[i] = sl.n, sl.first-1
	}
}

// roleUnknown marks a spelling whose contrast group is not computed yet.
const roleUnknown = -2

var memoPool = sync.Pool{New: func() any { return new(ctxMemo) }}

func newCtxMemo(tokens int) *ctxMemo {
	m := memoPool.Get().(*ctxMemo)
	if cap(m.word) < tokens {
		m.word, m.done = make([]wordID, tokens), make([]bool, tokens)
		m.inQuantity = make([]bool, tokens)
		m.nameMid = make([]bool, tokens)
		m.lex = make([]int32, tokens)
		m.tokRole, m.tokBits = make([]int32, tokens), make([]tokenBits, tokens)
	}
	m.word, m.done = m.word[:tokens], m.done[:tokens]
	m.inQuantity = m.inQuantity[:tokens]
	m.nameMid, m.namesMarked = m.nameMid[:tokens], false
	m.lex = m.lex[:tokens]
	clear(m.lex)
	m.tokRole, m.tokBits = m.tokRole[:tokens], m.tokBits[:tokens]
	m.sentRead = m.sentRead[:0]
	m.soFar = m.soFar[:0]
	m.sentCue = m.sentCue[:0]
	if len(m.lexed.words) > maxLexWords {
		m.lexed.slots = nil // lexOf starts afresh
	}
	m.g, m.classes = nil, nil
	clear(m.done)
	clear(m.inQuantity)
	// m.kept goes on from where the last article's contexts end: they
	// are its claims' (keep).
	return m
}

// countSoFar reports whether a word that names a count ("number",
// "toll", "figure", "total", "count"), after q in its sentence, is said
// to be about to grow: "is expected to rise", "was likely to climb",
// "could increase". English grammar, as "up from" is; a cue of another
// sentence is not read, as it may be about another figure. The sentence
// is read once (soFarFrom) for all its figures: scanned from each figure
// to the sentence's end with seven case-folded comparisons per word, it
// was a tenth of the claims' time on generated copy (throughput round
// 17; the plain per-figure scan stays in the tests as the reference).
// readSentence, which the claims call first, finds it in its own pass
// over the sentence (round 18); soFarFrom reads a sentence not read.
func (m *ctxMemo) countSoFar(a *Article, q *quantity.Quantity) bool {
	si := q.Sentence
	if n := len(a.Seg.Sentences); len(m.soFar) != n {
		m.soFar = slices.Grow(m.soFar[:0], n)[:n]
		clear(m.soFar)
	}
	if m.soFar[si] == 0 {
		m.soFar[si] = int32(m.soFarFrom(a, a.Seg.Sentences[si]) + 2)
	}
	return int(m.soFar[si])-2 >= q.Tokens[1]
}

// soFarFrom is countSoFar for every figure of sentence sent: the last
// token p such that countSoFar holds for a figure ending at p or before
// it (its cue's count word stands at p), or -1. Scanned from the
// sentence's first token, the count word a cue goes with is the latest
// one before it, which is the one countSoFar's scan from any figure
// before that word finds; a figure after it finds none. The words are
// told by their spellings' bits (soFarBits, found once per spelling),
// not compared with the cue words: a word that is none of them, almost
// all, costs a load and a test.
func (m *ctxMemo) soFarFrom(a *Article, sent segment.Sentence) int {
	text, toks := a.Doc.Text, a.Seg.Tokens
	bitsAt := func(j int) soFarBits {
		if toks[j].Kind != segment.Word {
			return 0
		}
		return m.lexOf(text, toks, j).soFar
	}
	best, subject := -1, -1
	for j := sent.First; j < sent.Last; j++ {
		b := bitsAt(j)
		switch {
		case b == 0:
		case b&soFarCount != 0:
			subject = j
		case b&soFarCue != 0 && subject >= 0 && j-subject <= 6:
			if prev := bitsAt(j - 1); prev&soFarModal != 0 ||
				prev&soFarTo != 0 && j-2 > subject && bitsAt(j-2)&soFarExpect != 0 {
				best = subject
			}
		}
	}
	return best
}

// soFarBits tell which of countSoFar's words a spelling is, whatever its
// case (soFarBitsOf).
type soFarBits uint8

const (
	// soFarCount: a word that names a count ("number", "toll").
	soFarCount soFarBits = 1 << iota
	// soFarCue: a verb of growth ("rise", "climb").
	soFarCue
	// soFarModal: a modal before the verb ("could", "may").
	soFarModal
	// soFarTo: "to".
	soFarTo
	// soFarExpect: a word before "to" that makes the growth expected
	// ("expected", "likely").
	soFarExpect
)

// soFarBitsOf returns the soFarBits of spelling w: the words and the
// case folding of countSoFar.
func soFarBitsOf(w string) soFarBits {
	var b soFarBits
	if foldedIn(w, "number", "numbers", "toll", "figure", "figures", "total", "count") {
		b |= soFarCount
	}
	if foldedIn(w, "rise", "climb", "grow", "increase") {
		b |= soFarCue
	}
	if foldedIn(w, "could", "may", "might", "will", "would") {
		b |= soFarModal
	}
	if foldIs(w, "to") {
		b |= soFarTo
	}
	if foldedIn(w, "expected", "likely", "set", "feared", "forecast", "bound", "certain", "going") {
		b |= soFarExpect
	}
	return b
}

// keep appends a context to the memo's kept room and returns it there.
// The room is a chunk the memo carves the contexts of article after
// article from (keepRoom): the claims keep their contexts where they
// were made, each cut to its length, so that nothing written later
// reaches them. A copy of each article's contexts into one slice of its
// own (pack), and that slice's allocation, were a fiftieth of the
// claims' instructions; a chunk is allocated once per hundred articles
// or so, and is the garbage collector's once the facts of all of them
// are done with.
func (m *ctxMemo) keep(ws []wordID) []wordID {
	m.keepRoom(len(ws))
	start := len(m.kept)
	m.kept = append(m.kept, ws...)
	return m.kept[start:len(m.kept):len(m.kept)]
}

// keptChunk is the size in words of the chunks of the memo's kept room.
const keptChunk = 1 << 14

// keepRoom readies the memo's kept room for n more words: where the
// chunk has not the room, a new one, which never moves the words kept
// before (an append that grew the chunk would copy them, and the
// contexts cut from them would keep the old copy too).
func (m *ctxMemo) keepRoom(n int) {
	if len(m.kept)+n > cap(m.kept) {
		m.kept = make([]wordID, 0, max(keptChunk, n))
	}
}

// release returns the memo to the pool; it must not be used after.
func (m *ctxMemo) release() {
	if !m.taken {
		recycleClaims(m.room)
	}
	m.room, m.taken = nil, false
	m.roleClaim = claim{} // nothing pooled may keep the article's text alive
	memoPool.Put(m)
}

// shared counts the strings two sorted sets have in common.
func shared(a, b []string) int { return sharedUpTo(a, b, len(a)) }

// sharedUpTo counts the strings two sorted sets have in common, stopping
// at limit.
func sharedUpTo(a, b []string, limit int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) && n < limit {
		x, y := a[i], b[j]
		// Most words differ in their first byte: compare it before
		// calling into a full comparison.
		if len(x) > 0 && len(y) > 0 && x[0] != y[0] {
			if x[0] < y[0] {
				i++
			} else {
				j++
			}
			continue
		}
		switch strings.Compare(x, y) {
		case 0:
			n++
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	return n
}

// sharedIDs counts the words two sorted contexts have in common,
// stopping at limit.
func sharedIDs(a, b []wordID, limit int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) && n < limit {
		x, y := a[i], b[j]
		switch {
		case x == y:
			n++
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return n
}

// conversionOf finds the quantities that restate another in other units,
// as in "80 km/h (50mph)", "160 km, or 100 miles,", "30C/86F", "30C,
// that's 86F" (a bare "or" or comma may join alternatives, so they are
// not read as conversions): conv[j] = i
// when quantity j converts quantity i, -1 otherwise.
func conversionOf(text string, qs []quantity.Quantity) []int {
	conv := make([]int, len(qs))
	for j := range conv {
		conv[j] = -1
	}
	for i := 0; i+1 < len(qs); i++ {
		a, b := &qs[i], &qs[i+1]
		if a.Unit == nil || b.Unit == nil || a.Unit.Dimension != b.Unit.Dimension || a.Unit.Name == b.Unit.Name {
			continue
		}
		if a.Sentence != b.Sentence || a.Kind != quantity.Cardinal || b.Kind != quantity.Cardinal {
			continue
		}
		between := strings.TrimSpace(text[a.Span.End:b.Span.Start])
		switch between {
		case "(", "/", ", or", ", that's", ", that’s", ", that is":
			conv[i+1] = i
		}
	}
	return conv
}

// StoryTerms returns the names of an article, for grouping articles into
// stories: each run of capitalised words ("Anna Novak", "New Zealand",
// "Rotterdam") folded to lower case, sorted and distinct. A run's first
// word is left out where it is capitalised only because it opens a
// sentence ("The", "Officials"); one-word runs that are grammar or
// calendar words ("Monday") are not names.
//
// The slice is made for each call, of the terms' number, and is the
// caller's to keep and change (the checker keeps it as the article's
// terms, not a copy of it).
//
// It walks the article's capitalised words, which the names already
// found, rather than every token; asks the stop list about each spelling
// once, not each use; adds a one-word term once per spelling; and lowers
// the terms into one buffer, one string for all of them.
func (s *Set) StoryTerms(a *Article) []string {
	text, toks := a.Doc.Text, a.Seg.Tokens
	sc := a.capWords()
	caps := sc.toks
	if len(caps) == 0 {
		return nil
	}
	// The lowered terms and their spans are built in pooled room: only
	// the string of all terms, copied from it, outlives the call.
	scr := termPool.Get().(*termScratch)
	scr.sync(s, sc.of)
	buf := slices.Grow(scr.buf[:0], 8*len(caps))
	spans := slices.Grow(scr.spans[:0], len(caps)/2+1)
	scr.runs.reset(len(caps) / 8)
	// What is known of each spelling of the article (term* bits,
	// termKnown once read): termAdded is the article's own.
	state := slices.Grow(scr.state[:0], len(sc.words))[:len(sc.words)]
	clear(state)
	defer func() {
		scr.buf, scr.spans, scr.state = buf[:0], spans[:0], state[:0]
		clear(scr.runs.keys) // they slice the article's text
		termPool.Put(scr)
	}()
	about := func(form int32) uint8 {
		st := state[form]
		if st&termKnown == 0 {
			st = scr.reading(s, sc, form)
			state[form] = st
		}
		return st
	}
	for k := 0; k < len(caps); {
		m := k + 1
		for m < len(caps) && caps[m].tok == caps[m-1].tok+1 && isSpace1(text, toks[caps[m-1].tok].End, toks[caps[m].tok].Start) {
			m++
		}
		start := k
		if toks[caps[k].tok].Initial && about(caps[k].form)&termStop != 0 {
			start++
		}
		k = m
		if start == m {
			continue
		}
		if m-start > 1 {
			// A name after titles or a role is the name alone: one
			// outlet's "Surveyor Dr Ada Wren" is another's "Ada Wren",
			// and the story's articles share the name only.
			start += afterTitles(sc, toks, caps[start:m], about)
		}
		first := &toks[caps[start].tok]
		if m-start == 1 {
			form := caps[start].form
			switch st := about(form); {
			case st&(termStop|termShort|termAdded) != 0:
				// Lowering changes no rune count: the term is short
				// when the word is.
				continue
			case first.Initial && !isAllCaps(sc.words[form]) && sc.mid(form) == 0:
				// Only ever capitalised at the start of a sentence.
				continue
			}
			state[form] |= termAdded
		}
		// The words of a run are one space apart: the run's text,
		// lowered in one go, is its words lowered and joined. A run of
		// several words written as before gives the same term again,
		// which need not be lowered and sorted only to be dropped.
		run := text[first.Start:toks[caps[m-1].tok].End]
		if m-start > 1 {
			if _, isNew := scr.runs.find(run); !isNew {
				continue
			}
		}
		from := len(buf)
		buf = appendLower(buf, run)
		spans = append(spans, [2]int32{int32(from), int32(len(buf))})
	}
	if len(spans) == 0 {
		return nil
	}
	// The terms are sorted and made distinct in pooled room; only the
	// distinct ones are copied out, into a slice of their number.
	all := string(buf)
	terms := slices.Grow(scr.terms[:0], len(spans))[:len(spans)]
	for i, sp := range spans {
		terms[i] = all[sp[0]:sp[1]]
	}
	slices.Sort(terms)
	out := slices.Clone(slices.Compact(terms))
	clear(terms) // they slice the terms' string
	scr.terms = terms[:0]
	return out
}

// What StoryTerms knows of a spelling: termKnown once the rest is set;
// a stop word in lower case; fewer than three letters; a title as
// written (grammar.titles); and, of the article's own state, added as a
// one-word term.
const (
	termKnown uint8 = 1 << iota
	termStop
	termShort
	termTitle
	termAdded
)

// afterTitles returns how many words open the run of capitalised words
// run before the name it holds, leaving at least one: the grammar's
// titles ("Dr", "Captain"), and a first word of a sentence that the
// article capitalises nowhere else when a title follows it ("Surveyor
// Dr Ada Wren"): a role. A first word before a name is left alone: "East
// Tolva Radio" and "Ferryman Ivo Sand" look alike. about reads a
// spelling's term* bits.
func afterTitles(sc *nameScan, toks []segment.Token, run []nameTok, about func(int32) uint8) int {
	k := 0
	for ; k < len(run)-1; k++ {
		if about(run[k].form)&termTitle != 0 {
			continue
		}
		if k == 0 && toks[run[0].tok].Initial && sc.mid(run[0].form) == 0 && !isAllCaps(sc.words[run[0].form]) &&
			about(run[1].form)&termTitle != 0 {
			continue
		}
		break
	}
	return k
}

// termScratch is StoryTerms's working room, reused across articles. It
// keeps bytes and offsets only, no string of an article, once a call
// returns.
type termScratch struct {
	buf   []byte
	spans [][2]int32
	// terms is room for the terms before they are sorted and made
	// distinct (cleared after each article).
	terms []string
	// runs are the runs of several words seen so far, by their text
	// (cleared after each article).
	runs  formTable
	state []uint8
	// byNum holds, by the segmenter's number of a spelling
	// (segment.Token.Word) in the Words of, its term* bits but
	// termAdded (0: not read yet), with the grammar of set: a spelling
	// is read once for all the articles segmented with of, not once per
	// article, where the stop list and the titles, maps of strings,
	// hashed it each time. Emptied when the scratch serves other Words
	// or another Set.
	byNum []uint8
	of    *segment.Words
	set   *Set
}

var termPool = sync.Pool{New: func() any { return new(termScratch) }}

// sync readies the scratch's readings by number for the Set s and the
// Words of (nil: none, each spelling then read by its text).
func (t *termScratch) sync(s *Set, of *segment.Words) {
	if of != t.of || s != t.set {
		clear(t.byNum)
		t.of, t.set = of, s
	}
	if of == nil {
		return
	}
	if n := of.Len(); len(t.byNum) < n {
		t.byNum = slices.Grow(t.byNum, n-len(t.byNum))[:n]
	}
}

// reading returns the term* bits of spelling form of sc (termKnown set,
// termAdded not), read by its number in the scratch's Words where it
// has one.
func (t *termScratch) reading(s *Set, sc *nameScan, form int32) uint8 {
	if sc.nums != nil && sc.of == t.of {
		if wn := sc.nums[form]; wn != 0 && int(wn) < len(t.byNum) {
			st := t.byNum[wn]
			if st == 0 {
				st = s.termReading(sc.words[form])
				t.byNum[wn] = st
			}
			return st
		}
	}
	return s.termReading(sc.words[form])
}

// termReading returns the term* bits of spelling w but termAdded.
func (s *Set) termReading(w string) uint8 {
	st := termKnown
	if s.grammar.stop.hasLower(w) {
		st |= termStop
	}
	if utf8.RuneCountInString(w) < 3 {
		st |= termShort
	}
	if s.grammar.titles[w] {
		st |= termTitle
	}
	return st
}

// appendLower appends strings.ToLower(w) to buf: ASCII is copied and
// lowered in place.
func appendLower(buf []byte, w string) []byte {
	from := len(buf)
	buf = append(buf, w...)
	low := buf[from:]
	for i, c := range low {
		switch {
		case c >= utf8.RuneSelf:
			return append(buf[:from], strings.ToLower(w)...)
		case 'A' <= c && c <= 'Z':
			low[i] = c + 'a' - 'A'
		}
	}
	return buf
}

// nounBefore reads the noun that a number after "of" measures: "a crowd of
// 52,340", "a workforce of 40,000". It returns the noun, or "".
func (g *grammar) nounBefore(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) string {
	j := q.Tokens[0] - 1
	if j-1 < sent.First || !foldIs(toks[j].Text(text), "of") || toks[j-1].Kind != segment.Word {
		return ""
	}
	w := toks[j-1].Text(text)
	if !isLowerWord(w) || g.stop[w] || utf8.RuneCountInString(w) < 3 {
		return ""
	}
	return w
}

// wordClass is what the claims of fact.mismatch ask of one word token:
// whether its lower-case form is in each of the word sets they read
// (classStop: the grammar's stop words, classScope: the rule's scope
// words, and so on). classKnown marks a token whose classes the memo
// holds, so that 0 is "not computed yet".
type wordClass uint16

const (
	classKnown wordClass = 1 << iota
	classStop
	classPrep
	classModifier
	classFrame
	classReporting
	classScope
	classDeterminer
	classClauseVerb
	classRemainder
	// classBalance: a frame word that names the balance of a sum still
	// due right before it (autoFactsConfig.BalanceWords).
	classBalance
	// classAboard: a noun of the whole or a part of everyone on board
	// (kind_autofacts_aboard.go).
	classAboard
	// classBesides: a frame word that, before a count of a role no
	// figure before it has, counts that role whole
	// (kind_autofacts_besides.go).
	classBesides
	// classPhraseEnd: the last word of a role phrase
	// (kind_autofacts_rolephrase.go).
	classPhraseEnd
)

// classTable maps each lower-case word of the sets a claim reads to its
// classes, so that one look-up answers every set: a claim's windows ask
// the scope words, the stop words, the reporting verbs and the
// prepositions about the same tokens, each through a map of its own
// (the scope words alone were an eighth of the claims' time). first
// marks the first bytes of its words (lowered), to turn most tokens
// away before hashing them; slots is m as an open-addressed table keyed
// by the FNV hash of the word, which the memo's lexAt computes anyway
// while it lowers a token, confirmed by comparing the word.
type classTable struct {
	m     map[string]wordClass
	first [256]bool
	slots []classSlot
	mask  uint64
}

type classSlot struct {
	h uint64
	w string // "": empty
	c wordClass
}

// add puts the words of ws (keys as the set holds them, as words.hasLower
// asks them) in class c.
func (t *classTable) add(ws map[string]bool, c wordClass) {
	if t.m == nil {
		t.m = make(map[string]wordClass)
	}
	for w, ok := range ws {
		if !ok || w == "" {
			continue
		}
		t.m[w] |= c
		t.first[w[0]] = true
	}
	t.index()
}

// index builds slots from m.
func (t *classTable) index() {
	n := 8
	for n < 4*len(t.m) {
		n *= 2
	}
	t.slots, t.mask = make([]classSlot, n), uint64(n-1)
	for w, c := range t.m {
		h := fnvAdd(fnvOffset, w)
		i := (h ^ h>>29) & t.mask
		for t.slots[i].w != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = classSlot{h: h, w: w, c: c}
	}
}

// lowered returns the classes of the lower-case word b, whose FNV hash
// (fnvAdd from fnvOffset) is h.
func (t *classTable) lowered(b []byte, h uint64) wordClass {
	if len(b) == 0 || !t.first[b[0]] {
		return 0
	}
	for i := (h ^ h>>29) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.w == "" {
			return 0
		}
		if sl.h == h && sl.w == string(b) {
			return sl.c
		}
	}
}

// of returns the classes of token text w, lowered as words.hasLower
// lowers it (ASCII on the stack, anything else by strings.ToLower), so
// that of(w)&c != 0 exactly when the set of class c hasLower(w).
func (t *classTable) of(w string) wordClass {
	if w == "" {
		return 0
	}
	if c := w[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !t.first[c] {
			return 0 // an ASCII first byte lowers to itself or its small letter
		}
	}
	if len(w) > 32 {
		return t.m[strings.ToLower(w)]
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return t.m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return t.m[string(buf[:len(w)])]
}

// clauseVerbs are the auxiliaries that make the words before them the
// subject of a clause (clauseFirst): grammar, not story vocabulary.
var clauseVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "remain": true, "remained": true}

// classOf returns the classes of token j (lexOf).
func (m *ctxMemo) classOf(text string, toks []segment.Token, j int) wordClass {
	return m.lexOf(text, toks, j).class
}

// ctxAt is contextID of token j's text (lexOf).
func (m *ctxMemo) ctxAt(text string, toks []segment.Token, j int) wordID {
	return m.lexOf(text, toks, j).ctx
}

// stemAt is stemID of token j's text (lexOf).
func (m *ctxMemo) stemAt(text string, toks []segment.Token, j int) (wordID, bool) {
	w := m.lexOf(text, toks, j)
	return w.stem, w.stemOK
}

// lexFresh reads spelling s for everything the claims ask of a word:
// its classes (classTable.of), the wordID of its stem (stemID) and its
// context word (contextID, with capital when it does not start with a
// small letter, then through the synonyms). A short ASCII word is
// lowered and hashed once, and its stem taken once; other words take
// the functions each stands for, which give the same values. It runs
// once per spelling of a memo's table (lexOf).
func (m *ctxMemo) lexFresh(s string) lexWord {
	capital := !isLowerWord(s)
	t, g := m.classes, m.g
	w := lexWord{role: roleUnknown, lower: !capital, allCaps: isAllCaps(s), soFar: soFarBitsOf(s)}
	w.cue = cuesOf(s)
	lowered := strings.ToLower(s)
	w.plain = lowered == s
	if g != nil {
		w.plural = g.isPlural(lowered)
	}
	switch s {
	case "which", "who", "that", "where", "whose":
		w.relative = true // opens a relative clause (ownerOf)
	}
	var buf [48]byte
	if len(s) > len(buf) || g == nil || g.stopIDs == nil {
		m.lexSlow(s, capital, &w)
		return w
	}
	b := buf[:len(s)]
	// hw hashes the word as written, hl lowered: contextID asks the stop
	// words about a lower-case word as written, about others lowered.
	hw, hl := uint64(fnvOffset), uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			m.lexSlow(s, capital, &w)
			return w
		}
		hw = (hw ^ uint64(c)) * fnvPrime
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		hl = (hl ^ uint64(c)) * fnvPrime
		b[i] = c
	}
	cls := classKnown
	if t != nil {
		cls |= t.lowered(b, hl)
	}
	base, suffix := stemParts(b)
	st := nonZero(fnvAdd(fnvAdd(fnvOffset, base), suffix))
	ctx := st
	if capital {
		hw = hl
	}
	if len(b) < 3 || g.stopIDs.has(nonZero(hw)) {
		ctx = 0
	}
	w.class, w.ctx = cls, ctx
	// stemID hashes words of up to 46 bytes (two fewer than contextID).
	w.stem, w.stemOK = st, len(s) <= len(buf)-2
	w.word = g.synonym(ctx)
	return w
}

// lexSlow is lexFresh for words that are not short ASCII, and for a memo
// without the rule's tables.
func (m *ctxMemo) lexSlow(s string, capital bool, w *lexWord) {
	cls := classKnown
	if m.classes != nil {
		cls |= m.classes.of(s)
	}
	w.class = cls
	w.stem, w.stemOK = stemID(s)
	if m.g != nil {
		w.ctx = m.g.contextID(s, capital)
		w.word = m.g.synonym(w.ctx)
	}
}

// synonym is the context word that context word w stands for: the
// first word of its synonyms group, or w.
func (g *grammar) synonym(w wordID) wordID {
	if w != 0 && g.synonyms != nil {
		if k := g.synonyms.get(w); k >= 0 {
			return g.canon[k]
		}
	}
	return w
}

// foldIs is strings.EqualFold(w, lit) for a lit of lower-case ASCII
// letters other than k and s. Of the ASCII letters only k and s have a
// case-fold of another width (the Kelvin sign, the long s), so a word
// of another length than such a lit is never equal to it under case
// folding: it is turned away without the call, which most of the words
// asked about are (TestFoldIsLiterals checks the literals passed).
//
// A word of the lit's length is compared a byte at a time, not through
// strings.EqualFold (a call that decodes runes): it is equal to such a
// lit under case folding exactly when each byte is the lit's letter in
// either case. Setting bit 0x20 turns only an upper-case ASCII letter
// into its lower case; no other byte, and no byte of a non-ASCII
// character (0x80 and up), becomes a lower-case letter by it, and no
// non-ASCII character folds to a letter of such a lit.
func foldIs(w, lit string) bool {
	if len(w) != len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if w[i]|0x20 != lit[i] {
			return false
		}
	}
	return true
}

// foldLit is strings.EqualFold(w, lit) for lit of lower-case ASCII
// letters, "k" and "s" included: foldIs where w is as long as lit (a
// word of lit's length folds to it only byte by byte, as a wider fold
// would make it longer), and EqualFold only for a longer w when lit has
// a "k" or an "s", whose folds (the Kelvin sign, the long s) are wider.
func foldLit(w, lit string) bool {
	if len(w) == len(lit) {
		for i := 0; i < len(lit); i++ {
			if w[i]|0x20 != lit[i] {
				return false
			}
		}
		return true
	}
	return len(w) > len(lit) && strings.ContainsAny(lit, "ks") && strings.EqualFold(w, lit)
}
