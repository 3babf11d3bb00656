package rules

import (
	"fmt"
	"math"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/internal/tomlx"
)

// conversionRule checks a figure restated in other units in the same
// article: "80 km/h (50mph)" passes, "80 km/h (60 mph)" is reported with
// the right conversion. A converted figure may be rounded to its last
// non-zero digit ("160 km (100 miles)").
type conversionRule struct {
	info Info
}

func newConversionRule(t *tomlx.Table, info Info) (Rule, error) {
	var c Common
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c)
	return &conversionRule{info: info}, nil
}

func (r *conversionRule) Info() *Info { return &r.info }

func (r *conversionRule) Check(a *Article, rep *Reporter) any {
	qs := a.Quantities()
	for j, i := range a.Conversions() {
		if i < 0 {
			continue
		}
		from, to := &qs[i], &qs[j]
		// The figure converted is taken as written; the conversion may
		// be rounded.
		want := from.Interval(quantity.Strict).ToBase(from.Unit)
		got := to.Interval(quantity.Rounded).ToBase(to.Unit)
		if want.Overlaps(got) {
			continue
		}
		conv := func(v float64) float64 { return to.Unit.FromBase(from.Unit.ToBase(v)) }
		decimals := decimalsOf(to.Step)
		// Two significant digits at least: 8 furlongs are 1.6 km, not 2.
		if v := math.Abs(conv(from.Value)); v < 10 && decimals < 1 {
			decimals = 1
			if v < 1 {
				decimals = 2
			}
		}
		right := formatNumber(conv(from.Value), decimals)
		if from.Range {
			right += "-" + formatNumber(conv(from.High), decimals)
		}
		text := a.Doc.Text
		written := spanText(a, to.Span)
		prefix, unit := text[to.Span.Start:to.Number.Start], text[to.Number.End:to.Span.End]
		fixed := prefix + right + unit
		msg := fmt.Sprintf("%s is about %s%s, not %s", spanText(a, from.Span), right, unit, written)
		var fix *diag.Fix
		if !from.Range && !to.Range {
			fix = &diag.Fix{Replacement: fixed}
		}
		rep.Report(r, document.Span{Start: to.Span.Start, End: to.Span.End}, msg,
			[]diag.Related{{Location: rep.At(from.Span), Message: "the figure converted"}}, fix)
	}
	return nil
}
