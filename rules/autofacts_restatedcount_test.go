package rules

import (
	"testing"
)

// TestRestatedCountAfterDemonstrative lists the claims of a count after
// "those" or "these": a count of a hundred or more is the count the copy
// points back to, and is claimed; a small one picks members out, and a
// time is a frame, and neither is.
func TestRestatedCountAfterDemonstrative(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"All of those 18,400 seats were sold by noon.", []string{"18,400 seats | count:seat"}},
		{"The union vowed to save all of these 640 posts.", []string{"640 posts | count:worker"}},
		{"Police said these two men were later released.", nil},
		{"The valley has flooded twice in those two years.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
