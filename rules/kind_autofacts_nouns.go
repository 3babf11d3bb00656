package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// One count under different nouns. Outlets name the same people or
// things in their own words: "1,200 staff", "1,200 employees" and
// "1,200 jobs" are one workforce, "4,000 fans" and "4,000 spectators"
// one crowd, "30 floors" and "30 storeys" one height. Keyed by the noun
// as written, such counts never met. The pack's count_groups name nouns
// that are the same kind of thing in every story; a count of any noun of
// a group is keyed by the group's first noun.
//
// A generic noun is no member of a group ("people" counts many things),
// but some words around it say which: "employs about 900 people" and
// "where 900 people work" count a workforce. counted_as names such
// words, and the noun group the count is then keyed by.
//
// A group may tell two counts apart by the words around them: the staff
// a firm employs ("the town's biggest employer, with 900 staff", "has
// 900 staff") are not the staff at one place at one time ("57 staff
// were on site").
// count_scopes name such words; a count of the group with one of them
// just before the figure or after the noun gets a key of its own.

// nounGroupsConfig is the part of the autofacts configuration read here.
type nounGroupsConfig struct {
	// CountGroups are groups of counted nouns that are one thing: a
	// count of any is keyed by the first.
	CountGroups [][]string `toml:"count_groups"`
	// CountedAs key a count of a generic noun by a group when a word of
	// Near stands right before the figure or right after the noun.
	CountedAs []countedAsConfig `toml:"counted_as"`
	// CountScopes give a count of a group a key of its own when a
	// word of Near stands close before the figure or after the noun.
	CountScopes []countScopeConfig `toml:"count_scopes"`
	// CountLinks are the words that join a noun of a group, as the
	// subject of its clause, to the bare figure that counts it: "the
	// attendance was 9,412", "the workforce stood at 2,000".
	CountLinks []string `toml:"count_links"`
	// VenueGroups are groups whose count is the people of one place
	// at one time (a crowd): "at" and a name after such a count names
	// its place (kind_autofacts_venue.go).
	VenueGroups []string `toml:"venue_groups"`
}

// countScopeConfig is one entry of count_scopes: a count of the group
// of Of with a word of Near close by is keyed apart.
type countScopeConfig struct {
	Of   string   `toml:"of"`
	Near []string `toml:"near"`
}

// countedAsConfig is one entry of counted_as: a count of a noun of Of
// with a word of Near beside it is a count of As.
type countedAsConfig struct {
	Of   []string `toml:"of"`
	Near []string `toml:"near"`
	As   string   `toml:"as"`
}

// nounGroups keys counts of nouns of one group alike.
type nounGroups struct {
	// keys maps the key of a count of a member ("count:employe") to the
	// group's ("count:worker"); heads maps the member's stem to the
	// group's (a role claim's Head).
	keys  map[string]string
	heads map[string]string
	// as are the counted_as entries, with their nouns and words stemmed
	// and lower-cased, and the key the count then gets.
	as []countedAs
	// scopes maps a group's key to its scope words and the key a count
	// with one of them near gets ("count:worker|employ").
	scopes map[string]countScope
	// links are the CountLinks (linkedNoun).
	links words
	// venues are the keys of the VenueGroups' counts ("count:spectator").
	venues map[string]bool
	// nearSets is how many sets a spelling's near bits stand for: the
	// stop words, each counted_as entry's near and each count_scopes
	// entry's (nearBitsOf).
	nearSets int
	// stop are the grammar's stop words, which may stand between a
	// counted noun and a word of counted_as after it ("140 people will
	// work there"); set by the rule.
	stop words
}

// asReach is how many stop words may stand between a counted noun and a
// word of counted_as after it: "will work", "have since worked".
const asReach = 2

type countScope struct {
	near words
	key  string
	// set is the bit of near in a spelling's nearBits (nearBitsOf).
	set uint32
}

// scopeBefore and scopeAfter are how many words before the figure and
// after the noun a count_scopes word may stand: "on duty were 40
// staff", "40 staff were on site".
const (
	scopeBefore = 3
	scopeAfter  = 3
)

type countedAs struct {
	of   words
	near words
	// phrases are the entries of near of two words ("turned out"),
	// lower-cased: a verb whose particle says what it does ("turned
	// out" is a crowd come, "turned away" none).
	phrases [][2]string
	key     string
	head    string
}

