package rules

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/english"

	"github.com/factlint/factlint/checker/segment"
)

// The claims of fact.mismatch read the same spellings again and again:
// 1,000 generated articles put 226,000 tokens in the windows of their
// figures, and those tokens have 213 distinct spellings; the 29 real
// articles of testdata (seeds and stories) have 10,263 words in their
// sentences with a figure, of 2,350 spellings.
// What a token's reading gives (its classes, stem, context word,
// contrast group, case) depends on its text alone, so it is computed
// once per spelling and kept in a table of the memo's, which the memo
// keeps from article to article (it is pooled, one per worker): a token
// met before costs one hash of its bytes and one comparison, instead of
// lowering, three hashes, a stem, two table probes and the contrast
// words' look-up (throughput round 15).

// lexWord is what the claims read of one spelling of a word token.
type lexWord struct {
	// stem is the wordID of its stem (stemID), when stemOK.
	stem wordID
	// ctx is its contextID (read in lower case when it does not start
	// with a small letter), and word that through the grammar's
	// synonyms: the context word wordAt keeps.
	ctx, word wordID
	// off and n place its text in the table's bytes; packed and packed2
	// are the text packed in two words when it has at most 16 bytes
	// (lexKey).
	off, n          uint32
	packed, packed2 uint64
	// role is its contrast group (roleOf), roleUnknown until asked.
	role  int32
	class wordClass
	// lower: it starts with a small letter (isLowerWord); allCaps:
	// isAllCaps; relative: a relative pronoun, as written (ownerOf).
	stemOK, lower, allCaps, relative bool
	// cue tells which of the words that some claim tests look for
	// anywhere in a sentence it is (cuesOf); cues is all the cues it
	// gives a sentence, with cueRead, once readSentence has read it
	// (spellingCues; 0 until then).
	cue, cues sentenceCues
	// plain: it is in lower case already (strings.ToLower gives it
	// back); plural: the grammar's isPlural of its lower case
	// (countedNounIn).
	plain, plural bool
	// soFar tells which of countSoFar's words it is (soFarBitsOf).
	soFar soFarBits
}

// lexTable numbers the spellings the memo has read (lexWord), by the
// FNV hash of their bytes, confirmed by comparing the bytes. It belongs
// to one grammar and class table (a rule's): it is emptied when the
// memo serves another.
type lexTable struct {
	g       *grammar
	classes *classTable
	// words are the spellings read, from words[1]: words[0] stands for
	// none, so that a token's number 0 means "not read yet".
	words []lexWord
	// slots is an open-addressed table of the words: the hash of a
	// word and its number (0: empty).
	slots []lexSlot
	mask  uint64
	bytes []byte
	// byWord holds, for each spelling numbered by the segmenter's Words
	// of (segment.Token.Word), its number in the table (id; 0: not read
	// yet) and what readSentence's loop reads of it (lexNum): a word
	// read before in any article segmented with of costs one load of
	// 16 bytes, not a hash and a probe of slots, nor the load of its
	// lexWord. Emptied with the table, and when an article comes with
	// other Words (see sync).
	byWord []lexNum
	of     *segment.Words
	// english holds, by number, whether the spelling in lower case is
	// an English word (englishAt; 0: not asked yet, 1: no, 2: yes).
	english []uint8
	// near holds, by number, the bits of each spelling in the near
	// words' sets of the memo's headsOf (nearBitsAt; 0: not read yet).
	near []uint32
	// keyed holds, by number, the keyedBits of each spelling asked
	// (autoFactsRule.keyed; 0: not asked yet).
	keyed []keyedBits
	// ofCompl holds, by number, "of " and the stem of each spelling
	// ofComplAt has asked about (a map, as few spellings are asked), and
	// the key last made with it (ofKeyAt).
	ofCompl map[int32]ofCompl
	// lowered holds, by number, each spelling loweredAt has asked about
	// in lower case: a map, as few spellings are asked.
	lowered map[int32]string
	// ages holds, by number, the key and label of the age of a person
	// named by each spelling ageKeyAt has asked about.
	ages map[int32]ageKey
	// heads holds, by number, the headKey of each spelling that
	// countGroupKey has read as a count's noun in the noun groups of
	// the memo's headsOf (key "": not yet); emptied with the table and
	// when the memo serves other groups.
	heads []headKey
	// compls holds, by the numbers of two spellings (nameComplAt's
	// pair), the complement naming a place or person that they make
	// ("to tollbury") and the last count key made with it.
	compls map[uint64]ofCompl
}

