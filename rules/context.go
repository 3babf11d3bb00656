package rules

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
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
	// modifiers are stop words that may still come between a number and
	// the noun it counts ("four other cities").
	modifiers words
}

// stem reduces a lower-case word to a crude stem so that "trips", "trip",
// "rumoured" and "rumors" meet: plural and past endings go, and British
// -our becomes -or.
func stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 6 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	}
	if len(w) > 4 && strings.HasSuffix(w, "our") {
		w = w[:len(w)-3] + "or"
	}
	return w
}

// isLowerWord reports a word that starts with a lower-case letter.
func isLowerWord(w string) bool {
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
}

// countedNoun reads the noun phrase after a quantity that has no unit:
// up to four words, up to the first word of no meaning. For a cardinal
// the head is the first plural word ("20 armoured vans"); for an
// ordinal, the last word ("10th official trip").
func (g *grammar) countedNoun(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (nounPhrase, bool) {
	type word struct {
		text  string
		start int
		end   int // token after the word
	}
	var ws []word
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
		if lw := strings.ToLower(w); g.stop[lw] && !g.modifiers[lw] {
			break
		}
		ws = append(ws, word{w, start, j})
	}
	if len(ws) == 0 {
		return nounPhrase{}, false
	}
	head := -1
	if q.Kind == quantity.Ordinal {
		head = len(ws) - 1
	} else {
		for i, w := range ws {
			if isLowerWord(w.text) && g.isPlural(strings.ToLower(w.text)) {
				head = i
				break
			}
		}
	}
	if head < 0 || !isLowerWord(ws[head].text) {
		return nounPhrase{}, false
	}
	np := nounPhrase{Head: strings.ToLower(ws[head].text), End: ws[head].end}
	for _, w := range ws[:head] {
		if !g.modifiers.hasLower(w.text) {
			np.Mods = append(np.Mods, stem(w.text))
		}
	}
	// A complement whose object is a name narrows the fact: "four trips
	// to Spain" is not "nine trips".
	if j := np.End; j+1 < sent.Last && toks[j].Kind == segment.Word && g.preps.hasLower(toks[j].Text(text)) {
		k := j + 1
		for k < sent.Last && toks[k].Kind == segment.Word && g.stop.hasLower(toks[k].Text(text)) && !isCapitalised(toks[k].Text(text)) {
			k++
		}
		if k < sent.Last && toks[k].Kind == segment.Word && isCapitalised(toks[k].Text(text)) {
			np.Compl = strings.ToLower(toks[j].Text(text)) + " " + strings.ToLower(toks[k].Text(text))
		}
	}
	return np, true
}

