package rules

import (
	"math"

	"github.com/factlint/factlint/checker/diag"
)

// The span comparison of fact.date: a duration of the clock written in
// figures ("held under for 163 minutes", "stalled 317 seconds into the
// climb"). Outlets give the length of one moment of a story in
// sentences of no word in common ("they waited for 163 minutes", "the
// divers were under for 163 minutes"), where the comparison of
// figures finds nothing to tie them. As for a minute of the clock
// (onlySwap), the slip of the pen least likely to be another length of
// the story is its digits swapped: two outlets that give one duration
// oppose a third that gives it with two digits swapped, whatever their
// words, when no article of the story gives another duration of that
// unit and as many digits.

// spanPrefix starts the key of a duration claim; the unit's name
// follows it.
const spanPrefix = "date:span|"

// spanLabel names the fact in messages.
const spanLabel = "duration"

// headlineRole is the Role of a duration claim of the article's
// headline (headlineEnd): it gives the story's main length, and the
// body's swapped figure is the slip (endSpan).
const headlineRole = -5

// spanUnit returns the key of the claims of a duration of unit name,
// or false for a unit not compared. The units compared are a moment's
// length in seconds, minutes or hours; days and longer are terms, ages
// and waits, which a story gives several of. Each key is a constant,
// not made per figure, and a switch on the name hashes nothing.
func spanUnit(name string) (string, bool) {
	switch name {
	case "s":
		return spanPrefix + "s", true
	case "min":
		return spanPrefix + "min", true
	case "h":
		return spanPrefix + "h", true
	}
	return "", false
}

// isSpanKey reports the key of a duration claim.
func isSpanKey(key string) bool {
	return len(key) > len(spanPrefix) && key[:len(spanPrefix)] == spanPrefix
}

// spanCompound is the key of a duration written in parts or to a finer
// unit than its own ("2 hours 43 minutes", "two hours and 43 minutes"):
// such a claim holds its seconds, and Years its precision in seconds. It
// is never judged; it supports or opposes a figure of one unit by its
// value in that unit (spanIn).
const spanCompound = spanPrefix + "+"

// spanFactor is the seconds of the unit of a duration claim of one unit.
func spanFactor(key string) float64 {
	switch key {
	case spanPrefix + "h":
		return 3600
	case spanPrefix + "min":
		return 60
	}
	return 1
}

// spanClaims returns out with a claim for each duration of the article
// written as one whole number in figures, of two digits or more, in
// seconds, minutes or hours, with no range: "163 minutes", "a 35-minute
// wait"; and one (spanCompound) for each written in parts to the minute
// or the second ("2 hours 43 minutes", "two hours and 43 minutes").
// A duration in one unit in words ("nine hours") is left out: its digits
// are not a figure's.
func spanClaims(out []claim, a *Article) []claim {
	if a.Units == nil {
		return out
	}
	head := -1
	qs := a.Quantities()
	for i := range qs {
		q := &qs[i] // not copied: a quantity is 150 bytes and most are no duration
		if q.Unit == nil || q.Unit.Dimension != durationKey || q.Range {
			continue
		}
		key, ok := spanUnit(q.Unit.Name)
		if !ok {
			continue
		}
		v := q.Value
		var prec []float64
		if p := math.Round(q.Step * q.Unit.Factor); p < q.Unit.Factor && (p == 1 || p == 60) && math.Abs(q.Step*q.Unit.Factor-p) < 1e-6 {
			// Written in parts, to the minute or the second.
			key, v, prec = spanCompound, math.Round(q.Value*q.Unit.Factor), []float64{p}
		} else if q.Words || q.Value < 10 || q.Value != float64(int(q.Value)) || q.Step != 1 || !allDigits(a.Doc.Text[q.Number.Start:q.Number.End]) {
			continue
		}
		if head < 0 {
			head = headlineEnd(a.Doc.Text)
		}
		c := claim{
			Key:   key,
			Label: spanLabel,
			Loc:   diag.At(a.Doc, q.Span),
			Shown: spanText(a, q.Span),
			Q:     figure{Value: v, High: v},
			Years: prec,
			Role:  -1,
		}
		if q.Span.End <= head {
			c.Role = headlineRole
		}
		out = append(out, c)
	}
	return out
}

// allDigits reports a number written in digits alone.
func allDigits(num string) bool {
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return num != ""
}

