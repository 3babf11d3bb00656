package rules

import (
	"strings"
	"testing"
)

// TestMeasureInAUnitOfTwoMeasures checks that a figure in a unit whose
// words name two measures ("gallons", imperial in British copy, US in
// American) is compared with another unit's figure in either: 340
// litres are 75 imperial gallons and 90 US ones. A figure that fits
// neither is reported.
func TestMeasureInAUnitOfTwoMeasures(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	first := "The old boiler at the mill used 340 litres of heating oil a day, the owners said."
	for _, tc := range []struct {
		name, third string
		want        bool
	}{
		{"imperial gallons: silent", "The old boiler at the mill used 75 gallons of heating oil a day, the owners said.", false},
		{"US gallons: silent", "The old boiler at the mill used 90 gallons of heating oil a day, the owners said.", false},
		{"neither: kept", "The old boiler at the mill used 57 gallons of heating oil a day, the owners said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{first, first, tc.third}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
