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
	if len(r.wholeOf) == 0 || k+1 >= len(toks) || toks[k+1].Kind != segment.Word || !r.ofSynonym(memo, text, toks, k, ofWhole) {
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
	if len(r.ofNouns) == 0 || toks[k].Kind != segment.Word || !r.ofSynonym(memo, text, toks, k, ofNoun) {
		return "", false
	}
	c, ok := r.ofNouns[strings.ToLower(toks[k].Text(text))]
	return c, ok
}

// ofBits are what the tests of a figure's "of" complement ask of one
// spelling, in lower case: whether it is a word of the rule's
// whole_synonyms (ofWhole) or of_synonyms (ofNoun), and whether it is a
// form of "be" that opens the clause of a part (ofPart: partVerb,
// ofThreshold). Each is asked once per spelling of the memo's table
// (lexTable.ofBits), where every figure with an "of" lowered its words
// and looked them up in three maps by string; almost every word is in
// none, and then nothing is lowered or hashed again.
type ofBits uint8

const (
	// ofSynRead: ofWhole and ofNoun are known.
	ofSynRead ofBits = 1 << iota
	ofWhole
	ofNoun
	// ofPartRead: ofPart is known.
	ofPartRead
	ofPart
)

// ofBitsAt returns the ofBits of the spelling of word token j, by its
// number in the memo's table.
func (m *ctxMemo) ofBitsAt(text string, toks []segment.Token, j int) *ofBits {
	m.lexOf(text, toks, j)
	t, id := &m.lexed, m.lex[j]
	if int(id) >= len(t.ofBits) {
		t.ofBits = append(t.ofBits, make([]ofBits, len(t.words)-len(t.ofBits))...)
	}
	return &t.ofBits[id]
}

// ofSynonym reports whether word token k, lowered, may be a key of the
// set of b (ofWhole: wholeOf; ofNoun: ofNouns): false only where the
// spelling's bits say it is not, read once per spelling. Without a memo
// for the rule it is true, and the caller looks the word up.
func (r *autoFactsRule) ofSynonym(memo *ctxMemo, text string, toks []segment.Token, k int, b ofBits) bool {
	if memo == nil || memo.g != &r.g {
		return true
	}
	bits := memo.ofBitsAt(text, toks, k)
	if *bits&ofSynRead == 0 {
		lower, nb := strings.ToLower(toks[k].Text(text)), ofSynRead
		if _, ok := r.wholeOf[lower]; ok {
			nb |= ofWhole
		}
		if _, ok := r.ofNouns[lower]; ok {
			nb |= ofNoun
		}
		*bits |= nb
	}
	return *bits&b != 0
}

// partVerbAt is partVerb[strings.ToLower(w)] of word token k, spelt w,
// read once per spelling of the memo's table (ofBits).
func partVerbAt(memo *ctxMemo, text string, toks []segment.Token, k int) bool {
	if memo == nil || memo.g == nil {
		return partVerb[strings.ToLower(toks[k].Text(text))]
	}
	bits := memo.ofBitsAt(text, toks, k)
	if *bits&ofPartRead == 0 {
		nb := ofPartRead
		if partVerb[strings.ToLower(toks[k].Text(text))] {
			nb |= ofPart
		}
		*bits |= nb
	}
	return *bits&ofPart != 0
}