// spanIn returns the value of duration claim y in the unit of x, a claim
// of one unit: y's own of x's unit, or a compound's that is a whole
// number of that unit, written to it at least as finely; false for any
// other.
func spanIn(y, x *claim) (float64, bool) {
	if y.Key == x.Key {
		return y.Q.Value, true
	}
	if y.Key != spanCompound || len(y.Years) != 1 {
		return 0, false
	}
	f := spanFactor(x.Key)
	v := y.Q.Value / f
	if y.Years[0] > f || v != math.Trunc(v) {
		return 0, false
	}
	return v, true
}

// compareSpans reports the durations that the story gives with two
// digits swapped (spanOpponents).
func (r *dateFactsRule) compareSpans(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 3, spanOpponents, func(x *claim) bool { return x.Key != spanCompound }, func(x *claim) string { return x.Shown }, rep)
}

// spanOpponents returns the articles that give x's duration, in x's
// unit or in parts that make a whole number of it (spanIn), with two of
// its digits swapped (digitSwap), each with its claim, when two of them
// do, no article of the story gives x's figure, and no article gives
// another duration of x's unit and as many digits; x's own article
// gives neither the others' figure nor another such duration, but in its
// headline, which restates the story's length.
func spanOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	if spanWhole(x.Key, x.Q.Value) {
		return nil, nil, false
	}
	t := opponentTest{kind: spanWalk}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighSpan is spanOpponents' test of a claim of x's unit and digits
// (spanIn): x's figure ends the walk, and so does another figure of x's
// unit than x's swapped, or one than the opponents' so far; x's figure
// swapped opposes x.
func (t *opponentTest) weighSpan(x, y *claim) (verdict, int) {
	v, ok := spanIn(y, x)
	switch {
	case !ok || !sameDigits(x.Q.Value, v):
		return pass, 0
	case v == x.Q.Value:
		return stops, 0
	case spanWhole(x.Key, v):
		return pass, 0
	case !digitSwap(x.Q.Value, v):
		if y.Key == x.Key {
			return stops, 0
		}
		return pass, 0
	case t.other != nil && v != t.value:
		return stops, 0
	}
	return opposes, 1
}

// takeSpan is spanOpponents' test of an article: its claim opposes x,
// and its figure in x's unit (value) is the opponents'.
func (t *opponentTest) takeSpan(x *claim, ya int, b *articleBest) bool {
	if b.best != nil {
		t.other = b.best
		t.value, _ = spanIn(b.best, x)
		t.add(ya, b.best)
	}
	return true
}

// endSpan is spanOpponents' test of the end: two opponents, and x's own
// article, own, gives no other duration of x's unit and digits, nor the
// others' figure in other words, but the others' figure in its headline.
func (t *opponentTest) endSpan(x *claim, own []claim) bool {
	if len(t.order) < 2 {
		return false
	}
	for k := range own {
		y := &own[k]
		v, ok := spanIn(y, x)
		if y.Loc == x.Loc || !ok || v == x.Q.Value || !sameDigits(x.Q.Value, v) || y.Key != x.Key && v != t.value {
			continue
		}
		if y.Role != headlineRole || v != t.value {
			return false
		}
	}
	return true
}

// spanWhole reports a duration of a whole number of the next unit up,
// in the unit of key: hours of whole days ("24 hours", "the first 72
// hours"), minutes or seconds of whole hours or minutes ("120 minutes",
// "60 seconds"). Copy uses such figures as set phrases of a span ("in
// the past 24 hours") more often than as a length measured, so they
// neither oppose nor are judged.
func spanWhole(key string, v float64) bool {
	per := 60
	if key == spanPrefix+"h" {
		per = 24
	}
	return int(v)%per == 0
}

// sameDigits reports whether two whole numbers have as many digits.
func sameDigits(x, y float64) bool {
	n, m := int(x), int(y)
	for n > 0 && m > 0 {
		n, m = n/10, m/10
	}
	return n == 0 && m == 0
}

// digitSwap reports whether two different whole numbers of as many
// digits are the same digits with two of them swapped ("163" and "136",
// "35" and "53").
func digitSwap(x, y float64) bool {
	n, m := int(x), int(y)
	var d [2][2]int
	k := 0
	for n > 0 || m > 0 {
		if n%10 != m%10 {
			if k == 2 {
				return false
			}
			d[k] = [2]int{n % 10, m % 10}
			k++
		}
		n, m = n/10, m/10
	}
	return k == 2 && d[0][0] == d[1][1] && d[0][1] == d[1][0]
}
