package rules

import (
	"strings"
	"testing"
)

// TestCountsOfTwoPlaces checks that two counts whose verbs put them in
// places of two names ("filled the guild's reading room", "crowded
// into the Quenby Memorial hall") are two crowds and are not compared,
// while a count of one place, or of a place against none, still is. Two
// articles give the first text, a third the second.
func TestCountsOfTwoPlaces(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"two owners: silent",
			"Some 260 people filled the guild's hall on Friday to hear the verdict read out.",
			"About 840 people filled the museum's hall on Friday to hear the verdict read out.", false},
		{"an owner and a name: silent",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people crowded into the Quenby Memorial hall on Friday to hear the verdict read out.", false},
		{"two names: silent",
			"Some 260 people filled the Tavner Street hall on Friday to hear the verdict read out.",
			"About 840 people crowded into the Quenby Memorial hall on Friday to hear the verdict read out.", false},
		{"one owner: kept",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people crowded into the guild's reading room on Friday to hear the verdict read out.", true},
		{"a place against none: kept",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people filled the reading room on Friday to hear the verdict read out.", true},
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
