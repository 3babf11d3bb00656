package rules_test

import "testing"

// TestCountNamedByItsRole checks that a count whose noun is a contrast
// word ("survivors", "deaths", "lives") is compared with the same role
// said with a verb ("pulled 70 people alive", "killed 41 people"), and
// that a count of another noun still keeps its head. A count after a
// noun and "of" ("a toll of 82 lives") is such a count too.
func TestCountNamedByItsRole(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "survivors against people pulled out alive",
			articles: []string{
				"a.txt", "Crews have pulled 23 survivors from the collapsed mill.\n",
				"b.txt", "Crews had pulled 32 people alive from the collapsed mill.\n",
			},
			want: []string{
				"a.txt:1:19: fact.mismatch: pulled: 23 survivors here; 32 people in b.txt:1",
				"b.txt:1:18: fact.mismatch: pulled: 32 people here; 23 survivors in a.txt:1",
			},
		},
		{
			name: "deaths without a verb",
			articles: []string{
				"a.txt", "The fever has caused 14 deaths in the valley this month.\n",
				"b.txt", "The fever has killed 41 people in the valley this month.\n",
			},
			want: []string{
				"a.txt:1:22: fact.mismatch: deaths: 14 deaths here; 41 people in b.txt:1",
				"b.txt:1:22: fact.mismatch: killed: 41 people here; 14 deaths in a.txt:1",
			},
		},
		{
			name: "lives after the noun of a toll",
			articles: []string{
				"a.txt", "The gale claimed a toll of 82 lives, the museum said.\n",
				"b.txt", "Divers said the squall killed 28 people as the ferry capsized.\n",
				"c.txt", "The squall left 28 people dead, the museum said.\n",
			},
			want: []string{
				"a.txt:1:28: fact.mismatch: toll: 82 lives here; 28 people in c.txt:1",
			},
		},
		{
			name: "a whole after of keeps its determiner",
			articles: []string{
				"a.txt", "Nine of the 40 dead were under ten, the museum said.\n",
				"b.txt", "The squall left 40 people dead, the museum said.\n",
				"c.txt", "Divers said the dead included nine under ten.\n",
			},
		},
		{
			name: "officers are not people at large",
			articles: []string{
				"a.txt", "Two officers were injured in the clashes on Friday.\n",
				"b.txt", "Fifty people were injured in the clashes on Friday.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
