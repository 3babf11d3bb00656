package rules

import (
	"math"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// A share written as parts of a small whole: "nine in ten voters", "four
// out of five children", "one in six people", "two in every five". The copy of another
// outlet gives the same share as a percentage ("89% of voters"), or the
// same words with another count. Read as two numbers, the share was a
// count of "ten voters", compared with the story's counts of voters,
// and its numerator no claim at all. It is claimed as the percentage
// it is, to the precision of one part (nine in ten is 85% to 95%), and
// said of the noun after the whole as a percentage "of" it is ("nine in
// ten voters" as "90% of voters"); the whole is no count.

// proportionWholes are the wholes a share is written with: "in ten",
// "out of five". A larger one is a count ("58 in 97 appearances").
const (
	minProportionWhole = 2
	maxProportionWhole = 10
)

// proportionWhole returns the quantity that is the whole of a share
// whose part is q ("ten" of "nine in ten"), and the token after the
// whole's; nil when q is no such part.
func proportionWhole(a *Article, q *quantity.Quantity) (*quantity.Quantity, int) {
	if q.Kind != quantity.Cardinal || q.Unit != nil || q.Range || q.Value < 1 || q.Value != math.Trunc(q.Value) {
		return nil, 0
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	j := q.Tokens[1]
	switch {
	case j < len(toks) && foldIs(toks[j].Text(text), "in"):
		j++
		// "six in every ten": the same share.
		if j < len(toks) && foldIs(toks[j].Text(text), "every") {
			j++
		}
	case j+1 < len(toks) && foldIs(toks[j].Text(text), "out") && foldIs(toks[j+1].Text(text), "of"):
		j += 2
	default:
		return nil, 0
	}
	p := quantityAt(a.Quantities(), j)
	if p == nil || p.Sentence != q.Sentence || p.Kind != quantity.Cardinal || p.Unit != nil || p.Range || p.Qualifier != nil ||
		p.Value < minProportionWhole || p.Value > maxProportionWhole || p.Value != math.Trunc(p.Value) || q.Value >= p.Value {
		return nil, 0
	}
	return p, p.Tokens[1]
}

// proportionPart reports whether q is the whole of a share ("ten" of
// "nine in ten"): no count of its own.
func proportionPart(a *Article, q *quantity.Quantity) bool {
	text, toks := a.Doc.Text, a.Seg.Tokens
	j := q.Tokens[0] - 1
	if j >= 1 && foldIs(toks[j].Text(text), "every") && foldIs(toks[j-1].Text(text), "in") {
		j-- // "six in every ten"
	}
	if j >= 1 && foldIs(toks[j].Text(text), "of") && foldIs(toks[j-1].Text(text), "out") {
		j--
	} else if j < 1 || !foldIs(toks[j].Text(text), "in") {
		return false
	}
	part := quantityEndingAt(a.Quantities(), j)
	if part == nil {
		return false
	}
	p, _ := proportionWhole(a, part)
	return p != nil && p.Tokens == q.Tokens
}

// proportionClaim makes c the claim of the share whose part is q and
// whole p (proportionWhole), its noun's first token at k: a percentage,
// keyed as "X% of" the noun after the whole is. It reports false when
// the rule knows no percentage unit.
func (r *autoFactsRule) proportionClaim(a *Article, c *claim, q, p *quantity.Quantity, k int, memo *ctxMemo) bool {
	if r.percent == nil {
		return false
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[q.Sentence]
	part := 100 / p.Value
	c.Q = figure{Value: q.Value * part, High: q.Value * part, Step: part, Round: part, Unit: r.percent, Qualifier: q.Qualifier, Kind: quantity.Cardinal}
	c.Key, c.Label = r.percent.Dimension, r.unitLabels[r.percent]
	c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: p.Span.End})
	if k < sent.Last && toks[k].Kind == segment.Word && isLowerWord(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) {
		c.Compl = "of " + stem(toks[k].Text(text))
		c.Key += "|" + c.Compl
	}
	return true
}
