package quantity

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/checker/segment"
)

// UnitDef is one [[unit]] table of the rule pack.
type UnitDef struct {
	// Name is the canonical symbol ("km/h").
	Name string `toml:"name"`
	// Dimension groups units that convert into each other ("speed",
	// "length", "duration", "mass", "ratio", "currency:USD").
	Dimension string `toml:"dimension"`
	// Factor converts a value to the dimension's base unit; it must be
	// greater than zero.
	Factor float64 `toml:"factor"`
	// Offset is added after Factor (temperatures): base = v*Factor + Offset.
	Offset float64 `toml:"offset"`
	// Aliases are written after the number, with or without a space, and
	// matched case-insensitively; an alias may be several words ("miles
	// per hour", "per cent"). The longest alias wins.
	Aliases []string `toml:"aliases"`
	// Attached are matched case-sensitively and only glued to the number
	// ("30C", "86F").
	Attached []string `toml:"attached"`
	// Prefixes are written before the number: "$", "US$", "£". One of
	// letters, but not a three-letter code in capitals, is read glued to
	// its number too ("RM84": see GluedPrefixes).
	Prefixes []string `toml:"prefixes"`
	// ScaledAliases name the unit only right after a scale word of a
	// million or more ("4.6 million pounds" is a sum, "12 pounds" a
	// weight). There they win over an alias of another unit.
	ScaledAliases []string `toml:"scaled_aliases"`
	// Variants are the factors of other measures the unit's words also
	// name: British copy's "gallons" are imperial (4.546 litres), where
	// the table's are US (3.785). A figure in the unit may be in any of
	// them.
	Variants []float64 `toml:"variants"`
}

// QualifierDef is one [[qualifier]] table of the rule pack.
type QualifierDef struct {
	// Bound is one of "at-least", "more-than", "at-most", "less-than",
	// "about", "nearly" and "exact".
	Bound string `toml:"bound"`
	// Tolerance is relative, for "about" and "nearly" (0 < t < 1); it must
	// be 0 for the other bounds.
	Tolerance float64 `toml:"tolerance"`
	// Words are the qualifiers ("at least", "no fewer than"), matched
	// case-insensitively as whole words right before the number, or
	// before a currency prefix ("more than $5 million").
	Words []string `toml:"words"`
}

// bounds maps the names of QualifierDef.Bound to bounds.
var bounds = map[string]Bound{
	"exact":     Exact,
	"at-least":  AtLeast,
	"more-than": MoreThan,
	"at-most":   AtMost,
	"less-than": LessThan,
	"about":     About,
	"nearly":    Nearly,
}

// ptok is one token of a phrase (alias, prefix or qualifier).
type ptok struct {
	// text is lower-cased.
	text string
	// joined is true when the token is glued to the one before.
	joined bool
	// ascii is true when text is ASCII only.
	ascii bool
}

// phrase is an alias, a prefix or a qualifier, as tokens.
type phrase struct {
	toks []ptok
	unit *Unit
	qual *Qualifier
	// wordy is true for an alias of letters only, at least three of them
	// in its first word ("hour", "nautical mile"): one that may follow
	// "a"/"an".
	wordy bool
}

// Start flags of vinfo.start: what a word may begin.
const (
	startNumber uint8 = 1 << iota
	startQualifier
	startPrefix
	startRange
)