// newNounGroups reads the count_groups and counted_as of a rule; nil
// when it sets neither.
func newNounGroups(t *tomlx.Table, id string, c nounGroupsConfig) (*nounGroups, error) {
	if len(c.CountGroups) == 0 && len(c.CountedAs) == 0 && len(c.CountScopes) == 0 {
		if len(c.CountLinks) > 0 {
			return nil, t.Errorf("count_links", "rule %q: count_links needs count_groups", id)
		}
		if len(c.VenueGroups) > 0 {
			return nil, t.Errorf("venue_groups", "rule %q: venue_groups needs count_groups", id)
		}
		return nil, nil
	}
	n := &nounGroups{keys: map[string]string{}, heads: map[string]string{}, links: wordSet(c.CountLinks)}
	for g, group := range c.CountGroups {
		if len(group) < 2 {
			return nil, t.Errorf("count_groups", "rule %q: count_groups[%d] needs at least two nouns", id, g)
		}
		first := stem(strings.ToLower(group[0]))
		for _, w := range group {
			st := stem(strings.ToLower(w))
			if prev, dup := n.heads[st]; dup && prev != first {
				return nil, t.Errorf("count_groups", "rule %q: %q is in two count_groups", id, w)
			}
			n.heads[st] = first
			n.keys["count:"+st] = "count:" + first
			n.keys["count:"+st+partKey] = "count:" + first + partKey
		}
	}
	for i, e := range c.CountedAs {
		if len(e.Of) == 0 || len(e.Near) == 0 || e.As == "" {
			return nil, t.Errorf("counted_as", "rule %q: counted_as[%d] needs of, near and as", id, i)
		}
		head := stem(strings.ToLower(e.As))
		if g, ok := n.heads[head]; ok {
			head = g
		}
		for _, w := range e.Of {
			if _, grouped := n.heads[stem(strings.ToLower(w))]; grouped {
				return nil, t.Errorf("counted_as", "rule %q: counted_as[%d] counts %q, which is in count_groups already", id, i, w)
			}
		}
		var single []string
		var phrases [][2]string
		for _, w := range e.Near {
			f := strings.Fields(strings.ToLower(w))
			switch len(f) {
			case 1:
				single = append(single, f[0])
			case 2:
				phrases = append(phrases, [2]string{f[0], f[1]})
			default:
				return nil, t.Errorf("counted_as", "rule %q: counted_as[%d] near %q is not one word or two", id, i, w)
			}
		}
		n.as = append(n.as, countedAs{of: wordSet(e.Of), near: wordSet(single), phrases: phrases, key: "count:" + head, head: head})
	}
	for _, w := range c.VenueGroups {
		g, ok := n.heads[stem(strings.ToLower(w))]
		if !ok {
			return nil, t.Errorf("venue_groups", "rule %q: venue_groups names %q, which is in no count_groups", id, w)
		}
		if n.venues == nil {
			n.venues = map[string]bool{}
		}
		n.venues["count:"+g] = true
	}
	for i, e := range c.CountScopes {
		if e.Of == "" || len(e.Near) == 0 {
			return nil, t.Errorf("count_scopes", "rule %q: count_scopes[%d] needs of and near", id, i)
		}
		head := stem(strings.ToLower(e.Of))
		if g, ok := n.heads[head]; ok {
			head = g
		}
		if n.scopes == nil {
			n.scopes = map[string]countScope{}
		}
		n.scopes["count:"+head] = countScope{near: wordSet(e.Near), key: "count:" + head + "|" + stem(strings.ToLower(e.Near[0])), set: uint32(1 + len(n.as) + i)}
	}
	n.nearSets = 1 + len(n.as) + len(c.CountScopes)
	return n, nil
}

// key is the key of a count keyed key ("count:" and the noun's stem,
// and "|part" for a part of a whole of it),
// of the noun head, whose figure's tokens start at first and whose noun
// phrase ends before end: the group's key when the noun is in a group
// or the words beside it say what it counts, else key itself.
func (n *nounGroups) key(key, head string, text string, toks []segment.Token, sent segment.Sentence, first, end int) string {
	if n == nil {
		return key
	}
	if k, ok := n.keys[key]; ok {
		return n.scoped(k, text, toks, sent, first, end)
	}
	lower := "" // head in lower case, made once for all the groups
	if len(n.as) > 0 {
		lower = strings.ToLower(head)
	}
	for i := range n.as {
		e := &n.as[i]
		if !e.of[lower] {
			continue
		}
		// "employs about 900 people": the word before the figure (its
		// qualifier is part of it), or before stop words before it
		// ("in front of 9,000 people"); "900 people work there": the
		// word after the noun.
		if n.nearBefore(e, text, toks, sent, first) {
			return n.scoped(e.key, text, toks, sent, first, end)
		}
		if n.nearAfter(e, text, toks, sent, end) {
			return n.scoped(e.key, text, toks, sent, first, end)
		}
	}
	return n.scoped(key, text, toks, sent, first, end)
}

