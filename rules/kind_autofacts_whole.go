package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// The whole a figure is "of" is keyed by its first word ("12% of world
// trade" is "ratio|of world"). Outlets write some such words for one
// another: "of global trade", "of world trade", "of worldwide trade"
// are one whole, and a changed share of one was compared with nothing.
// The pack's whole_synonyms groups them; a word of a group opens the
// complement of the group's first word. Only words that name the same
// whole belong there: "national" and "global" name two, and "European"
// another again.

// wholeSynonyms maps each word of the groups of the pack's key (whole_synonyms
// or of_synonyms), lower-cased, to the complement of its group, "of " and
// the stem of its first word.
func wholeSynonyms(t *tomlx.Table, id, key string, groups [][]string) (map[string]string, error) {
	if len(groups) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for g, group := range groups {
		if len(group) < 2 {
			return nil, t.Errorf(key, "rule %q: %s[%d] needs at least two words", id, key, g)
		}
		compl := "of " + stem(strings.ToLower(group[0]))
		for _, w := range group {
			w = strings.ToLower(w)
			if _, dup := m[w]; dup {
				return nil, t.Errorf(key, "rule %q: %q is in %s twice", id, w, key)
			}
			m[w] = compl
		}
	}
	return m, nil
}

// wholeOfAt returns the complement of the whole_synonyms group of word
// token k, the first word of a figure's "of" complement, when a word
// follows it (the noun it qualifies: "of global trade", not "of the
// world"); ok is false otherwise.
func (r *autoFactsRule) wholeOfAt(memo *ctxMemo, text string, toks []segment.Token, k int) (string, bool) {
	if len(r.wholeOf) == 0 || k+1 >= len(toks) || toks[k+1].Kind != segment.Word || !r.keyed(memo, text, toks, k, keyedWhole) {
		return "", false
	}
	c, ok := r.wholeOf[strings.ToLower(toks[k].Text(text))]
	return c, ok
}

// Nouns that outlets write for one another as what a figure is "of"
// name one thing whether or not a word follows them: "240,000 tonnes of
// vegetation a day", "240,000 tonnes of plants.", "of greenery in 24
// hours". The pack's of_synonyms groups them; a word of a group keys
// the figure by the complement of the group's first word. Only general
// English words for one and the same thing belong there, not a kind
// and its sorts ("crops" are some plants).

// ofNounAt returns the complement of the of_synonyms group of word token
// k, the first word of a figure's "of" complement, and true; false when
// the word is in no group.
func (r *autoFactsRule) ofNounAt(memo *ctxMemo, text string, toks []segment.Token, k int) (string, bool) {
	if len(r.ofNouns) == 0 || toks[k].Kind != segment.Word || !r.keyed(memo, text, toks, k, keyedOfNoun) {
		return "", false
	}
	c, ok := r.ofNouns[strings.ToLower(toks[k].Text(text))]
	return c, ok
}

// keyedBits are what some tests of a figure's words ask of one
// spelling, in lower case: whether it is a key of the rule's
// whole_synonyms (keyedWhole), of_synonyms (keyedOfNoun) or
// height_frames (keyedHeight), and whether it is a form of "be" that
// opens the clause of a part (keyedPart: partVerb, ofThreshold). They
// are read once per spelling of the memo's table (lexTable.keyed),
// where every figure with an "of" complement, and every length, lowered
// its words and looked them up by string, in maps that almost no word
// is in; a word in one is still looked up for its value.
type keyedBits uint8

const (
	// keyedRead: the spelling's bits are known.
	keyedRead keyedBits = 1 << iota
	keyedWhole
	keyedOfNoun
	keyedHeight
	keyedPart
)

// keyedBitsOf returns the keyedBits of lower-case word w.
func (r *autoFactsRule) keyedBitsOf(w string) keyedBits {
	b := keyedRead
	if _, ok := r.wholeOf[w]; ok {
		b |= keyedWhole
	}
	if _, ok := r.ofNouns[w]; ok {
		b |= keyedOfNoun
	}
	if _, ok := r.heights[w]; ok {
		b |= keyedHeight
	}
	if partVerb[w] {
		b |= keyedPart
	}
	return b
}

// keyed reports whether word token k, lowered, is in the set of b: by
// the bits of its spelling in the memo's table, read on its first
// asking, or, without a memo serving the rule, from the word.
func (r *autoFactsRule) keyed(memo *ctxMemo, text string, toks []segment.Token, k int, b keyedBits) bool {
	if memo == nil || memo.g != &r.g {
		return r.keyedBitsOf(strings.ToLower(toks[k].Text(text)))&b != 0
	}
	memo.lexOf(text, toks, k)
	t, id := &memo.lexed, memo.lex[k]
	if int(id) >= len(t.keyed) {
		t.keyed = append(t.keyed, make([]keyedBits, len(t.words)-len(t.keyed))...)
	}
	if t.keyed[id] == 0 {
		t.keyed[id] = r.keyedBitsOf(strings.ToLower(toks[k].Text(text)))
	}
	return t.keyed[id]&b != 0
}
