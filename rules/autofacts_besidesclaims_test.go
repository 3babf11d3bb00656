package rules

import "testing"

// TestBesidesClaims lists the claims of counts after "another": the
// whole of a role no figure before it has is claimed under its role;
// more of a role a figure before it has, and a count of no role, are
// not claimed.
func TestBesidesClaims(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Key + " " + c.Shown }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Four people died in the ferry fire. Another 38 were injured.",
			[]string{"count:people Four people", "role:killed Four people", "role:injured 38"}},
		{"Seventeen people were injured in the ferry fire on Monday. Another 12 were injured on Tuesday.",
			[]string{"count:people Seventeen people", "role:injured Seventeen people"}},
		{"Crews sent 12 engines to the ferry fire. Another 38 firefighters came by boat.",
			[]string{"count:engine 12 engines"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