// lexNum is what readSentence's loop without a call (wordsRead) reads
// of a spelling by the segmenter's number of it: its number in the
// table, and its lexWord's cues, case and context word copied, 16
// bytes in a row by number where the lexWord is some hundred bytes
// reached through its number. cues is 0 until the spelling's cues are
// complete (cueRead) and for a spelling with cueSoFar, whose tokens
// the loop hands to readSentence: cues not 0 tells that the rest is
// filled.
type lexNum struct {
	word           wordID
	id             int32
	cues           sentenceCues
	lower, allCaps bool
}

// ageKey is the key ("age|" and the name in lower case) and the label
// ("age of " and the name) of the age of a person of one name.
type ageKey struct{ key, label string }

// lexSlot is one slot of a lexTable: the key's hash h, the word's
// number i and its length n in bytes. For a spelling of at most 8 bytes
// the hash and the length tell it apart from every other (see keyOf), so
// the slot alone confirms a hit: the words need not be read for it. n
// fills what was the slot's padding.
type lexSlot struct {
	h uint64
	i int32
	n uint32
}

const (
	// maxLexWords bounds the spellings a table keeps from article to
	// article: past it, the next article starts afresh, so that a long
	// run of copy with ever new words does not grow it without end.
	maxLexWords = 1 << 14
	// firstLexSlots is the size of a new table's slots.
	firstLexSlots = 1 << 10
)

// reset empties the table for grammar g and classes c.
func (t *lexTable) reset(g *grammar, c *classTable) {
	t.g, t.classes = g, c
	t.words, t.bytes = append(t.words[:0], lexWord{}), t.bytes[:0]
	clear(t.byWord)
	clear(t.english)
	clear(t.keyed)
	clear(t.near)
	clear(t.ofCompl)
	clear(t.lowered)
	clear(t.ages)
	clear(t.compls)
	clear(t.heads)
	if t.slots == nil {
		t.slots, t.mask = make([]lexSlot, firstLexSlots), firstLexSlots-1
	} else {
		clear(t.slots)
	}
}

// lexKey is the hash of a spelling, and the spelling itself packed in
// two words (little-endian, its first 8 bytes and the next 8) when it
// has at most 16 bytes: most words do, and are then hashed with a
// multiplication or two and told apart by comparing two words, not
// their bytes.
type lexKey struct {
	h, packed, packed2 uint64
}

// The multipliers of keyOf's hash (odd, so one-to-one on 64-bit words).
const (
	keyMul  = 0x9e3779b97f4a7c15
	keyMul2 = 0xc2b2ae3d27d4eb4f
)

// keyOf returns the key of spelling s. For a spelling of at most 8
// bytes the hash is a one-to-one function of its packed bytes plus its
// length (a multiplication by an odd number and a xor-shift are both
// one-to-one on 64-bit words), so two such spellings of one length with
// one hash are the same spelling. A spelling of 9 to 16 bytes is hashed
// from its two words, and a hit is confirmed by comparing them (find).
func keyOf(s string) lexKey {
	if len(s) > 16 {
		return lexKey{h: fnvAdd(fnvOffset, s)}
	}
	// Copied into a zeroed array and loaded at once: a loop shifting
	// byte by byte cost four times as much.
	var b [16]byte
	copy(b[:], s)
	return packedKey(binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:]), len(s))
}

// packedKey is the key of a spelling of n <= 16 bytes packed in x (its
// first 8 bytes) and x2 (the rest, zero for n <= 8).
func packedKey(x, x2 uint64, n int) lexKey {
	h := (x + uint64(n)) * keyMul
	if n > 8 {
		h ^= x2 * keyMul2
	}
	return lexKey{h: h ^ h>>32, packed: x, packed2: x2}
}