// Table is the unit and qualifier table quantities are read with. Build it
// with NewTable and the Add methods; after that it is read-only and safe
// for concurrent use by many goroutines.
type Table struct {
	units  []*Unit
	byName map[string]*Unit
	// variants are UnitDef.Variants by unit name (Variants).
	variants map[string][]float64
	// vocab maps lower-cased words and symbols to all the table and the
	// number grammar know of them, so that a token needs one lookup;
	// vocabBits is a one-hash filter of its keys, which rules out most
	// words without a map lookup.
	vocab     map[string]*vinfo
	vocabBits [vocabFilterSize / 64]uint64
	// ascii holds vocab's ASCII keys again, in an open-addressing
	// table by asciiHash (power-of-two size, at most half full), with
	// asciiN of them: info hashes a word while it lower-cases it, and
	// finds its entry in a probe or two, where the map hashed the
	// lower-cased word a second time.
	ascii  []vslot
	asciiN int
	// short holds vocab's ASCII keys of one to seven bytes a third
	// time, each packed in one word with its length (shortKey), in an
	// open-addressing table (power-of-two size, at most half full) of
	// 16-byte slots, 16 KB for the default pack: infoSpan looks a short
	// token up with one 8-byte load of the text, lower-cased and
	// hashed as one word and compared as one, where info lower-cased
	// and hashed it byte by byte and compared strings.
	short  []shortSlot
	shortN int
	// startBits is a one-hash filter (startHash) of the words with a
	// start flag. Most words of copy begin nothing: it turns nearly all
	// of them away with one load, before they are lower-cased and
	// hashed. It has every bit set when startNonASCII is true.
	startBits [startFilterSize / 64]uint64
	// numberBits is the same filter of the words that may begin a number,
	// a currency prefix or a range: a word it turns away may at most
	// begin a qualifier (see mayBeginNumber).
	numberBits [startFilterSize / 64]uint64
	// startNonASCII is true when a start word has a non-ASCII byte
	// after an ASCII first byte: mayStart then lets every word through.
	startNonASCII bool
	// maxQualToks is the number of tokens of the longest qualifier.
	maxQualToks int
	// attached maps a glued suffix, as written, to its unit.
	attached map[string]*Unit
	// glued holds the prefixes written against their number
	// (GluedPrefixes).
	glued []string
	// second is the unit named "s", which clock durations ("2:05:41")
	// are read in, or nil.
	second *Unit
	// owners tells which unit or qualifier holds a phrase, by kind and
	// lower-cased text ("alias km"), to report clashes.
	owners map[string]string
}

// vinfo is what a word or symbol may be.
type vinfo struct {
	// class holds the cls bits of the grammar's word sets.
	class uint32
	// start tells what the word may begin (startNumber ...).
	start uint8
	// lex is the number word, when class has clsLex.
	lex lex
	// scale is the power of ten of a scale abbreviation (clsScale,
	// clsCurrencyScale).
	scale int
	// aliases, prefixes and quals are the phrases that begin with the
	// word, longest first.
	aliases, prefixes, quals []*phrase
	// scaled are the UnitDef.ScaledAliases that begin with the word.
	scaled []*phrase
}

// vslot is a slot of Table.ascii; v is nil in an empty slot.
type vslot struct {
	h   uint32
	key string
	v   *vinfo
}

// vocabFilterSize is the number of bits of Table.vocabBits.
const vocabFilterSize = 1 << 16

// startFilterSize is the number of bits of Table.startBits: 8 KB, which
// stays in the first-level cache, and with a few hundred start words sets
// about one bit in a hundred, so that one load does the work that a
// filter by first byte and length and a smaller hashed one did with two.
const startFilterSize = 1 << startFilterLog

// startFilterLog is the number of bits of startHash.
const startFilterLog = 16

// NewTable returns an empty table. It already knows how English writes
// numbers; units, qualifiers and fillers come from the rule pack.
func NewTable() *Table {
	t := &Table{
		byName:   map[string]*Unit{},
		vocab:    map[string]*vinfo{},
		attached: map[string]*Unit{},
		owners:   map[string]string{},
	}
	for w, l := range lexicon {
		v := t.entry(w)
		v.class |= clsLex
		v.lex = l
		if l.kind != lexOther || l.ord > 0 {
			t.markStart(w, v, startNumber)
		}
	}
	for _, set := range grammarSets {
		for w := range set.words {
			t.entry(w).class |= set.class
		}
	}
	for w, e := range scaleSuffixes {
		v := t.entry(w)
		v.class |= clsScale
		v.scale = e
	}
	for w, e := range currencyScales {
		v := t.entry(w)
		v.class |= clsCurrencyScale
		v.scale = e
	}
	t.markStart("between", t.entry("between"), startRange)
	t.markStart("from", t.entry("from"), startRange)
	return t
}

