package rules_test

import (
	"strings"
	"testing"
)

// TestConversionUnits checks units the pack reads only in some spellings:
// "US gallons" is the US gallon, and "in" glued to a number is inches
// while "in" spaced after a number stays a preposition; square feet and
// square yards are areas. A volume, a length or an area restated in them
// is then checked like any other.
func TestConversionUnits(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return check(t, conversionPack, "a.txt", text)
	}, []conversionCase{
		{"Each tank holds 40 litres (10.6 US gallons) of water.", ""},
		{"Each tank holds 40 litres (16.6 US gallons) of water.", "fact.conversion: 40 litres is about 10.6 US gallons"},
		// "US" as a country after a figure is not a unit.
		{"Each tank holds 40 litres, and 12 US states ration water.", ""},
		{"The hail stones were 5cm (2in) across.", ""},
		{"The hail stones were 5cm (7in) across.", "fact.conversion: 5cm is about 2in, not 7in"},
		// "in" as a preposition, spaced, inside or after brackets.
		{"The hail stones were 5cm (in 2019) across.", ""},
		{"The hail lay 5cm in places (7 in all).", ""},
		// A size given as a pair of dimensions is restated member by
		// member: the first converted figure is the first member's.
		{"The rug is 150cm by 300cm, or five feet by ten, and blue.", ""},
		{"The rug is 150cm by 300cm (5ft by 10ft) and blue.", ""},
		{"The rug is 150cm by 300cm, or five feet by twelve, and blue.", "fact.conversion: 300cm is about 9.8, not twelve"},
		{"The rug is 150cm by 300cm, or eight feet by ten, and blue.", "fact.conversion: 150cm is about 4.9 feet, not eight feet"},
		// Not a pair: "by" after the conversion only.
		{"The river rose 300cm, or ten feet by noon.", ""},
		{"The river rose 300cm, or five feet by noon.", "fact.conversion: 300cm is about 9.8 feet, not five feet"},
		// A conversion after "that's" or "that is" is one, as one in
		// brackets is.
		{"The kiln reached 950C, that's 1,742F, on its last firing.", ""},
		{"The kiln reached 950C, that's 1,724F, on its last firing.", "fact.conversion: 950C is about 1742F, not 1,724F"},
		{"The kiln reached 950C, that is 1,724F, on its last firing.", "fact.conversion: 950C is about 1742F, not 1,724F"},
		// Floor areas in square feet and yards, spelled out or short.
		{"The depot covers 4,300 square metres (46,285 square feet).", ""},
		{"The depot covers 4,300 square metres (36,285 square feet).", "fact.conversion: 4,300 square metres is about 46,285 square feet, not 36,285 square feet"},
		{"The depot covers 4,300 sq m (46,300 sq ft) in all.", ""},
		{"The depot covers 4,300 m² (64,300 sq ft) in all.", "fact.conversion: 4,300 m² is about 46,285 sq ft, not 64,300 sq ft"},
		// A converted figure hedged at three significant digits is
		// held to half the hedge's tolerance.
		{"The depot covers 4,300 square metres (about 46,300 square feet).", ""},
		{"The depot covers 4,300 square metres (about 50,300 square feet).", "fact.conversion: 4,300 square metres is about 46,285 square feet, not about 50,300 square feet"},
		{"The lawn is 900 square yards (750 square metres).", ""},
		{"The lawn is 900 square yards (570 square metres).", "fact.conversion: 900 square yards is about 753 square metres, not 570 square metres"},
	})
}

// conversionPack is fact.conversion alone, as the pack configures it.
const conversionPack = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
`

// conversionCase is one sentence and a part of the one finding it gets,
// "" for none.
type conversionCase struct {
	text string
	want string
}

// checkConversionCases runs each case's text through run and checks it
// gets no finding, or exactly one containing want.
func checkConversionCases(t *testing.T, run func(t *testing.T, text string) []string, cases []conversionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			got := run(t, tc.text)
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