// load8 loads the 8 bytes of b (len(b) >= 8) as a little-endian word,
// keeping its first n bytes (1 <= n <= 8) and zeroing the rest.
func load8(b string, n int) uint64 {
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return x & (^uint64(0) >> (64 - 8*uint(n)))
}

// keyAt is keyOf(text[s:e]). A spelling of at most 16 bytes with 8 (or
// 16) bytes of text from its start (all but the text's last few) is
// loaded from the text a word at a time and its bytes past e masked
// off: the copy into an array of keyOf cost a call to memmove per token.
func keyAt(text string, s, e int) lexKey {
	n := e - s
	switch {
	case n <= 0 || n > 16:
	case n <= 8 && s+8 <= len(text):
		return packedKey(load8(text[s:s+8], n), 0, n)
	case n > 8 && s+16 <= len(text):
		return packedKey(load8(text[s:s+8], 8), load8(text[s+8:s+16], n-8), n)
	}
	return keyOf(text[s:e])
}

// find returns the number of spelling s (key k), or -1 and the free
// slot where it goes.
func (t *lexTable) find(s string, k lexKey) (int32, uint64) {
	for i := (k.h ^ k.h>>29) & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.i == 0 {
			return -1, i
		}
		if sl.h != k.h || int(sl.n) != len(s) {
			continue
		}
		if len(s) <= 8 {
			return sl.i, i // one hash and length: one spelling (keyOf)
		}
		w := &t.words[sl.i]
		if len(s) <= 16 {
			if w.packed == k.packed && w.packed2 == k.packed2 {
				return sl.i, i
			}
			continue
		}
		if string(t.bytes[w.off:w.off+w.n]) == s {
			return sl.i, i
		}
	}
}

// add keeps w, spelt s (key k), at free slot at, and returns its number.
func (t *lexTable) add(s string, k lexKey, at uint64, w lexWord) int32 {
	w.off, w.n, w.packed, w.packed2 = uint32(len(t.bytes)), uint32(len(s)), k.packed, k.packed2
	t.bytes = append(t.bytes, s...)
	t.words = append(t.words, w)
	n := int32(len(t.words) - 1)
	t.slots[at] = lexSlot{h: k.h, i: n, n: uint32(len(s))}
	if 2*len(t.words) > len(t.slots) {
		t.grow()
	}
	return n
}

