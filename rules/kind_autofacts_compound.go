package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// A measure written as a compound modifier ("a 3.2-tonne load of
// timber", "the 900-tonne press") states the same fact as the plain
// measure ("lifting 3.2 tonnes of timber", "the press weighs 900
// tonnes"), but its words stand elsewhere: what it measures comes after
// the noun it modifies, and the verb that says what is measured is not
// written at all. Two readings make them meet:
//
//   - "a 3.2-tonne load of timber": the "of" after the modified noun
//     names what is measured, as it does right after a plain measure,
//     so the claim is keyed "mass|of timber" too;
//   - the pack's compound_words give, for a dimension, the word a plain
//     measure of it is said with ("weighs"): a compound measure of the
//     dimension gets it as a context word, so that "the 900-tonne press"
//     and "weighs 900 tonnes" share a word as "weighs 900 tonnes" and
//     "weighing 900 tonnes" do.

// compoundWordConfig is one entry of compound_words.
type compoundWordConfig struct {
	Dimension string `toml:"dimension"`
	Word      string `toml:"word"`
}

// compoundWords maps a dimension to the context word its compound
// measures get; nil when the pack sets none.
func compoundWords(t *tomlx.Table, id string, c []compoundWordConfig) (map[string]wordID, error) {
	if len(c) == 0 {
		return nil, nil
	}
	m := make(map[string]wordID, len(c))
	for i, e := range c {
		if e.Dimension == "" || e.Word == "" {
			return nil, t.Errorf("compound_words", "rule %q: compound_words[%d] needs dimension and word", id, i)
		}
		m[e.Dimension] = wordHash(stem(strings.ToLower(e.Word)))
	}
	return m, nil
}

// isCompound reports whether q is written as a compound modifier: its
// figure joined to its unit by a hyphen ("3.2-tonne"), with a lower-case
// noun after it.
func isCompound(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) bool {
	j := q.Tokens[1]
	if j >= sent.Last || toks[j].Kind != segment.Word || !isLowerWord(toks[j].Text(text)) {
		return false
	}
	shown := text[q.Span.Start:q.Span.End]
	i := strings.IndexByte(shown, '-')
	return i > 0 && shown[i-1] >= '0' && shown[i-1] <= '9'
}

// compoundOf returns the complement of a compound measure ("of timber"
// for "a 3.2-tonne load of timber"), or "": the first word past the
// grammar words after an "of" right after the modified noun, when it is
// a lower-case word (not a name: "the 40-metre mast of Tarvik Group" is
// the crane's owner, not what is measured).
func (r *autoFactsRule) compoundOf(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	if q.Unit == nil || q.Unit.Dimension == durationKey || !isCompound(text, toks, sent, q) {
		return ""
	}
	j := q.Tokens[1] + 1
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "of") {
		return ""
	}
	k := j + 1
	for k < sent.Last && toks[k].Kind == segment.Word && r.is(memo, text, toks, k, classStop) {
		k++
	}
	if k >= sent.Last || toks[k].Kind != segment.Word || !isLowerWord(toks[k].Text(text)) {
		return ""
	}
	return "of " + stem(toks[k].Text(text))
}

// addCompoundWord gives the claim c of a compound measure q the context
// word of its dimension (compound_words), keeping the context sorted.
// The context is copied first: it may share its array with the memo's.
func (r *autoFactsRule) addCompoundWord(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, c *claim) {
	if q.Unit == nil || r.compoundWords == nil {
		return
	}
	// Few measures are compounds: isCompound, a look at the tokens, is
	// asked before the dimension's word is looked up by its string.
	if !isCompound(text, toks, sent, q) {
		return
	}
	id, ok := r.compoundWords[q.Unit.Dimension]
	if !ok {
		return
	}
	at, found := slices.BinarySearch(c.Context, id)
	if found {
		return
	}
	ctx := make([]wordID, 0, len(c.Context)+1)
	ctx = append(ctx, c.Context[:at]...)
	ctx = append(ctx, id)
	c.Context = append(ctx, c.Context[at:]...)
}
