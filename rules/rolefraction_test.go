package rules

import (
	"strings"
	"testing"
)

// TestFractionCountsNoOne checks that a figure with a fraction is claimed
// under no role ("a 6.3 quake kills nine": 6.3 is no toll), while the
// whole counts beside it are.
func TestFractionCountsNoOne(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	src := []byte("Wave after 6.3 quake kills nine on Varne's Tallow island, four missing\n\nThe wave struck on Tuesday.\n")
	af, _ := rule.Check(articleAt(t, set, "a.txt", src, 0), nil).(*autoFacts)
	if af == nil {
		t.Fatal("no claims")
	}
	roles := map[string]float64{}
	for _, c := range af.Claims {
		if strings.HasPrefix(c.Key, "role:") {
			if c.Q.Value != float64(int(c.Q.Value)) {
				t.Errorf("%s claimed under %s", c.Shown, c.Key)
			}
			roles[c.Key] = c.Q.Value
		}
	}
	if roles["role:killed"] != 9 || roles["role:missing"] != 4 {
		t.Errorf("roles %v, want nine killed and four missing", roles)
	}
}
