package rules

import (
	"strings"
	"testing"
)

// TestAgeRolesOfThePack checks the default pack's age_roles for the
// trades news copy names a single unnamed person by: the age of "the
// crane operator, 44," is compared with another outlet's "47-year-old
// crane operator", as a driver's or a pilot's is. Two articles give the
// first text, a third the second.
func TestAgeRolesOfThePack(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, role := range []string{"operator", "labourer", "foreman", "guard", "farmer", "nurse", "referee", "conductor", "fisherman", "master"} {
		t.Run(role, func(t *testing.T) {
			first := "The " + role + ", 44, was treated at Kelverton General after the fall, police said."
			third := "A 47-year-old " + role + " was treated at Kelverton General after the fall, police said."
			got := storyFindings(t, set, rule, []string{first, first, third}, nil)
			if len(got) == 0 {
				t.Errorf("the %s's ages 44 and 47 not set against each other", role)
			}
			same := "A 44-year-old " + role + " was treated at Kelverton General after the fall, police said."
			if got := storyFindings(t, set, rule, []string{first, first, same}, nil); len(got) > 0 {
				t.Errorf("one age reported:\n  %s", strings.Join(got, "\n  "))
			}
		})
	}
}
