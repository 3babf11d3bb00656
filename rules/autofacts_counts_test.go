package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsMeasured checks what a share or a measure is "of": an
// owner before the measured noun ("of the club's members") is not part of
// the fact's key, so an outlet that leaves the owner out states the same
// fact; a different measured noun still keeps two facts apart. Two
// articles give the first text, a third the second.
func TestAutoFactsMeasured(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"owner left out: kept", "Only 30 percent of the club's members voted for the merger.", "Only 35 percent of the members voted for the merger.", true},
		{"owner in both: kept", "Only 30 percent of the club's members voted for the merger.", "Only 35 percent of the club's members voted for the merger.", true},
		{"same figure, owner left out: silent", "Only 30 percent of the club's members voted for the merger.", "Only 30 percent of the members voted for the merger.", false},
		{"another measured noun: silent", "Only 30 percent of the club's members voted for the merger.", "Only 35 percent of the club's coaches voted for the merger.", false},
		{"owner and a figure: not the owner's noun", "About 20% of the club's 900 members voted for the merger.", "About 25% of the coaches voted for the merger.", false},
		// A hyphened compound modifies the noun after it: what is
		// measured is "households", not "low".
		{"compound modifier: kept", "A survey found 37% of low-income households cut back on heating.", "A survey found 73% of households on low incomes cut back on heating.", true},
		{"compound modifier, same figure: silent", "A survey found 37% of low-income households cut back on heating.", "A survey found 37% of households on low incomes cut back on heating.", false},
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

// TestAutoFactsCalendarOwner checks that a day or month standing between
// a subject and its verb is not the figure's owner: "Hallam Tools on
// Monday cut 300 jobs" and "Hallam Tools cut 300 jobs" are one firm's
// figure, while two named owners still keep their figures apart. Two
// articles give the first text, a third the second.
func TestAutoFactsCalendarOwner(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"day before the verb: kept", "The toolmaker Hallam Tools cut 300 jobs at its plant.", "The toolmaker Hallam Tools on Monday cut 350 jobs at its plant.", true},
		{"month before the verb: kept", "The toolmaker Hallam Tools cut 300 jobs at its plant.", "The toolmaker Hallam Tools in March cut 350 jobs at its plant.", true},
		{"day, same figure: silent", "The toolmaker Hallam Tools cut 300 jobs at its plant.", "The toolmaker Hallam Tools on Monday cut 300 jobs at its plant.", false},
		{"another owner: silent", "The toolmaker Hallam Tools cut 300 jobs at its plant.", "Its rival Brindle Works cut 350 jobs at its plant.", false},
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
