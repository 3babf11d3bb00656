package quantity

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestExactDigitsValue checks the exact path of digitsValue against
// strconv.ParseFloat, which it replaces for short numbers, bit for bit:
// random numbers of 1 to 17 digits, with and without thousands commas
// and decimals, times powers of ten from -3 to 25, and the edges.
func TestExactDigitsValue(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0", "0.0", "1", "5", "9.99", "999,999,999,999,999", "123456789012345", "1234567890123456", "0.000000000000001", "4,503,599,627,370,495", "1.5", "12.75", "1,500", "1,500.25"}
	for range 20000 {
		n := 1 + r.IntN(17)
		var b strings.Builder
		b.WriteByte(byte('1' + r.IntN(9)))
		for range n - 1 {
			b.WriteByte(byte('0' + r.IntN(10)))
		}
		s := b.String()
		if r.IntN(2) == 0 && len(s) > 1 {
			k := 1 + r.IntN(len(s)-1)
			s = s[:k] + "." + s[k:]
		} else if r.IntN(2) == 0 {
			// thousands commas
			var c strings.Builder
			for i := range len(s) {
				if i > 0 && (len(s)-i)%3 == 0 {
					c.WriteByte(',')
				}
				c.WriteByte(s[i])
			}
			s = c.String()
		}
		cases = append(cases, s)
	}
	fast := 0
	for _, s := range cases {
		d, ok := scanDigits(s)
		if !ok {
			t.Fatalf("scanDigits(%q) failed", s)
		}
		for exp := -3; exp <= 25; exp++ {
			want, wok := parseDigits(s, d, exp)
			got, gok := digitsValue(s, d, exp)
			if gok != wok || math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("digitsValue(%q, e%d) = %v, %v; ParseFloat gives %v, %v", s, exp, strconv.FormatFloat(got, 'g', -1, 64), gok, strconv.FormatFloat(want, 'g', -1, 64), wok)
			}
			if _, ok := exactDigitsValue(s, d, exp); ok {
				fast++
			}
		}
	}
	if fast < len(cases) {
		t.Fatalf("the exact path took only %d of %d numbers and powers", fast, 29*len(cases))
	}
}

// TestScanDigitsPlaces pins the place of the last non-zero digit, which
// scanDigits finds in the same pass as it checks the digits.
func TestScanDigitsPlaces(t *testing.T) {
	for _, c := range []struct {
		s         string
		nz        bool
		exp       int
		digit     byte
		leading   bool
		intLen    int
		decimals  int
		leadZeros bool
	}{
		{"0", false, 0, 0, false, 1, 0, false},
		{"0.0", false, 0, 0, false, 1, 1, false},
		{"7", true, 0, '7', true, 1, 0, false},
		{"85", true, 0, '5', false, 2, 0, false},
		{"150", true, 1, '5', false, 3, 0, false},
		{"100", true, 2, '1', true, 3, 0, false},
		{"1,500", true, 2, '5', false, 4, 0, false},
		{"1,000", true, 3, '1', true, 4, 0, false},
		{"0.5", true, -1, '5', true, 1, 1, false},
		{"1.05", true, -2, '5', false, 1, 2, false},
		{"2,050.30", true, -1, '3', false, 4, 2, false},
		{"020", true, 1, '2', true, 3, 0, true},
	} {
		d, ok := scanDigits(c.s)
		if !ok {
			t.Fatalf("scanDigits(%q) failed", c.s)
		}
		if d.nz != c.nz || d.nz && (d.nzExp != c.exp || d.nzDigit != c.digit || d.nzLeading != c.leading) ||
			d.intLen != c.intLen || d.decimals != c.decimals || d.leadingZero != c.leadZeros {
			t.Errorf("scanDigits(%q) = %+v", c.s, d)
		}
	}
}
