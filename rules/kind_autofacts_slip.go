package rules

import (
	"math"

	"github.com/factlint/factlint/checker/quantity"
)

// A desk's commonest slip of a figure is one of the pen: two digits
// swapped ("14,280" for "14,820", "436" for "463") or one digit of a
// precise figure changed ("14,860"). Two outlets' claims of one key
// whose figures, in one unit, are such a slip of each other are more
// likely one fact written twice than two facts: two different facts of
// one story rarely share all their digits but one or two. So a slip is
// a point of evidence in match, as a shared word is; it never decides
// alone (minScore is 2), so the claims still need one more point: each
// the only claim of its key in its article, or a shared word.
//
// Only figures that a slip cannot reach by chance count: a swap needs a
// figure of three digits or more ("12" and "21" hours are often two
// spans), and a changed digit a figure of three significant digits or
// more ("1,500" and "1,800" jobs are two round figures, often two
// facts).

// figureSlip reports whether x and y, in one unit, are whole numbers
// whose digits are one slip of the pen apart: the same digits with two
// adjacent ones swapped, or the same number of digits with one changed
// where the figure has at least three significant digits.
func figureSlip(x, y *figure) bool {
	if x.Unit != y.Unit || x.Value == y.Value || x.High != x.Value || y.High != y.Value {
		return false
	}
	var ra, rb [maxSlipDigits]byte
	a, okA := slipDigits(&ra, x.Value)
	b, okB := slipDigits(&rb, y.Value)
	if !okA || !okB || len(a) != len(b) || len(a) < 3 {
		return false
	}
	first := -1
	diffs := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if first < 0 {
				first = i
			}
			diffs++
		}
	}
	switch diffs {
	case 1:
		return significantDigits(a) >= 3 && significantDigits(b) >= 3
	case 2:
		// The two differences are adjacent and swapped.
		return first+1 < len(a) && a[first] == b[first+1] && a[first+1] == b[first]
	}
	return false
}

// maxSlipDigits bounds the digits of a figure figureSlip reads.
const maxSlipDigits = 15

// slipDigits writes into room the decimal digits of v, a positive whole
// number of at most maxSlipDigits digits ("4.15" million as 4150000),
// and returns them, or false for any other value. It allocates nothing:
// match asks it of many pairs.
func slipDigits(room *[maxSlipDigits]byte, v float64) ([]byte, bool) {
	if v < 1 || v >= 1e15 || v != math.Trunc(v) {
		return nil, false
	}
	n := int64(v)
	i := len(room)
	for n > 0 {
		i--
		room[i] = byte('0' + n%10)
		n /= 10
	}
	return room[i:], true
}

// significantDigits counts the digits of s before its trailing zeros.
func significantDigits(s []byte) int {
	n := len(s)
	for n > 0 && s[n-1] == '0' {
		n--
	}
	return n
}

// A time written in parts ("19 days, 6 hours, 41 minutes and 12
// seconds", "31 days, 2 hours and 9 minutes") is as precise a figure
// as one of many digits, and its parts are its digits: two outlets'
// times of one key that agree in every part but one, written in the
// same units, are one time with a part mistyped more likely than two
// times. The last part does not count as the one that differs: the
// times of a race or a list of records often share their first parts
// and differ in their last ("3 hours 12 minutes 40 seconds", "3 hours 12
// minutes 58 seconds"), while two of them that agree in the last part
// and in all but one before it rarely are two facts.

// minSlipParts is the fewest parts a time must be written in for a
// part that differs to count as a slip: with two, one part differing is
// half the figure.
const minSlipParts = 3

// partSlip reports whether x and y, durations written in the same
// units, differ in exactly one of their parts, not the last; units are
// the rule set's units of duration, largest first.
func partSlip(x, y *figure, units []*quantity.Unit) bool {
	if x.Unit == nil || x.Unit != y.Unit || x.Unit.Dimension != durationKey || x.Value == y.Value ||
		x.High != x.Value || y.High != y.Value || x.Step != y.Step || !(x.Step < 1) {
		return false
	}
	var px, py [maxSlipParts]int64
	a, okA := durationParts(&px, x, units)
	b, okB := durationParts(&py, y, units)
	if !okA || !okB || len(a) != len(b) || len(a) < minSlipParts || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	diffs := 0
	for i := range a {
		if a[i] != b[i] {
			diffs++
		}
	}
	return diffs == 1
}

// maxSlipParts bounds the parts of a time partSlip reads.
const maxSlipParts = 8

// durationParts writes into room the parts of the duration f, in each
// unit of units (largest first) from f's own down to the unit of its
// last digit (f.Step, in f's unit), each the whole number of its unit
// left after the larger parts, and returns them; false when the step is
// no unit of the table's or a part is not whole.
func durationParts(room *[maxSlipParts]int64, f *figure, units []*quantity.Unit) ([]int64, bool) {
	first := f.Unit.Factor
	last := f.Step * first
	rem := f.Value * first
	n := 0
	lastFactor := 0.0
	for _, u := range units {
		if u.Factor > first*(1+1e-9) {
			continue
		}
		if u.Factor < last*(1-1e-9) {
			break
		}
		if n == len(room) {
			return nil, false
		}
		lastFactor = u.Factor
		p := math.Floor(rem/u.Factor + 1e-6)
		room[n] = int64(p)
		n++
		rem -= p * u.Factor
	}
	// The last unit read is the step's, and nothing is left over.
	if n == 0 || math.Abs(lastFactor-last) > last*1e-9 || math.Abs(rem) > last*1e-6 {
		return nil, false
	}
	return room[:n], true
}

// statesFigure reports whether the article of anchors states x's figure
// elsewhere (states), where a time written in parts is stated only as
// finely as it is written: "nineteen days" in an article's lead does
// not state another outlet's "19 days, 5 hours and 37 minutes" (it
// rounds the same time), and so does not make the two outlets' times in
// parts two facts.
func statesFigure(anchors []anchor, x *claim) bool {
	if inParts(&x.Q) {
		return statesAsFinely(anchors, x)
	}
	return states(anchors, x)
}

// inParts reports whether f is a duration written finer than its unit,
// as a time in parts is ("5 hours and 37 minutes", in hours, has a
// step of a minute).
func inParts(f *figure) bool {
	return f.Unit != nil && f.Unit.Dimension == durationKey && f.Step > 0 && f.Step < 1
}