// nearBefore reports whether a word of e's near stands before a figure
// whose tokens start at first: right before it ("employs 900 people") or
// before up to asReach stop words right before it ("in front of 9,000
// people", "in front of some 9,000 people").
func (n *nounGroups) nearBefore(e *countedAs, text string, toks []segment.Token, sent segment.Sentence, first int) bool {
	for j := first - 1; j >= sent.First && j >= first-1-asReach && toks[j].Kind == segment.Word; j-- {
		w := toks[j].Text(text)
		if e.near.hasLower(w) {
			return true
		}
		if !n.stop.hasLower(w) {
			return false
		}
	}
	return false
}

// nearAfter reports whether a word of e's near stands after a counted
// noun whose phrase ends before token end: right after it ("900 people
// work there") or after up to asReach stop words ("140 people will work
// there", "900 people have since worked there").
func (n *nounGroups) nearAfter(e *countedAs, text string, toks []segment.Token, sent segment.Sentence, end int) bool {
	for k := end; k < sent.Last && k-end <= asReach && toks[k].Kind == segment.Word; k++ {
		w := strings.ToLower(toks[k].Text(text))
		if e.near[w] {
			return true
		}
		if len(e.phrases) > 0 && e.phraseAt(w, text, toks, sent, k) {
			return true
		}
		if !n.stop[w] {
			return false
		}
	}
	return false
}

// startsPhrase reports whether lower-case w is the first word of a
// phrase of e's near.
func (e *countedAs) startsPhrase(w string) bool {
	for _, p := range e.phrases {
		if w == p[0] {
			return true
		}
	}
	return false
}

// phraseAt reports whether token k, lower-cased w, and the word right
// after it are a phrase of e's near ("turned out").
func (e *countedAs) phraseAt(w string, text string, toks []segment.Token, sent segment.Sentence, k int) bool {
	if k+1 >= sent.Last || toks[k+1].Kind != segment.Word {
		return false
	}
	for _, p := range e.phrases {
		if w == p[0] && strings.EqualFold(toks[k+1].Text(text), p[1]) {
			return true
		}
	}
	return false
}

// scoped is key, or its scope's key when a scope word of its group
// stands within scopeBefore words before the figure (tokens from first)
// or scopeAfter words after the noun (tokens from end). A part of a
// whole (end 0) is not scoped.
func (n *nounGroups) scoped(key string, text string, toks []segment.Token, sent segment.Sentence, first, end int) string {
	sc, ok := n.scopes[key]
	if !ok || end <= first {
		return key
	}
	return sc.of(key, text, toks, sent, first, end)
}

// of is scoped for a key whose scope is sc, of a count with a noun.
func (sc *countScope) of(key string, text string, toks []segment.Token, sent segment.Sentence, first, end int) string {
	for j, w := first-1, 0; j >= sent.First && w < scopeBefore; j-- {
		if toks[j].Kind != segment.Word {
			continue
		}
		if sc.near[strings.ToLower(toks[j].Text(text))] {
			return sc.key
		}
		w++
	}
	for j, w := end, 0; j < sent.Last && w < scopeAfter; j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		if sc.near[strings.ToLower(toks[j].Text(text))] {
			return sc.key
		}
		w++
	}
	return key
}

// head is the stem a role claim's counted noun is compared by: the
// group's, so that "three staff injured" and "three workers injured"
// count one thing.
func (n *nounGroups) head(st string) string {
	if n == nil {
		return st
	}
	if g, ok := n.heads[st]; ok {
		return g
	}
	return st
}

// linkedNoun is the noun of a group that a bare figure counts as the
// complement of its subject: "The attendance was 9,412", "the workforce
// stood at 2,000", where copy that names the noun after the figure ("a
// crowd of 9,412", "9,412 fans") is keyed by the group. The words
// between the noun and the figure (at least one, at most linkReach) are
// all count_links; the noun is a word of a group, in lower case or
// opening its sentence. It returns the noun's token, or -1.
func (n *nounGroups) linkedNoun(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) int {
	if n == nil || len(n.links) == 0 {
		return -1
	}
	j, links := q.Tokens[0]-1, 0
	for j >= sent.First && links < linkReach && toks[j].Kind == segment.Word && n.links.hasLower(toks[j].Text(text)) {
		j--
		links++
	}
	if links == 0 || j < sent.First || toks[j].Kind != segment.Word {
		return -1
	}
	w := toks[j].Text(text)
	if !isLowerWord(w) && j != sent.First {
		return -1
	}
	if _, ok := n.heads[stem(strings.ToLower(w))]; !ok {
		return -1
	}
	return j
}

// linkReach is how many count_links may stand between a group's noun
// and its figure: "stood at", "had reached".
const linkReach = 2
