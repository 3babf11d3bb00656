package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// A pattern is a rule's compiled regular expression with a literal
// prefilter: strings one of which every match contains. Most text holds
// none of them ("Defence", "Mr."), and strings.Contains, which scans with
// SIMD, turns that text away far faster than the regexp engine, which
// must try every position. The prefilter only ever skips text the
// regexp could not match, so findings are the same with or without it.
type pattern struct {
	*regexp.Regexp
	// lits are the required strings; nil when none could be derived
	// (the regexp then runs on everything).
	lits []string
	// litGroups are lits by their first byte, when some share one ("Mr
	// ", "Mr\t", "Mrs ", ...): mayMatch scans the text for each first
	// byte once and compares the group's strings where it occurs, where
	// strings.Contains scanned the whole text once for every string.
	litGroups []litGroup
	// prefixes, for a pattern anchored at the start of the text, are
	// strings one of which every match starts with; foldPrefix compares
	// them ignoring ASCII case. Anchored patterns gain little from lits,
	// and the engine clears state as large as the text before it fails
	// on the first byte, so the cheap test pays for every line checked.
	prefixes   []string
	foldPrefix bool
	// For an unanchored pattern every match of which starts with one of
	// a few literal strings (after at most a \b), found is that pattern
	// anchored (^(?:re)): FindAllStringSubmatchIndex then looks for the
	// strings' first bytes with IndexByte and runs the regexp only where
	// a match can begin, instead of letting the engine try, and clear
	// its state for, every position of the text. starts are the
	// strings, startBytes their distinct first bytes, wordStart tells
	// that the match begins with \b (checked by hand: the anchored
	// regexp sees the start of its text there, not the byte before).
	found      *regexp.Regexp
	starts     []string
	startBytes []byte
	wordStart  bool
}

// maxLits bounds the prefilter's strings: past that, scanning for each
// costs more than the regexp saves.
const maxLits = 16

// newPattern derives the prefilter of a compiled regexp.
func newPattern(re *regexp.Regexp) *pattern {
	p := &pattern{Regexp: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return p // cannot happen: re compiled from the same string
	}
	tree = tree.Simplify()
	if anchoredStart(tree) {
		pre, fold, _ := prefixesOf(tree)
		if len(pre) > 0 && !slices.Contains(pre, "") {
			if fold {
				// Compared ignoring case, the parts written without
				// (?i) must be lower case too.
				for i, s := range pre {
					pre[i] = strings.Map(func(r rune) rune {
						if 'A' <= r && r <= 'Z' {
							return r + 'a' - 'A'
						}
						return r
					}, s)
				}
			}
			// A string that starts with another adds nothing.
			for _, s := range pre {
				if !slices.ContainsFunc(pre, func(o string) bool { return o != s && strings.HasPrefix(s, o) }) {
					p.prefixes = append(p.prefixes, s)
				}
			}
			p.foldPrefix = fold
		}
	}
	if !anchoredStart(tree) {
		p.findStarts(tree)
	}
	set, _ := required(tree)
	if len(set) == 0 || slices.Contains(set, "") {
		return p
	}
	// A string that holds another is found wherever the other is
	// ("Mrs" wherever "Mr"): scanning for it is wasted.
	for _, l := range set {
		if !slices.ContainsFunc(set, func(o string) bool { return o != l && strings.Contains(l, o) }) {
			p.lits = append(p.lits, l)
		}
	}
	for _, l := range p.lits {
		k := slices.IndexFunc(p.litGroups, func(g litGroup) bool { return g.first == l[0] })
		if k < 0 {
			p.litGroups = append(p.litGroups, litGroup{first: l[0]})
			k = len(p.litGroups) - 1
		}
		p.litGroups[k].lits = append(p.litGroups[k].lits, l)
	}
	if len(p.litGroups) == len(p.lits) {
		p.litGroups = nil // no byte shared: strings.Contains each
	}
	return p
}

// litGroup is the required strings that start with the byte first.
type litGroup struct {
	first byte
	lits  []string
}