// entry returns the vocabulary entry of the lower-case word w, adding it.
func (t *Table) entry(w string) *vinfo {
	v := t.vocab[w]
	if v == nil {
		v = &vinfo{}
		t.vocab[w] = v
		ascii := true
		for k := 0; k < len(w); k++ {
			ascii = ascii && w[k] < 0x80
		}
		// Every key is in the filter: infoFold asks it about words
		// with non-ASCII bytes too, most of which (quotes, dashes) are
		// no key.
		if h, ok := vocabHash(w); ok {
			t.vocabBits[h/64] |= 1 << (h % 64)
			if ascii {
				t.addASCII(w, v)
				if len(w) <= shortMax {
					t.addShort(shortKey(w), v)
				}
			}
		}
	}
	return v
}

// addASCII adds the new ASCII key w of entry v to t.ascii, doubling the
// table when it would be more than half full.
func (t *Table) addASCII(w string, v *vinfo) {
	if 2*(t.asciiN+1) > len(t.ascii) {
		old := t.ascii
		t.ascii = make([]vslot, max(64, 2*len(old)))
		for _, s := range old {
			if s.v != nil {
				t.putASCII(s)
			}
		}
	}
	t.putASCII(vslot{h: asciiHash(w), key: w, v: v})
	t.asciiN++
}

// putASCII puts s in the first free slot from its hash on.
func (t *Table) putASCII(s vslot) {
	mask := uint32(len(t.ascii) - 1)
	i := s.h & mask
	for t.ascii[i].v != nil {
		i = (i + 1) & mask
	}
	t.ascii[i] = s
}

// shortSlot is a slot of Table.short: a key of shortKey and its entry,
// nil in a free slot.
type shortSlot struct {
	key uint64
	v   *vinfo
}

// shortMax is the longest key of Table.short: the eighth byte of the
// word holds the length.
const shortMax = 7

// shortKey packs the ASCII word w of one to shortMax bytes as infoSpan
// reads a token: its bytes little-endian, its length in the top byte, so
// that no two words share a key and no key is 0 (a free slot's).
func shortKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k | uint64(len(w))<<56
}

// shortSlotOf is the first slot to probe for key in a table of mask+1
// slots: the top bits of a golden-ratio product, which depend on every
// byte of the word.
func shortSlotOf(key, mask uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> 40 & mask }

// addShort adds the new key k of entry v to t.short, doubling the table
// when it would be more than half full.
func (t *Table) addShort(k uint64, v *vinfo) {
	if 2*(t.shortN+1) > len(t.short) {
		old := t.short
		t.short = make([]shortSlot, max(64, 2*len(old)))
		for _, s := range old {
			if s.v != nil {
				t.putShort(s)
			}
		}
	}
	t.putShort(shortSlot{k, v})
	t.shortN++
}

// putShort puts s in the first free slot from its hash on.
func (t *Table) putShort(s shortSlot) {
	mask := uint64(len(t.short) - 1)
	i := shortSlotOf(s.key, mask)
	for t.short[i].v != nil {
		i = (i + 1) & mask
	}
	t.short[i] = s
}

// infoSpan is info of text[start:end], a non-empty token. A token of at
// most shortMax bytes with eight bytes of text from its start (all but
// the last few of a text) is read as one word: masked to its length, its
// capitals lower-cased all at once (a byte b with 'A' <= b <= 'Z' gets
// 0x20), and looked up in t.short; with a non-ASCII byte it goes to info,
// as every longer token does. The answer is info's: t.short holds every
// ASCII key of the vocabulary that fits (TestInfoSpanMatchesInfo).
func (t *Table) infoSpan(text string, start, end int) *vinfo {
	n := end - start
	if n <= shortMax && start+8 <= len(text) && len(t.short) > 0 {
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[start:]), 8)) & (1<<(8*n) - 1)
		if x&highs == 0 {
			// Per byte, b+(0x80-'A') has its high bit set when
			// b >= 'A' and b+(0x7f-'Z') when b > 'Z'; no sum carries
			// into the next byte, as no byte has its high bit set.
			upper := (x + (0x80-'A')*ones) &^ (x + (0x7f-'Z')*ones) & highs
			key := x | upper>>2 | uint64(n)<<56
			mask := uint64(len(t.short) - 1)
			for i := shortSlotOf(key, mask); ; i = (i + 1) & mask {
				s := &t.short[i]
				if s.key == key {
					return s.v
				}
				if s.v == nil {
					return nil
				}
			}
		}
	}
	return t.info(text[start:end])
}

