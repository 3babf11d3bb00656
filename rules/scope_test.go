package rules

import (
	"fmt"
	"testing"
)

// TestClaimScopesOwners lists, for each figure fact.mismatch keys in a
// sentence, "shown | key | owner": a scope or design word near a figure
// keys it apart from the same figure without one, and the subject of a
// sentence owns a figure across an apposition.
func TestClaimScopesOwners(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A narrower scope, or a design level, is its own fact.
		{"The party won 30.9 per cent of the vote in the constituency.", []string{"30.9 per cent | ratio|of vote|constituency | "}},
		{"The party won 30.9 per cent of the vote.", []string{"30.9 per cent | ratio|of vote | "}},
		{"The defences were designed for a river level of 5.5 metres.", []string{"5.5 metres | length|designed | "}},
		// Another figure's scope word is not this one's.
		{"A crowd of 48,210 watched at the 55,000-capacity stadium.", []string{"crowd of 48,210 | count:spectator | "}},
		// The subject owns the figure across an apposition, and
		// through a possessive to the name owned.
		{"Margaret Tulloch, 81, a retired teacher, lost £212,000.", []string{"Tulloch, 81 | age|tulloch | ", "£212,000 | currency:GBP | tulloch"}},
		{"The CCU's Markus Heiden, who had held the seat since 2008, fell to second with 27.2 per cent.", []string{"27.2 per cent | ratio | heiden"}},
		// A reporting verb leaves a figure without an owner, and a
		// single capitalised word opening a sentence is no name.
		{"Emma Novak of Harlow Transit said the train, built in Linz, cannot go beyond 59 km/h.", []string{"59 km/h | speed | "}},
		{"Police, who arrived at dawn, said 15 people died.", []string{"15 people | count:people | ", "15 people | role:killed | "}},
		{"Rescuers, working all night, pulled 14 people from the rubble.", []string{"14 people | count:people | ", "14 people | role:pulled | "}},
		// A relative clause's figure belongs to its antecedent, not to
		// the sentence's subject.
		{"Koval said it would keep the Brellow plant, which employs 1,150 people, open.", []string{"1,150 people | count:worker | "}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, func(c *claim) string { return fmt.Sprintf("%s | %s | %s", c.Shown, c.Key, c.Owner) }, tc.want)
		})
	}
}
