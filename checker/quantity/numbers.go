package quantity

import (
	"math"
	"strconv"
)

// digitsInfo describes a number written in digits.
type digitsInfo struct {
	// intLen and decimals count the digits before and after the point.
	intLen, decimals int
	// comma is true when thousands are separated ("1,500").
	comma bool
	// leadingZero is true for "020": a code or a time, not an amount.
	leadingZero bool
	// nz is true when a digit is not zero; nzExp is the power of ten of
	// the last non-zero digit, nzDigit that digit, and nzLeading tells
	// whether it is also the first non-zero digit.
	nz        bool
	nzExp     int
	nzDigit   byte
	nzLeading bool
}

// scanDigits checks s, ASCII digits with thousands commas and one decimal
// point ("1,500.25"), and describes it.
func scanDigits(s string) (d digitsInfo, ok bool) {
	if s == "" || !isDigit(s[0]) {
		return d, false
	}
	group, firstGroup, dot := 0, true, false
	// The last non-zero digit is found in the same pass, by its index
	// among the digits (nzIdx, -1 if none), and the first's (firstNZ):
	// its place is known once the digits before the point are counted.
	digitIdx, nzIdx, firstNZ, nzDigit := 0, -1, -1, byte(0)
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case isDigit(c):
			if c != '0' {
				if firstNZ < 0 {
					firstNZ = digitIdx
				}
				nzIdx, nzDigit = digitIdx, c
			}
			digitIdx++
			if dot {
				d.decimals++
			} else {
				d.intLen++
				group++
			}
		case c == ',':
			if dot || group == 0 || group > 3 || (!firstGroup && group != 3) {
				return d, false
			}
			firstGroup, group, d.comma = false, 0, true
		case c == '.':
			if dot || (d.comma && group != 3) {
				return d, false
			}
			dot = true
		default:
			return d, false
		}
	}
	if (d.comma && !dot && group != 3) || (dot && d.decimals == 0) {
		return d, false
	}
	d.leadingZero = d.intLen > 1 && s[0] == '0'
	if nzIdx >= 0 {
		// The k-th digit (from 0) is in the place of 10**(intLen-1-k).
		d.nz, d.nzExp, d.nzDigit, d.nzLeading = true, d.intLen-1-nzIdx, nzDigit, nzIdx == firstNZ
	}
	return d, true
}

// digitsValue parses s, described by d, times 10**exp.
func digitsValue(s string, d digitsInfo, exp int) (float64, bool) {
	if v, ok := exactDigitsValue(s, d, exp); ok {
		return v, true
	}
	return parseDigits(s, d, exp)
}

// exactPow10 are the powers of ten that a float64 holds exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// exactDigitsValue is digitsValue for numbers of up to 15 digits whose
// power of ten (exp less the decimals) is within 22: their digits, read
// as an integer, are exact in a float64, and so is the power of ten, so
// one multiplication or division rounds as strconv.ParseFloat does (its
// own exact path, for the same numbers). It reads the digits in place:
// ParseFloat was a tenth of extraction, and a number with commas or a
// scale word was copied first. ok is false for other numbers.
func exactDigitsValue(s string, d digitsInfo, exp int) (float64, bool) {
	if d.intLen+d.decimals > 15 {
		return 0, false
	}
	p := exp - d.decimals
	if p < -22 || p > 22 {
		return 0, false
	}
	var m uint64
	for k := 0; k < len(s); k++ {
		if c := s[k]; isDigit(c) {
			m = m*10 + uint64(c-'0')
		}
	}
	if p < 0 {
		return float64(m) / exactPow10[-p], true
	}
	return float64(m) * exactPow10[p], true
}

