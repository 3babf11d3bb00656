package rules

import (
	"strings"
	"testing"
)

// TestHedgedSumsAtTheirRounding checks that two sums hedged alike in one
// currency ("about $31m" in two articles, "about $37 million" in a
// third) are set against each other by their rounding, not by both
// hedges, which together span a fifth of the sum; that sums within their
// rounding, a sum hedged against an exact one, and hedged counts keep
// their tolerance.
func TestHedgedSumsAtTheirRounding(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"two hedged sums a fifth apart: kept",
			"The auction house puts the value of the painting at about $31m, its director said.",
			"The auction house puts the value of the painting at about $37 million, its director said.", true},
		{"hedged sums within their rounding: silent",
			"The auction house puts the value of the painting at about $31m, its director said.",
			"The auction house puts the value of the painting at about $31.4 million, its director said.", false},
		{"a coarser rounding of the same sum: silent",
			"The auction house puts the value of the painting at about $31m, its director said.",
			"The auction house puts the value of the painting at about $30 million, its director said.", false},
		{"a hedged sum against an exact one within the hedge: silent",
			"The auction house puts the value of the painting at $31m, its director said.",
			"The auction house puts the value of the painting at about $33 million, its director said.", false},
		{"hedged counts keep their hedge: silent",
			"By Friday the utility had restored power to about 4,100 customers in the valley.",
			"By Friday the utility had restored power to about 4,500 customers in the valley.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