// grow doubles the slots, keeping the words' numbers.
func (t *lexTable) grow() {
	old := t.slots
	t.slots = make([]lexSlot, 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for _, sl := range old {
		if sl.i == 0 {
			continue
		}
		i := (sl.h ^ sl.h>>29) & t.mask
		for t.slots[i].i != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = sl
	}
}

// sync readies byWord for the numbers of words (nil: none): emptied
// when the table last served other Words (whose numbers stand for other
// spellings), and long enough for every number words has given, with
// byWord[0], for a token without a number, 0.
func (t *lexTable) sync(words *segment.Words) {
	if words != t.of {
		clear(t.byWord)
		t.of = words
	}
	n := 1
	if words != nil {
		n = words.Len()
	}
	if len(t.byWord) < n {
		t.byWord = slices.Grow(t.byWord, n-len(t.byWord))[:n]
	}
}

// wordAt returns the number of the spelling text[s:e], reading it
// (lexFresh) on its first meeting. A spelling of at most 8 bytes with 8
// bytes of text from its start, almost every word, is keyed as keyAt
// does and found in the slots alone, in one loop without a call: the
// calls to keyAt and find, the string header built for find and the
// load of the word to confirm the hit were two thirds of readSentence's
// cost per token. A spelling of 9 to 16 bytes (a sixth of the words
// read) is found alike, its hit confirmed by its two packed words.
func (t *lexTable) wordAt(m *ctxMemo, text string, s, e int) int32 {
	n := e - s
	if n <= 8 && n > 0 && s+8 <= len(text) {
		x := load8(text[s:s+8], n)
		h := (x + uint64(n)) * keyMul
		h ^= h >> 32
		slots, mask := t.slots, t.mask
		for i := (h ^ h>>29) & mask; ; i = (i + 1) & mask {
			sl := &slots[i]
			if sl.i == 0 {
				break
			}
			if sl.h == h && int(sl.n) == n {
				return sl.i
			}
		}
	} else if n > 8 && n <= 16 && s+16 <= len(text) {
		x, x2 := load8(text[s:s+8], 8), load8(text[s+8:s+16], n-8)
		h := (x+uint64(n))*keyMul ^ x2*keyMul2
		h ^= h >> 32
		slots, mask := t.slots, t.mask
		for i := (h ^ h>>29) & mask; ; i = (i + 1) & mask {
			sl := &slots[i]
			if sl.i == 0 {
				break
			}
			if sl.h == h && int(sl.n) == n {
				if w := &t.words[sl.i]; w.packed == x && w.packed2 == x2 {
					return sl.i
				}
			}
		}
	}
	w := text[s:e]
	key := keyAt(text, s, e)
	id, at := t.find(w, key)
	if id < 0 {
		id = t.add(w, key, at, m.lexFresh(w))
	}
	return id
}

// lexOf returns what the claims read of token j, reading its spelling
// on its first meeting in the memo's table (lexFresh) and numbering
// token j with it.
// The walks of the claims ask it a million times per thousand articles,
// most for tokens read before: that case is small enough to be inlined.
func (m *ctxMemo) lexOf(text string, toks []segment.Token, j int) *lexWord {
	if m.lex[j] == 0 {
		m.lexFirst(text, toks, j)
	}
	return &m.lexed.words[m.lex[j]]
}

// lexFirst is lexOf for a token not read before in the article: it
// numbers the token with its spelling.
func (m *ctxMemo) lexFirst(text string, toks []segment.Token, j int) {
	t := &m.lexed
	if t.g != m.g || t.classes != m.classes || t.slots == nil {
		t.reset(m.g, m.classes)
	}
	m.lex[j] = t.wordAt(m, text, toks[j].Start, toks[j].End)
}

// englishAt is english.IsWord(strings.ToLower(w)) of word token j,
// spelt w, asked once per spelling (lexTable.english): the word list is
// searched in a string of 600 KB, at some 2,800 instructions a word, and
// copy opens its sentences with the same few capitalised words.
func (m *ctxMemo) englishAt(text string, toks []segment.Token, j int) bool {
	if m == nil || m.g == nil {
		return english.IsWord(strings.ToLower(toks[j].Text(text)))
	}
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	if int(id) >= len(t.english) {
		t.english = append(t.english, make([]uint8, len(t.words)-len(t.english))...)
	}
	if t.english[id] == 0 {
		t.english[id] = 1
		if english.IsWord(strings.ToLower(toks[j].Text(text))) {
			t.english[id] = 2
		}
	}
	return t.english[id] == 2
}

// ofComplAt is "of " + stem(w) of word token j, spelt w: the
// complement of a measure "of" that word (claimFor), made once per
// spelling (lexTable.ofCompl), not concatenated and stemmed for each
// figure.
func (m *ctxMemo) ofComplAt(text string, toks []segment.Token, j int) string {
	if m == nil || m.g == nil {
		return "of " + stem(toks[j].Text(text))
	}
	c, _ := m.ofComplOf(text, toks, j)
	return c.compl
}

// ofCompl is the complement of a measure "of" a spelling, and the last
// key made of it (ofKeyAt): the key it followed (base), and base, "|"
// and the complement (key).
type ofCompl struct{ compl, base, key string }

// ofComplOf returns the entry of lexTable.ofCompl of word token j, made
// on the first asking, and the spelling's number.
func (m *ctxMemo) ofComplOf(text string, toks []segment.Token, j int) (ofCompl, int32) {
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	c, ok := t.ofCompl[id]
	if !ok {
		if t.ofCompl == nil {
			t.ofCompl = make(map[int32]ofCompl)
		}
		c = ofCompl{compl: "of " + stem(toks[j].Text(text))}
		t.ofCompl[id] = c
	}
	return c, id
}

// ofKeyAt returns the complement of a measure "of" word token j
// (ofComplAt) and base + "|" + that complement, the measure's key where
// its key before the complement is base (its dimension). The key is kept
// with the complement, for the spelling's last base: a text measures the
// same thing in the same unit again and again, and joining the key cost
// a tenth of a measure's claim.
func (m *ctxMemo) ofKeyAt(text string, toks []segment.Token, j int, base string) (compl, key string) {
	if m == nil || m.g == nil {
		compl = "of " + stem(toks[j].Text(text))
		return compl, base + "|" + compl
	}
	c, id := m.ofComplOf(text, toks, j)
	if c.key == "" || c.base != base {
		c.base, c.key = base, base+"|"+c.compl
		m.lexed.ofCompl[id] = c
	}
	return c.compl, c.key
}

// ageKeyAt is the key and label of the age of the person named by word
// token j ("age|tervane", "age of Tervane"), made once per spelling
// (lexTable.ages): an age is keyed by a surname that copy writes again
// and again, and lowering and joining it cost some 1,300 instructions
// a figure.
func (m *ctxMemo) ageKeyAt(text string, toks []segment.Token, j int) (key, label string) {
	w := toks[j].Text(text)
	if m == nil || m.g == nil {
		return "age|" + strings.ToLower(w), "age of " + w
	}
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	k, ok := t.ages[id]
	if !ok {
		if t.ages == nil {
			t.ages = make(map[int32]ageKey)
		}
		k = ageKey{"age|" + strings.ToLower(w), "age of " + w}
		t.ages[id] = k
	}
	return k.key, k.label
}

// nameComplAt is the complement that preposition token j and name
// token k make in lower case, joined by a space ("to tollbury"), made once
// per pair of spellings (lexTable.compls), and the pair's number for
// nameComplKey: lowering both words and joining them cost some 500
// instructions and an allocation a count, for the few places and
// people a story names again and again.
func (m *ctxMemo) nameComplAt(text string, toks []segment.Token, j, k int) (string, uint64) {
	m.lexOf(text, toks, j)
	m.lexOf(text, toks, k)
	t := &m.lexed
	id := uint64(uint32(m.lex[j]))<<32 | uint64(uint32(m.lex[k]))
	c, ok := t.compls[id]
	if !ok {
		if t.compls == nil {
			t.compls = make(map[uint64]ofCompl)
		}
		c = ofCompl{compl: strings.ToLower(toks[j].Text(text)) + " " + strings.ToLower(toks[k].Text(text))}
		t.compls[id] = c
	}
	return c.compl, id
}

// nameComplKey is base + "|" + compl, the key of a count whose key
// without its name complement compl is base; id is the complement's
// pair number from nameComplAt (0: none, the key is joined). The key
// is kept with the complement for the last base, as ofKeyAt keeps a
// measure's.
func (m *ctxMemo) nameComplKey(id uint64, base, compl string) string {
	if m == nil || id == 0 {
		return base + "|" + compl
	}
	t := &m.lexed
	c, ok := t.compls[id]
	if !ok || c.compl != compl {
		return base + "|" + compl
	}
	if c.key == "" || c.base != base {
		c.base, c.key = base, base+"|"+c.compl
		t.compls[id] = c
	}
	return c.key
}

// loweredAt is strings.ToLower of word token j, made once per spelling
// (lexTable.lowered) and kept apart from the article's text: a name
// that owns figures (ownerOf) is lowered for each figure after it.
func (m *ctxMemo) loweredAt(text string, toks []segment.Token, j int) string {
	w := toks[j].Text(text)
	if m == nil || m.g == nil || w == "" {
		return strings.ToLower(w)
	}
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	l, ok := t.lowered[id]
	if !ok {
		if t.lowered == nil {
			t.lowered = make(map[int32]string)
		}
		l = strings.Clone(strings.ToLower(w))
		t.lowered[id] = l
	}
	return l
}

// tokenBits are what roleWithin and scopeAround ask of a token of a
// read sentence (readSentence) that holds a contrast or a scope word
// (cueRole, cueScope): rolesAndScopes writes them for those only.
type tokenBits uint8

const (
	// tokWord: a word token.
	tokWord tokenBits = 1 << iota
	// tokNumber: a number token, which ends the scan for a scope word.
	tokNumber
	// tokScope: a word token of the rule's scope words.
	tokScope
)

// readSentence reads every token of sentence si once, when the first
// figure of the sentence asks: its spelling's number (by the
// segmenter's number, byWord, else wordAt) and its context word (with
// skip), and the sentence's cues (sentenceCues) and count-so-far cue
// for countSoFar (what soFarFrom finds). The figures' walks then read
// arrays, in short loops without a call: walked per figure, each
// token's first reading was a call with a dozen arguments from a loop
// whose live values it spilled, and the loops asked the memo about each
// token again for each figure near it. That cost more than reading the
// few words of the sentence that no window reaches. A sentence is read
// once per article (sentRead).
//
// The loop over the sentence's words reads one byte of each spelling
// for the cues (lexWord.cues, whole once its contrast group is known),
// and writes only what every figure's walks read: the context words.
// What only a walk behind a cue reads — each token's contrast group
// (tokRole: roleWithin, roleAround) and tokenBits (scopeAround) — is
// written by a second pass over the few sentences with that cue
// (rolesAndScopes). Written for every token of every sentence, they
// held the loop's values in registers it spilled. A spelling's contrast
// group gives the sentence cueRole even where its place noun states no
// place ("a hospital spokesman"): the walks then find no group there,
// as they would have found none without the cue.
func (r *autoFactsRule) readSentence(m *ctxMemo, a *Article, si int, skip []bool) {
	if n := len(a.Seg.Sentences); len(m.sentRead) != n {
		m.sentRead = slices.Grow(m.sentRead[:0], n)[:n]
		clear(m.sentRead)
	}
	if m.sentRead[si] {
		return
	}
	m.sentRead[si] = true
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[si]
	t := &m.lexed
	if t.g != m.g || t.classes != m.classes || t.slots == nil {
		t.reset(m.g, m.classes)
	}
	t.sync(a.Seg.Words)
	byWord := t.byWord
	// The memo's arrays are cut to the sentence once, so that the loop
	// indexes them without a bounds test and without reloading them
	// through m after every call.
	first, last := sent.First, sent.Last
	stoks := toks[first:last]
	lex := m.lex[first:last:last]
	done := m.done[first:last:last]
	words := m.word[first:last:last]
	skips := skip[first:last:last]
	// The words are read by wordsRead in a loop without a call, which
	// stops at a word that needs one (a spelling not met, or not read
	// in a sentence yet, a word of countSoFar's, a capitalised word
	// before the article's names are marked); the loop here reads that
	// word, with the calls, and hands the rest back.
	sc := sentenceScan{stoks: stoks, lex: lex, done: done, words: words, skips: skips,
		mids: m.nameMid[first:last:last], byWord: byWord, marked: m.namesMarked}
	// The count-so-far cue of the sentence (soFarFrom) is read in the
	// same pass, from the spellings' bits of a cue word and of the two
	// tokens before it (0 for a token that is no word): a second walk
	// of the sentence through lexOf cost more than all the rest of
	// countSoFar.
	subject, best := -1, -1
	for k := sc.wordsRead(0); k < len(stoks); k = sc.wordsRead(k + 1) {
		tok := &stoks[k]
		id := lex[k]
		if id == 0 {
			// By the segmenter's number of the spelling; a spelling
			// not met yet through these Words, or not numbered, is
			// looked up by its bytes.
			if id = byWord[tok.Word].id; id == 0 {
				id = t.wordAt(m, text, tok.Start, tok.End)
			}
			lex[k] = id
		}
		lw := &t.words[id]
		c := lw.cues
		if c == 0 {
			c = r.spellingCues(lw, tok.Text(text))
		}
		if wn := tok.Word; wn != 0 {
			// The loop reads the spelling by its number from now on,
			// but a word of countSoFar's, which it hands back here.
			e := &byWord[wn]
			e.id = id
			if c&cueSoFar == 0 {
				e.word, e.cues, e.lower, e.allCaps = lw.word, c, lw.lower, lw.allCaps
			}
		}
		sc.cues |= c
		if c&cueSoFar != 0 {
			switch b := lw.soFar; {
			case b&soFarCount != 0:
				subject = k
			case b&soFarCue != 0 && subject >= 0 && k-subject <= 6:
				prev1 := m.soFarBitsAt(stoks, lex, k-1)
				if prev1&soFarModal != 0 || prev1&soFarTo != 0 && k-2 > subject && m.soFarBitsAt(stoks, lex, k-2)&soFarExpect != 0 {
					best = subject
				}
			}
		}
		if done[k] {
			continue
		}
		var w wordID
		if !skips[k] && (lw.lower || (tok.Initial && !lw.allCaps && !m.nameUsedMid(a, first+k))) {
			w = lw.word
		}
		words[k], done[k] = w, true
		sc.marked = m.namesMarked
	}
	cues := sc.cues
	if cues&(cueRole|cueScope) != 0 {
		r.rolesAndScopes(m, a, first, last)
	}
	if n := len(a.Seg.Sentences); len(m.soFar) != n {
		m.soFar = slices.Grow(m.soFar[:0], n)[:n]
		clear(m.soFar)
	}
	if best >= 0 {
		best += first
	}
	m.soFar[si] = int32(best + 2) // as countSoFar keeps it
	if n := len(a.Seg.Sentences); len(m.sentCue) != n {
		m.sentCue = slices.Grow(m.sentCue[:0], n)[:n]
		clear(m.sentCue)
	}
	m.sentCue[si] = cues & allCues
}

// sentenceScan is what readSentence's loop without a call (wordsRead)
// reads and writes: the sentence's tokens and the memo's arrays cut to
// them (lex, done, words, skips, and mids, the memo's nameMid, read only
// once marked), the table's readings by the segmenter's numbers
// (byWord), and the sentence's cues so far.
type sentenceScan struct {
	stoks             []segment.Token
	lex               []int32
	done, skips, mids []bool
	words             []wordID
	byWord            []lexNum
	cues              sentenceCues
	marked            bool
}

// wordsRead reads the sentence's tokens from k on, as readSentence
// does, while none needs a call, and returns the first word token that
// does, or len(stoks). A token needs one when its spelling's entry by
// number (byWord) is not filled: a spelling not read yet or not
// numbered (wordAt), whose cues are not complete (spellingCues) or name
// a word of countSoFar's; or when it is a capitalised word whose
// context word depends on the article's names before they are marked.
// With no call in it, the loop keeps its values in registers: it
// spilled and reloaded a score of them per word. A word's entry is one
// load by its number: its number in the table, written to lex (where a
// token read before by lexOf holds the same one), its cues, case and
// context word.
func (s *sentenceScan) wordsRead(k int) int {
	stoks := s.stoks
	lex, done, skips := s.lex[:len(stoks)], s.done[:len(stoks)], s.skips[:len(stoks)]
	mids, words := s.mids[:len(stoks)], s.words[:len(stoks)]
	byWord := s.byWord
	cues, marked := s.cues, s.marked
	for ; k < len(stoks); k++ {
		tok := &stoks[k]
		if tok.Kind != segment.Word {
			continue
		}
		lw := &byWord[tok.Word]
		c := lw.cues
		if c == 0 {
			break
		}
		lex[k] = lw.id
		cues |= c
		// A token done before (wordAt) is written again with what
		// wordAt wrote: both read the spelling's case and word, the
		// token's skip and, for a capitalised word, the article's
		// names alike. Not testing done saves a load and a branch a
		// word; no token is done before its sentence is read.
		var w wordID
		if !skips[k] {
			if lw.lower {
				w = lw.word
			} else if tok.Initial && !lw.allCaps {
				if !marked {
					break
				}
				if !mids[k] {
					w = lw.word
				}
			}
		}
		words[k], done[k] = w, true
	}
	s.cues = cues
	return k
}

// soFarBitsAt returns the soFarBits of token k of a sentence being read
// (stoks, lex: the sentence's tokens and their spellings' numbers), 0
// for a token that is no word or stands before the sentence.
func (m *ctxMemo) soFarBitsAt(stoks []segment.Token, lex []int32, k int) soFarBits {
	if k < 0 || stoks[k].Kind != segment.Word {
		return 0
	}
	return m.lexed.words[lex[k]].soFar
}

// spellingCues completes the cues of spelling lw (w), on the first
// sentence that reads it: its contrast group (roleOfWord) is found, and
// cueRole added when it has one; cueRead marks the cues complete.
func (r *autoFactsRule) spellingCues(lw *lexWord, w string) sentenceCues {
	if lw.role == roleUnknown {
		lw.role = int32(r.roleOfWord(w, lw.stem, lw.stemOK))
	}
	c := lw.cue | cueRead
	if lw.class&classReporting != 0 {
		c |= cueReporting
	}
	if lw.class&classScope != 0 {
		c |= cueScope
	}
	if lw.role >= 0 || lw.class&classPhraseEnd != 0 {
		c |= cueRole // a role phrase's last word may tell a role: kind_autofacts_rolephrase.go
	}
	if lw.soFar != 0 {
		c |= cueSoFar
	}
	lw.cues = c
	return c
}

// rolesAndScopes writes, for tokens first..last of a read sentence,
// each token's contrast group (tokRole) and tokenBits (tokBits), which
// roleWithin, roleAround and scopeAround read only in a sentence with
// their cue (cueRole, cueScope). A word of a place group that does not
// state the place (placeStated) has no group: "a hospital spokesman".
func (r *autoFactsRule) rolesAndScopes(m *ctxMemo, a *Article, first, last int) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	for j := first; j < last; j++ {
		tok := &toks[j]
		if tok.Kind != segment.Word {
			m.tokRole[j], m.tokBits[j] = -1, 0
			if tok.Kind == segment.Number {
				m.tokBits[j] = tokNumber
			}
			continue
		}
		lw := &m.lexed.words[m.lex[j]]
		role := lw.role
		if role >= 0 && r.places[role] && !r.placeStated(text, toks, j, m) {
			role = -1 // "a hospital spokesman": this token only
		}
		if lw.class&classPhraseEnd != 0 {
			if g, ok := r.phraseRole(text, toks, j, m); ok {
				role = int32(g) // "fighting for their lives": kind_autofacts_rolephrase.go
			}
		}
		bits := tokWord
		if lw.class&classScope != 0 {
			bits |= tokScope
		}
		m.tokRole[j], m.tokBits[j] = role, bits
	}
}

