package rules_test

import "testing"

// TestTimeInParts checks times written in parts ("19 days, 6 hours, 41
// minutes and 12 seconds") across outlets: a list of parts in falling
// units is one figure; two such times that agree in every part but one
// before the last are one time with a part mistyped; a time rounded
// elsewhere in an article ("Nineteen days") does not make its time in
// parts another fact; two times that differ only in their last part
// (two runners' times) are not taken for one.
func TestTimeInParts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a minute mistyped",
			articles: []string{
				"a.txt", "The balloonist Hasken Reive landed in a field near Orvel after 19 days, 6 hours, 41 minutes and 12 seconds aloft.\n",
				"b.txt", "Reive came down near Orvel after 19 days, 6 hours, 14 minutes and 12 seconds in the air, a record.\n",
				"c.txt", "His flight lasted 19 days, 6 hours, 41 minutes and 12 seconds, the federation said on its website.\n",
			},
			want: []string{
				"b.txt:1:34: fact.mismatch: duration: 19 days, 6 hours, 14 minutes and 12 seconds here; 19 days, 6 hours, 41 minutes and 12 seconds in a.txt:1, 19 days, 6 hours, 41 minutes and 12 seconds in c.txt:1",
			},
		},
		{
			name: "an hour mistyped beside the time rounded",
			articles: []string{
				"a.txt", "Reive spent nineteen days in the basket and landed near Orvel. He completed the flight in 19 days, 8 hours and 37 minutes.\n",
				"b.txt", "Reive completed the flight in 19 days, 5 hours and 37 minutes, landing near Orvel.\n",
			},
			want: []string{
				// b is not reported: a's "nineteen days" agrees with it.
				"a.txt:1:91: fact.mismatch: duration: 19 days, 8 hours and 37 minutes here; 19 days, 5 hours and 37 minutes in b.txt:1",
			},
		},
		{
			name: "two runners' times differ in their seconds",
			articles: []string{
				"a.txt", "Dara Kent won the fell race in 3 hours, 12 minutes and 40 seconds on a wet course.\n",
				"b.txt", "Temas Lirk, second, crossed the finish in 3 hours, 12 minutes and 58 seconds.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