// asciiHash is FNV-1a of w; info computes it byte by byte as it
// lower-cases a word, and must stay in step with it.
func asciiHash(w string) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		h = (h ^ uint32(w[k])) * 16777619
	}
	return h
}

// lookupASCII returns the entry of the lower-case ASCII word b, whose
// asciiHash is h, or nil.
func (t *Table) lookupASCII(b []byte, h uint32) *vinfo {
	if len(t.ascii) == 0 {
		return nil
	}
	mask := uint32(len(t.ascii) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.ascii[i]
		if s.v == nil {
			return nil
		}
		if s.h == h && s.key == string(b) {
			return s.v
		}
	}
}

// markStart gives w's entry v the start flag f, and records w in
// startBits, and in numberBits unless f is startQualifier.
func (t *Table) markStart(w string, v *vinfo, f uint8) {
	v.start |= f
	if w == "" {
		return
	}
	c := w[0]
	if c >= utf8.RuneSelf {
		return // such a token is always let through
	}
	// A token that lower-cases to w has w's length, or two bytes more
	// for each KELVIN SIGN written for a "k" after the first byte (the
	// one non-ASCII rune whose lower case is ASCII).
	second := byte(0)
	if len(w) > 1 {
		second = w[1]
	}
	for extra := 0; extra <= 2*strings.Count(w[1:], "k"); extra += 2 {
		h := startHash(c, second, w[len(w)-1], len(w)+extra)
		t.startBits[h/64] |= 1 << (h % 64)
		if f&^startQualifier != 0 {
			t.numberBits[h/64] |= 1 << (h % 64)
		}
	}
	for k := 1; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			// Non-ASCII after an ASCII first byte: other tokens
			// may lower-case to it, and mayStart lets every token
			// with a non-ASCII byte through.
			t.startNonASCII = true
		}
	}
	if t.startNonASCII {
		// Every word may begin something: the filter lets all
		// through, and the scan need not ask startNonASCII.
		for k := range t.startBits {
			t.startBits[k] = ^uint64(0)
			t.numberBits[k] = ^uint64(0)
		}
	}
}

// startHash hashes a word of n bytes by its length and its first,
// second (0 if none) and last bytes, each with bit 0x20 set: an ASCII
// letter hashes as its lower case, so that a word and its lower case
// hash alike (other bytes fold with a neighbour, which only lets a few
// more words through).
//
// The four bytes are one word, multiplied by a golden-ratio constant
// and cut to its top bits (Fibonacci hashing): the top bits depend on
// every byte, which the low bits of a shifted xor did not, and the filter
// lets fewer words through for it.
func startHash(first, second, last byte, n int) uint32 {
	h := uint32(n)<<24 | uint32(first)<<16 | uint32(second)<<8 | uint32(last) | 0x202020
	return (h * 0x9e3779b1) >> (32 - startFilterLog)
}

// mayStart reports whether the word s may have a start flag: false for
// nearly every word of copy, which is then neither lower-cased nor looked
// up. scanTokens does the same test in line.
//
// It is exact without reading the whole word: a token that lower-cases
// to a start word of ASCII (every start word, unless startNonASCII, when
// every bit is set) has only ASCII bytes and KELVIN SIGNs, so its length
// is one markStart hashed, and its first, second and last bytes either
// hash as the start word's or are not ASCII (and let through).
func (t *Table) mayStart(s string) bool { return mayHave(&t.startBits, s) }

// mayBeginNumber is mayStart for the words that may begin a number, a
// currency prefix or a range, by numberBits: false for a word whose
// flags are at most startQualifier. s is a word or symbol, not digits.
func (t *Table) mayBeginNumber(s string) bool { return mayHave(&t.numberBits, s) }

