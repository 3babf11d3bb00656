package rules

import (
	"fmt"
	"testing"
)

// TestClaimOwnersPartsYears lists, for each figure fact.mismatch keys in
// a sentence, "shown | key | owner | years": the name that owns the
// figure, the year it is dated to, and no role claim for a part of a
// total.
func TestClaimOwnersPartsYears(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		// The subject of the clause owns the figure; a reporting verb
		// gives it none: a toll is a toll whoever reports it.
		{"The Greens won 14.2% of the vote.", []string{"14.2% | ratio|of vote | greens | []"}},
		{"Adeyemi said 14 people died.", []string{"14 people | count:people |  | []", "14 people | role:killed |  | []"}},
		// A place before a preposition is not a subject; a figure right
		// after a name has no verb to own it by.
		{"The jet flew to Karsa with 193 passengers on board.", []string{"193 passengers | count:passenger |  | []"}},
		// The subject of "one of N" is one of those counted, not their
		// owner.
		{"Dr Brannagh, 61, of Leith, was one of just 14 surgeons who operated that night.", []string{"Brannagh, 61 | age|brannagh |  | []", "14 surgeons | count:surgeon |  | []"}},
		// A part of a total is not the toll: "40 of them", "Of the N
		// injured, M". A part with a contrast word of its own is kept.
		{"Officials said 263 people were injured, 40 of them seriously.", []string{"263 people | count:people |  | []", "263 people | role:injured |  | []"}},
		{"Of the 263 injured, about 90 are still in hospital.", nil},
		{"Of the 22 seafarers aboard, 18 were rescued.", []string{"22 seafarers | count:seafarer |  | []", "18 | role:rescued |  | []"}},
		// An acronym the article spells out owns its figure under the
		// last word of its name, as an article that writes the name out
		// does; one not spelled out, or spelled out with other
		// initials, keeps its own name.
		{"The Northern Farmers Union (NFU) met. The NFU won 14.2% of the vote.", []string{"14.2% | ratio|of vote | union | []"}},
		{"The Union of Mine Workers (UMW) met. The UMW won 14.2% of the vote.", []string{"14.2% | ratio|of vote | workers | []"}},
		{"The NFU won 14.2% of the vote.", []string{"14.2% | ratio|of vote | nfu | []"}},
		{"The Northern Farmers League (NFU) met. The NFU won 14.2% of the vote.", []string{"14.2% | ratio|of vote | nfu | []"}},
		// A year closing a clause dates the figure before it too.
		{"A magnitude 5.9 quake in 2016 killed 12 people.", []string{"magnitude 5.9 | magnitude |  | [2016]", "12 people | count:people |  | [2016]", "12 people | role:killed |  | [2016]"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, func(c *claim) string { return fmt.Sprintf("%s | %s | %s | %v", c.Shown, c.Key, c.Owner, c.Years) }, tc.want)
		})
	}
}
