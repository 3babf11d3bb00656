package rules

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// checkExcess reads percentage qs[i] as the excess of a sum or measure
// over another of the same unit that its sentence gives, the way copy
// states an overrun or a premium:
//
//   - "X, P% more than [the] Y": X is the figure right before the comma
//     (a conversion in brackets after it aside: "cost £86m ($110m), 15%
//     more than the £75m budget"), Y the figure right after "than" (or
//     after "above" or "below") and its determiner; P is X/Y - 1 for a
//     word of more, 1 - X/Y for a word of less;
//   - "X, against [a budget of] Y, ..., an overrun of P%": the only two
//     figures of the unit before the share, tied by "against" or
//     "compared with", and the share the complement of a change or
//     excess noun after "a" or "an"; P is |X/Y - 1|.
//
// Nothing else is read: a sentence that compares its figure with
// something the copy does not quantify ("15% more than last year"), or
// that gives figures of other units or more than two, is left alone.
// The figures are taken with the rounding they were written with, the
// share as a truncated one (statedBounds).
func (r *arithmeticRule) checkExcess(a *Article, rep *Reporter, qs []quantity.Quantity, i int, sent segment.Sentence) {
	if len(r.more) == 0 && len(r.excess) == 0 {
		return
	}
	d := &qs[i]
	if d.Qualifier != nil && d.Qualifier.Bound != quantity.About && d.Qualifier.Bound != quantity.Nearly {
		return
	}
	if x, y, sign := r.excessComparative(a, qs, i, sent); x != nil {
		r.reportExcess(a, rep, d, x, y, sign)
		return
	}
	if x, y := r.excessAgainst(a, qs, i, sent); x != nil {
		r.reportExcess(a, rep, d, x, y, 0)
	}
}

// excessComparative finds the X and Y of "X, P% more than [the] Y"
// around share qs[i], and the sign of the comparison (+1 more, -1
// less), or nil.
func (r *arithmeticRule) excessComparative(a *Article, qs []quantity.Quantity, i int, sent segment.Sentence) (x, y *quantity.Quantity, sign float64) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	d := &qs[i]
	j := d.Tokens[1]
	if j >= sent.Last || toks[j].Kind != segment.Word {
		return nil, nil, 0
	}
	s, ok := r.more[strings.ToLower(toks[j].Text(text))]
	if !ok {
		return nil, nil, 0
	}
	j++
	// A comparative takes "than"; "above" and "below" take their
	// figure straight.
	if wordAt(text, toks, j, "than") {
		j++
	}
	for _, det := range [...]string{"the", "its", "their", "a", "an"} {
		if wordAt(text, toks, j, det) {
			j++
			break
		}
	}
	k := quantityIndexAt(qs, j)
	if k < 0 {
		// "than the old high of 240mm": a noun of two words at
		// most and "of" before the figure.
		for n := j; n < j+2 && n < sent.Last && toks[n].Kind == segment.Word && isLowerWord(toks[n].Text(text)); n++ {
			if wordAt(text, toks, n+1, "of") {
				k = quantityIndexAt(qs, n+2)
				break
			}
		}
	}
	if k < 0 || qs[k].Sentence != d.Sentence {
		return nil, nil, 0
	}
	y = &qs[k]
	// X: the figure before the comma that opens the share, a conversion
	// in brackets after it aside.
	c := d.Tokens[0] - 1
	if c <= sent.First || !punctAt(text, toks, c, ',') {
		return nil, nil, 0
	}
	e := c
	if punctAt(text, toks, e-1, ')') {
		for e--; e > sent.First && !punctAt(text, toks, e, '('); e-- {
		}
		if e <= sent.First {
			return nil, nil, 0
		}
	}
	k = quantityEnding(qs, e)
	if k < 0 || qs[k].Sentence != d.Sentence {
		return nil, nil, 0
	}
	x = &qs[k]
	if !excessPair(x, y) {
		// "276mm of rain, about 11 inches, some 15% more than": the
		// figure before the comma restates, in commas, the one before
		// it, which is X.
		k = restatedBefore(text, toks, qs, k, sent)
		if k < 0 || !excessPair(&qs[k], y) {
			return nil, nil, 0
		}
		x = &qs[k]
	}
	return x, y, s
}

// restatedBefore returns the index of the figure that qs[k] restates in
// commas ("276mm of rain, about 11 inches,"): the figure of the same
// dimension before the comma that opens qs[k], with two words at most
// between them, or -1.
func restatedBefore(text string, toks []segment.Token, qs []quantity.Quantity, k int, sent segment.Sentence) int {
	c := qs[k].Tokens[0] - 1
	if k == 0 || c <= sent.First || !punctAt(text, toks, c, ',') {
		return -1
	}
	p := &qs[k-1]
	if p.Sentence != qs[k].Sentence || p.Unit == nil || qs[k].Unit == nil || p.Unit.Dimension != qs[k].Unit.Dimension || p.Tokens[1] > c || c-p.Tokens[1] > 2 {
		return -1
	}
	for j := p.Tokens[1]; j < c; j++ {
		if toks[j].Kind != segment.Word {
			return -1
		}
	}
	return k - 1
}