// mayMatch reports whether s holds one of the required strings: false
// means the regexp has no match in s.
func (p *pattern) mayMatch(s string) bool {
	if p.prefixes != nil && !slices.ContainsFunc(p.prefixes, func(pre string) bool { return hasPrefix(s, pre, p.foldPrefix) }) {
		return false
	}
	if p.lits == nil {
		return true
	}
	if p.litGroups != nil {
		for _, g := range p.litGroups {
			for rest := s; ; {
				i := strings.IndexByte(rest, g.first)
				if i < 0 {
					break
				}
				rest = rest[i:]
				if slices.ContainsFunc(g.lits, func(l string) bool { return strings.HasPrefix(rest, l) }) {
					return true
				}
				rest = rest[1:]
			}
		}
		return false
	}
	for _, l := range p.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// required returns strings one of which every match of re contains (nil:
// unknown). exact tells that re matches exactly the strings of the set
// and nothing else, which lets a concatenation join neighbours into
// longer, more selective strings ("Mr" and "." into "Mr.").
func required(re *syntax.Regexp) (set []string, exact bool) {
	if re.Flags&syntax.FoldCase != 0 {
		// Case-folded text matches too many spellings to list.
		switch re.Op {
		case syntax.OpLiteral, syntax.OpCharClass:
			return nil, false
		}
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > maxLits {
				return nil, false
			}
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !utf8.ValidRune(r) {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, true
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		s, _ := required(re.Sub[0])
		return s, false
	case syntax.OpRepeat:
		if re.Min >= 1 {
			s, _ := required(re.Sub[0])
			return s, false
		}
		return nil, false
	case syntax.OpQuest:
		s, ex := required(re.Sub[0])
		if !ex || len(s) >= maxLits {
			return nil, false
		}
		return union(s, []string{""}), true
	case syntax.OpAlternate:
		exact = true
		for _, sub := range re.Sub {
			s, ex := required(sub)
			if s == nil {
				return nil, false
			}
			set = union(set, s)
			exact = exact && ex
			if len(set) > maxLits {
				return nil, false
			}
		}
		return set, exact
	case syntax.OpConcat:
		return requiredConcat(re.Sub)
	}
	// Any character, stars: nothing is required.
	return nil, false
}

// requiredConcat joins runs of exact neighbours into their products and
// keeps the most selective candidate: the set whose shortest string is
// longest.
func requiredConcat(subs []*syntax.Regexp) ([]string, bool) {
	var best []string
	consider := func(s []string) {
		if s != nil && better(s, best) {
			best = s
		}
	}
	run := []string{""}
	exactAll := true
	for _, sub := range subs {
		// x+ is x x* and x* x: an exact x both ends the run before it
		// ("Dr" then " ") and starts the run after it.
		if sub.Op == syntax.OpPlus || (sub.Op == syntax.OpRepeat && sub.Min >= 1) {
			if s, ex := required(sub.Sub[0]); ex {
				if p := product(run, s); p != nil {
					consider(p)
				}
				consider(run)
				run = s
				exactAll = false
				continue
			}
		}
		s, ex := required(sub)
		if ex {
			if p := product(run, s); p != nil {
				run = p
				continue
			}
			// Too many strings: close the run and start a new one.
			consider(run)
			run = s
			exactAll = false
			continue
		}
		exactAll = false
		consider(run)
		run = []string{""}
		consider(s)
	}
	consider(run)
	if exactAll {
		return run, true
	}
	return best, false
}

// better tells whether a is a more selective prefilter than b.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := minLen(a), minLen(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func minLen(s []string) int {
	m := -1
	for _, x := range s {
		if m < 0 || len(x) < m {
			m = len(x)
		}
	}
	return m
}

// product returns every a+b, or nil past maxLits strings.
func product(as, bs []string) []string {
	if len(as)*len(bs) > maxLits {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return union(nil, out)
}

// union returns the distinct strings of a and b, sorted.
func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// hasPrefix is strings.HasPrefix, ignoring ASCII case when fold is set
// (pre is then lower case).
func hasPrefix(s, pre string, fold bool) bool {
	if len(s) < len(pre) {
		return false
	}
	if !fold {
		return s[:len(pre)] == pre
	}
	for i := 0; i < len(pre); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != pre[i] {
			return false
		}
	}
	return true
}

// anchoredStart reports whether every match of re starts at the start of
// the text (not of a line).
func anchoredStart(re *syntax.Regexp) bool {
	for {
		switch re.Op {
		case syntax.OpBeginText:
			return true
		case syntax.OpCapture:
			re = re.Sub[0]
		case syntax.OpConcat:
			if len(re.Sub) == 0 {
				return false
			}
			re = re.Sub[0]
		default:
			return false
		}
	}
}

// prefixesOf returns strings one of which every match of re starts with
// ("" among them: unknown). complete tells that re matches exactly those
// strings, so that what follows in a concatenation extends them. fold
// tells that some were case-folded: they are lower case and must be
// compared ignoring ASCII case.
func prefixesOf(re *syntax.Regexp) (set []string, fold, complete bool) {
	unknown := []string{""}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, false, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []string{string(re.Rune)}, false, true
		}
		b := make([]byte, 0, len(re.Rune))
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return unknown, false, false
			}
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return []string{string(b)}, true, true
	case syntax.OpCharClass:
		set, ok := required(re)
		if !ok {
			return unknown, false, false
		}
		return set, false, true
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpPlus:
		set, fold, _ := prefixesOf(re.Sub[0])
		return set, fold, false
	case syntax.OpRepeat:
		if re.Min >= 1 {
			set, fold, _ := prefixesOf(re.Sub[0])
			return set, fold, false
		}
		return unknown, false, false
	case syntax.OpQuest:
		set, fold, complete := prefixesOf(re.Sub[0])
		return union(set, []string{""}), fold, complete
	case syntax.OpAlternate:
		complete = true
		for _, sub := range re.Sub {
			s, f, c := prefixesOf(sub)
			set = union(set, s)
			fold = fold || f
			complete = complete && c
			if len(set) > maxLits {
				return unknown, false, false
			}
		}
		return set, fold, complete
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			s, f, c := prefixesOf(sub)
			p := product(acc, s)
			if p == nil {
				return acc, fold, false
			}
			acc, fold = p, fold || f
			if !c {
				return acc, fold, false
			}
		}
		return acc, fold, true
	}
	return unknown, false, false
}

