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

// wholeSynonyms maps each word of the whole_synonyms groups, lower-cased,
// to the complement of its group, "of " and the stem of its first word.
func wholeSynonyms(t *tomlx.Table, id string, groups [][]string) (map[string]string, error) {
	if len(groups) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for g, group := range groups {
		if len(group) < 2 {
			return nil, t.Errorf("whole_synonyms", "rule %q: whole_synonyms[%d] needs at least two words", id, g)
		}
		compl := "of " + stem(strings.ToLower(group[0]))
		for _, w := range group {
			w = strings.ToLower(w)
			if _, dup := m[w]; dup {
				return nil, t.Errorf("whole_synonyms", "rule %q: %q is in whole_synonyms twice", id, w)
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
func (r *autoFactsRule) wholeOfAt(text string, toks []segment.Token, k int) (string, bool) {
	if len(r.wholeOf) == 0 || k+1 >= len(toks) || toks[k+1].Kind != segment.Word {
		return "", false
	}
	c, ok := r.wholeOf[strings.ToLower(toks[k].Text(text))]
	return c, ok
}