// mayHave tests the non-empty word s against a filter of start words
// hashed by startHash, letting every word with a non-ASCII byte in one
// of the hashed places through.
func mayHave(bits *[startFilterSize / 64]uint64, s string) bool {
	n := len(s)
	first, second, last := s[0], byte(0), s[n-1]
	if n > 1 {
		second = s[1]
	}
	if (first | second | last) >= utf8.RuneSelf {
		return true
	}
	h := startHash(first, second, last, n)
	return bits[h/64]>>(h%64)&1 != 0
}

// vocabHash hashes a lower-case ASCII word by its length and its first,
// second and last bytes; ok is false for an empty word.
func vocabHash[S string | []byte](w S) (h uint32, ok bool) {
	n := len(w)
	if n == 0 {
		return 0, false
	}
	second := byte(0)
	if n > 1 {
		second = w[1]
	}
	h = ((uint32(w[0])*31+uint32(second))*31+uint32(w[n-1]))*31 + uint32(n)
	return (h ^ h>>16) % vocabFilterSize, true
}

// info returns the vocabulary entry of s, in any case, or nil.
func (t *Table) info(s string) *vinfo {
	var buf [32]byte
	if len(s) == 0 || len(s) > len(buf) {
		return nil
	}
	h := uint32(2166136261) // asciiHash, as the word is lower-cased
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 0x80 {
			return t.infoFold(s, buf[:len(s)], k)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		h = (h ^ uint32(c)) * 16777619
	}
	if f, _ := vocabHash(buf[:len(s)]); t.vocabBits[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	return t.lookupASCII(buf[:len(s)], h)
}

// infoFold is info of a word s with a non-ASCII byte at k, its bytes
// before k already lower-cased into b (of s's length). Most such tokens
// are punctuation and symbols (curly quotes, dashes, currency signs),
// whose runes have no lower case: lower-casing them rune by rune
// (strings.ToLower, a Unicode table search per rune) was the costliest
// step of the extractor on real copy, for an answer that is nearly
// always nil. A rune of a range without case mappings (caseless) is
// copied as it is, an ASCII byte lower-cased, and only a word with any
// other rune (a letter that may have a lower case, an invalid byte,
// which strings.ToLower turns into U+FFFD) takes the old way.
func (t *Table) infoFold(s string, b []byte, k int) *vinfo {
	for k < len(s) {
		c := s[k]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = c
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !caseless(r) {
			return t.vocab[strings.ToLower(s)]
		}
		copy(b[k:], s[k:k+size])
		k += size
	}
	if f, _ := vocabHash(b); t.vocabBits[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	return t.vocab[string(b)]
}

// caseless reports a rune of a block of punctuation and symbols where
// unicode.ToLower changes no rune (TestCaselessRunes): Latin-1
// punctuation and signs, General Punctuation (dashes, curly quotes) and
// Currency Symbols. RuneError is not among them.
func caseless(r rune) bool {
	return 0xa0 <= r && r <= 0xbf || 0x2000 <= r && r <= 0x206f || 0x20a0 <= r && r <= 0x20cf
}

// AddUnit adds a unit. It is an error when the definition is incomplete
// or when one of its aliases, attached forms or prefixes already belongs
// to another unit.
func (t *Table) AddUnit(d UnitDef) error {
	name := strings.TrimSpace(d.Name)
	switch {
	case name == "":
		return errors.New("missing name")
	case t.byName[name] != nil:
		return fmt.Errorf("name %q is already defined", name)
	case strings.TrimSpace(d.Dimension) == "":
		return errors.New("missing dimension")
	case !(d.Factor > 0) || math.IsInf(d.Factor, 0):
		return fmt.Errorf("factor %v must be a number greater than 0", d.Factor)
	case math.IsNaN(d.Offset) || math.IsInf(d.Offset, 0):
		return fmt.Errorf("offset %v must be a finite number", d.Offset)
	case len(d.Aliases)+len(d.Attached)+len(d.Prefixes)+len(d.ScaledAliases) == 0:
		return errors.New("needs at least one alias, attached form or prefix")
	}
	for _, v := range d.Variants {
		if !(v > 0) || math.IsInf(v, 0) {
			return fmt.Errorf("variant factor %v must be a number greater than 0", v)
		}
	}
	u := &Unit{Name: name, Dimension: strings.TrimSpace(d.Dimension), Factor: d.Factor, Offset: d.Offset}

	// Check everything before adding anything, so that a failed unit
	// leaves no trace.
	var aliases, prefixes, scaled []*phrase
	var glued []string
	for _, a := range d.ScaledAliases {
		ph, err := t.phrase(a, "scaled alias", name)
		if err != nil {
			return err
		}
		ph.unit = u
		scaled = append(scaled, ph)
	}
	for _, a := range d.Aliases {
		ph, err := t.phrase(a, "alias", name)
		if err != nil {
			return err
		}
		ph.unit = u
		ph.wordy = isWordy(ph)
		aliases = append(aliases, ph)
	}
	for _, a := range d.Prefixes {
		ph, err := t.phrase(a, "prefix", name)
		if err != nil {
			return err
		}
		ph.unit = u
		prefixes = append(prefixes, ph)
		if gluesToNumber(a) {
			glued = append(glued, a)
		}
	}
	for _, a := range d.Attached {
		if a == "" {
			return errors.New("empty attached form")
		}
		for _, r := range a {
			if !unicode.IsLetter(r) {
				return fmt.Errorf("attached form %q must be letters only", a)
			}
		}
		if o := t.attached[a]; o != nil && o.Name != name {
			return fmt.Errorf("attached form %q is already a form of unit %q", a, o.Name)
		}
	}

	t.units = append(t.units, u)
	t.byName[name] = u
	if len(d.Variants) > 0 {
		if t.variants == nil {
			t.variants = map[string][]float64{}
		}
		t.variants[name] = slices.Clone(d.Variants)
	}
	if name == "s" {
		t.second = u
	}
	for _, ph := range aliases {
		t.owners["alias "+phraseKey(ph)] = name
		v := t.entry(ph.toks[0].text)
		v.aliases = addPhrase(v.aliases, ph)
	}
	for _, ph := range scaled {
		t.owners["scaled alias "+phraseKey(ph)] = name
		v := t.entry(ph.toks[0].text)
		v.scaled = addPhrase(v.scaled, ph)
	}
	for _, ph := range prefixes {
		t.owners["prefix "+phraseKey(ph)] = name
		v := t.entry(ph.toks[0].text)
		v.prefixes = addPhrase(v.prefixes, ph)
		t.markStart(ph.toks[0].text, v, startPrefix)
	}
	for _, a := range d.Attached {
		t.attached[a] = u
	}
	t.glued = append(t.glued, glued...)
	return nil
}

// gluesToNumber tells whether a currency prefix is written against its
// number with no space and still read ("RM84", "Rs40", "KSh40"): a
// prefix of letters only, but not a three-letter code in capitals. The
// codes ("USD 84m") stand apart from their numbers in news copy, and
// glued to digits they are more often something else: a fuel's grade
// ("RON95"), a model. Symbols ("$", "A$") part from the digits anyway.
func gluesToNumber(p string) bool {
	upper := 0
	for _, r := range p {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
		default:
			return false
		}
	}
	return len(p) != 3 || upper != 3
}

// GluedPrefixes returns the currency prefixes that are read when written
// against their number with no space (see gluesToNumber), for the
// segmenter to part from the digits (segment.Options.Glued).
func (t *Table) GluedPrefixes() []string {
	return slices.Clone(t.glued)
}

// AddQualifier adds a qualifier. It is an error when the bound is unknown,
// the tolerance does not suit the bound, or a word already belongs to
// another qualifier.
func (t *Table) AddQualifier(d QualifierDef) error {
	b, ok := bounds[strings.TrimSpace(d.Bound)]
	if !ok {
		return fmt.Errorf("unknown bound %q (want at-least, more-than, at-most, less-than, about, nearly or exact)", d.Bound)
	}
	switch {
	case b == About || b == Nearly:
		if !(d.Tolerance > 0 && d.Tolerance < 1) {
			return fmt.Errorf("tolerance %v of bound %q must be greater than 0 and less than 1", d.Tolerance, d.Bound)
		}
	case d.Tolerance != 0:
		return fmt.Errorf("tolerance %v of bound %q must be 0", d.Tolerance, d.Bound)
	}
	if len(d.Words) == 0 {
		return fmt.Errorf("bound %q has no words", d.Bound)
	}
	var phs []*phrase
	for _, w := range d.Words {
		ph, err := t.phrase(w, "qualifier", d.Bound)
		if err != nil {
			return err
		}
		ph.qual = &Qualifier{Words: phraseKey(ph), Bound: b, Tolerance: d.Tolerance}
		phs = append(phs, ph)
	}
	for _, ph := range phs {
		t.owners["qualifier "+phraseKey(ph)] = d.Bound
		v := t.entry(ph.toks[0].text)
		v.quals = addPhrase(v.quals, ph)
		t.maxQualToks = max(t.maxQualToks, len(ph.toks))
		t.markStart(ph.toks[0].text, v, startQualifier)
	}
	return nil
}

// AddFillers adds words allowed between "a"/"an" and a unit: "an extra
// day", "a full hour".
func (t *Table) AddFillers(words []string) {
	for _, w := range words {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			t.entry(w).class |= clsFiller
		}
	}
}

