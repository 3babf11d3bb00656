package rules

import "math"

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
