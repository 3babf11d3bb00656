package quantity

import (
	"math"
	"strings"
	"testing"
)

// FuzzNumber checks the digit-number parser on any string: it never
// panics, accepts only digits with well-placed commas and one point, and
// gives a finite value with a positive step no larger than its rounding.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{"0", "020", "1,500", "1,500.25", "1.5", "1,50", "1.2.3", "85", "150",
		"99999999999999999999999", "1" + strings.Repeat("0", 400), "0." + strings.Repeat("0", 400) + "1", ",", ".", "1.", "١٢"} {
		f.Add(s, 0)
		f.Add(s, 9)
	}
	f.Fuzz(func(t *testing.T, s string, exp int) {
		exp %= 400 // the exponents of written numbers ("bn", "trillion") are small
		d, ok := scanDigits(s)
		if !ok {
			return
		}
		if strings.Trim(s, "0123456789,.") != "" || strings.Count(s, ".") > 1 {
			t.Fatalf("scanDigits accepted %q", s)
		}
		v, ok := digitsValue(s, d, exp)
		if !ok {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("digitsValue(%q, %d) = %v", s, exp, v)
		}
		step, round := digitsPrecision(d, exp)
		if math.IsNaN(step) || math.IsNaN(round) || !(step >= 0) || !(round >= step) {
			t.Fatalf("digitsPrecision(%q, %d) = %v, %v", s, exp, step, round)
		}
	})
}