// Unit returns the unit with the given canonical name, or nil.
func (t *Table) Unit(name string) *Unit { return t.byName[name] }

// Units returns the units in the order they were added.
func (t *Table) Units() []*Unit {
	return append([]*Unit(nil), t.units...)
}

// Variants returns the factors of the other measures the words of the
// unit named name also name (UnitDef.Variants), or nil.
func (t *Table) Variants(name string) []float64 {
	if t == nil {
		return nil
	}
	return t.variants[name]
}

// phrase tokenises s, lower-cased, as the segmenter does a text, and
// checks that no other owner holds it already.
func (t *Table) phrase(s, kind, owner string) (*phrase, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil, fmt.Errorf("empty %s", kind)
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("%s %q is not valid UTF-8", kind, s)
	}
	lower := strings.ToLower(s)
	seg := segment.Segment(lower, []segment.Block{{Start: 0, End: len(lower)}}, nil)
	if len(seg.Tokens) == 0 {
		return nil, fmt.Errorf("%s %q has no word or symbol", kind, s)
	}
	if f := seg.Tokens[0]; f.Kind == segment.Number || isDigit(lower[f.Start]) {
		return nil, fmt.Errorf("%s %q must not begin with a digit", kind, s)
	}
	ph := &phrase{}
	for i, tok := range seg.Tokens {
		text := lower[tok.Start:tok.End]
		ascii := true
		for k := 0; k < len(text); k++ {
			ascii = ascii && text[k] < utf8.RuneSelf
		}
		ph.toks = append(ph.toks, ptok{text: text, joined: i > 0 && tok.Joined, ascii: ascii})
	}
	if o, ok := t.owners[kind+" "+phraseKey(ph)]; ok && o != owner {
		return nil, fmt.Errorf("%s %q already belongs to %s %q", kind, s, kindOwner(kind), o)
	}
	return ph, nil
}

func kindOwner(kind string) string {
	if kind == "qualifier" {
		return "bound"
	}
	return "unit"
}

// phraseKey is the phrase's tokens as one string, spaced as written.
func phraseKey(ph *phrase) string {
	var b strings.Builder
	for i, tk := range ph.toks {
		if i > 0 && !tk.joined {
			b.WriteByte(' ')
		}
		b.WriteString(tk.text)
	}
	return b.String()
}

// addPhrase adds ph to l, keeping the longest first.
func addPhrase(l []*phrase, ph *phrase) []*phrase {
	l = append(l, ph)
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].toks) > len(l[j].toks) })
	return l
}

// isWordy reports an alias of words of letters whose first word has at
// least three letters.
func isWordy(ph *phrase) bool {
	for i, tk := range ph.toks {
		n := 0
		for _, r := range tk.text {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if i == 0 && n < 3 {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