// findStarts sets up the start-directed search of
// FindAllStringSubmatchIndex when every match of tree starts with one of
// a few literal strings, case as written, optionally after a leading \b.
// Any other zero-width assertion that a match can meet before its first
// byte would need the text before the match, which the anchored regexp
// does not see, so such patterns keep the plain search.
func (p *pattern) findStarts(tree *syntax.Regexp) {
	rest := tree
	wordStart := false
	if tree.Op == syntax.OpConcat && len(tree.Sub) > 1 && tree.Sub[0].Op == syntax.OpWordBoundary {
		wordStart = true
		rest = &syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: tree.Sub[1:]}
	}
	if headAssertion(rest) {
		return
	}
	pre, fold, _ := prefixesOf(rest)
	if fold || len(pre) == 0 || slices.Contains(pre, "") {
		return
	}
	var first []byte
	for _, s := range pre {
		if wordStart && !isWordByte(s[0]) {
			// \b before a non-word byte depends on the byte before in
			// the other direction; not worth a case of its own.
			return
		}
		if !slices.Contains(first, s[0]) {
			first = append(first, s[0])
		}
	}
	found, err := regexp.Compile(`^(?:` + p.String() + `)`)
	if err != nil || found.NumSubexp() != p.NumSubexp() {
		return
	}
	// A string that starts with another adds no place to look.
	for _, s := range pre {
		if !slices.ContainsFunc(pre, func(o string) bool { return o != s && strings.HasPrefix(s, o) }) {
			p.starts = append(p.starts, s)
		}
	}
	slices.Sort(first)
	p.found, p.startBytes, p.wordStart = found, first, wordStart
}

// FindAllStringSubmatchIndex is regexp's, with the same results: for a
// pattern with literal starts it tries the anchored regexp only at the
// places where one of them begins, in order, and goes on after each
// match as the regexp's own search does. Matches are never empty (every
// start is a non-empty string), so the search's rules for empty matches
// do not arise.
func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if p.found == nil {
		return p.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	// next[k] caches where startBytes[k] next occurs at or after pos (-1:
	// nowhere), so that each byte is searched for once per text.
	var buf [maxLits]int
	next := buf[:len(p.startBytes)]
	for k := range next {
		next[k] = -2
	}
	pos := 0
	for n < 0 || len(out) < n {
		i := -1
		for k, c := range p.startBytes {
			if next[k] != -1 && next[k] < pos {
				if j := strings.IndexByte(s[pos:], c); j >= 0 {
					next[k] = pos + j
				} else {
					next[k] = -1
				}
			}
			if next[k] >= 0 && (i < 0 || next[k] < i) {
				i = next[k]
			}
		}
		if i < 0 {
			break
		}
		pos = i + 1
		if p.wordStart && i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if !slices.ContainsFunc(p.starts, func(pre string) bool { return strings.HasPrefix(s[i:], pre) }) {
			continue
		}
		m := p.found.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// isWordByte is the regexp package's \w for one byte: bytes of UTF-8
// sequences are never word characters there.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// headAssertion reports whether a zero-width assertion can be met before
// the first byte of a match of re.
func headAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpCapture, syntax.OpPlus, syntax.OpStar, syntax.OpQuest, syntax.OpRepeat:
		return headAssertion(re.Sub[0])
	case syntax.OpAlternate:
		return slices.ContainsFunc(re.Sub, headAssertion)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if headAssertion(sub) {
				return true
			}
			if !nullable(sub) {
				return false
			}
		}
	}
	return false
}

// nullable reports whether re can match the empty string (assertions
// counted as matching it).
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpNoMatch:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !nullable(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		return slices.ContainsFunc(re.Sub, nullable)
	}
	return true
}
