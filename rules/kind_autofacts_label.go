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

// A count written as a compound modifier ("the 27-wagon train", "a
// 12-storey block") counts the noun joined to its figure, as "27
// wagons were coupled" does: it is keyed as that count, the words
// around it its context.

// compoundCountClaim makes c the claim of q as such a count, where q is
// a whole number with no unit joined by a hyphen to a lower-case word
// that is no grammar word nor a verb in the past, itself followed by a
// lower-case noun it modifies, and is none of compound_not_counted; it
// reports whether it did.
func (r *autoFactsRule) compoundCountClaim(a *Article, c *claim, q *quantity.Quantity, sent segment.Sentence, skip []bool, memo *ctxMemo) bool {
	if len(r.notCounted) == 0 || q.Kind != quantity.Cardinal || q.Unit != nil || q.Range || q.Value != math.Trunc(q.Value) {
		return false
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	h := q.Tokens[1]
	w, n := h+1, h+2
	if n >= sent.Last || !hyphenAt(text, toks, h, sent.Last) || toks[w].Kind != segment.Word || !toks[w].Joined || toks[n].Kind != segment.Word || toks[n].Joined {
		return false
	}
	word, next := toks[w].Text(text), toks[n].Text(text)
	if len(word) < 3 || !isLowerWord(word) || !isLowerWord(next) || r.notCounted.hasLower(word) || r.is(memo, text, toks, w, classStop) || r.is(memo, text, toks, n, classStop) {
		return false
	}
	if a.Calendar != nil && pastForm(a.Calendar, word) {
		return false
	}
	c.Key = memo.countGroupKey(r.nouns, word, text, toks, sent, q.Tokens[0], w+1)
	c.Label = word
	c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[w].End})
	r.finish(a, c, q, sent, w+1, skip, memo, false)
	return true
}
