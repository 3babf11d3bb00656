package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsHedgedPrecise checks the hedge of a count written to
// three significant digits or more: "about 1,047 tenants" is rounded no
// further than its last digits, so "about 1,217" of another outlet is
// another figure, while counts rounded to two digits keep the hedge's
// whole tolerance ("about 6,100" and "about 6,700" may be one reading);
// a measure of three digits or more keeps a quarter of it, as a count
// does ("about 1,047 km" and "about 1,137 km" are two measures, "about
// 1,087 km" may be the same one rounded). Two articles give the first
// text, a third the second.
func TestAutoFactsHedgedPrecise(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"three digits, apart: kept", "About 1,047 of the tenants at Quenby Court are pensioners.", "About 1,217 of the tenants at Quenby Court are pensioners.", true},
		{"three digits, near: silent", "About 1,047 of the tenants at Quenby Court are pensioners.", "About 1,037 of the tenants at Quenby Court are pensioners.", false},
		{"two digits: silent", "About 6,100 of the tenants at Quenby Court are pensioners.", "About 6,700 of the tenants at Quenby Court are pensioners.", false},
		{"a measure, near: silent", "The Quenby Court pipeline is about 1,047 km long.", "The Quenby Court pipeline is about 1,087 km long.", false},
		{"a measure, apart: kept", "The Quenby Court pipeline is about 1,047 km long.", "The Quenby Court pipeline is about 1,137 km long.", true},
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

// TestAutoFactsHedgedTwoDigits checks a count hedged at two significant
// digits in the thousands against another outlet's exact count: "about
// 5,600 members" is the writer's rounding of a count near 5,600, not of
// 5,300, so against an exact 5,300 it disagrees, while against an exact
// 5,580 it agrees. Against another hedged count it keeps the hedge's
// whole tolerance, as two hedged tallies may be of different moments.
// Two articles give the first text, a third the second.
func TestAutoFactsHedgedTwoDigits(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"exact against hedged, apart: kept", "The Tarnwick credit union has 5,300 members, its treasurer said.", "The Tarnwick credit union has about 5,600 members, its treasurer said.", true},
		{"exact against nearly, apart: kept", "The Tarnwick credit union has 5,300 members, its treasurer said.", "The Tarnwick credit union has nearly 5,600 members, its treasurer said.", true},
		{"exact against hedged, rounded: silent", "The Tarnwick credit union has 5,580 members, its treasurer said.", "The Tarnwick credit union has about 5,600 members, its treasurer said.", false},
		{"hedged against hedged: silent", "The Tarnwick credit union has some 5,300 members, its treasurer said.", "The Tarnwick credit union has about 5,600 members, its treasurer said.", false},
		{"one digit: silent", "The Tarnwick credit union has 5,300 members, its treasurer said.", "The Tarnwick credit union has about 5,000 members, its treasurer said.", false},
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
