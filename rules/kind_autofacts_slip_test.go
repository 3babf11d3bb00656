package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
)

// TestFigureSlip lists which two figures are one slip of the pen apart:
// two adjacent digits swapped in a figure of three digits or more, or
// one digit changed in a figure of three significant digits or more.
func TestFigureSlip(t *testing.T) {
	km := &quantity.Unit{Name: "km", Dimension: "length", Factor: 1000}
	for _, tc := range []struct {
		x, y float64
		ux   *quantity.Unit
		want bool
	}{
		{27630, 27360, nil, true},   // swapped
		{517, 571, nil, true},       // swapped
		{180, 108, nil, true},       // swapped, with a zero
		{3.72e6, 3.27e6, nil, true}, // swapped, in a sum of millions
		{27630, 27680, nil, true},   // one digit changed, four significant
		{312, 342, nil, true},       // one digit changed, three significant
		{1500, 1800, nil, false},    // two round figures
		{36000, 39000, nil, false},  // two round figures
		{12, 21, nil, false},        // too short to tell
		{27630, 37620, nil, false},  // two digits changed, not adjacent
		{27631, 27632, nil, true},   // one digit changed, five significant
		{4321, 1234, nil, false},    // reversed, not one swap
		{27630, 276300, nil, false}, // a digit more
		{27630, 27360, km, false},   // in two units
		{27.63, 27.36, nil, false},  // not whole
	} {
		y := figure{Value: tc.y, High: tc.y}
		x := figure{Value: tc.x, High: tc.x, Unit: tc.ux}
		if got := figureSlip(&x, &y); got != tc.want {
			t.Errorf("figureSlip(%v, %v) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
	// A range is not a figure a pen slips.
	r := figure{Value: 312, High: 330}
	e := figure{Value: 321, High: 321}
	if figureSlip(&r, &e) {
		t.Error("a range was taken for a slip")
	}
}

// TestAutoFactsSlipEvidence checks that a count each of two outlets
// gives once, in sentences that share no word, is one fact when the two
// figures are a slip of the pen apart (and so reported), and two facts
// when they are not, nor for a generic noun. A fourth article counts
// spectators twice, so the noun is no evidence of one fact by itself
// (markOnceEach).
func TestAutoFactsSlipEvidence(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"swapped digits: reported", "A crowd of 18,460 spectators packed the velodrome.", "Cheers rang out from the 18,640 spectators as the riders crossed the line.", true},
		{"one digit changed: reported", "A crowd of 18,460 spectators packed the velodrome.", "Cheers rang out from the 18,470 spectators as the riders crossed the line.", true},
		{"two round figures: silent", "A crowd of 18,000 spectators packed the velodrome.", "Cheers rang out from the 15,000 spectators as the riders crossed the line.", false},
		{"two other figures: silent", "A crowd of 18,460 spectators packed the velodrome.", "Cheers rang out from the 16,920 spectators as the riders crossed the line.", false},
		// A generic noun counts many things of a story: its figures
		// are told apart by their words, slip or none.
		{"a generic noun: silent", "A crowd of 18,460 people packed the velodrome.", "Cheers rang out from the 18,640 people as the riders crossed the line.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third, "Organisers said 2,100 spectators had bought season passes. The opening round drew 940 spectators."}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
