package rules

import (
	"strings"
	"testing"
)

// pairFindings runs fact.mismatch of the default pack on two articles of
// one story (storyFindings) and returns its findings.
func pairFindings(t *testing.T, one, two string) []string {
	t.Helper()
	set, rule := defaultAutoFacts(t)
	return storyFindings(t, set, rule, []string{one, two}, nil)
}

// TestRolesOfOneStory checks counts and shares that one story gives of
// different things, told apart by the pack's contrast words: people
// brought out of a place ("pulled from") are not the dead, an offer is not the
// rise asked for, homes left without a supply are not homes damaged. The same
// role in other words is still compared.
func TestRolesOfOneStory(t *testing.T) {
	for _, tc := range []struct {
		name, one, two string
		want           bool
	}{
		{"pulled from a place against the dead",
			"Mudslides buried Kellow on Tuesday. Crews pulled 86 people from buried cars on Tuesday, the police said.",
			"Mudslides buried Kellow on Tuesday. At least 9 people died in buried cars, the police said.", false},
		{"pulled from a place against pulled from it",
			"Mudslides buried Kellow on Tuesday. Crews pulled 86 people from buried cars on Tuesday, the police said.",
			"Mudslides buried Kellow on Tuesday. Crews pulled 68 people from buried cars on Tuesday, the police said.", true},
		{"an offer against the rise asked for",
			"Porters at Kellow docks struck on Friday. The port authority has offered 2%, which the porters rejected.",
			"Porters at Kellow docks struck on Friday. A rise of 11 percent would cost the port authority $4 million, the porters said.", false},
		{"an offer against an offer",
			"Porters at Kellow docks struck on Friday. The port authority has offered 2%, which the porters rejected.",
			"Porters at Kellow docks struck on Friday. The port authority offered 4%, which the porters rejected.", true},
		{"homes without a supply against homes damaged",
			"At least 2,340 homes without water after quake in Kellow\n\nThe quake hit Kellow on Monday.",
			"The quake hit Kellow on Monday. The quake killed at least 3 people and damaged more than 410 homes.", false},
		{"homes damaged against homes damaged",
			"The quake hit Kellow on Monday. The quake damaged more than 2,340 homes and killed 3 people.",
			"The quake hit Kellow on Monday. The quake killed at least 3 people and damaged more than 410 homes.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pairFindings(t, tc.one, tc.two)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
