package rules_test

import (
	"strings"
	"testing"
)

// TestConversionUSGallons checks that "US gallons" is read as the US
// gallon, so a volume restated in it is checked like any other.
func TestConversionUSGallons(t *testing.T) {
	const pack = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
`
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Each tank holds 40 litres (10.6 US gallons) of water.", nil},
		{"Each tank holds 40 litres (16.6 US gallons) of water.", []string{"fact.conversion: 40 litres is about 10.6 US gallons"}},
		// "US" as a country after a figure is not a unit.
		{"Each tank holds 40 litres, and 12 US states ration water.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := check(t, pack, "a.txt", tc.text)
			if len(tc.want) == 0 {
				expect(t, got)
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want[0]) {
				t.Fatalf("got %q, want one finding containing %q", got, tc.want[0])
			}
		})
	}
}

// TestConversionGluedInches checks that "in" glued to a number is read
// as inches, while "in" spaced after a number stays a preposition.
func TestConversionGluedInches(t *testing.T) {
	const pack = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
`
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The hail stones were 5cm (2in) across.", nil},
		{"The hail stones were 5cm (7in) across.", []string{"fact.conversion: 5cm is about 2in, not 7in"}},
		// "in" as a preposition, spaced, inside or after brackets.
		{"The hail stones were 5cm (in 2019) across.", nil},
		{"The hail lay 5cm in places (7 in all).", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := check(t, pack, "a.txt", tc.text)
			if len(tc.want) == 0 {
				expect(t, got)
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want[0]) {
				t.Fatalf("got %q, want one finding containing %q", got, tc.want[0])
			}
		})
	}
}
