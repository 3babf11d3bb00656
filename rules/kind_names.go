package rules

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// namesRule keeps the spellings of a name consistent across the checked
// articles. Its lexicon lists names with their accepted variant spellings
// and aliases; every word of them is a known name for the typo rule. With
// learn = true it also finds, without a lexicon, names written in
// several ways that differ only in hyphens or capitals ("Al-Qaeda",
// "Al-qaeda", "Al Qaeda").
type namesRule struct {
	info        Info
	learn       bool
	typoTargets bool
	entries     []nameEntry
	// searched are the indexes of the entries with variants, the only
	// ones Check searches for: a gazetteer lists hundreds of names
	// with one spelling, and walking them all for every article cost
	// more than the search itself.
	searched []int
}

type nameEntry struct {
	name  string
	forms []string // name and variants: spellings that must not be mixed
	re    *regexp.Regexp
	words []string
}

type namesConfig struct {
	Common
	Learn bool `toml:"learn"`
	// TypoTargets makes the names targets of the typo rule even where
	// the articles never use them (default true). A gazetteer of
	// countries sets it to false: its names are known, so never taken for
	// misspellings, but only the names the copy uses are matched.
	TypoTargets *bool `toml:"typo_targets"`
	Name        []struct {
		Name     string   `toml:"name"`
		Variants []string `toml:"variants"`
		Aliases  []string `toml:"aliases"`
	} `toml:"name"`
}

func newNamesRule(t *tomlx.Table, info Info) (Rule, error) {
	var c namesConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	r := &namesRule{info: info, learn: c.Learn, typoTargets: c.TypoTargets == nil || *c.TypoTargets}
	for i, n := range c.Name {
		if strings.TrimSpace(n.Name) == "" {
			return nil, t.Errorf("name", "rule %q: name[%d] has no name", info.ID, i)
		}
		e := nameEntry{name: n.Name, forms: append([]string{n.Name}, n.Variants...)}
		if len(n.Variants) > 0 {
			// Only names with variants are searched for: a name with one
			// spelling cannot be spelled inconsistently.
			alts := append([]string{}, e.forms...)
			sort.SliceStable(alts, func(a, b int) bool { return len(alts[a]) > len(alts[b]) })
			quoted := make([]string, len(alts))
			for k, a := range alts {
				quoted[k] = regexp.QuoteMeta(a)
			}
			e.re = regexp.MustCompile(strings.Join(quoted, "|"))
		}
		for _, s := range append(append([]string{}, e.forms...), n.Aliases...) {
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
				if isCapitalised(w) {
					e.words = append(e.words, w)
				}
			}
		}
		if e.re != nil {
			r.searched = append(r.searched, len(r.entries))
		}
		r.entries = append(r.entries, e)
	}
	return r, nil
}

func (r *namesRule) Info() *Info { return &r.info }

func (r *namesRule) lexiconWords() ([]string, bool) {
	var ws []string
	for _, e := range r.entries {
		ws = append(ws, e.words...)
	}
	return ws, r.typoTargets
}

// namesFacts are the uses of lexicon names (by entry) and of learned
// spellings (by key) in one article.
type namesFacts struct {
	lexicon map[int][]formUse
	learned map[string][]formUse
	// compound marks the learned keys that were seen written with a
	// hyphen; only those keys are compared.
	compound map[string]bool
}

// Check makes the map of learned forms once their number is known, at
// its size, instead of growing it key by key; a map of the facts it
// returns is nil when nothing was found.
func (r *namesRule) Check(a *Article, rep *Reporter) any {
	f := &namesFacts{}
	text := a.Doc.Text
	for _, ei := range r.searched {
		e := &r.entries[ei]
		for _, b := range a.Blocks {
			for _, m := range e.re.FindAllStringIndex(text[b.Start:b.End], -1) {
				s, end := b.Start+m[0], b.Start+m[1]
				if !wordBoundary(text, s, end) {
					continue
				}
				sp := document.Span{Start: s, End: end}
				if f.lexicon == nil {
					f.lexicon = map[int][]formUse{}
				}
				f.lexicon[ei] = append(f.lexicon[ei], formUse{Form: text[s:end], Text: text[s:end], Shown: text[s:end], Loc: rep.At(sp), Article: a.Index})
			}
		}
	}
	if r.learn {
		r.learnForms(a, f)
	}
	// A map is left nil when nothing was found: it reads, ranges and
	// encodes (by its length) as an empty one, and the only write after
	// Check is a delete, which a nil map takes. An article where a names
	// rule finds nothing (most, for the lexicon rules) costs that rule
	// one allocation instead of four. DecodeFacts leaves them nil alike.
	return f
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWordish(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if isWordish(r) {
			return false
		}
	}
	return true
}

