package rules_test

import "testing"

// TestShareSubject checks that a percentage is compared as the share of
// what it is said of: the subject of the clause whose verb it completes
// (past auxiliaries, and past a complement that a preposition opens),
// the noun before its "of" or the noun it modifies. Two percentages of
// one subject have it in common as evidence; two of different subjects
// are different facts however many words they share, so a changed
// figure is no longer taken for another subject's figure nearer its
// size.
func TestShareSubject(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a premium changed is not taken for the shares' rise",
			articles: []string{
				"a.txt", "Brenmoor will pay $6.20 for each Talvick share, a premium of 16% to Thursday's close. Talvick shares jumped 27% on the news.\n",
				"b.txt", "Talvick investors were offered $6.20 a share, a 61% premium. The shares rocketed 27% on the news.\n",
				"c.txt", "The Brenmoor bid values each Talvick share at a 61% premium, and Talvick shares ended 27% higher on the news.\n",
			},
			want: []string{
				"a.txt:1:62: fact.mismatch: ratio: 16% here; 61% in b.txt:1, 61% in c.txt:1",
			},
		},
		{
			name: "a subject before its auxiliary",
			articles: []string{
				"a.txt", "State pensions will increase by 3.8% in April, in line with prices. Bus fares rose 2% last year.\n",
				"b.txt", "Retired nurses will see their pensions rise by 8.3 per cent in April. Bus fares went up 2 per cent last year.\n",
			},
			want: []string{
				"a.txt:1:33: fact.mismatch: ratio: 3.8% here; 8.3 per cent in b.txt:1",
				"b.txt:1:48: fact.mismatch: ratio: 8.3 per cent here; 3.8% in a.txt:1",
			},
		},
		{
			name: "a subject past the complement that names its firm",
			articles: []string{
				"a.txt", "Shares in Quenlow rose 3.7% in early trade. Its sales grew 12% in the year.\n",
				"b.txt", "Quenlow's shares closed up 7.3% after the results. Sales grew by 12% in the year.\n",
			},
			want: []string{
				"a.txt:1:24: fact.mismatch: ratio: 3.7% here; 7.3% in b.txt:1",
				"b.txt:1:28: fact.mismatch: ratio: 7.3% here; 3.7% in a.txt:1",
			},
		},
		{
			name: "a level a verb reaches is its subject's",
			articles: []string{
				"a.txt", "When the reservoir fell to a low of 21.4 per cent, farms were told to save water.\n",
				"b.txt", "When the reservoir bottomed out at 12.4 per cent, farms were told to save water.\n",
				"c.txt", "Farms were told to save water after the reservoir bottomed out at 12.4 per cent.\n",
			},
			want: []string{
				"a.txt:1:37: fact.mismatch: ratio: 21.4 per cent here; 12.4 per cent in b.txt:1, 12.4 per cent in c.txt:1",
			},
		},
		{
			name: "a change said of the noun after it",
			articles: []string{
				"a.txt", "Passengers face a 14% rise in fares from May, the operator said. Its staff will get 3% more.\n",
				"b.txt", "Fares will go up by 41 per cent in May, the operator said. Its staff will get 3 per cent more.\n",
			},
			want: []string{
				"a.txt:1:19: fact.mismatch: ratio: 14% here; 41 per cent in b.txt:1",
				"b.txt:1:21: fact.mismatch: ratio: 41 per cent here; 14% in a.txt:1",
			},
		},
		{
			name: "percentages of two subjects are two facts",
			articles: []string{
				"a.txt", "Turnout rose to 64% as the count closed in the valley.\n",
				"b.txt", "Support rose to 46% as the count closed in the valley.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