// excessAgainst finds the X and Y of "X, against [a budget of] Y, ...,
// an overrun of P%" before share qs[i], or nil.
func (r *arithmeticRule) excessAgainst(a *Article, qs []quantity.Quantity, i int, sent segment.Sentence) (x, y *quantity.Quantity) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	d := &qs[i]
	// ", an overrun of P%"
	j := d.Tokens[0] - 1
	if j-3 < sent.First || !wordAt(text, toks, j, "of") || toks[j-1].Kind != segment.Word {
		return nil, nil
	}
	w := strings.ToLower(toks[j-1].Text(text))
	if !r.excess[w] && !r.changes[w] {
		return nil, nil
	}
	if !wordAt(text, toks, j-2, "a") && !wordAt(text, toks, j-2, "an") || !punctAt(text, toks, j-3, ',') {
		return nil, nil
	}
	// "against" or "compared with" before it ties X before it to Y
	// after it.
	tie := -1
	for t := j - 3; t > sent.First; t-- {
		if wordAt(text, toks, t, "against") || wordAt(text, toks, t, "compared") && (wordAt(text, toks, t+1, "with") || wordAt(text, toks, t+1, "to")) {
			tie = t
			break
		}
	}
	if tie < 0 {
		return nil, nil
	}
	// X is the last figure with a unit before the tie, Y the first after
	// it; no other figure of their dimension, nor a share, may come
	// before the share: figures of other dimensions ("a year earlier")
	// are no part of it.
	for k := i - 1; k >= 0 && qs[k].Sentence == d.Sentence; k-- {
		q := &qs[k]
		if q.Kind != quantity.Cardinal || q.Unit == nil && !isRatio(q) {
			continue // a year, a bare count: no figure of the comparison
		}
		if isRatio(q) {
			return nil, nil
		}
		switch {
		case q.Tokens[0] > tie:
			y = q
		case x == nil:
			x = q
		}
	}
	if x == nil || y == nil || !excessPair(x, y) {
		return nil, nil
	}
	n := 0
	for k := i - 1; k >= 0 && qs[k].Sentence == d.Sentence; k-- {
		if q := &qs[k]; q.Kind == quantity.Cardinal && q.Unit != nil && q.Unit.Dimension == x.Unit.Dimension {
			n++
		}
	}
	if n != 2 {
		return nil, nil
	}
	return x, y
}

// excessPair reports whether x and y are two figures of one unit that a
// share may compare: single figures, neither a share nor a change in
// points, of the same unit.
func excessPair(x, y *quantity.Quantity) bool {
	if x.Kind != quantity.Cardinal || y.Kind != quantity.Cardinal || x.Unit == nil || y.Unit == nil || x.Range || y.Range {
		return false
	}
	if isRatio(x) || isRatio(y) || isPoints(x) || isPoints(y) {
		return false
	}
	return x.Unit.Name == y.Unit.Name && y.Value != 0
}

// reportExcess checks share d against X/Y - 1 (sign +1), 1 - X/Y (sign
// -1) or |X/Y - 1| (sign 0), each taken as the interval the written
// figures allow.
func (r *arithmeticRule) reportExcess(a *Article, rep *Reporter, d, x, y *quantity.Quantity, sign float64) {
	xlo, xhi, ok1 := countBounds(x)
	ylo, yhi, ok2 := countBounds(y)
	dlo, dhi, ok3 := statedBounds(d, true)
	if !ok1 || !ok2 || !ok3 || xlo <= 0 || ylo <= 0 {
		return
	}
	lo, hi := 100*(xlo/yhi-1), 100*(xhi/ylo-1)
	switch sign {
	case -1:
		lo, hi = -hi, -lo
	case 0:
		lo, hi = absInterval(lo, hi)
	}
	if hi >= dlo && lo <= dhi {
		return
	}
	v := 100 * (x.Value/y.Value - 1)
	if sign < 0 || sign == 0 && v < 0 {
		v = -v
	}
	right := formatNumber(v, max(decimalsOf(d.Step), 0)) + "%"
	msg := fmt.Sprintf("%s against %s is %s, not %s", spanText(a, x.Span), spanText(a, y.Span), right, spanText(a, d.Span))
	if sign != 0 && v < 0 {
		msg = fmt.Sprintf("%s is less than %s, not %s more", spanText(a, x.Span), spanText(a, y.Span), spanText(a, d.Span))
		if sign < 0 {
			msg = fmt.Sprintf("%s is more than %s, not %s less", spanText(a, x.Span), spanText(a, y.Span), spanText(a, d.Span))
		}
	}
	rep.Report(r, document.Span{Start: d.Span.Start, End: d.Span.End}, msg,
		[]diag.Related{{Location: rep.At(x.Span), Message: "this"}, {Location: rep.At(y.Span), Message: "against"}}, nil)
}
