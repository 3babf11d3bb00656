package rules

import (
	"fmt"
	"testing"
)

// TestAttributiveYear lists the claims of sentences with a four-digit
// number before a noun, "shown | key | years": a year naming an event
// ("the 2018 failure") dates the figure nearest it and is no count; a
// count of things before a plural noun, a number with no "the" or
// possessive before it, and one outside the years of news copy stay
// counts.
func TestAttributiveYear(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The crash recalled the 2018 failure of a bridge abroad, which killed 43 people.", []string{"43 people | count:people | [2018]", "43 people | role:killed | [2018]"}},
		{"It recalled the city's 2011 collapse, which killed 43 people.", []string{"43 people | count:people | [2011]", "43 people | role:killed | [2011]"}},
		// Near silent cases: the figure keeps no year.
		{"The 2018 runners set off at dawn and 43 people were hurt.", []string{"2018 runners | count:runner | []", "43 people | count:people | []", "43 people | role:injured | []"}},
		{"Officials counted 2018 cars on the bridge, and 43 people were hurt.", []string{"2018 cars | count:car | []", "43 people | count:people | []", "43 people | role:injured | []"}},
		{"The 1500 staff were told, and 43 people were hurt.", []string{"1500 staff | count:worker | []", "1500 staff | role:injured | []", "43 people | count:people | []", "43 people | role:injured | []"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, func(c *claim) string { return fmt.Sprintf("%s | %s | %v", c.Shown, c.Key, c.Years) }, tc.want)
		})
	}
}
