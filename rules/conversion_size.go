package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// checkSizes checks the sizes restated in brackets as a pair whose first
// member is a bare number, as sizes are written with the unit once: "120
// by 150 cm (47 by 59 inches)". The quantities read the bracket's first
// member as a number without a unit, so no conversion joins it to the
// figure before the bracket (conversionOf); here the second members are
// checked against each other, and the first members against each other
// with the units of their pairs.
func (r *conversionRule) checkSizes(a *Article, rep *Reporter) {
	qs := a.Quantities()
	text, toks := a.Doc.Text, a.Seg.Tokens
	onlyBy := func(x, y *quantity.Quantity) bool {
		lo, hi := x.Tokens[1], y.Tokens[0]
		return x.Sentence == y.Sentence && hi == lo+1 && lo < len(toks) &&
			toks[lo].Kind == segment.Word && strings.EqualFold(toks[lo].Text(text), "by")
	}
	cardinal := func(q *quantity.Quantity) bool { return q.Kind == quantity.Cardinal && !q.Range }
	for i := 1; i+2 < len(qs); i++ {
		first, second := &qs[i-1], &qs[i]
		c, d := &qs[i+1], &qs[i+2]
		if second.Unit == nil || c.Unit != nil || d.Unit == nil || !cardinal(first) || !cardinal(second) || !cardinal(c) || !cardinal(d) {
			continue
		}
		if second.Unit.Dimension != d.Unit.Dimension || second.Unit.Name == d.Unit.Name || second.Sentence != c.Sentence {
			continue
		}
		if strings.TrimSpace(text[second.Span.End:c.Span.Start]) != "(" || !onlyBy(first, second) || !onlyBy(c, d) {
			continue
		}
		if first.Unit != nil && first.Unit.Dimension != second.Unit.Dimension {
			continue
		}
		r.checkPair(a, rep, second, d)
		from, to := *first, *c
		if from.Unit == nil {
			from.Unit = second.Unit
		}
		to.Unit = d.Unit
		r.checkPair(a, rep, &from, &to)
	}
}
