package rules_test

import (
	"strings"
	"testing"
)

// TestConversionUnits checks units the pack reads only in some spellings:
// "US gallons" is the US gallon, and "in" glued to a number is inches
// while "in" spaced after a number stays a preposition. A volume or a
// length restated in them is then checked like any other.
func TestConversionUnits(t *testing.T) {
	const pack = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
`
	for _, tc := range []struct {
		text string
		want string // a part of the one finding; "" for none
	}{
		{"Each tank holds 40 litres (10.6 US gallons) of water.", ""},
		{"Each tank holds 40 litres (16.6 US gallons) of water.", "fact.conversion: 40 litres is about 10.6 US gallons"},
		// "US" as a country after a figure is not a unit.
		{"Each tank holds 40 litres, and 12 US states ration water.", ""},
		{"The hail stones were 5cm (2in) across.", ""},
		{"The hail stones were 5cm (7in) across.", "fact.conversion: 5cm is about 2in, not 7in"},
		// "in" as a preposition, spaced, inside or after brackets.
		{"The hail stones were 5cm (in 2019) across.", ""},
		{"The hail lay 5cm in places (7 in all).", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := check(t, pack, "a.txt", tc.text)
			if tc.want == "" {
				expect(t, got)
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want) {
				t.Fatalf("got %q, want one finding containing %q", got, tc.want)
			}
		})
	}
}
