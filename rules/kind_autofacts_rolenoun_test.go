package rules_test

import "testing"

// TestCountNamedByItsRole checks that a count whose noun is a contrast
// word ("survivors", "deaths", "lives") is compared with the same role
// said with a verb ("pulled 70 people alive", "killed 41 people"), also
// after the noun of an event and "of" ("the loss of 82 lives"), and
// that a count of another noun still keeps its head.
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
			name: "lives after the noun of the loss",
			articles: []string{
				"a.txt", "The ferry went down in a squall with the loss of 82 lives, the museum said.\n",
				"b.txt", "Nineteen of the crew were among the 28 who died when the ferry went down in the squall.\n",
				"c.txt", "The museum said 28 people died when the ferry sank in a squall.\n",
			},
			want: []string{
				"a.txt:1:50: fact.mismatch: lives: 82 lives here; 28 people in c.txt:1",
			},
		},
		{
			name: "a whole after of keeps its determiner",
			articles: []string{
				"a.txt", "Nine of the 40 who died were children, the museum said.\n",
				"b.txt", "The museum said 40 people died when the ferry sank in a squall.\n",
				"c.txt", "Nine children were among the dead, the museum said.\n",
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
