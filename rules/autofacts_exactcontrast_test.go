package rules

import (
	"testing"
)

// TestContrastWordAsWritten checks that a contrast word the pack writes
// after "=" is matched as written only: the default pack's "=lives"
// makes "claimed 31 lives" a toll, and leaves "1,200 people live in the
// village", the verb of the same stem, no toll (a count of residents,
// by counted_as).
func TestContrastWordAsWritten(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The heatwave has claimed 31 lives across the region.", []string{"31 lives | count:live", "31 lives | role:killed"}},
		{"Some 1,200 people live in the village below the dam.", []string{"Some 1,200 people | count:resident"}}, // counted_as: residents, no toll
		{"About 40 families lived on the estate before the fire.", []string{"About 40 families | count:family"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
