package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/quantity"
)

// FactsVersion is the version of the encoding of EncodeFacts and
// EncodeNames. It goes into the rules version of an archive, so that an
// archive written with another encoding is never decoded with this one.
// Bump it whenever a fact type or its encoding changes.
const FactsVersion = 9

// anchorHead is the bit of an anchor's kind byte that marks a figure
// stated in the headline only (anchor.Head); kinds are small numbers.
const anchorHead = 0x80

// anchorRounded is the bit of an anchor's kind byte that marks an anchor
// whose Rounded interval is its Strict one, bit for bit, written once.
const anchorRounded = 0x40

// ruleSource is one file a rule set was loaded from.
type ruleSource struct {
	name string
	src  []byte
}

// Fingerprint identifies what the set extracts from an article: a hash of
// every rule file and config it was loaded from (their names and bytes),
// of FactsVersion and of tool, the version of the program. Facts stored
// with one fingerprint are compared only with facts of the same one: a
// changed pack, config or factlint version gives another.
func (s *Set) Fingerprint(tool string) string {
	h := sha256.New()
	fmt.Fprintf(h, "factlint facts %d\x00%s\x00", FactsVersion, tool)
	for _, f := range s.sources {
		fmt.Fprintf(h, "%d:%s\x00%d:", len(f.name), f.name, len(f.src))
		h.Write(f.src)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Story-scoped corpus rules compare facts only within a story; the
// checker may run them one story at a time, decoding only that story's
// facts. The others (names, consistency, typo) compare across the whole
// run and see every article's facts at once.

// StoryScoped reports whether r is a corpus rule whose CheckCorpus looks
// only at the articles of one story at a time, so that calling it once
// per story, with a corpus of that story alone, finds what one call with
// the whole run finds.
func StoryScoped(r Rule) bool {
	switch r.(type) {
	case *factRule, *autoFactsRule, *dateFactsRule:
		return true
	}
	return false
}

// Renumber sets the article number that fact (as Check returned it)
// carries to index: facts decoded from an archive, or checked apart, take
// the number of their place in the corpus being compared.
func Renumber(fact any, index int) {
	switch f := fact.(type) {
	case []formUse:
		for i := range f {
			f[i].Article = index
		}
	case *namesFacts:
		if f == nil {
			return
		}
		for _, us := range f.lexicon {
			for i := range us {
				us[i].Article = index
			}
		}
		for _, us := range f.learned {
			for i := range us {
				us[i].Article = index
			}
		}
	}
}

// Type tags of an encoded fact.
const (
	tagNil byte = iota
	tagUses
	tagAuto
	tagClaims
	tagNames
	// tagAutoWhole and tagClaimsWhole are tagAuto's and tagClaims's
	// facts as a run's store keeps them (EncodeStoreFactsTo): each
	// list of context words written whole (encoder.wholeIDs). Never
	// written by EncodeFacts, so never in an archive or a golden.
	tagAutoWhole
	tagClaimsWhole
)

// EncodeFacts encodes what a rule's Check returned for one article. The
// encoding holds no reference to the document: it is what the checker
// keeps of an article between the per-article and the corpus stage, and
// what an archive stores.
//
// The result is its own, at its exact size.
func EncodeFacts(fact any) ([]byte, error) {
	var out []byte
	err := EncodeFactsTo(fact, func(data []byte) error {
		out = bytes.Clone(data)
		return nil
	})
	return out, err
}

// EncodeFactsTo encodes fact as EncodeFacts does and hands the encoding
// to use, whose error it returns; the encoding is valid only until use
// returns (it is the encoder's room, reused for the next fact). A store
// that copies the encoding where it keeps it takes no copy of its own.
func EncodeFactsTo(fact any, use func(data []byte) error) error {
	return encodeFactsTo(fact, false, use)
}

// EncodeStoreFactsTo is EncodeFactsTo for facts that a run keeps between
// its per-article and its corpus stage and that never leave the process
// (the checker's fact store): DecodeFacts and its kin read them as they
// read EncodeFacts's, to the same facts, but the bytes are not
// EncodeFacts's, nor the same from run to run, and must never be
// archived or compared. Two things of the archive's encoding exist only
// to make its bytes small and the same every time, and cost the store
// work it does not need:
//   - a claim's context words are written whole, eight bytes each,
//     without numbering them: numbering took a probe of a table for
//     every word (about five a claim) on both sides, and a word new to
//     its article, more than half of them, took nine bytes anyway;
//   - a names fact's maps are written in the order a range over them
//     gives, not sorted: decoding makes maps of them again.
func EncodeStoreFactsTo(fact any, use func(data []byte) error) error {
	return encodeFactsTo(fact, true, use)
}

// encodeFactsTo is EncodeFactsTo, or EncodeStoreFactsTo when store is
// set.
func encodeFactsTo(fact any, store bool, use func(data []byte) error) error {
	w := encoderPool.Get().(*encoder)
	defer w.release()
	w.whole = store
	b := w.buf[:0]
	switch f := fact.(type) {
	case nil:
		b = append(b, tagNil)
	case []formUse:
		b = append(b, tagUses)
		b = w.uses(b, f)
	case *autoFacts:
		if f == nil {
			b = append(b, tagNil)
			break
		}
		if store {
			b = append(b, tagAutoWhole)
		} else {
			b = append(b, tagAuto)
		}
		b = w.claims(b, f.Claims)
		b = putUvarint(b, uint64(len(f.Anchors)))
		for i := range f.Anchors {
			a := &f.Anchors[i]
			b = w.strAt(b, slotDim, a.Dim)
			kind := byte(a.Kind)
			if a.Head {
				kind |= anchorHead
			}
			// Four anchors in five are figures whose rounded reading
			// is their strict one: it is written once.
			same := sameInterval(&a.Strict, &a.Rounded)
			if same {
				kind |= anchorRounded
			}
			b = append(b, kind)
			b = w.strAt(b, slotAnchorUnit, a.Unit)
			b = putInterval(b, &a.Strict)
			if !same {
				b = putInterval(b, &a.Rounded)
			}
		}
		// The article's date, for running tolls (0: unknown).
		if f.Dated {
			b = append(b, 1)
			b = putVarint(b, int64(f.Day))
		} else {
			b = append(b, 0)
		}
	case []claim:
		if store {
			b = append(b, tagClaimsWhole)
		} else {
			b = append(b, tagClaims)
		}
		b = w.claims(b, f)
	case *namesFacts:
		if f == nil {
			b = append(b, tagNil)
			break
		}
		b = append(b, tagNames)
		// The compound names first: GatherAll reads only them in its
		// first pass over every article.
		if store {
			b = w.namesUnsorted(b, f)
			break
		}
		b = putUvarint(b, uint64(len(f.compound)))
		w.keys = appendSortedKeys(w.keys[:0], f.compound)
		for _, k := range w.keys {
			b, _ = w.str(b, k)
		}
		keys := make([]int, 0, len(f.lexicon))
		for k := range f.lexicon {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		b = putUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			b = putVarint(b, int64(k))
			b = w.uses(b, f.lexicon[k])
		}
		b = putUvarint(b, uint64(len(f.learned)))
		w.keys = appendSortedKeys(w.keys[:0], f.learned)
		for _, k := range w.keys {
			b, _ = w.str(b, k)
			b = w.uses(b, f.learned[k])
		}
	default:
		w.buf = b
		return fmt.Errorf("rules: cannot encode facts of type %T", fact)
	}
	w.buf = b
	return use(w.buf)
}

// namesUnsorted writes names facts as EncodeFactsTo does, but each map in
// the order a range over it gives (EncodeStoreFactsTo): no keys gathered
// and sorted, and no learned key looked up again for its uses.
func (w *encoder) namesUnsorted(b []byte, f *namesFacts) []byte {
	b = putUvarint(b, uint64(len(f.compound)))
	for k := range f.compound {
		b, _ = w.str(b, k)
	}
	b = putUvarint(b, uint64(len(f.lexicon)))
	for k, us := range f.lexicon {
		b = putVarint(b, int64(k))
		b = w.uses(b, us)
	}
	b = putUvarint(b, uint64(len(f.learned)))
	for k, us := range f.learned {
		b, _ = w.str(b, k)
		b = w.uses(b, us)
	}
	return b
}

// DecodeFacts decodes what EncodeFacts encoded; the strings of the result
// are its own.
func DecodeFacts(data []byte) (fact any, err error) { return DecodeFactsIn(nil, data) }

// Room is memory that DecodeFactsIn decodes claims, their context words,
// their modifiers and an article's anchors into, reused once the facts
// decoded in it are done with: the corpus stage decodes a story's facts,
// compares them and drops them, story after story, and decoding allocated
// a new array of claims (376 bytes each, most of the stage's garbage) for
// every article. A Room is not safe for concurrent use.
type Room struct {
	claims  []claim
	words   []wordID
	strs    []string
	anchors []anchor
	// units and quals are the claims' units and qualifiers, which
	// were an allocation each (most of what decoding allocated once
	// the claims were in the room).
	units []quantity.Unit
	quals []quantity.Qualifier
	// years and whens are the claims' years and date ranges, an
	// allocation each for the claims that have them.
	years []float64
	whens []dates.Range
}

// Reset makes the room's memory free for the next facts: every fact
// decoded in it before must no longer be used.
func (m *Room) Reset() {
	// The pointers left in the arrays (strings of the last story) are
	// not cleared: they are overwritten by the next story's, and keep
	// at most one story's strings alive meanwhile.
	m.claims, m.words, m.strs, m.anchors = m.claims[:0], m.words[:0], m.strs[:0], m.anchors[:0]
	m.units, m.quals = m.units[:0], m.quals[:0]
	m.years, m.whens = m.years[:0], m.whens[:0]
}

// take returns n elements of *slab after its length, zeroed, and grows
// the length by n; when the room left is too small a new array takes
// its place (what was taken from the old one stays valid).
func take[T any](slab *[]T, n int) []T {
	s := *slab
	if cap(s)-len(s) < n {
		s = make([]T, 0, max(n, 2*cap(s), 64))
	}
	out := s[len(s) : len(s)+n : len(s)+n]
	clear(out)
	*slab = s[:len(s)+n]
	return out
}

// takeDirty is take without the zeroing: the caller writes every
// element whole before anything reads it.
func takeDirty[T any](slab *[]T, n int) []T {
	s := *slab
	if cap(s)-len(s) < n {
		s = make([]T, 0, max(n, 2*cap(s), 64))
	}
	out := s[len(s) : len(s)+n : len(s)+n]
	*slab = s[:len(s)+n]
	return out
}

// DecodeFactsIn is DecodeFacts with the claims, context words, modifiers
// and anchors of the result in m (nil: allocated), valid until m.Reset.
func DecodeFactsIn(m *Room, data []byte) (fact any, err error) {
	return decodeFactsIn(m, data, false)
}

// DecodeFactsInPlace is DecodeFactsIn for an encoding that is never
// written again: the strings of the claims slice data itself, where
// DecodeFactsIn copies data into a string of its own first. The checker's
// fact store hands out such encodings (written once, read a story at a
// time), and the copy was an allocation of the whole encoding for every
// article and rule the corpus stage decodes. The caller must not change
// data, ever: the facts' strings, and any finding that quotes one, would
// change with it.
func DecodeFactsInPlace(m *Room, data []byte) (fact any, err error) {
	return decodeFactsIn(m, data, true)
}

// decodeFactsIn is DecodeFactsIn, the strings of the claims slicing data
// when inPlace is set (DecodeFactsInPlace).
func decodeFactsIn(m *Room, data []byte, inPlace bool) (fact any, err error) {
	// The tables of strings, words and units read are room of their
	// own, kept from one call to the next: they grew by appending for
	// every article.
	t := tablesPool.Get().(*decodeTables)
	r := decoder{buf: data, strings: t.strings[:0], words: t.words[:0], units: t.units[:0], room: m, inPlace: inPlace}
	defer func() {
		// No string or unit of this article kept alive. Only what it
		// appended is cleared: past their lengths the tables are clear
		// already (each call clears what it appended), where clearing
		// up to their capacity cleared, for every article and rule, as
		// many entries as the largest article ever decoded had, each
		// with a write barrier while the collector runs.
		clear(r.strings)
		clear(r.units)
		t.strings, t.words, t.units = r.strings[:0], r.words[:0], r.units[:0]
		tablesPool.Put(t)
	}()
	defer r.recover(&err)
	switch tag := r.byte(); tag {
	case tagNil:
		fact = nil
	case tagUses:
		fact = r.uses()
	case tagAuto, tagAutoWhole:
		r.share()
		r.whole = tag == tagAutoWhole
		af := &autoFacts{Claims: r.claims()}
		n := r.count()
		if n > 0 {
			if m != nil {
				af.Anchors = take(&m.anchors, n)
			} else {
				af.Anchors = make([]anchor, n)
			}
		}
		for i := range af.Anchors {
			a := &af.Anchors[i]
			a.Dim = r.str()
			kind := r.byte()
			a.Kind, a.Head = quantity.Kind(kind&^(anchorHead|anchorRounded)), kind&anchorHead != 0
			a.Unit = r.str()
			a.Strict = r.interval()
			if kind&anchorRounded != 0 {
				a.Rounded = a.Strict
			} else {
				a.Rounded = r.interval()
			}
		}
		if r.byte() != 0 {
			af.Dated = true
			af.Day = dates.Day(r.varint())
		}
		fact = af
	case tagClaims, tagClaimsWhole:
		r.share()
		r.whole = tag == tagClaimsWhole
		fact = r.claims()
	case tagNames:
		// A map is made only when it has entries, as Check leaves it
		// (namesRule.Check): nil reads, ranges and encodes as empty.
		f := &namesFacts{}
		if n := r.count(); n > 0 {
			f.compound = make(map[string]bool, n)
			for ; n > 0; n-- {
				f.compound[r.str()] = true
			}
		}
		if n := r.count(); n > 0 {
			f.lexicon = make(map[int][]formUse, n)
			for ; n > 0; n-- {
				k := int(r.varint())
				f.lexicon[k] = r.uses()
			}
		}
		if n := r.count(); n > 0 {
			f.learned = make(map[string][]formUse, n)
			for ; n > 0; n-- {
				k := r.str()
				f.learned[k] = r.uses()
			}
		}
		fact = f
	default:
		return nil, fmt.Errorf("rules: unknown fact tag %d", tag)
	}
	if len(r.buf) != r.off {
		return nil, errors.New("rules: trailing bytes after the facts")
	}
	return fact, nil
}

// DecodeAll decodes the facts of one rule for n articles, fetch(a)
// returning article a's encoding, each numbered as its article (Renumber),
// and leaves out what the rule's corpus stage cannot use, so that a rule
// that compares across the whole run does not hold every article's facts:
// the names rule compares only the two-part names that some article
// writes with a hyphen, so the uses of the others are dropped.
func DecodeAll(n int, fetch func(a int) ([]byte, error)) ([]any, error) {
	return GatherAll(n, func(a int) (any, []byte, error) {
		data, err := fetch(a)
		return nil, data, err
	})
}

// GatherAll is DecodeAll for facts that are kept decoded or encoded:
// fetch(a) returns article a's facts either as Check returned them (after
// Keep), or, when data is not nil, encoded. The decoded facts it is given
// become the result's: they are numbered and trimmed in place, so each
// must be given once.
func GatherAll(n int, fetch func(a int) (fact any, data []byte, err error)) ([]any, error) {
	out, errs := GatherRules(n, 1, func(a int) ([]any, [][]byte, error) {
		f, data, err := fetch(a)
		return []any{f}, [][]byte{data}, err
	})
	if errs[0] != nil {
		return nil, errs[0]
	}
	return out[0], nil
}

// GatherRules is GatherAll for k rules at once: fetch(a) returns article
// a's facts for each of them, and out[j] are rule j's facts of every
// article, or errs[j] tells why they could not be had (a fetch error
// fails every rule, facts that cannot be decoded only theirs). Each
// article is fetched twice in all (once for the compound names, once for
// the facts), not twice per rule: a run that keeps its facts in a file
// reads each article's with one system call per pass.
func GatherRules(n, k int, fetch func(a int) (facts []any, data [][]byte, err error)) (out [][]any, errs []error) {
	out, errs = make([][]any, k), make([]error, k)
	for j := range out {
		out[j] = make([]any, n)
	}
	failAll := func(err error) ([][]any, []error) {
		for j := range errs {
			if errs[j] == nil {
				errs[j] = err
			}
			out[j] = nil
		}
		return out, errs
	}
	// compound[j] holds the names that some article's facts of rule j
	// write with a hyphen: only those of its learned names are compared.
	compound := make([]map[string]bool, k)
	var tab []lazyString // decodeNamesFacts's room
	for a := range n {
		fs, data, err := fetch(a)
		if err != nil {
			return failAll(err)
		}
		for j := range k {
			if errs[j] != nil {
				continue
			}
			if data[j] != nil {
				// Only the names facts say which names are
				// compound, and they say it first: only that is
				// read here.
				if len(data[j]) == 0 || data[j][0] != tagNames {
					continue
				}
				if compound[j] == nil {
					compound[j] = map[string]bool{}
				}
				if err := compoundNames(data[j], compound[j]); err != nil {
					errs[j] = fmt.Errorf("article %d: %w", a, err)
				}
				continue
			}
			nf, ok := fs[j].(*namesFacts)
			if !ok || nf == nil {
				continue
			}
			if compound[j] == nil {
				compound[j] = map[string]bool{}
			}
			for c := range nf.compound {
				compound[j][c] = true
			}
		}
	}
	for a := range n {
		fs, data, err := fetch(a)
		if err != nil {
			return failAll(err)
		}
		for j := range k {
			if errs[j] != nil {
				continue
			}
			f := fs[j]
			if d := data[j]; d != nil {
				if len(d) > 0 && d[0] == tagNames {
					// The uses of the other learned names are
					// skipped, not decoded and dropped.
					var nf *namesFacts
					if nf, err = decodeNamesFacts(d, compound[j], &tab); nf != nil {
						f = nf
					}
				} else {
					f, err = DecodeFacts(d)
				}
				if err != nil {
					errs[j] = fmt.Errorf("article %d: %w", a, err)
					continue
				}
			}
			if f == nil {
				continue
			}
			if nf, ok := f.(*namesFacts); ok && nf != nil {
				for c := range nf.learned {
					if !compound[j][c] {
						delete(nf.learned, c)
					}
				}
			}
			Renumber(f, a)
			out[j][a] = f
		}
	}
	for j := range errs {
		if errs[j] != nil {
			out[j] = nil
		}
	}
	return out, errs
}

// compoundNames adds the compound names of encoded names facts to set.
func compoundNames(data []byte, set map[string]bool) (err error) {
	r := decoder{buf: data}
	defer r.recover(&err)
	if r.byte() != tagNames {
		return errors.New("rules: not names facts")
	}
	for n := r.count(); n > 0; n-- {
		set[r.str()] = true
	}
	return nil
}

// Empty reports whether fact, as a rule's Check returned it, holds
// nothing for the corpus stage: no facts, or facts of a known type with
// nothing in them. Every corpus rule treats such facts as it treats none
// (nil), so a checker need not keep, encode or decode them: three of the
// default pack's names rules and two others return empty facts for
// nearly every article, and each was encoded, kept and decoded again.
func Empty(fact any) bool {
	switch f := fact.(type) {
	case nil:
		return true
	case []formUse:
		return len(f) == 0
	case []claim:
		return len(f) == 0
	case *autoFacts:
		// An article without claims may still state figures (anchors)
		// that support another article's claim.
		return f == nil || len(f.Claims) == 0 && len(f.Anchors) == 0
	case *namesFacts:
		return f == nil || len(f.lexicon) == 0 && len(f.learned) == 0 && len(f.compound) == 0
	}
	return false
}

// RecycleFacts hands the rooms of fact's claims and anchors back for
// those of another article. Only for facts that nothing uses any more,
// such as facts just encoded (EncodeFactsTo): their claims and anchors
// are cleared.
func RecycleFacts(fact any) {
	if f, ok := fact.(*autoFacts); ok && f != nil {
		recycleClaims(f.Claims)
		recycleAnchors(f.Anchors)
		f.Claims, f.Anchors = nil, nil
	}
}

// Keep returns what a rule's Check returned in the form DecodeFacts
// gives it back: a nil pointer becomes nil. A checker that keeps the
// facts decoded between its two stages, instead of encoding them, keeps
// them as Keep returns them, so that the corpus stage sees the same. Like
// EncodeFacts, it refuses a type without an encoding.
func Keep(fact any) (any, error) {
	switch f := fact.(type) {
	case nil, []formUse, []claim:
	case *autoFacts:
		if f == nil {
			return nil, nil
		}
		// The claims are kept until the run ends: copied out at their
		// number, their room (up to two claims per figure) serves the
		// next article.
		if len(f.Claims) > 0 {
			room := f.Claims
			f.Claims = slices.Clone(room)
			recycleClaims(room)
		}
		if len(f.Anchors) > 0 {
			room := f.Anchors
			f.Anchors = slices.Clone(room)
			recycleAnchors(room)
		}
	case *namesFacts:
		if f == nil {
			return nil, nil
		}
	default:
		return nil, fmt.Errorf("rules: cannot encode facts of type %T", fact)
	}
	return fact, nil
}

// EncodeNames encodes an article's name statistics.
func EncodeNames(st *NameStats) []byte {
	var w encoder
	if st == nil {
		return []byte{0}
	}
	forms := st.FormMap()
	b := putUvarint(nil, uint64(len(forms))+1)
	for _, k := range sortedKeys(forms) {
		f := forms[k]
		b, _ = w.str(b, k)
		b = putVarint(b, int64(f.Count))
		b = putVarint(b, int64(f.Mid))
		b = w.loc(b, &f.First)
		b = putUvarint(b, uint64(len(f.Uses)))
		for i := range f.Uses {
			u := &f.Uses[i]
			b = w.loc(b, &u.Loc)
			b = putBool(b, u.Initial)
			b, _ = w.str(b, u.Next)
			b, _ = w.str(b, u.Prev)
			b = putBool(b, u.PrevInitial)
			b = putBool(b, u.Apostrophe)
			b = putUvarint(b, uint64(u.Age))
			b = putUvarint(b, uint64(u.Noun))
			b, _ = w.str(b, u.Particle)
		}
		b = w.set(b, f.Nexts)
		b = w.set(b, f.Prevs)
	}
	return b
}

// DecodeNames decodes what EncodeNames encoded.
func DecodeNames(data []byte) (st *NameStats, err error) {
	r := decoder{buf: data}
	defer r.recover(&err)
	n := r.count()
	if n == 0 {
		return nil, nil
	}
	st = &NameStats{Forms: make(map[string]*NameForm, n-1)}
	for range n - 1 {
		k := r.str()
		f := &NameForm{Count: int(r.varint()), Mid: int(r.varint()), First: r.loc()}
		if m := r.count(); m > 0 {
			f.Uses = make([]NameUse, m)
			for i := range f.Uses {
				f.Uses[i] = NameUse{Loc: r.loc(), Initial: r.bool(), Next: r.str(), Prev: r.str(), PrevInitial: r.bool(), Apostrophe: r.bool(), Age: uint8(min(r.uvarint(), maxAge)), Noun: uint32(r.uvarint()), Particle: r.str()}
			}
		}
		f.Nexts = r.set()
		f.Prevs = r.set()
		st.Forms[k] = f
	}
	if len(r.buf) != r.off {
		return nil, errors.New("rules: trailing bytes after the names")
	}
	return st, nil
}

// appendSortedKeys appends m's keys to dst and sorts what it appended:
// the encoder's room, reused from article to article, where sortedKeys
// made a slice for every map of every article.
func appendSortedKeys[V any](dst []string, m map[string]V) []string {
	n := len(dst)
	for k := range m {
		dst = append(dst, k)
	}
	slices.Sort(dst[n:])
	return dst
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// encoder writes varints and strings; a string written before is written
// as a reference to its first use, which keeps the file names and context
// words that every claim repeats small.
type encoder struct {
	buf []byte
	// seen numbers the strings written, in order of first writing.
	seen strNumbers
	// seenIDs numbers the context words (wordIDs) as seen numbers the
	// strings: each takes eight bytes the first time, and a byte or two
	// after.
	seenIDs idNumbers
	// keys is room for the sorted keys of a names fact's maps.
	keys []string
	// units lists the units written, numbered by their place (see
	// figure): an article's claims have a few, which a scan finds
	// sooner than a map; unitMap numbers them too once there are more
	// than maxUnitScan.
	units   []*quantity.Unit
	unitMap map[*quantity.Unit]int
	// last holds, for each field of a claim (slot), the string last
	// written there and its number: a claim's file, key, label and
	// unit mostly repeat the previous claim's, and comparing with it is
	// cheaper than a look-up in seen.
	last [numSlots]recent
	// line and at are the start line and byte of the claim last
	// written (claimLoc), from which the next claim's are deltas;
	// article is its article.
	line, at, article int
	// whole writes context words whole (EncodeStoreFactsTo).
	whole bool
}

// recent is the string last written in a slot of encoder.last and its
// number + 1 (0: none yet).
type recent struct {
	s   string
	ref int
}

// Slots of encoder.last.
const (
	slotFile = iota
	slotKey
	slotLabel
	slotHead
	slotCompl
	slotDim
	slotAnchorUnit
	slotForm
	slotPrefix
	numSlots
)

// encoderPool keeps encoders between articles: a new one grew its buffer
// by doubling and filled a new map for every article.
var encoderPool = sync.Pool{New: func() any { return new(encoder) }}

// release empties w and returns it to the pool.
func (w *encoder) release() {
	if cap(w.buf) > 1<<20 {
		return // an outsized article's buffer is not kept for the next
	}
	w.buf = w.buf[:0]
	w.seen.reset() // no string of the last article kept alive
	w.seenIDs.reset()
	clear(w.units) // no unit kept alive by the pool
	w.units, w.unitMap = w.units[:0], nil
	w.last = [numSlots]recent{}
	encoderPool.Put(w)
}

// The encoder's writers append to a slice the caller holds and hand it
// back (b = w.x(b, …)), rather than appending to w.buf: a slice kept in a
// local variable stays in registers, where each append to w.buf loaded
// its three words through w and stored them back, the pointer with a
// write-barrier check, for every byte of every number of every claim.

// putUvarint and putVarint append binary's varints; the one-byte case,
// most of the numbers of an article's facts, is appended without the
// loop.
func putUvarint(b []byte, v uint64) []byte {
	if v < 0x80 {
		return append(b, byte(v))
	}
	if v < 1<<14 {
		// Two bytes (an offset, a column, a round figure's float):
		// binary's loop went round twice for them.
		return append(b, byte(v)|0x80, byte(v>>7))
	}
	return binary.AppendUvarint(b, v)
}

func putVarint(b []byte, v int64) []byte {
	return putUvarint(b, uint64(v)<<1^uint64(v>>63)) // binary.AppendVarint's zigzag
}

// putFloat appends the bits of f byte-reversed as a varint, as gob does:
// the figures of news copy (120, 1.5, ±Inf) have mantissas that end in
// zero bytes, so they take two or three bytes instead of eight.
func putFloat(b []byte, f float64) []byte {
	return putUvarint(b, bits.ReverseBytes64(math.Float64bits(f)))
}

func putBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// str writes a new string as 2*len followed by its bytes, and one
// written before as 2*n+1, n being the number of its first writing. It
// returns the string's number.
func (w *encoder) str(b []byte, s string) ([]byte, int) {
	// strNumbers.number, inlined: str is called for most strings of
	// every claim and use.
	t := &w.seen
	if len(s) == 0 && t.empty > 0 {
		return putUvarint(b, uint64(t.empty-1)<<1|1), t.empty - 1
	}
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	h := hashStr(s)
	tag := t.gen<<48 | h&0xffff00000000
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e>>48 != t.gen { // empty, or a slot of an earlier fact
			t.keys = append(t.keys, s)
			t.slots[i] = tag | uint64(len(t.keys))
			if len(s) == 0 {
				t.empty = len(t.keys)
			}
			b = putUvarint(b, uint64(len(s))<<1)
			return append(b, s...), len(t.keys) - 1
		}
		if e&^0xffffffff == tag {
			if k := int(uint32(e)) - 1; t.keys[k] == s {
				return putUvarint(b, uint64(k)<<1|1), k
			}
		}
	}
}

// strAt is str for the field slot of a claim or anchor: a string equal
// to the one last written there is written as the same reference
// without a look-up (the encoding is str's).
func (w *encoder) strAt(b []byte, slot int, s string) []byte {
	l := &w.last[slot]
	if l.ref > 0 && len(s) == len(l.s) && s == l.s {
		return putUvarint(b, uint64(l.ref-1)<<1|1)
	}
	b, i := w.str(b, s)
	l.s, l.ref = s, i+1
	return b
}

// sameAt returns the reference strAt writes for s in slot, and whether s
// is the very string last written there (the same bytes at the same
// address: a claim's file is its article's, and an empty string any
// other's). Small enough to inline, where strAt is not: the callers that
// write a string for every claim ask it first and call strAt only when
// it says no, saving a call for most of the strings that repeat.
func (w *encoder) sameAt(slot int, s string) (uint64, bool) {
	l := &w.last[slot]
	return uint64(l.ref-1)<<1 | 1, l.ref > 0 && len(s) == len(l.s) && unsafe.StringData(s) == unsafe.StringData(l.s)
}

// raw writes a string that is seldom repeated (a claim as shown) as its
// length and bytes, outside the table of str.
func raw(b []byte, s string) []byte {
	b = putUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// ids writes a context: its length (+1, 0 for nil), then each word as
// 2*n+1, n being the number of its first writing, or as 0 followed by
// its eight bytes the first time.
func (w *encoder) ids(b []byte, ws []wordID) []byte {
	if ws == nil {
		return append(b, 0)
	}
	b = putUvarint(b, uint64(len(ws))+1)
	// idNumbers.number, inlined: a claim's context words are a fifth
	// of what an article's encoding looks up.
	t := &w.seenIDs
	for 2*(len(t.ids)+len(ws)) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	gen := t.gen
	for _, id := range ws {
		for i := slotOf(id, mask); ; i = (i + 1) & mask {
			e := t.slots[i]
			if e>>32 != gen { // empty, or a slot of an earlier fact
				t.ids = append(t.ids, id)
				t.slots[i] = gen<<32 | uint64(len(t.ids))
				b = append(b, 0)
				b = binary.LittleEndian.AppendUint64(b, id)
				break
			}
			if k := uint32(e) - 1; t.ids[k] == id {
				b = putUvarint(b, uint64(k)<<1|1)
				break
			}
		}
	}
	return b
}

// wholeIDs writes a context as ids does for EncodeStoreFactsTo: its
// length (+1, 0 for nil), then each word's eight bytes. A context has a
// few words (about five a claim): a loop of stores costs less than a
// call to copy them.
func wholeIDs(b []byte, ws []wordID) []byte {
	if ws == nil {
		return append(b, 0)
	}
	b = putUvarint(b, uint64(len(ws))+1)
	for _, id := range ws {
		b = binary.LittleEndian.AppendUint64(b, id)
	}
	return b
}

// set writes a sorted set of strings (a name's neighbours) in the form
// of the string-to-bool map it once was, which archives keep.
func (w *encoder) set(b []byte, ws []string) []byte {
	if ws == nil {
		return append(b, 0)
	}
	b = putUvarint(b, uint64(len(ws))+1)
	for _, k := range ws {
		b, _ = w.str(b, k)
		b = append(b, 1)
	}
	return b
}

// file writes a location's file: the number of the same file written
// before in its slot, or the name.
func (w *encoder) file(b []byte, name string) []byte {
	if ref, ok := w.sameAt(slotFile, name); ok {
		return putUvarint(b, ref)
	}
	return w.strAt(b, slotFile, name)
}

func (w *encoder) loc(b []byte, l *diag.Location) []byte {
	b = w.file(b, l.File)
	b = putVarint(b, int64(l.Start.Line))
	b = putVarint(b, int64(l.Start.Column))
	b = putVarint(b, int64(l.End.Line))
	b = putVarint(b, int64(l.End.Column))
	b = putVarint(b, int64(l.StartByte))
	return putVarint(b, int64(l.EndByte))
}

// putInterval writes an interval's ends and one byte of its open sides
// (1: low, 2: high).
func putInterval(b []byte, iv *quantity.Interval) []byte {
	b = putFloat(b, iv.Lo)
	b = putFloat(b, iv.Hi)
	var open byte
	if iv.LoOpen {
		open |= 1
	}
	if iv.HiOpen {
		open |= 2
	}
	return append(b, open)
}

// sameInterval reports whether two intervals are one, bit for bit (a
// zero's sign included).
func sameInterval(a, b *quantity.Interval) bool {
	return math.Float64bits(a.Lo) == math.Float64bits(b.Lo) && math.Float64bits(a.Hi) == math.Float64bits(b.Hi) &&
		a.LoOpen == b.LoOpen && a.HiOpen == b.HiOpen
}

func (w *encoder) uses(b []byte, us []formUse) []byte {
	if us == nil {
		return append(b, 0)
	}
	b = putUvarint(b, uint64(len(us))+1)
	for i := range us {
		u := &us[i]
		// A use's text and shown text are mostly its form, and its
		// prefix mostly the last use's (""): they are written as the
		// reference str would find, without its look-up.
		if ref, ok := w.sameAt(slotForm, u.Form); ok {
			b = putUvarint(b, ref)
		} else {
			b = w.strAt(b, slotForm, u.Form)
		}
		form := uint64(w.last[slotForm].ref-1)<<1 | 1
		if len(u.Text) == len(u.Form) && u.Text == u.Form {
			b = putUvarint(b, form)
		} else {
			b, _ = w.str(b, u.Text)
		}
		if len(u.Shown) == len(u.Form) && u.Shown == u.Form {
			b = putUvarint(b, form)
		} else {
			b, _ = w.str(b, u.Shown)
		}
		if ref, ok := w.sameAt(slotPrefix, u.Prefix); ok {
			b = putUvarint(b, ref)
		} else {
			b = w.strAt(b, slotPrefix, u.Prefix)
		}
		b = w.loc(b, &u.Loc)
		b = putVarint(b, int64(u.Article))
	}
	return b
}

func (w *encoder) claims(b []byte, cs []claim) []byte {
	if cs == nil {
		return append(b, 0)
	}
	b = putUvarint(b, uint64(len(cs))+1)
	w.line, w.at, w.article = 0, 0, 0
	// Every claim is written in full. Format 6 wrote a claim alike to an
	// earlier one (sameFact) as that claim's number, found by a digest
	// of each claim in a table of its own; generated copy had come to
	// repeat one claim in 200 and real copy fewer, so the digest, the
	// table and the number written before every claim cost more than
	// the repeats saved.
	//
	// The number of context words of the claims, which the decoder
	// carves from one slice.
	words := 0
	for i := range cs {
		words += len(cs[i].Context) + len(cs[i].Near)
	}
	b = putUvarint(b, uint64(words))
	for i := range cs {
		c := &cs[i]
		if ref, ok := w.sameAt(slotKey, c.Key); ok {
			b = putUvarint(b, ref)
		} else {
			b = w.strAt(b, slotKey, c.Key)
		}
		if ref, ok := w.sameAt(slotLabel, c.Label); ok {
			b = putUvarint(b, ref)
		} else {
			b = w.strAt(b, slotLabel, c.Label)
		}
		b = w.claimLoc(b, &c.Loc)
		b = raw(b, c.Shown)
		// What the claim has and lacks, in one record (claimFlags):
		// the fields it lacks are not written at all.
		f := claimFlagsOf(c)
		if c.Article == w.article {
			f |= sameArticle
		}
		b = append(b, byte(f), byte(f>>8))
		b = w.figure(b, &c.Q, f)
		if w.whole {
			b = wholeIDs(b, c.Context)
			b = wholeIDs(b, c.Near)
		} else {
			b = w.ids(b, c.Context)
			b = w.ids(b, c.Near)
		}
		if f&hasYears != 0 {
			b = putUvarint(b, uint64(len(c.Years)))
			for _, y := range c.Years {
				b = putFloat(b, y)
			}
		}
		if f&hasHead != 0 {
			if ref, ok := w.sameAt(slotHead, c.Head); ok {
				b = putUvarint(b, ref)
			} else {
				b = w.strAt(b, slotHead, c.Head)
			}
		}
		if f&hasMods != 0 {
			b = w.strsIn(b, c.Mods)
		}
		if f&hasCompl != 0 {
			if ref, ok := w.sameAt(slotCompl, c.Compl); ok {
				b = putUvarint(b, ref)
			} else {
				b = w.strAt(b, slotCompl, c.Compl)
			}
		}
		if f&noRole == 0 {
			b = putVarint(b, int64(c.Role))
		}
		if f&sameArticle == 0 {
			b = putVarint(b, int64(c.Article))
			w.article = c.Article
		}
		if c.When != nil {
			b = putVarint(b, int64(c.When.Lo))
			b = putVarint(b, int64(c.When.Hi))
			b = append(b, byte(c.When.Unit))
		}
		if f&hasNames != 0 {
			b = w.strsIn(b, c.Names)
		}
		if f&hasOwner != 0 {
			b, _ = w.str(b, c.Owner)
		}
		if f&hasConv != 0 {
			b = w.figure(b, c.Conv, roundOther)
		}
	}
	return b
}

// The bits of a claim's record of what it has (claimFlagsOf), written
// as two bytes before its figure: a field a claim lacks (no years, no
// modifiers, no head, no qualifier, a high equal to its value) costs
// neither the encoder nor the decoder a number or a string, where each
// was written as an empty one and read back.
const (
	isUnique    = 1 << iota // Unique
	isRel                   // Rel
	hasWhen                 // When != nil
	hasQual                 // Q.Qualifier != nil
	highOther               // Q.High is not Q.Value (bit for bit)
	roundOther              // Q.Round is not Q.Step (bit for bit)
	hasYears                // Years != nil: its length and years follow
	hasMods                 // Mods != nil: its length and strings follow
	hasNames                // Names != nil: its length and strings follow
	hasHead                 // Head != ""
	hasCompl                // Compl != ""
	hasOwner                // Owner != ""
	noRole                  // Role == -1, not written
	sameArticle             // Article is the claim before's (0 for the first), not written
	hasConv                 // Conv != nil: its figure follows, of one number and no qualifier
)

// claimFlagsOf returns the record of what c has.
func claimFlagsOf(c *claim) uint16 {
	var f uint16
	if c.Unique {
		f |= isUnique
	}
	if c.Rel {
		f |= isRel
	}
	if c.When != nil {
		f |= hasWhen
	}
	if c.Q.Qualifier != nil {
		f |= hasQual
	}
	if math.Float64bits(c.Q.High) != math.Float64bits(c.Q.Value) {
		f |= highOther
	}
	if math.Float64bits(c.Q.Round) != math.Float64bits(c.Q.Step) {
		f |= roundOther
	}
	if c.Years != nil {
		f |= hasYears
	}
	if c.Mods != nil {
		f |= hasMods
	}
	if c.Names != nil {
		f |= hasNames
	}
	if c.Head != "" {
		f |= hasHead
	}
	if c.Compl != "" {
		f |= hasCompl
	}
	if c.Owner != "" {
		f |= hasOwner
	}
	if c.Role == -1 {
		f |= noRole
	}
	if c.Conv != nil {
		f |= hasConv
	}
	return f
}

// strsIn writes a list of strings known not to be nil: its length, then
// each string.
func (w *encoder) strsIn(b []byte, ss []string) []byte {
	b = putUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b, _ = w.str(b, s)
	}
	return b
}

// claimLoc writes a claim's location (decoder.claimLoc reads it): its
// file, as loc does, then a byte of flags, the start as deltas from the
// claim written before (an article's claims come in the order of its
// text, so the deltas take a byte or two where the offsets took two or
// three), and the end as a length in bytes; the end's line and column
// are written only when they are not the start's line and the start's
// column plus that length (a figure within one line of ASCII).
func (w *encoder) claimLoc(b []byte, l *diag.Location) []byte {
	b = w.file(b, l.File)
	n := l.EndByte - l.StartByte
	var flags byte
	if l.Start.Line == w.line {
		flags |= locSameLine
	}
	if l.End.Line == l.Start.Line && l.End.Column-l.Start.Column == n {
		flags |= locOneLine
	}
	b = append(b, flags)
	if flags&locSameLine == 0 {
		b = putVarint(b, int64(l.Start.Line-w.line))
	}
	b = putVarint(b, int64(l.Start.Column))
	b = putVarint(b, int64(l.StartByte-w.at))
	b = putVarint(b, int64(n))
	if flags&locOneLine == 0 {
		b = putVarint(b, int64(l.End.Line))
		b = putVarint(b, int64(l.End.Column))
	}
	w.line, w.at = l.Start.Line, l.StartByte
	return b
}

// The flags of a claim's location (claimLoc).
const (
	locSameLine = 1 << iota // starts on the line the last claim started on
	locOneLine              // ends on its start line, length bytes on
)

// factPrint is a digest of the fields of a claim that sameFact compares
// as numbers (and of the lengths of its strings and contexts): two claims
// alike are alike in it.
func factPrint(c *claim) uint64 {
	h := math.Float64bits(c.Q.Value)
	h = h*0x100000001b3 ^ math.Float64bits(c.Q.High)
	h = h*0x100000001b3 ^ (uint64(len(c.Key))<<40 | uint64(len(c.Context))<<24 | uint64(len(c.Near))<<8 | uint64(c.Q.Kind))
	h = h*0x100000001b3 ^ uint64(int64(c.Role))
	if c.Unique {
		h ^= 1 << 62
	}
	if c.Rel {
		h ^= 1 << 61
	}
	if len(c.Context) > 0 {
		h = h*0x100000001b3 ^ c.Context[0]
	}
	return h
}

func (w *encoder) figure(b []byte, q *figure, f uint16) []byte {
	b = putFloat(b, q.Value)
	if f&highOther != 0 {
		b = putFloat(b, q.High)
	}
	b = append(b, byte(q.Kind))
	// The unit: 0 for none, n+1 for the nth unit written before, or
	// 1 followed by a new one. The claims of an article share a few
	// units, as the unit table's entries are shared.
	switch i := w.unitNumber(q.Unit); {
	case q.Unit == nil:
		b = append(b, 0)
	case i >= 0:
		b = putUvarint(b, uint64(i)+2)
	default:
		w.addUnit(q.Unit)
		b = append(b, 1)
		b, _ = w.str(b, q.Unit.Name)
		b, _ = w.str(b, q.Unit.Dimension)
		b = putFloat(b, q.Unit.Factor)
		b = putFloat(b, q.Unit.Offset)
	}
	if f&hasQual != 0 {
		b, _ = w.str(b, q.Qualifier.Words)
		b = append(b, byte(q.Qualifier.Bound))
		b = putFloat(b, q.Qualifier.Tolerance)
	}
	b = putFloat(b, q.Step)
	if f&roundOther != 0 {
		b = putFloat(b, q.Round)
	}
	return b
}

// maxUnitScan is the number of units encoder.units is scanned for; an
// article with more numbers them in a map too.
const maxUnitScan = 16

// unitNumber returns the number of unit u written before, or -1.
func (w *encoder) unitNumber(u *quantity.Unit) int {
	if w.unitMap != nil {
		if i, ok := w.unitMap[u]; ok {
			return i
		}
		return -1
	}
	for i, x := range w.units {
		if x == u {
			return i
		}
	}
	return -1
}

// addUnit numbers u, written for the first time.
func (w *encoder) addUnit(u *quantity.Unit) {
	w.units = append(w.units, u)
	switch {
	case w.unitMap != nil:
		w.unitMap[u] = len(w.units) - 1
	case len(w.units) > maxUnitScan:
		w.unitMap = make(map[*quantity.Unit]int, 2*len(w.units))
		for i, x := range w.units {
			w.unitMap[x] = i
		}
	}
}

// decoder reads what encoder wrote. A malformed encoding panics inside
// the decoder with errMalformed, which recover turns into an error: the
// bytes may come from a damaged archive.
type decoder struct {
	buf     []byte
	off     int
	strings []string
	words   []wordID // the context words read, in order (see encoder.ids)
	units   []*quantity.Unit
	// slab is room for the context words of the claims being read.
	slab []wordID
	// all, if set, is buf as one string, which the strings read slice
	// instead of each being allocated (share).
	all string
	// room, if set, is where the claims and their slices are taken from.
	room *Room
	// inPlace makes share take buf as it is, not a copy
	// (DecodeFactsInPlace).
	inPlace bool
	// whole reads context words written whole (tagAutoWhole,
	// tagClaimsWhole).
	whole bool
	// line and at are the start line and byte of the claim last read
	// (claimLoc); article is its article.
	line, at, article int
}

// share makes the strings read from here on slices of one copy of the
// encoding, made once, instead of one allocation each: for the claims,
// whose strings all live as long as the story being compared. (The names
// facts are not shared: a few of their strings are kept for the whole
// run, and would keep all of their article's encoding.)
func (r *decoder) share() {
	if r.inPlace {
		r.all = unsafe.String(unsafe.SliceData(r.buf), len(r.buf))
		return
	}
	r.all = string(r.buf)
}

// decodeTables is a decoder's room for its tables (DecodeFacts).
type decodeTables struct {
	strings []string
	words   []wordID
	units   []*quantity.Unit
}

var tablesPool = sync.Pool{New: func() any { return new(decodeTables) }}

var errMalformed = errors.New("rules: malformed facts encoding")

func (r *decoder) recover(err *error) {
	if p := recover(); p != nil {
		if p != errMalformed && !pastTheEnd(p) { //nolint:errorlint // only our own sentinel value is recovered
			panic(p)
		}
		*err = errMalformed
	}
}

// pastTheEnd reports the runtime's panic for an index out of range. The
// decoder's one-byte number read (uvarint, on every number of every
// claim) leaves the test of the encoding's end to the bounds check, to
// stay small enough to inline; a truncated encoding then panics there,
// and is as malformed as one that panics with errMalformed.
func pastTheEnd(p any) bool {
	e, ok := p.(runtime.Error)
	return ok && strings.Contains(e.Error(), "index out of range")
}

func (r *decoder) byte() byte {
	if r.off >= len(r.buf) {
		panic(errMalformed)
	}
	b := r.buf[r.off]
	r.off++
	return b
}

func (r *decoder) uvarint() uint64 {
	// One byte, most numbers: read without binary's loop, and small
	// enough to be inlined where it is called (a call for every number
	// of a claim was a fifth of decoding). An offset past the end
	// panics in the bounds check, which recover takes as errMalformed
	// (pastTheEnd): an explicit test made the function too large to
	// inline.
	if c := r.buf[r.off]; c < 0x80 {
		r.off++
		return uint64(c)
	}
	return r.longUvarint()
}

// longUvarint is uvarint's path for a varint of more than one byte,
// kept out of line so that uvarint stays small enough to inline.
//
//go:noinline
func (r *decoder) longUvarint() uint64 {
	b, off := r.buf, r.off
	// Two bytes (a byte offset, a context word's number, a round
	// figure's float) without the eight-byte load's masks and shifts.
	if off+1 < len(b) && b[off+1] < 0x80 {
		r.off = off + 2
		return uint64(b[off]&0x7f) | uint64(b[off+1])<<7
	}
	v, off := longUvarint(b, off)
	r.off = off
	return v
}

// groupMask[n%8] keeps the 7-bit groups of the first n bytes of a word
// (all eight for n = 8): a table, as a variable shift costs a compare and
// a conditional move besides.
var groupMask = [8]uint64{0x7f7f7f7f7f7f7f7f, 0x7f, 0x7f7f, 0x7f7f7f, 0x7f7f7f7f, 0x7f7f7f7f7f, 0x7f7f7f7f7f7f, 0x7f7f7f7f7f7f7f}

// longUvarint reads the varint at b[off:] as binary.Uvarint does, and
// returns it and the offset after it; a malformed one panics with
// errMalformed. A varint of up to eight bytes (offsets, and the
// reversed bits of round floats: half of decoding went to binary's loop
// over them) is read with one load: its end is the first byte without
// the high bit, and its 7-bit groups are packed together in three steps.
func longUvarint(b []byte, off int) (uint64, int) {
	if uint(off) > uint(len(b)) {
		panic(errMalformed)
	}
	if len(b)-off >= 8 {
		x := binary.LittleEndian.Uint64(b[off:])
		ends := ^x & 0x8080808080808080
		n := 8 // bytes of the varint in x
		if ends != 0 {
			n = bits.TrailingZeros64(ends)/8 + 1
		}
		x &= groupMask[n&7]
		x = x&0x007f007f007f007f | x&0x7f007f007f007f00>>1
		x = x&0x00003fff00003fff | x&0x3fff00003fff0000>>2
		x = x&0x000000000fffffff | x&0x0fffffff00000000>>4
		if ends != 0 {
			return x, off + n
		}
		// Nine or ten bytes: a float's reversed bits with a full
		// mantissa (14.2). The tenth holds the top bit alone; any
		// other is binary's overflow, which it reports below.
		if len(b)-off >= 10 {
			if c := b[off+8]; c < 0x80 {
				return x | uint64(c)<<56, off + 9
			} else if d := b[off+9]; d <= 1 {
				return x | uint64(c&0x7f)<<56 | uint64(d)<<63, off + 10
			}
		}
	}
	v, n := binary.Uvarint(b[off:])
	if n <= 0 {
		panic(errMalformed)
	}
	return v, off + n
}

func (r *decoder) varint() int64 {
	u := r.uvarint() // binary.Varint's zigzag, over the fast uvarint
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a length, refusing one longer than the bytes left (each
// element takes at least one byte), so that a damaged length cannot ask
// for a huge allocation.
func (r *decoder) count() int {
	v := r.uvarint()
	if v > uint64(len(r.buf)-r.off)+1 {
		panic(errMalformed)
	}
	return int(v)
}

// float reads what putFloat wrote. A figure's floats mostly take one to
// three bytes (1 is 0x3ff0 reversed): those are read here, without a
// call to the long path.
func (r *decoder) float() float64 {
	b, off := r.buf, r.off
	if len(b)-off >= 8 {
		// Eight bytes or more left (all but an encoding's last few
		// numbers): a float of up to eight bytes is read with one
		// load, its end found and its 7-bit groups packed as in
		// longUvarint, without a branch on its length.
		x := binary.LittleEndian.Uint64(b[off:])
		if ends := ^x & 0x8080808080808080; ends != 0 {
			x &= (ends ^ (ends - 1)) & 0x7f7f7f7f7f7f7f7f // its bytes, without their high bits
			x = x&0x007f007f007f007f | x&0x7f007f007f007f00>>1
			x = x&0x00003fff00003fff | x&0x3fff00003fff0000>>2
			x = x&0x000000000fffffff | x&0x0fffffff00000000>>4
			r.off = off + bits.TrailingZeros64(ends)>>3 + 1
			return math.Float64frombits(bits.ReverseBytes64(x))
		}
		// Nine or ten bytes: a float with a full mantissa (a step
		// of 0.1, a figure such as 14.2: some 15% of the floats of
		// generated copy), read from the same load and the byte or
		// two after it, where longUvarint loaded the eight bytes
		// again.
		if len(b)-off >= 10 {
			x &= 0x7f7f7f7f7f7f7f7f
			x = x&0x007f007f007f007f | x&0x7f007f007f007f00>>1
			x = x&0x00003fff00003fff | x&0x3fff00003fff0000>>2
			x = x&0x000000000fffffff | x&0x0fffffff00000000>>4
			if c := b[off+8]; c < 0x80 {
				r.off = off + 9
				return math.Float64frombits(bits.ReverseBytes64(x | uint64(c)<<56))
			} else if d := b[off+9]; d <= 1 {
				r.off = off + 10
				return math.Float64frombits(bits.ReverseBytes64(x | uint64(c&0x7f)<<56 | uint64(d)<<63))
			}
		}
	}
	var u uint64
	switch {
	case off < len(b) && b[off] < 0x80:
		u = uint64(b[off])
		off++
	case off+1 < len(b) && b[off+1] < 0x80:
		u = uint64(b[off]&0x7f) | uint64(b[off+1])<<7
		off += 2
	case off+2 < len(b) && b[off+2] < 0x80:
		u = uint64(b[off]&0x7f) | uint64(b[off+1]&0x7f)<<7 | uint64(b[off+2])<<14
		off += 3
	default:
		u, off = longUvarint(b, off)
	}
	r.off = off
	return math.Float64frombits(bits.ReverseBytes64(u))
}

func (r *decoder) bool() bool { return r.byte() != 0 }

func (r *decoder) str() string {
	v := r.uvarint()
	if v&1 == 1 {
		i := v >> 1
		if i >= uint64(len(r.strings)) {
			panic(errMalformed)
		}
		return r.strings[i]
	}
	n := v >> 1
	if n > uint64(len(r.buf)-r.off) {
		panic(errMalformed)
	}
	var s string
	if r.all != "" {
		s = r.all[r.off : r.off+int(n)]
	} else {
		s = string(r.buf[r.off : r.off+int(n)])
	}
	r.off += int(n)
	r.strings = append(r.strings, s)
	return s
}

func (r *decoder) ids() []wordID {
	// The count and the words are read in one loop over local copies of
	// the buffer, the offset and the table of words, as zigzags reads a
	// location's numbers: through r, each number loaded and stored the
	// offset, and each count was a call (count is not inlined), for
	// both lists of every claim.
	b, off := r.buf, r.off
	var v uint64
	if c := b[off]; c < 0x80 {
		v = uint64(c)
		off++
	} else {
		v, off = longUvarint(b, off)
	}
	if v > uint64(len(b)-off)+1 { // as count: each word takes a byte
		panic(errMalformed)
	}
	if v <= 1 {
		r.off = off
		if v == 0 {
			return nil
		}
		return []wordID{}
	}
	n := int(v - 1)
	var out []wordID
	if n <= cap(r.slab)-len(r.slab) {
		start := len(r.slab)
		r.slab = r.slab[:start+n]
		out = r.slab[start : start+n : start+n]
	} else {
		out = make([]wordID, n)
	}
	words := r.words
	for i := range out {
		c := b[off]
		switch {
		case c < 0x80 && c&1 == 1:
			// A word read before, among the first 64.
			off++
			k := int(c >> 1)
			if k >= len(words) {
				panic(errMalformed)
			}
			out[i] = words[k]
		case c == 0:
			// A new word: its eight bytes.
			if len(b)-off < 9 {
				panic(errMalformed)
			}
			out[i] = binary.LittleEndian.Uint64(b[off+1:])
			off += 9
			words = append(words, out[i])
		case c >= 0x80:
			// A word read before, numbered past 63.
			v, off = longUvarint(b, off)
			if v&1 == 0 {
				panic(errMalformed)
			}
			k := v >> 1
			if k >= uint64(len(words)) {
				panic(errMalformed)
			}
			out[i] = words[k]
		default:
			panic(errMalformed)
		}
	}
	r.off, r.words = off, words
	return out
}

// wholeIDs reads what encoder's wholeIDs wrote: each word is one load,
// with no table of the words read.
func (r *decoder) wholeIDs() []wordID {
	b, off := r.buf, r.off
	var v uint64
	if c := b[off]; c < 0x80 {
		v = uint64(c)
		off++
	} else {
		v, off = longUvarint(b, off)
	}
	if v <= 1 {
		r.off = off
		if v == 0 {
			return nil
		}
		return []wordID{}
	}
	if v-1 > uint64(len(b)-off)/8 {
		panic(errMalformed)
	}
	n := int(v - 1)
	var out []wordID
	if n <= cap(r.slab)-len(r.slab) {
		start := len(r.slab)
		r.slab = r.slab[:start+n]
		out = r.slab[start : start+n : start+n]
	} else {
		out = make([]wordID, n)
	}
	src := b[off : off+8*n]
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(src[8*i:])
	}
	r.off = off + 8*n
	return out
}

// raw reads what encoder.raw wrote.
func (r *decoder) raw() string {
	n := r.uvarint()
	if n > uint64(len(r.buf)-r.off) {
		panic(errMalformed)
	}
	var s string
	if r.all != "" {
		s = r.all[r.off : r.off+int(n)]
	} else {
		s = string(r.buf[r.off : r.off+int(n)])
	}
	r.off += int(n)
	return s
}

func (r *decoder) set() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ws := make([]string, n-1)
	for i := range ws {
		ws[i] = r.str()
		r.bool()
	}
	return ws
}

// zigzags reads len(v) zigzag varints (binary.Varint's) into v, in one
// loop over local copies of the buffer and offset: the numbers of a
// location are read for every claim, and were a fifth of decoding.
func (r *decoder) zigzags(v []int) {
	b, off := r.buf, r.off
	for i := range v {
		var u uint64
		switch {
		case off < len(b) && b[off] < 0x80:
			u = uint64(b[off])
			off++
		case off+1 < len(b) && b[off+1] < 0x80:
			u = uint64(b[off]&0x7f) | uint64(b[off+1])<<7
			off += 2
		default:
			u, off = longUvarint(b, off)
		}
		v[i] = int(int64(u>>1) ^ -int64(u&1))
	}
	r.off = off
}

func (r *decoder) loc() diag.Location {
	l := diag.Location{File: r.str()}
	var v [6]int
	r.zigzags(v[:])
	l.Start.Line, l.Start.Column, l.End.Line, l.End.Column, l.StartByte, l.EndByte = v[0], v[1], v[2], v[3], v[4], v[5]
	return l
}

func (r *decoder) interval() quantity.Interval {
	iv := quantity.Interval{Lo: r.float(), Hi: r.float()}
	open := r.byte()
	iv.LoOpen, iv.HiOpen = open&1 != 0, open&2 != 0
	return iv
}

func (r *decoder) uses() []formUse {
	n := r.count()
	if n == 0 {
		return nil
	}
	us := make([]formUse, n-1)
	for i := range us {
		us[i] = formUse{Form: r.str(), Text: r.str(), Shown: r.str(), Prefix: r.str(), Loc: r.loc(), Article: int(r.varint())}
	}
	return us
}

func (r *decoder) claims() []claim {
	n := r.count()
	if n == 0 {
		return nil
	}
	var cs []claim
	// Each word takes at least one byte: a damaged count cannot ask
	// for more room than the bytes left.
	words := r.count()
	if r.room != nil {
		// Not cleared: each claim below is written whole, a repeat
		// by copying, a full claim after zeroing it. Clearing them
		// all first wrote each repeat twice, through the garbage
		// collector's write barriers (claims hold pointers).
		cs = takeDirty(&r.room.claims, n-1)
		if words > 0 {
			r.slab = take(&r.room.words, words)[:0]
		}
	} else {
		cs = make([]claim, n-1)
		if words > 0 {
			r.slab = make([]wordID, 0, words)
		}
	}
	r.line, r.at, r.article = 0, 0, 0
	for i := range cs {
		c := &cs[i]
		*c = claim{}
		c.Key = r.str()
		c.Label = r.str()
		c.Loc = r.claimLoc()
		c.Shown = r.raw()
		f := r.flags()
		r.figure(&c.Q, f)
		if r.whole {
			c.Context = r.wholeIDs()
			c.Near = r.wholeIDs()
		} else {
			c.Context = r.ids()
			c.Near = r.ids()
		}
		if f&hasYears != 0 {
			m := r.count()
			if r.room != nil && m > 0 {
				c.Years = takeDirty(&r.room.years, m)
			} else {
				c.Years = make([]float64, m) // empty, not nil, for m == 0
			}
			for j := range c.Years {
				c.Years[j] = r.float()
			}
		}
		if f&hasHead != 0 {
			c.Head = r.str()
		}
		if f&hasMods != 0 {
			c.Mods = r.strsIn()
		}
		if f&hasCompl != 0 {
			c.Compl = r.str()
		}
		c.Unique = f&isUnique != 0
		c.Role = -1
		if f&noRole == 0 {
			c.Role = int(r.varint())
		}
		if f&sameArticle == 0 {
			r.article = int(r.varint())
		}
		c.Article = r.article
		if f&hasWhen != 0 {
			when := dates.Range{Lo: dates.Day(r.varint()), Hi: dates.Day(r.varint()), Unit: dates.Unit(r.byte())}
			if r.room != nil {
				c.When = &take(&r.room.whens, 1)[0]
			} else {
				c.When = new(dates.Range)
			}
			*c.When = when
		}
		if f&hasNames != 0 {
			c.Names = r.strsIn()
		}
		c.Rel = f&isRel != 0
		if f&hasOwner != 0 {
			c.Owner = r.str()
		}
		if f&hasConv != 0 {
			c.Conv = new(figure)
			r.figure(c.Conv, roundOther)
		}
	}
	return cs
}

// flags reads a claim's record of what it has (claimFlagsOf).
func (r *decoder) flags() uint16 {
	if r.off+2 > len(r.buf) {
		panic(errMalformed)
	}
	f := uint16(r.buf[r.off]) | uint16(r.buf[r.off+1])<<8
	r.off += 2
	return f
}

// strsIn reads what encoder.strsIn wrote: a list, never nil.
func (r *decoder) strsIn() []string {
	n := r.count()
	var out []string
	if r.room != nil {
		out = take(&r.room.strs, n)
	} else {
		out = make([]string, n)
	}
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// claimLoc reads what encoder.claimLoc wrote.
func (r *decoder) claimLoc() diag.Location {
	l := diag.Location{File: r.str()}
	flags := r.byte()
	// The numbers are read in one loop (zigzags), as loc reads its six.
	var v [6]int
	n := 3
	if flags&locSameLine == 0 {
		n++
	}
	if flags&locOneLine == 0 {
		n += 2
	}
	r.zigzags(v[:n])
	i := 0
	l.Start.Line = r.line
	if flags&locSameLine == 0 {
		l.Start.Line += v[0]
		i = 1
	}
	l.Start.Column = v[i]
	l.StartByte = r.at + v[i+1]
	l.EndByte = l.StartByte + v[i+2]
	if flags&locOneLine == 0 {
		l.End.Line, l.End.Column = v[i+3], v[i+4]
	} else {
		l.End.Line, l.End.Column = l.Start.Line, l.Start.Column+v[i+2]
	}
	r.line, r.at = l.Start.Line, l.StartByte
	return l
}

func (r *decoder) figure(q *figure, f uint16) {
	q.Value = r.float()
	q.High = q.Value
	if f&highOther != 0 {
		q.High = r.float()
	}
	q.Kind = quantity.Kind(r.byte())
	switch v := r.uvarint(); v {
	case 0:
	case 1:
		var u *quantity.Unit
		if r.room != nil {
			u = &take(&r.room.units, 1)[0]
		} else {
			u = new(quantity.Unit)
		}
		u.Name, u.Dimension, u.Factor, u.Offset = r.str(), r.str(), r.float(), r.float()
		r.units = append(r.units, u)
		q.Unit = u
	default:
		if v-2 >= uint64(len(r.units)) {
			panic(errMalformed)
		}
		q.Unit = r.units[v-2]
	}
	if f&hasQual != 0 {
		var ql *quantity.Qualifier
		if r.room != nil {
			ql = &take(&r.room.quals, 1)[0]
		} else {
			ql = new(quantity.Qualifier)
		}
		ql.Words, ql.Bound, ql.Tolerance = r.str(), quantity.Bound(r.byte()), r.float()
		q.Qualifier = ql
	}
	q.Step = r.float()
	q.Round = q.Step
	if f&roundOther != 0 {
		q.Round = r.float()
	}
}

// strNumbers numbers distinct strings in the order they are first asked
// about: what the encoder's map[string]int did. It is an open-addressing
// table of one word per slot (a 32-bit tag of the string's hash and the
// number + 1), which a look-up reads in one or two cache lines where
// the map probed control bytes, then slots, then the string. It is
// emptied by clearing only the slots it used: a pooled map kept the
// size of the largest fact it ever held, and clearing it cost that size
// for every fact after.
//
// A slot is of the fact being written only if its top 16 bits are the
// table's generation (gen), which reset moves on: emptying the table
// for the next fact touches no slot (but once in 65,535 resets), where
// a list of the slots used was kept, one append per string, and cleared
// slot by slot. Within a fact nothing is removed, so a probe still ends
// at the first slot that is not of the fact.
type strNumbers struct {
	// slots hold the generation, 16 bits of the string's hash and
	// its number + 1.
	slots []uint64
	keys  []string
	gen   uint64
	// empty is the number + 1 of "" (0: not yet numbered): a quarter
	// of the strings of claims are empty (no owner, no complement),
	// and need neither a hash nor a probe.
	empty int
}

// strSeed hashes the strings of every strNumbers: the hash places them
// in the table and never decides a number, so the encoding does not
// depend on it.
var strSeed = maphash.MakeSeed()

// shortSeed seeds hashStr's hash of short strings, drawn per process so
// that no text can be written to collide in it.
var shortSeed = [2]uint64{rand.Uint64() | 1, rand.Uint64() | 1}

// number returns the number of s, numbering it next when it is new: the
// look-up str inlines, for the tables of other callers.
func (t *strNumbers) number(s string) int {
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	h := hashStr(s)
	tag := t.gen<<48 | h&0xffff00000000
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e>>48 != t.gen { // empty, or a slot of an earlier use
			t.keys = append(t.keys, s)
			t.slots[i] = tag | uint64(len(t.keys))
			return len(t.keys) - 1
		}
		if e&^0xffffffff == tag {
			if k := int(uint32(e)) - 1; t.keys[k] == s {
				return k
			}
		}
	}
}

// hashStr hashes s for strNumbers. Most strings of facts are short (a
// key, a label, a name, a unit: 70% of them at most 16 bytes on real
// copy): those are hashed inline from two loads of their first and last
// bytes and one 128-bit multiply, where maphash.String went through
// three calls to the runtime's hash. Longer ones take maphash.String.
func hashStr(s string) uint64 {
	n := len(s)
	if n > 16 {
		return maphash.String(strSeed, s)
	}
	var lo, hi uint64
	p := unsafe.Pointer(unsafe.StringData(s))
	switch {
	case n >= 8:
		lo = *(*uint64)(p)
		hi = *(*uint64)(unsafe.Add(p, n-8))
	case n >= 4:
		lo = uint64(*(*uint32)(p))
		hi = uint64(*(*uint32)(unsafe.Add(p, n-4)))
	case n > 0:
		lo = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	h1, h0 := bits.Mul64(lo^shortSeed[0], hi^shortSeed[1]^uint64(n)<<56)
	return h1 ^ h0
}

// HashString is the hash the rules' string tables place strings by
// (hashStr), for a caller's own table of strings: seeded per process, so
// it may decide where a string goes but never what is written.
func HashString(s string) uint64 { return hashStr(s) }

// minSlots is the size of a table's first slots: most facts write a
// few dozen strings.
const minSlots = 64

// grow doubles the slots (at least minSlots) and places the keys again.
func (t *strNumbers) grow() {
	if t.gen == 0 {
		t.gen = 1
	}
	t.slots = make([]uint64, max(minSlots, 2*len(t.slots)))
	mask := uint64(len(t.slots) - 1)
	for k, s := range t.keys {
		h := hashStr(s)
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = t.gen<<48 | h&0xffff00000000 | uint64(k+1)
	}
}

// reset forgets every string, keeping the room.
func (t *strNumbers) reset() {
	if t.gen++; t.gen > 0xffff {
		clear(t.slots)
		t.gen = 1
	}
	clear(t.keys) // the strings slice articles' text: not kept alive
	t.keys = t.keys[:0]
	t.empty = 0
}

// idNumbers numbers distinct context words as strNumbers numbers
// strings. A wordID is a hash already: its bits place it.
//
// Its slots are of the fact being written only if of its generation, as
// strNumbers' are.
type idNumbers struct {
	slots []uint64 // the generation, above the number + 1
	ids   []wordID
	gen   uint64
}

// slotOf spreads a word id over the table (Fibonacci hashing): the
// ids' low bits are not trusted to be spread.
func slotOf(id wordID, mask uint64) uint64 { return (id * 0x9e3779b97f4a7c15 >> 32) & mask }

// grow doubles the slots (at least minSlots) and places the ids again.
func (t *idNumbers) grow() {
	if t.gen == 0 {
		t.gen = 1
	}
	t.slots = make([]uint64, max(minSlots, 2*len(t.slots)))
	mask := uint64(len(t.slots) - 1)
	for k, id := range t.ids {
		i := slotOf(id, mask)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = t.gen<<32 | uint64(k+1)
	}
}

// reset forgets every id, keeping the room.
func (t *idNumbers) reset() {
	if t.gen++; t.gen > 0xffff {
		clear(t.slots)
		t.gen = 1
	}
	t.ids = t.ids[:0]
}