func isWordish(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// learnForms records two-part names written with a hyphen ("Jae-in") or
// a space ("Jae In"), keyed by their letters in lower case.
//
// A two-part name starts with a capitalised word, so it walks the
// article's capitalised words (from its names) sentence by sentence,
// not every token; whether a sentence is a title-case headline is asked
// only of sentences where a name starts; and the uses are located in
// text order with a locator.
func (r *namesRule) learnForms(a *Article, f *namesFacts) {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	sc := a.capWords()
	caps := sc.toks
	loc := newLocator(a.Doc)
	// The uses are gathered in pooled room, then copied out grouped.
	scr := learnPool.Get().(*learnScratch)
	scr.sync(a.Seg.Words)
	keyBuf, uses, useKeys := scr.keys[:0], scr.uses[:0], scr.useKeys[:0]
	// The uses are grouped by key as they are found: tab numbers the
	// keys (strings over keyBuf, which holds each key once, in order),
	// and a pair of numbered spellings met before is found by its
	// numbers (scr.pairs) without its key being made and looked up.
	tab := &scr.tab
	tab.reset(len(caps) / 8)
	scr.resetPairs()
	defer func() {
		clear(uses) // they slice the article's text
		clear(tab.keys)
		scr.keys, scr.uses, scr.useKeys = keyBuf, uses[:0], useKeys
		learnPool.Put(scr)
	}()
	// plain[form] is 1 if the spelling is neither in capitals nor holds
	// anything but letters (it may start a name), 2 if not, 0 unknown.
	// On the stack for most articles.
	var plainRoom [512]uint8
	plain := plainRoom[:0]
	if len(sc.words) > len(plainRoom) {
		plain = make([]uint8, 0, len(sc.words))
	}
	plain = plain[:len(sc.words)]
	// readPlain reads plain[form] the first time it is asked; the
	// loop below reads plain[form] itself and calls it only then (a
	// closure call for every capitalised word, read or not, was a
	// twentieth of learning forms).
	readPlain := func(form int32) uint8 {
		// A numbered spelling is read once for every article of its
		// Words (learnScratch.spell).
		if sc.nums != nil && sc.nums[form] != 0 {
			plain[form] = scr.plainAt(sc.nums[form], sc.words[form])
		} else {
			plain[form] = 2
			if plainName(sc.words[form]) {
				plain[form] = 1
			}
		}
		return plain[form]
	}
	k := 0
	for _, s := range a.Seg.Sentences {
		for k < len(caps) && int(caps[k].tok) < s.First {
			k++
		}
		// 0: not asked yet, 1: a headline, 2: not one.
		headline := 0
		// from is the sentence's first capitalised word in caps.
		from := k
		// skip is the first token a name may start at again, after a
		// compound's hyphen and second part.
		skip := s.First
		for ; k < len(caps) && int(caps[k].tok) < s.Last; k++ {
			i := int(caps[k].tok)
			if i+1 >= s.Last || i < skip {
				continue
			}
			if p := plain[caps[k].form]; p != 1 && (p != 0 || readPlain(caps[k].form) != 1) {
				continue
			}
			t := toks[i]
			var second segment.Token
			compound := false
			switch {
			case i+2 < s.Last && toks[i+1].Joined && isHyphen(text, toks[i+1]) && toks[i+2].Joined &&
				toks[i+2].Kind == segment.Word && lettersOnly(toks[i+2].Text(text)) &&
				!hyphenAt(text, toks, i+3, s.Last) && (!toks[i].Joined || !hyphenAt(text, toks, i-1, s.Last)):
				second, compound = toks[i+2], true
			case !toks[i+1].Joined && k+1 < len(caps) && int(caps[k+1].tok) == i+1 && (plain[caps[k+1].form] == 1 || plain[caps[k+1].form] == 0 && readPlain(caps[k+1].form) == 1) &&
				isSpace1(text, t.End, toks[i+1].Start):
				second = toks[i+1]
			default:
				continue
			}
			if headline == 0 {
				headline = 2
				// The sentence's capitalised words bound how few
				// of its words may be in lower case.
				n := k - from
				for from+n < len(caps) && int(caps[from+n].tok) < s.Last {
					n++
				}
				if titleCaseOf(text, toks[s.First:s.Last], n) {
					headline = 1
				}
			}
			if headline == 1 {
				break // a title-case headline capitalises every word
			}
			core := text[t.Start:second.End]
			g := int32(-1)
			var pair uint64
			if t.Word != 0 && second.Word != 0 {
				// The key is the two spellings' letters folded:
				// the same for every use of the same two numbers.
				pair = uint64(t.Word)<<32 | uint64(second.Word)
				g = scr.pairGroup(pair)
			}
			if g < 0 {
				from := len(keyBuf)
				keyBuf = scr.appendKey(keyBuf, text, t, second)
				// A key found again is dropped from keyBuf; a new
				// one stays there, where tab's string reads it
				// (bytes once written are not written again while
				// this article is read).
				var isNew bool
				g, isNew = tab.find(unsafe.String(unsafe.SliceData(keyBuf[from:]), len(keyBuf)-from))
				if !isNew {
					keyBuf = keyBuf[:from]
				}
				if pair != 0 {
					scr.addPair(pair, g)
				}
			}
			start, prefix := t.Start, ""
			// The preceding capitalised word is part of the name (a
			// family name before "Jae-in") unless it only opens the
			// sentence ("The").
			if i > s.First && k > 0 && int(caps[k-1].tok) == i-1 {
				p := toks[i-1]
				if pf := caps[k-1].form; !isAllCaps(sc.words[pf]) && isSpace1(text, p.End, t.Start) &&
					(!p.Initial || sc.mid(pf) > 0) {
					start, prefix = p.Start, text[p.Start:t.Start]
				}
			}
			uses = append(uses, formUse{
				Form: core, Text: core, Shown: text[start:second.End], Prefix: prefix,
				Loc: loc.at(document.Span{Start: start, End: second.End}), Article: a.Index,
			})
			useKeys = append(useKeys, learnedKey{g, compound})
			if compound {
				skip = i + 3
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	// The uses, grouped by key and in text order within a key, go into
	// the facts in one backing array, their keys in one string.
	// keyBuf holds the keys, each once, in the order of their
	// numbers: one string of them, read by each key's length, is the
	// facts' own copy.
	keys := string(keyBuf)
	at := 0
	for g, k := range tab.keys {
		tab.keys[g] = keys[at : at+len(k)]
		at += len(k)
	}
	// A counting sort by key number keeps each key's uses in text
	// order.
	starts := slices.Grow(scr.starts[:0], len(tab.keys)+1)[:len(tab.keys)+1]
	scr.starts = starts
	clear(starts)
	for _, u := range useKeys {
		starts[u.group+1]++
	}
	for g := range tab.keys {
		starts[g+1] += starts[g]
	}
	all := make([]formUse, len(uses))
	for j, u := range useKeys {
		g := u.group
		all[starts[g]] = uses[j]
		starts[g]++
		if u.compound {
			if f.compound == nil {
				f.compound = map[string]bool{}
			}
			f.compound[tab.keys[g]] = true
		}
	}
	// starts[g] is now the end of group g, and the start of g+1.
	if f.learned == nil {
		f.learned = make(map[string][]formUse, len(tab.keys))
	}
	from := int32(0)
	for g, k := range tab.keys {
		f.learned[k] = all[from:starts[g]:starts[g]]
		from = starts[g]
	}
}

// learnScratch is learnForms's working room, reused across articles.
type learnScratch struct {
	keys    []byte
	uses    []formUse
	useKeys []learnedKey
	tab     formTable
	starts  []int32
	// pairs find the key number of a pair of numbered spellings met
	// before in the article (open addressing, npairs of them).
	pairs  []learnPair
	npairs int
	// spell holds, by the segmenter's number of a spelling
	// (segment.Token.Word) in the Words of, what learnForms has read
	// of it: whether it may start a name (plainName) and its key's
	// part in lower case, in lower: a spelling is read once for all
	// the articles segmented with of, not once per article and use
	// (folding each use's two words to their key byte by byte was a
	// fifth of learning forms). Emptied when the scratch serves
	// other Words, and when lower would outgrow maxLearnLower.
	of    *segment.Words
	spell []learnSpell
	lower []byte
}

// learnSpell is what learnScratch.spell holds of a spelling: plain is
// 0 not read yet, 1 a word that may start a name, 2 not (as plain in
// learnForms);
// fold is 0 not read yet, 1 read, its lower case at lower[off:off+n],
// 2 not foldable by bytes (not ASCII: appendFoldKey folds the pair).
type learnSpell struct {
	off, n      uint32
	plain, fold uint8
}

// maxLearnLower bounds the bytes of lower-case spellings a learnScratch
// keeps.
const maxLearnLower = 1 << 20

// sync readies the scratch's readings for the numbers of words (nil:
// none, every reading then by text).
func (s *learnScratch) sync(words *segment.Words) {
	if words != s.of || len(s.lower) > maxLearnLower {
		clear(s.spell)
		s.lower = s.lower[:0]
		s.of = words
	}
	if words == nil {
		return
	}
	if n := words.Len(); len(s.spell) < n {
		s.spell = slices.Grow(s.spell, n-len(s.spell))[:n]
	}
}

// plainAt is learnForms's reading (1 or 2) of spelling w, numbered wn in
// the scratch's Words.
func (s *learnScratch) plainAt(wn uint32, w string) uint8 {
	if int(wn) >= len(s.spell) {
		if plainName(w) {
			return 1
		}
		return 2
	}
	sp := &s.spell[wn]
	if sp.plain == 0 {
		sp.plain = 2
		if plainName(w) {
			sp.plain = 1
		}
	}
	return sp.plain
}

// lowerAt returns the lower case of word token t, numbered in the
// scratch's Words, or false where it has no number or is not ASCII.
func (s *learnScratch) lowerAt(text string, t segment.Token) ([]byte, bool) {
	wn := t.Word
	if wn == 0 || int(wn) >= len(s.spell) {
		return nil, false
	}
	sp := &s.spell[wn]
	if sp.fold == 0 {
		w := text[t.Start:t.End]
		sp.fold = 2
		if asciiOnly(w) {
			sp.off, sp.n, sp.fold = uint32(len(s.lower)), uint32(len(w)), 1
			for i := 0; i < len(w); i++ {
				c := w[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				s.lower = append(s.lower, c)
			}
		}
	}
	if sp.fold != 1 {
		return nil, false
	}
	return s.lower[sp.off : sp.off+sp.n], true
}

// appendKey is appendFoldKey(buf, a's text, b's text) for word tokens a
// and b, whose ASCII spellings' lower case it reads by their numbers.
func (s *learnScratch) appendKey(buf []byte, text string, a, b segment.Token) []byte {
	if la, ok := s.lowerAt(text, a); ok {
		if lb, ok := s.lowerAt(text, b); ok {
			return append(append(buf, la...), lb...)
		}
	}
	return appendFoldKey(buf, text[a.Start:a.End], text[b.Start:b.End])
}

// asciiOnly reports whether w is ASCII.
func asciiOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var learnPool = sync.Pool{New: func() any { return new(learnScratch) }}

// learnedKey is the number of a learned use's key (in learnForms's
// table of keys), and whether the use was written with a hyphen.
type learnedKey struct {
	group    int32
	compound bool
}

// learnPair is a slot of learnScratch.pairs: a pair of spelling numbers
// (the first's in the high half; 0 for an empty slot) and the number of
// its key.
type learnPair struct {
	pair  uint64
	group int32
}

// resetPairs empties the table of pairs for the next article.
func (s *learnScratch) resetPairs() {
	if len(s.pairs) == 0 {
		s.pairs = make([]learnPair, 64)
	} else if s.npairs > 0 {
		clear(s.pairs)
	}
	s.npairs = 0
}

// pairSlot is the first slot to probe for pair.
func (s *learnScratch) pairSlot(pair uint64) uint64 {
	return (pair * 0x9e3779b97f4a7c15 >> 32) & uint64(len(s.pairs)-1)
}

// pairGroup returns the number of the key of the pair of spellings pair
// in the article being read, or -1 if it has not been met.
func (s *learnScratch) pairGroup(pair uint64) int32 {
	mask := uint64(len(s.pairs) - 1)
	for i := s.pairSlot(pair); ; i = (i + 1) & mask {
		switch e := &s.pairs[i]; e.pair {
		case pair:
			return e.group
		case 0:
			return -1
		}
	}
}

// addPair records that pair, not met before in the article, has the key
// numbered group; the table, at most half full, doubles as it fills.
func (s *learnScratch) addPair(pair uint64, group int32) {
	if 2*(s.npairs+1) > len(s.pairs) {
		old := s.pairs
		s.pairs = make([]learnPair, 2*len(old))
		for _, e := range old {
			if e.pair != 0 {
				s.place(e)
			}
		}
	}
	s.place(learnPair{pair, group})
	s.npairs++
}

// place puts e in the first free slot from its pair's.
func (s *learnScratch) place(e learnPair) {
	mask := uint64(len(s.pairs) - 1)
	i := s.pairSlot(e.pair)
	for s.pairs[i].pair != 0 {
		i = (i + 1) & mask
	}
	s.pairs[i] = e
}

// isHyphen reports a token that is a hyphen.
func isHyphen(text string, t segment.Token) bool { return t.End == t.Start+1 && text[t.Start] == '-' }

// hyphenAt reports a hyphen token joined to the word before it at toks[i]
// (within the sentence that ends at last): the compound goes on.
func hyphenAt(text string, toks []segment.Token, i, last int) bool {
	return i >= 0 && i < last && toks[i].Joined && isHyphen(text, toks[i])
}

// titleCase reports a sentence in which nearly every longer word is
// capitalised, as in a headline.
func titleCase(text string, toks []segment.Token) bool {
	return titleCaseOf(text, toks, len(toks))
}

// titleCaseOf is titleCase for a sentence of at most capitalised
// capitalised words. Four in five of at least three longer words must
// be capitalised, so a title-case sentence has at least three
// capitalised words, and no more than a quarter as many longer words in
// lower case as capitalised words: a sentence with a few names in it
// is turned away at its second longer word in lower case, not walked to
// its end (the walk of every sentence with a name in it was a third of
// learning name forms).
func titleCaseOf(text string, toks []segment.Token, capitalised int) bool {
	if capitalised < 3 {
		return false
	}
	long, caps := 0, 0
	for k := range toks {
		t := &toks[k]
		if t.Kind != segment.Word || t.End-t.Start < 4 {
			continue
		}
		// Four runes take at least four bytes and at most sixteen; a
		// word whose first four bytes are ASCII (most) has four runes
		// without a count.
		w := text[t.Start:t.End]
		if w[0]|w[1]|w[2]|w[3] >= utf8.RuneSelf && len(w) < 16 && utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if capitalisedAt(text, t.Start, t.End) {
			caps++
		} else if lower := long - caps; 4*lower > capitalised || caps+len(toks)-k-1 < 4*lower {
			// Even if every capitalised word of the sentence, or
			// every word left, were a longer one, fewer than four in
			// five would be capitalised: most sentences end here.
			return false
		}
	}
	return long >= 3 && caps*5 >= long*4
}

// plainName is !isAllCaps(w) && lettersOnly(w): a word of letters only,
// not written in capitals. An ASCII word, most names, is decided by its
// bytes without decoding runes.
func plainName(w string) bool {
	upper := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return !isAllCaps(w) && lettersOnly(w)
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
		default:
			return false
		}
	}
	return w != "" && (upper < 2 || upper < len(w))
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

func (r *namesRule) CheckCorpus(_ *Corpus, facts []any, rep *Reporter) {
	lexicon := map[int][]formUse{}
	compound := map[string]bool{}
	for _, x := range facts {
		f, ok := x.(*namesFacts)
		if !ok {
			continue
		}
		for k, v := range f.lexicon {
			lexicon[k] = append(lexicon[k], v...)
		}
		for k := range f.compound {
			compound[k] = true
		}
	}
	// Only the keys written with a hyphen somewhere are compared: the
	// uses of the others (most two-word names) are not gathered.
	learned := make(map[string][]formUse, len(compound))
	if len(compound) > 0 {
		for _, x := range facts {
			if f, ok := x.(*namesFacts); ok {
				for k, v := range f.learned {
					if compound[k] {
						learned[k] = append(learned[k], v...)
					}
				}
			}
		}
	}
	for ei, e := range r.entries {
		uses := lexicon[ei]
		sortUses(uses)
		reportMinority(r, uses, true, "the name", e.name, rep)
	}
	keys := make([]string, 0, len(compound))
	for k := range compound {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		uses := learned[k]
		sortUses(uses)
		reportMinority(r, uses, true, "the name", "", rep)
	}
}

// foldKey is the case-folded a+b.
func foldKey(a, b string) string { return string(appendFoldKey(nil, a, b)) }

// appendFoldKey appends the case-folded a+b to buf. ASCII, which folds
// to lower case, is folded by hand: a caser per call (cases.Fold) and its
// transform cost an allocation and most of the time of learning forms.
func appendFoldKey(buf []byte, a, b string) []byte {
	for _, w := range [2]string{a, b} {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return append(buf, cases.Fold().String(a+b)...)
			}
		}
	}
	for _, w := range [2]string{a, b} {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
	}
	return buf
}
