package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// Some roles are told by an idiom, not a word: "eight of them fighting
// for their lives" are the critically hurt that "eight of them in a
// critical condition" gives, but the idiom's last word, "lives", is a
// word of the dead ("claimed 31 lives"). The pack's role_phrases name
// such idioms, word by word, and the contrasts group each tells; the
// phrase's last word takes that group's role (tokenRole), and no other
// word of it has one of its own.

// rolePhraseConfig is one entry of role_phrases: the phrase's words, in
// order, and the first word of the contrasts group it tells.
type rolePhraseConfig struct {
	Words []string `toml:"words"`
	Role  string   `toml:"role"`
}

// rolePhrase is a phrase of role_phrases, its words lower-cased, and its
// contrast group.
type rolePhrase struct {
	words []string
	role  int
}

// rolePhrasesOf reads role_phrases against the contrast groups named by
// roleNames: the phrases, and the set of their last words.
func rolePhrasesOf(t *tomlx.Table, id string, cs []rolePhraseConfig, roleNames []string) ([]rolePhrase, words, error) {
	if len(cs) == 0 {
		return nil, nil, nil
	}
	var out []rolePhrase
	last := words{}
	for i, c := range cs {
		if len(c.Words) < 2 {
			return nil, nil, t.Errorf("role_phrases", "rule %q: role_phrases[%d] needs at least two words", id, i)
		}
		g := slices.Index(roleNames, strings.ToLower(c.Role))
		if g < 0 {
			return nil, nil, t.Errorf("role_phrases", "rule %q: role_phrases[%d] names %q, which is not the first word of a contrasts group", id, i, c.Role)
		}
		ws := make([]string, len(c.Words))
		for k, w := range c.Words {
			ws[k] = strings.ToLower(strings.TrimSpace(w))
		}
		out = append(out, rolePhrase{ws, g})
		last[ws[len(ws)-1]] = true
	}
	return out, last, nil
}

// phraseRole returns the contrast group of the role phrase that token j
// ends, its words the tokens before j one by one, and true; false when
// it ends none. Only a word of the phrases' last words (classPhraseEnd)
// is read further.
func (r *autoFactsRule) phraseRole(text string, toks []segment.Token, j int, memo *ctxMemo) (int, bool) {
	if len(r.rolePhrases) == 0 || toks[j].Kind != segment.Word {
		return 0, false
	}
	if memo != nil {
		if !r.is(memo, text, toks, j, classPhraseEnd) {
			return 0, false
		}
	} else if !r.phraseEnds.hasLower(toks[j].Text(text)) {
		return 0, false
	}
next:
	for _, p := range r.rolePhrases {
		n := len(p.words)
		if j+1 < n {
			continue
		}
		for k, w := range p.words {
			t := toks[j-n+1+k]
			if t.Kind != segment.Word || !strings.EqualFold(t.Text(text), w) {
				continue next
			}
		}
		return p.role, true
	}
	return 0, false
}
