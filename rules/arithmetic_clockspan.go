package rules

import (
	"fmt"
	"math"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
)

// checkClockSpan checks a sentence that gives two local times of day and,
// after the first, one duration to the minute: "left the quay at 6.05am
// and docked at 9.50am, after a crossing of 3 hours 45 minutes". The
// duration is the time between them; a slip in any of the three breaks
// the sum. Only a duration of hours and minutes, neither a whole number
// of hours nor qualified, is read: "about three hours" or "nine hours"
// is rounded as copy rounds, and a sentence with a third time or a
// second duration may tie the duration to another pair. Times in that
// order that cross midnight are left alone.
func (r *arithmeticRule) checkClockSpan(a *Article, rep *Reporter, qs []quantity.Quantity, i int) {
	d := &qs[i]
	if d.Range || d.Words || d.Qualifier != nil || d.List > 0 || d.Unit.Factor <= 0 {
		return
	}
	// Written to the minute in figures: "4 hours 22 minutes", "262
	// minutes", not "six and a quarter hours" (above) or "6.25 hours".
	if d.Step <= 0 || d.Step*d.Unit.Factor > 60.5 {
		return
	}
	mins := math.Round(d.Value * d.Unit.Factor / 60)
	if math.Mod(mins, 60) == 0 || mins < 60 || mins >= 24*60 {
		return
	}
	// The sentence's quantities stand together, in the order of the text.
	lo, hi := i, i+1
	for lo > 0 && qs[lo-1].Sentence == d.Sentence {
		lo--
	}
	for hi < len(qs) && qs[hi].Sentence == d.Sentence {
		hi++
	}
	var times [2]*quantity.Quantity
	n := 0
	for k := lo; k < hi; k++ {
		q := &qs[k]
		if k == i || q.Unit == nil {
			continue
		}
		switch {
		case q.Unit == quantity.TimeOfDay:
			if n == len(times) || q.Range || q.Qualifier != nil || q.Kind != quantity.Cardinal {
				return
			}
			times[n] = q
			n++
		case q.Unit.Dimension == durationKey:
			return
		}
	}
	if n != len(times) || d.Span.Start < times[0].Span.End {
		return
	}
	between := times[1].Value - times[0].Value
	if between <= 0 || math.Abs(between-mins) < 0.5 {
		return
	}
	msg := fmt.Sprintf("%s is not the time from %s to %s, %s", spanText(a, d.Span), spanText(a, times[0].Span), spanText(a, times[1].Span), hoursMinutes(between))
	rep.Report(r, document.Span{Start: d.Span.Start, End: d.Span.End}, msg,
		[]diag.Related{{Location: rep.At(times[0].Span), Message: "from"}, {Location: rep.At(times[1].Span), Message: "to"}}, nil)
}

// hoursMinutes writes a whole number of minutes as hours and minutes:
// "4 hours 31 minutes", "1 hour 5 minutes".
func hoursMinutes(mins float64) string {
	h, m := int(mins)/60, int(mins)%60
	hs, ms := "hours", "minutes"
	if h == 1 {
		hs = "hour"
	}
	if m == 1 {
		ms = "minute"
	}
	return fmt.Sprintf("%d %s %d %s", h, hs, m, ms)
}