// parseDigits is digitsValue by strconv.ParseFloat.
func parseDigits(s string, d digitsInfo, exp int) (float64, bool) {
	var v float64
	var err error
	if !d.comma && exp == 0 {
		v, err = strconv.ParseFloat(s, 64)
	} else {
		b := make([]byte, 0, len(s)+8)
		for k := 0; k < len(s); k++ {
			if s[k] != ',' {
				b = append(b, s[k])
			}
		}
		if exp != 0 {
			b = append(b, 'e')
			b = strconv.AppendInt(b, int64(exp), 10)
		}
		v, err = strconv.ParseFloat(string(b), 64)
	}
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// digitsPrecision returns the Step and Round of a number written in digits
// as d describes, times 10**exp. Round is the place value of the last
// non-zero digit; a final 5 that is not the leading digit counts half in
// the units and tens places, where copy rounds to fives ("85" is 5, "150"
// is 50), but not further ("1,500" is 100, "1.5" is 0.1).
func digitsPrecision(d digitsInfo, exp int) (step, round float64) {
	step = math.Pow10(exp - d.decimals)
	if !d.nz {
		return step, step
	}
	round = math.Pow10(d.nzExp + exp)
	if d.nzDigit == '5' && !d.nzLeading && (d.nzExp == 0 || d.nzExp == 1) {
		round = 5 * math.Pow10(d.nzExp+exp)
	}
	return step, max(round, step)
}

// wordsRound returns the Round of a whole number written in words ("one
// hundred and fifty" is 50), never less than step.
func wordsRound(v, step float64) float64 {
	if v < 1 || v >= 1e18 || v != math.Trunc(v) {
		return step
	}
	n := uint64(v)
	exp := 0
	for n%10 == 0 {
		n /= 10
		exp++
	}
	r := math.Pow10(exp)
	if n%10 == 5 && n >= 10 && exp <= 1 {
		r *= 5
	}
	return max(r, step)
}

// numReading is what digits reads of a number's spelling alone, kept
// per spelling (numMemo): whether it is a number (ok), its digits (d:
// only intLen, decimals, comma and leadingZero are kept; a number read
// with a scale word after it is scanned again) and, with no scale
// word, its value (vok) and precision.
type numReading struct {
	x               uint64
	v, step, round  float64
	intLen, decimal uint8
	comma, zero     bool
	ok, vok         bool
}

// numMemo holds the readings of the numbers of at most 8 bytes an
// extraction met, keyed by the spelling packed in a word (little
// endian; a number holds no zero byte, so the packed bytes tell the
// length and x 0 is an empty slot), in an open-addressed table. A
// number's digits, value and precision depend on its bytes alone, and
// copy repeats its numbers (years, small counts, the same figure in
// every article of a story): most numbers are read in a look-up, not
// scanned, parsed and weighed again. It is pooled with the wordInfo
// and never emptied but when full.
type numMemo struct {
	slot []numReading
	n    int
}

const (
	// numSlots is the size of a numMemo's table (a power of two),
	// numFull how many readings it holds before it is emptied.
	numSlots = 1 << 12
	numFull  = numSlots / 2
)

// numHash picks the first slot of a packed spelling.
func numHash(x uint64) uint64 { return (x * 0x9e3779b97f4a7c15) >> 40 }

// readNum reads the number s as digits would: its digits, and at no
// scale its value and precision.
func readNum(s string) numReading {
	d, ok := scanDigits(s)
	r := numReading{ok: ok, intLen: uint8(min(d.intLen, 255)), decimal: uint8(min(d.decimals, 255)), comma: d.comma, zero: d.leadingZero}
	if ok && !d.leadingZero {
		r.v, r.vok = digitsValue(s, d, 0)
		r.step, r.round = digitsPrecision(d, 0)
	}
	return r
}

// read returns the reading of the number s, packed in x (0 when s has
// more than 8 bytes), from the table or read and kept; a memo with no
// table (the parser's own, when the text's words are not numbered)
// or none (nil) keeps nothing. The result is valid until the next call.
func (m *numMemo) read(s string, x uint64, scratch *numReading) *numReading {
	if x == 0 || m == nil || m.slot == nil {
		*scratch = readNum(s)
		return scratch
	}
	i := numHash(x) & (numSlots - 1)
	for m.slot[i].x != x {
		if m.slot[i].x == 0 {
			if m.n >= numFull {
				clear(m.slot)
				m.n = 0
				i = numHash(x) & (numSlots - 1)
			}
			r := readNum(s)
			r.x = x
			m.slot[i] = r
			m.n++
			return &m.slot[i]
		}
		i = (i + 1) & (numSlots - 1)
	}
	return &m.slot[i]
}