// context returns the sorted, distinct stems of the meaningful lower-case
// words within window words of the quantity in its sentence, leaving out
// the quantity itself, other numbers and names (which every sentence of a
// story shares).
//
// A capitalised word that opens the sentence is context too when the
// article never capitalises it inside a sentence ("Turnout was 68.4%"):
// common tells whether it is a common word.
//
// memo, if not nil, keeps each token's context word across the calls of
// one article that pass the same skip and common: the windows of an
// article's figures overlap, and each word was looked up and stemmed
// again for every figure near it.
func (g *grammar) context(text string, toks []segment.Token, sent segment.Sentence, from, to, window int, skip func(int) bool, common func(string) bool, memo *ctxMemo) []string {
	var out []string
	if memo != nil {
		// Built in scratch room and copied out at its size: claims
		// keep their context for the corpus stage.
		out = memo.context[:0]
		defer func() { memo.context = out[:0] }()
	} else {
		out = make([]string, 0, 2*window)
	}
	word := func(j int) string {
		t := toks[j]
		if t.Kind != segment.Word || skip(j) {
			return ""
		}
		w := t.Text(text)
		if !isLowerWord(w) {
			if !t.Initial || isAllCaps(w) || common == nil || !common(w) {
				return ""
			}
			w = strings.ToLower(w)
		}
		if utf8.RuneCountInString(w) < 3 || g.stop[w] {
			return ""
		}
		return stem(w)
	}
	add := func(j int) {
		var w string
		if memo == nil {
			w = word(j)
		} else if memo.done[j] {
			w = memo.word[j]
		} else {
			w = word(j)
			memo.word[j], memo.done[j] = w, true
		}
		if w != "" {
			out = append(out, w)
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
	if memo != nil {
		return slices.Clone(slices.Compact(out))
	}
	return slices.Compact(out)
}

// ctxMemo holds what the fact rules read of each token of one article,
// computed on first use: its context word ("": none) and its contrast
// group. Memos are reused through a pool: an article's is garbage once
// its claims are built, and allocating one per article was a tenth of
// the rule's allocations.
type ctxMemo struct {
	word []string
	done []bool
	role []int32
	// claims and context are scratch room for the claims of an article
	// and the words of one context.
	claims  []claim
	context []string
}

// roleUnknown marks a token whose contrast group is not computed yet.
const roleUnknown = -2

var memoPool = sync.Pool{New: func() any { return new(ctxMemo) }}

func newCtxMemo(tokens int) *ctxMemo {
	m := memoPool.Get().(*ctxMemo)
	if cap(m.word) < tokens {
		m.word, m.done, m.role = make([]string, tokens), make([]bool, tokens), make([]int32, tokens)
	}
	m.word, m.done, m.role = m.word[:tokens], m.done[:tokens], m.role[:tokens]
	clear(m.word) // no string of the last article kept alive
	clear(m.done)
	for i := range m.role {
		m.role[i] = roleUnknown
	}
	return m
}

// release returns the memo to the pool; it must not be used after.
func (m *ctxMemo) release() {
	clear(m.claims[:cap(m.claims)]) // no claim of the last article kept alive
	clear(m.context[:cap(m.context)])
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

// conversionOf finds the quantities that restate another in other units,
// as in "80 km/h (50mph)", "160 km, or 100 miles,", "30C/86F" (a bare
// "or" or comma may join alternatives, so they are not read as
// conversions): conv[j] = i
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
		case "(", "/", ", or":
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
// It walks the article's capitalised words, which the names already
// found, rather than every token; asks the stop list about each spelling
// once, not each use; adds a one-word term once per spelling; and lowers
// the terms into one buffer, one string for all of them.
func (s *Set) StoryTerms(a *Article) []string {
	text, toks := a.Doc.Text, a.Seg.Tokens
	sc := a.scanNames()
	caps := sc.toks
	if len(caps) == 0 {
		return nil
	}
	// What is known of each spelling: termKnown once the rest is set.
	const (
		termKnown = 1 << iota
		termStop  // a stop word in lower case
		termShort // fewer than three letters
		termAdded // added as a one-word term
	)
	state := make([]uint8, len(sc.forms))
	about := func(form int32) uint8 {
		st := state[form]
		if st&termKnown == 0 {
			w := sc.words[form]
			st = termKnown
			if s.grammar.stop.hasLower(w) {
				st |= termStop
			}
			if utf8.RuneCountInString(w) < 3 {
				st |= termShort
			}
			state[form] = st
		}
		return st
	}
	buf := make([]byte, 0, 8*len(caps))
	spans := make([][2]int32, 0, len(caps)/2+1)
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
		first := &toks[caps[start].tok]
		if m-start == 1 {
			form := caps[start].form
			switch st := about(form); {
			case st&(termStop|termShort|termAdded) != 0:
				// Lowering changes no rune count: the term is short
				// when the word is.
				continue
			case first.Initial && !isAllCaps(sc.words[form]) && sc.forms[form].Mid == 0:
				// Only ever capitalised at the start of a sentence.
				continue
			}
			state[form] |= termAdded
		}
		// The words of a run are one space apart: the run's text,
		// lowered in one go, is its words lowered and joined.
		from := len(buf)
		buf = appendLower(buf, text[first.Start:toks[caps[m-1].tok].End])
		spans = append(spans, [2]int32{int32(from), int32(len(buf))})
	}
	if len(spans) == 0 {
		return nil
	}
	all := string(buf)
	terms := make([]string, len(spans))
	for i, sp := range spans {
		terms[i] = all[sp[0]:sp[1]]
	}
	slices.Sort(terms)
	return slices.Compact(terms)
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
	if j-1 < sent.First || !strings.EqualFold(toks[j].Text(text), "of") || toks[j-1].Kind != segment.Word {
		return ""
	}
	w := toks[j-1].Text(text)
	if !isLowerWord(w) || g.stop[w] || utf8.RuneCountInString(w) < 3 {
		return ""
	}
	return w
}
