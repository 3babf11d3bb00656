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
		if n.nearAfter(e, text, toks, sent, end) {
			return n.scoped(e.key, text, toks, sent, first, end)
		}
	}
	if h.scope == nil || end <= first {
		return h.key
	}
	return h.scope.of(h.key, text, toks, sent, first, end)
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
