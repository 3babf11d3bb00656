package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// The key of a count of a noun (nounGroups.key) was made for each
// figure from the noun as written: its "count:" key looked up by the
// noun, the key looked up in the groups, the noun lowered and looked up
// in each counted_as entry's nouns, and the key looked up in the
// count_scopes, four to eight map look-ups by string per count. All of
// it but the words around the figure depends on the noun alone, so it
// is found once per noun as written and kept in the memo (headKeys),
// from article to article as the nouns' keys are.

// headKey is what the key of a count of one noun, as written, is made
// of in a rule's noun groups.
type headKey struct {
	// key is the count's key but for its scope: the group's key when
	// the noun is in a group (nounGroups.keys), else "count:" and its
	// stem.
	key string
	// scope is key's count_scopes entry, nil when it has none.
	scope *countScope
	// as are the indexes in nounGroups.as of the counted_as entries
	// whose nouns hold the noun, in order, when it is in no group.
	as []int32
}

// countGroupKey is n.key(m.countKey(head), head, text, toks, sent,
// first, end): the key of a count of noun head, whose figure's tokens
// start at first and whose noun phrase ends before end.
func (m *ctxMemo) countGroupKey(n *nounGroups, head string, text string, toks []segment.Token, sent segment.Sentence, first, end int) string {
	if n == nil {
		return m.countKey(head)
	}
	if m.headsOf != n {
		clear(m.headKeys)
		clear(m.lexed.heads)
		clear(m.lexed.near)
		m.headsOf = n
	}
	h := m.headKeyAt(n, head, text, toks, end-1)
	for _, i := range h.as {
		e := &n.as[i]
		// "employs about 900 people": the word before the figure (its
		// qualifier is part of it), or before stop words before it ("in
		// front of 9,000 people"); "900 people work there": the word
		// after the noun.
		if n.nearBefore(e, text, toks, sent, first) {
			return n.scoped(e.key, text, toks, sent, first, end)
		}
		if m.nearAfter(n, int(i), text, toks, sent, end) {
			return n.scoped(e.key, text, toks, sent, first, end)
		}
	}
	if h.scope == nil || end <= first {
		return h.key
	}
	return m.scopeOf(n, h.scope, h.key, text, toks, sent, first, end)
}

// The near words of a count's noun (counted_as' near after the noun,
// with the stop words between, and count_scopes' near on either side)
// were lowered and looked up by string for every count of such a noun,
// a few words each. Which of those sets a spelling is in depends on the
// spelling alone: it is read once per spelling of the memo's table and
// kept as bits (lexTable.near, emptied with the table and when the memo
// serves other noun groups). nearStop is the bit of the stop words,
// 1<<(1+i) that of counted_as entry i's near, 1<<sc.set that of scope
// sc's; nearRead marks a spelling read. Groups with more sets than bits
// are read by string, as before.
const (
	nearStop = 1 << 0
	nearRead = 1 << 31
	// maxNearSets is how many sets the bits below nearRead hold.
	maxNearSets = 31
)

// nearBitsOf returns the bits of lower-case word w in groups n.
func (n *nounGroups) nearBitsOf(w string) uint32 {
	b := uint32(nearRead)
	if n.stop[w] {
		b |= nearStop
	}
	for i := range n.as {
		if n.as[i].near[w] || n.as[i].startsPhrase(w) {
			b |= 1 << (1 + i)
		}
	}
	for _, sc := range n.scopes {
		if sc.near[w] {
			b |= 1 << sc.set
		}
	}
	return b
}

// nearBitsAt returns the bits of word token j in groups n (m.headsOf),
// and false when n has more sets than bits.
func (m *ctxMemo) nearBitsAt(n *nounGroups, text string, toks []segment.Token, j int) (uint32, bool) {
	if m.g == nil || n.nearSets > maxNearSets {
		return 0, false
	}
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	if int(id) >= len(t.near) {
		t.near = append(t.near, make([]uint32, len(t.words)-len(t.near))...)
	}
	b := t.near[id]
	if b == 0 {
		b = n.nearBitsOf(strings.ToLower(toks[j].Text(text)))
		t.near[id] = b
	}
	return b, true
}

