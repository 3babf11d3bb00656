package rules

import (
	"math"
	"sort"
	"strconv"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// Two people's ages given together ("aged 23 and 70", "the two
// brothers, 23 and 70,") say whose age each is only by the order of the
// names, which another outlet may not follow or give. What one outlet's
// pair shares with another's is one of the ages: each figure of a pair
// is keyed by the other ("age|role:pair 23" holds 70), so two pairs that
// share an age compare their other ages, in whichever order they are
// written, and pairs that share none are two pairs of people and are
// not compared. An article giving two pairs that share an age is left
// uncompared by roleAgesOnce, as two ages of one role are.

// pairAgeKey opens the key of an age of a pair; "pair " is no role noun
// (a role is one lower-case word with no space).
const pairAgeKey = roleAgeKey + "pair "

// pairAge keys q when it is one of two ages given together: after
// "aged" ("aged 23 and 70"), or a bare pair set off by commas after a
// word of age_others that tells of two people ("the two brothers, 23
// and 70,"). Both figures must be whole ages, with no unit, qualifier
// or range.
func (r *autoFactsRule) pairAge(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, c *claim) bool {
	if !pairAgeFigure(q) {
		return false
	}
	text := a.Doc.Text
	qs := a.Quantities()
	var first, second *quantity.Quantity
	switch {
	case q.Tokens[1]+1 < sent.Last && toks[q.Tokens[1]].Kind == segment.Word && foldIs(toks[q.Tokens[1]].Text(text), "and"):
		first, second = q, quantityAt(qs, q.Tokens[1]+1)
	case q.Tokens[0]-1 > sent.First && toks[q.Tokens[0]-1].Kind == segment.Word && foldIs(toks[q.Tokens[0]-1].Text(text), "and"):
		first, second = quantityEndingAt(qs, q.Tokens[0]-1), q
	default:
		return false
	}
	if first == nil || second == nil || !pairAgeFigure(first) || !pairAgeFigure(second) ||
		first.Tokens[1]+1 != second.Tokens[0] {
		return false
	}
	open, end := first.Tokens[0], second.Tokens[1]
	start := first.Span.Start
	switch {
	case open-1 >= sent.First && toks[open-1].Kind == segment.Word && foldIs(toks[open-1].Text(text), "aged"):
		start = toks[open-1].Start
		// "aged 23 and 70 metres": not an age.
		if end < sent.Last && toks[end].Kind == segment.Word && !isLowerWord(toks[end].Text(text)) {
			return false
		}
	case open-2 >= sent.First && isComma(text, toks[open-1], ",") && (end == sent.Last || isComma(text, toks[end], ",.")):
		// "the two brothers, 23 and 70,": the people the pair is of
		// are said to be two just before.
		two := false
		for j := open - 2; j >= sent.First && j >= open-4; j-- {
			if toks[j].Kind == segment.Word && r.ageOthers.hasLower(toks[j].Text(text)) {
				two = true
				break
			}
		}
		if !two {
			return false
		}
	default:
		return false
	}
	mate := first
	if q == first {
		mate = second
	}
	age := strconv.FormatFloat(mate.Value, 'f', -1, 64)
	c.Key, c.Label = pairAgeKey+age, "other age of the pair aged "+age
	c.Shown = spanText(a, document.Span{Start: start, End: second.Span.End})
	return true
}

// pairAgeFigure reports whether q can be one age of a pair: a bare whole
// number a person's age can be.
func pairAgeFigure(q *quantity.Quantity) bool {
	return q.Kind == quantity.Cardinal && !q.Range && q.Qualifier == nil && q.Unit == nil &&
		q.Value >= 1 && q.Value <= 120 && q.Value == math.Trunc(q.Value)
}

// quantityAt returns the quantity of qs, sorted by position, whose first
// token is tok, or nil.
func quantityAt(qs []quantity.Quantity, tok int) *quantity.Quantity {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Tokens[0] >= tok })
	if k < len(qs) && qs[k].Tokens[0] == tok {
		return &qs[k]
	}
	return nil
}

// quantityEndingAt returns the quantity of qs, sorted by position, whose
// tokens end just before tok, or nil.
func quantityEndingAt(qs []quantity.Quantity, tok int) *quantity.Quantity {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Tokens[1] > tok })
	if k > 0 && qs[k-1].Tokens[1] == tok {
		return &qs[k-1]
	}
	return nil
}
