package rules

import (
	"fmt"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
)

// checkIncrement reads percentage qs[i] as a change restated in
// relative terms right after its size, "by D, or P%" or "by D (P%)"
// ("bettered the old mark by 40 kg, or 8%", "cut the fleet by 12, or
// 15%"), where the sentence gives one other figure X of D's unit: the
// figure before or after the change. Which one the sentence does not
// always say ("a 540 kg bull, 40 kg heavier than the last": X after;
// "from 500 kg": X before), so P is right if it is D/X, D/(X-D) or
// D/(X+D) within the rounding of the written figures; only a share that
// fits none is reported. A sentence with no other figure of the unit,
// or more than one, is left alone.
func (r *arithmeticRule) checkIncrement(a *Article, rep *Reporter, qs []quantity.Quantity, i int) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	p := &qs[i]
	if p.Qualifier != nil && p.Qualifier.Bound != quantity.About && p.Qualifier.Bound != quantity.Nearly {
		return
	}
	// ", or P%" or "(P%)" right after D, and "by" right before D.
	j := p.Tokens[0] - 1
	switch {
	case wordAt(text, toks, j, "or") && punctAt(text, toks, j-1, ','):
		j--
	case punctAt(text, toks, j, '('):
	default:
		return
	}
	k := quantityEnding(qs, j)
	if k < 0 || qs[k].Sentence != p.Sentence || !wordAt(text, toks, qs[k].Tokens[0]-1, "by") {
		return
	}
	d := &qs[k]
	if d.Kind != quantity.Cardinal || d.Range || isRatio(d) || isPoints(d) {
		return
	}
	var x *quantity.Quantity
	for n := range qs {
		q := &qs[n]
		if n == k || q.Sentence != p.Sentence || q.Kind != quantity.Cardinal || unitName(q.Unit) != unitName(d.Unit) || isRatio(q) {
			continue
		}
		if x != nil || q.Range {
			return
		}
		x = q
	}
	if x == nil {
		return
	}
	dlo, dhi, ok1 := countBounds(d)
	xlo, xhi, ok2 := countBounds(x)
	plo, phi, ok3 := statedBounds(p, true)
	if !ok1 || !ok2 || !ok3 || dlo <= 0 || xlo <= 0 {
		return
	}
	// X no larger than D within their rounding: "X less D" may be any
	// share at all, and rules nothing out.
	if xlo <= dhi {
		return
	}
	fits := func(lo, hi float64) bool { return hi >= plo && lo <= phi }
	// D over X as it stands, X less D, and X plus D; each an interval
	// of the written figures' rounding.
	if fits(100*dlo/xhi, 100*dhi/xlo) || fits(100*dlo/(xhi-dlo), 100*dhi/(xlo-dhi)) || fits(100*dlo/(xhi+dhi), 100*dhi/(xlo+dlo)) {
		return
	}
	// One decimal more than the share written, so that a reader sees
	// why a whole-number share fits neither.
	digits := max(decimalsOf(p.Step), 0) + 1
	old := formatNumber(100*d.Value/(x.Value-d.Value), digits) + "%"
	msg := fmt.Sprintf("%s is %s%% of %s, or %s of %s less it, not %s", spanText(a, d.Span), formatNumber(100*d.Value/x.Value, digits), spanText(a, x.Span), old, spanText(a, x.Span), spanText(a, p.Span))
	rep.Report(r, document.Span{Start: p.Span.Start, End: p.Span.End}, msg,
		[]diag.Related{{Location: rep.At(d.Span), Message: "the change"}, {Location: rep.At(x.Span), Message: "the figure it changes"}}, nil)
}
