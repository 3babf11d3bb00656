package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsModifierKind checks that modifiers of one contrast group
// do not keep two claims apart: "a 28% fall in bookings" and "a 28%
// drop in bookings" measure one change, so a third outlet's "a 46%
// drop" disagrees with both; a modifier of another group ("a 28% rise")
// is still another fact. Two articles give the first text, a third the
// second.
func TestAutoFactsModifierKind(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"fall against drop: kept", "Staff at the Orlby ferry office saw a 28% fall in bookings over the winter.", "Staff at the Orlby ferry office recorded a 46% drop in bookings over the winter.", true},
		{"fall against drop, agreeing: silent", "Staff at the Orlby ferry office saw a 28% fall in bookings over the winter.", "Staff at the Orlby ferry office recorded a 28% drop in bookings over the winter.", false},
		{"fall against rise: silent", "Staff at the Orlby ferry office saw a 28% fall in bookings over the winter.", "Staff at the Orlby ferry office recorded a 46% rise in bookings over the winter.", false},
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
