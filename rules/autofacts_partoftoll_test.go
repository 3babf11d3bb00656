package rules

import "testing"

// TestPartOfToll checks that "six of the dead", "nine of the injured"
// are parts of the toll the word after "the" names, not the toll, and
// are not keyed by its contrast word: a part compared with another
// outlet's toll was a false alarm. A contrast word of another group
// after it keeps the figure a fact of its own. Invented copy.
func TestPartOfToll(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Six of the dead were children, the mayor of Orvel said.", nil},
		{"Nine of the injured were tourists, the hospital said.", nil},
		{"Forty people were injured, nine of them critically.", []string{"Forty people | count:people", "Forty people | role:injured"}},
		{"Twenty-three people were killed in Orvel on Monday.", []string{"Twenty-three people | count:people", "Twenty-three people | role:killed"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
