package rules

import "github.com/factlint/factlint/checker/diag"

// The span comparison of fact.date: a duration of the clock written in
// figures ("stayed down for 148 minutes", "cut out 212 seconds into the
// flight"). Outlets give the length of one moment of a story in
// sentences of no word in common ("they stayed for 148 minutes", "the
// crew spent 148 minutes on the bottom"), where the comparison of
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

// spanUnits are the units of the durations compared: a moment's length
// in seconds, minutes or hours. Days and longer are terms, ages and
// waits, which a story gives several of.
var spanUnits = map[string]bool{"s": true, "min": true, "h": true}

// isSpanKey reports the key of a duration claim.
func isSpanKey(key string) bool {
	return len(key) > len(spanPrefix) && key[:len(spanPrefix)] == spanPrefix
}

// spanClaims returns out with a claim for each duration of the article
// written as one whole number in figures, of two digits or more, in
// seconds, minutes or hours, with no range: "148 minutes", "a 45-minute
// wait". A duration of several units ("4 hours 22 minutes") or in words
// is left out: its digits are not one figure's.
func spanClaims(out []claim, a *Article) []claim {
	if a.Units == nil {
		return out
	}
	head := -1
	for _, q := range a.Quantities() {
		if q.Unit == nil || q.Unit.Dimension != durationKey || !spanUnits[q.Unit.Name] || q.Range || q.Words ||
			q.Value < 10 || q.Value != float64(int(q.Value)) || q.Step != 1 {
			continue
		}
		num := a.Doc.Text[q.Number.Start:q.Number.End]
		digits := true
		for i := 0; i < len(num); i++ {
			digits = digits && num[i] >= '0' && num[i] <= '9'
		}
		if !digits {
			continue
		}
		if head < 0 {
			head = headlineEnd(a.Doc.Text)
		}
		c := claim{
			Key:   spanPrefix + q.Unit.Name,
			Label: spanLabel,
			Loc:   diag.At(a.Doc, q.Span),
			Shown: spanText(a, q.Span),
			Q:     figure{Value: q.Value, High: q.Value},
			Role:  -1,
		}
		if q.Span.End <= head {
			c.Role = headlineRole
		}
		out = append(out, c)
	}
	return out
}

// compareSpans reports the durations that the story gives with two
// digits swapped (spanOpponents).
func (r *dateFactsRule) compareSpans(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 3, spanOpponents, func(x *claim) bool { return true }, func(x *claim) string { return x.Shown }, rep)
}

// spanOpponents returns the articles that give x's duration, in x's
// unit, with two of its digits swapped (digitSwap), each with its claim,
// when two of them do, no article of the story gives x's figure, and no
// article gives another duration of x's unit and as many digits; x's
// own article gives neither the others' figure nor another such
// duration, but in its headline, which restates the story's length.
func spanOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	if spanWhole(x) {
		return nil, nil, false
	}
	t := opponentTest{kind: spanWalk}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighSpan is spanOpponents' test of a claim of x's unit and digits:
// x's figure ends the walk, and so does another figure than x's
// swapped, or than the opponents' so far; x's figure swapped opposes x.
func (t *opponentTest) weighSpan(x, y *claim) (verdict, int) {
	switch {
	case y.Key != x.Key || !sameDigits(x.Q.Value, y.Q.Value):
		return pass, 0
	case spanWhole(y) && y.Q.Value != x.Q.Value:
		return pass, 0
	case y.Q.Value == x.Q.Value || !digitSwap(x.Q.Value, y.Q.Value):
		return stops, 0
	case t.other != nil && y.Q.Value != t.other.Q.Value:
		return stops, 0
	}
	return opposes, 1
}

// takeSpan is spanOpponents' test of an article: its claim opposes x.
func (t *opponentTest) takeSpan(ya int, b *articleBest) bool {
	if b.best != nil {
		t.other = b.best
		t.add(ya, b.best)
	}
	return true
}

// endSpan is spanOpponents' test of the end: two opponents, and x's own
// article, own, gives no other duration of x's unit and digits, but the
// others' figure in its headline.
func (t *opponentTest) endSpan(x *claim, own []claim) bool {
	if len(t.order) < 2 {
		return false
	}
	for k := range own {
		y := &own[k]
		if y.Loc == x.Loc || y.Key != x.Key || y.Q.Value == x.Q.Value || !sameDigits(x.Q.Value, y.Q.Value) {
			continue
		}
		if y.Role != headlineRole || y.Q.Value != t.other.Q.Value {
			return false
		}
	}
	return true
}

// spanWhole reports a duration claim of a whole number of the next
// unit up: hours of whole days ("24 hours", "the first 72 hours"),
// minutes or seconds of whole hours or minutes ("120 minutes", "60
// seconds"). Copy uses such figures as set phrases of a span ("in the
// past 24 hours") more often than as a length measured, so they neither
// oppose nor are judged.
func spanWhole(x *claim) bool {
	per := 60
	if x.Key == spanPrefix+"h" {
		per = 24
	}
	return int(x.Q.Value)%per == 0
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
// digits are the same digits with two of them swapped ("148" and "184",
// "45" and "54").
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
