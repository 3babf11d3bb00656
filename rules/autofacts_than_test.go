package rules

import "testing"

// TestComparisonStandardUnclaimed checks that a count right after
// "than" with no bound of its own, the standard a comparison measures
// by ("heavier than two family cars"), is no claim, while the bounds
// "more than" and "fewer than", a measure after "than" ("faster than
// 60 km/h") and the story's figures still are.
func TestComparisonStandardUnclaimed(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		text string
		want map[string]bool // claim shown → wanted
	}{
		{"The bull weighs 1.4 tonnes, heavier than two family cars, and dented nine cars in Tanner Street.\n",
			map[string]bool{"two family cars": false, "nine cars": true}},
		{"The flood covered an area bigger than 40 tennis courts and reached 12 farms.\n",
			map[string]bool{"40 tennis courts": false, "12 farms": true}},
		{"The old engine could not go faster than 60 km/h on the hill.\n",
			map[string]bool{"60 km/h": true}},
		{"Officials said more than 40 cars and fewer than 12 vans were damaged in Tanner Street.\n",
			map[string]bool{"more than 40 cars": true, "fewer than 12 vans": true}},
	} {
		af, _ := rule.Check(articleAt(t, set, "a.txt", []byte(tc.text), 0), nil).(*autoFacts)
		got := map[string]bool{}
		if af != nil {
			for _, c := range af.Claims {
				got[c.Shown] = true
			}
		}
		for shown, want := range tc.want {
			if got[shown] != want {
				t.Errorf("%q: claim %q made = %v, want %v (claims %v)", tc.text, shown, got[shown], want, got)
			}
		}
	}
}