// nearAfter is n.nearAfter(&n.as[i], ...) by the spellings' bits.
func (m *ctxMemo) nearAfter(n *nounGroups, i int, text string, toks []segment.Token, sent segment.Sentence, end int) bool {
	for k := end; k < sent.Last && k-end <= asReach && toks[k].Kind == segment.Word; k++ {
		b, ok := m.nearBitsAt(n, text, toks, k)
		if !ok {
			return n.nearAfter(&n.as[i], text, toks, sent, end)
		}
		if b&(1<<(1+i)) != 0 {
			e := &n.as[i]
			if len(e.phrases) == 0 {
				return true
			}
			// The bit stands for the first word of a phrase too
			// ("turned" of "turned out"): the word is asked as
			// n.nearAfter asks it.
			w := strings.ToLower(toks[k].Text(text))
			if e.near[w] || e.phraseAt(w, text, toks, sent, k) {
				return true
			}
		}
		if b&nearStop == 0 {
			return false
		}
	}
	return false
}

// scopeOf is sc.of(key, ...) by the spellings' bits; sc is a scope of
// groups n.
func (m *ctxMemo) scopeOf(n *nounGroups, sc *countScope, key string, text string, toks []segment.Token, sent segment.Sentence, first, end int) string {
	if m.g == nil || n.nearSets > maxNearSets {
		return sc.of(key, text, toks, sent, first, end)
	}
	bit := uint32(1) << sc.set
	for j, w := first-1, 0; j >= sent.First && w < scopeBefore; j-- {
		if toks[j].Kind != segment.Word {
			continue
		}
		if b, _ := m.nearBitsAt(n, text, toks, j); b&bit != 0 {
			return sc.key
		}
		w++
	}
	for j, w := end, 0; j < sent.Last && w < scopeAfter; j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		if b, _ := m.nearBitsAt(n, text, toks, j); b&bit != 0 {
			return sc.key
		}
		w++
	}
	return key
}

// headKeyAt is the headKey of noun head in groups n (m.headsOf): by
// the claim table's number of the spelling of token j where head is
// that token as written (almost every count's noun: the slice
// lexTable.heads), else by head's text (the map headKeys). Looked up
// by the text for each count, the map's hashing of the noun was half
// of countGroupKey's time.
func (m *ctxMemo) headKeyAt(n *nounGroups, head string, text string, toks []segment.Token, j int) headKey {
	if m.g != nil && j >= 0 && j < len(toks) && toks[j].Text(text) == head {
		m.lexOf(text, toks, j)
		t, id := &m.lexed, m.lex[j]
		if int(id) < len(t.heads) && t.heads[id].key != "" {
			return t.heads[id]
		}
		h := m.headKeyByText(n, head)
		if int(id) >= len(t.heads) {
			t.heads = append(t.heads, make([]headKey, len(t.words)-len(t.heads))...)
		}
		t.heads[id] = h
		return h
	}
	return m.headKeyByText(n, head)
}

// headKeyByText is the headKey of noun head in groups n, kept in the
// map headKeys by its text.
func (m *ctxMemo) headKeyByText(n *nounGroups, head string) headKey {
	h, ok := m.headKeys[head]
	if !ok {
		h = n.headKeyOf(m.countKey(head), head)
		if m.headKeys == nil || len(m.headKeys) >= maxInterned {
			m.headKeys = make(map[string]headKey)
		}
		// head is a piece of the article's text: a copy is kept.
		m.headKeys[strings.Clone(head)] = h
	}
	return h
}

// headKeyOf is the headKey of noun head, whose "count:" key is key.
func (n *nounGroups) headKeyOf(key, head string) headKey {
	if k, ok := n.keys[key]; ok {
		key = k
	} else if len(n.as) > 0 {
		lower := strings.ToLower(head)
		var as []int32
		for i := range n.as {
			if n.as[i].of[lower] {
				as = append(as, int32(i))
			}
		}
		return headKey{key: key, scope: n.scopeOf(key), as: as}
	}
	return headKey{key: key, scope: n.scopeOf(key)}
}

// scopeOf is the count_scopes entry of key, or nil.
func (n *nounGroups) scopeOf(key string) *countScope {
	if sc, ok := n.scopes[key]; ok {
		return &sc
	}
	return nil
}
