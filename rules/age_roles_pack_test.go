package rules

import (
	"strings"
	"testing"
)

// TestAgeRolesOfThePack checks the default pack's age_roles for the
// trades news copy names a single unnamed person by: the age of "the
// operator, 37," is compared with another outlet's "53-year-old
// operator", as a driver's or a pilot's is. Two articles give the
// first text, a third the second.
func TestAgeRolesOfThePack(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, role := range []string{"operator", "labourer", "foreman", "guard", "farmer", "nurse", "referee", "conductor", "fisherman", "master"} {
		t.Run(role, func(t *testing.T) {
			first := "The " + role + ", 37, was treated at Ashvane General after the fall, police said."
			third := "A 53-year-old " + role + " was treated at Ashvane General after the fall, police said."
			got := storyFindings(t, set, rule, []string{first, first, third}, nil)
			if len(got) == 0 {
				t.Errorf("the %s's ages 37 and 53 not set against each other", role)
			}
			same := "A 37-year-old " + role + " was treated at Ashvane General after the fall, police said."
			if got := storyFindings(t, set, rule, []string{first, first, same}, nil); len(got) > 0 {
				t.Errorf("one age reported:\n  %s", strings.Join(got, "\n  "))
			}
		})
	}
}
