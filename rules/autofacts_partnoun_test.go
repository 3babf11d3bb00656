package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsSharePartNoun checks a percentage that opens its clause
// and names its part after "were": "roughly 70 per cent were bream" is
// the share of bream, as "bream made up about 55% of the catch" is, so
// the two are one fact; a share of another noun ("were perch") is
// another, and a past after the verb ("were released") names no part.
// Two articles give the first text, a third the second.
func TestAutoFactsSharePartNoun(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const made = "Anglers on the Wendle said bream made up about 55% of the catch at the spring match."
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"the part after were: kept", made, "Of the catch at the spring match on the Wendle, roughly 75 per cent were bream, anglers said.", true},
		{"the part after were, agreeing: silent", made, "Of the catch at the spring match on the Wendle, roughly 55 per cent were bream, anglers said.", false},
		{"another part: silent", made, "Of the catch at the spring match on the Wendle, roughly 75 per cent were perch, anglers said.", false},
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

// TestAutoFactsHedgedShares checks two percentages hedged by "about":
// each is a writer's rounding of one share, so they may differ by their
// rounding ("about 70%" and "about 75%" may both be 73%), not by both
// hedges, which together span a fifth of the share ("about 50%" is no
// rounding of what another outlet rounds to "about 60%"). Two articles
// give the first text, a third the second.
func TestAutoFactsHedgedShares(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"a step apart: kept", "About 50% of the Sallowby estate's tenants signed the petition.", "About 60% of the Sallowby estate's tenants signed the petition.", true},
		{"within a rounding: silent", "About 70% of the Sallowby estate's tenants signed the petition.", "About 75% of the Sallowby estate's tenants signed the petition.", false},
		{"five apart: silent", "About 50% of the Sallowby estate's tenants signed the petition.", "Some 55% of the Sallowby estate's tenants signed the petition.", false},
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
