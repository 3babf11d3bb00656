package rules

import (
	"math"
	"strings"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// A number after a noun of label_nouns names one of the things the noun
// counts, as a rank does: "resigned on move 41" says what "resigned on
// the 41st move" does, and nothing of how many moves were made. Such a
// label is keyed as the rank of its noun ("rank:move") and compared with
// the same label in other copy, or the rank, on the evidence of the
// words around them; never with a count of the noun ("played 41 moves").

// labelClaim makes c the claim of q as a label, where q is a whole
// number with no qualifier right after a noun of label_nouns that a
// grammar word opens ("on move 41", "at hole 7", "after round 3"), and
// reports whether it did.
func (r *autoFactsRule) labelClaim(a *Article, c *claim, q *quantity.Quantity, sent segment.Sentence, skip []bool, memo *ctxMemo) bool {
	if len(r.labelNouns) == 0 || q.Kind != quantity.Cardinal || q.Unit != nil || q.Range || q.Qualifier != nil || q.Value != math.Trunc(q.Value) {
		return false
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	j := q.Tokens[0] - 1
	if j-1 < sent.First || toks[j].Kind != segment.Word || toks[j-1].Kind != segment.Word {
		return false
	}
	w := toks[j].Text(text)
	if !r.labelNouns.hasLower(w) || !isLowerWord(toks[j-1].Text(text)) || !r.is(memo, text, toks, j-1, classStop) {
		return false
	}
	noun := strings.ToLower(w)
	c.Key, c.Label = "rank:"+stem(noun), noun+" number"
	c.Shown = spanText(a, document.Span{Start: toks[j].Start, End: q.Span.End})
	c.Q.Kind = quantity.Ordinal // a rank, as "the 41st move" is
	r.finish(a, c, q, sent, q.Tokens[1], skip, memo, false)
	return true
}