// sentenceCues tell which words that a claim test needs stand somewhere
// in a sentence: a test that finds nothing without one of them is not
// walked for the figures of a sentence that has none (claimExtras).
type sentenceCues uint8

const (
	// cueBetween: a word that folds to "between" (groupTotal).
	cueBetween sentenceCues = 1 << iota
	// cuePronoun: "it", "he" or "she", as written (speakerOwner).
	cuePronoun
	// cueReporting: a reporting verb, a word of classReporting
	// (speakerOwner).
	cueReporting
	// cueRole: a word of a contrast group (roleWithin, roleAround).
	cueRole
	// cueScope: a scope word (scopeAround).
	cueScope
	// cueSoFar: a word of countSoFar's (soFarBits); a spelling's cues
	// only (lexWord.cues), so that the loop of readSentence tests one
	// byte for all.
	cueSoFar
	// cueEach: "each" or "every" in any case (clauseWordOf's
	// clauseEach), which perItem's walk back through a clause looks for.
	cueEach
	// cueRead marks a spelling's cues complete (spellingCues); never a
	// sentence's.
	cueRead = 1 << 7
	// allCues stands for a sentence not read: every test is walked.
	allCues = cueBetween | cuePronoun | cueReporting | cueRole | cueScope | cueEach
)

// cuesOf returns the sentenceCues spelling w gives, but cueReporting,
// which is its class's.
func cuesOf(w string) sentenceCues {
	var c sentenceCues
	if foldIs(w, "between") {
		c |= cueBetween
	}
	if w == "it" || w == "he" || w == "she" {
		c |= cuePronoun
	}
	if clauseWordOf(w) == clauseEach {
		c |= cueEach
	}
	return c
}

// cuesAt returns the sentenceCues of sentence si, or allCues when it
// has not been read.
func (m *ctxMemo) cuesAt(si int) sentenceCues {
	if si >= 0 && si < len(m.sentCue) && si < len(m.sentRead) && m.sentRead[si] {
		return m.sentCue[si]
	}
	return allCues
}
