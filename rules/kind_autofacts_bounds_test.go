package rules_test

import "testing"

// TestMaxima checks that two maxima of one fact ("up to N") compare as
// the figures they are, while a maximum and a figure under it still
// agree, and that a figure under a maximum in a third article does not
// side with a changed maximum.
func TestMaxima(t *testing.T) {
	gusts := func(top string) string {
		return "Gusts of up to " + top + " tore the roof off the ferry terminal at Dunmere on Monday, the harbour authority said.\n"
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "two maxima a fifth apart disagree",
			articles: []string{"a.txt", gusts("90 km/h"), "b.txt", gusts("90 km/h"), "c.txt", gusts("110 km/h")},
			want:     []string{"c.txt:1:10: fact.mismatch: speed: up to 110 km/h here; up to 90 km/h in a.txt:1, up to 90 km/h in b.txt:1"},
		},
		{
			name:     "two maxima across units, rounded in conversion",
			articles: []string{"a.txt", gusts("90 km/h (56 mph)"), "b.txt", gusts("66mph")},
			want: []string{
				"a.txt:1:10: fact.mismatch: speed: up to 90 km/h (56 mph) here; up to 66mph in b.txt:1",
				"b.txt:1:10: fact.mismatch: speed: up to 66mph here; up to 90 km/h (56 mph) in a.txt:1",
			},
		},
		{
			name:     "the same maximum in other units agrees",
			articles: []string{"a.txt", gusts("90 km/h (56 mph)"), "b.txt", gusts("56mph")},
		},
		{
			name: "a maximum and a figure under it agree",
			articles: []string{
				"a.txt", gusts("90 km/h"),
				"b.txt", "Gusts of 80 km/h tore the roof off the ferry terminal at Dunmere on Monday, the harbour authority said.\n",
			},
		},
		{
			// The third article's 95 km/h is under the changed
			// maximum, not a statement of it.
			name: "a figure under a maximum does not side with it",
			articles: []string{
				"a.txt", gusts("90 km/h"),
				"b.txt", gusts("110 km/h"),
				"c.txt", "The ferry terminal at Dunmere lost its roof on Monday. A gauge on the pier recorded 95 km/h.\n",
			},
			want: []string{
				"a.txt:1:10: fact.mismatch: speed: up to 90 km/h here; up to 110 km/h in b.txt:1",
				"b.txt:1:10: fact.mismatch: speed: up to 110 km/h here; up to 90 km/h in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
