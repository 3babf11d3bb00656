package rules_test

import "testing"

// TestDateFactsIrregularPast checks that an irregular past ("swept",
// "tore") tells the tense that resolves a weekday named alone, as "-ed"
// does: without it "the fire that tore through the block on Monday"
// is no day, and a fire moved to Monday went unseen.
func TestDateFactsIrregularPast(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a fire that tore through on another weekday is found",
			articles: []string{
				"a.txt", "date 2025-03-05 Five people died after fire swept through a tall block in the town of Ashby early on Tuesday, police said.",
				"b.txt", "date 2025-03-05 Police said five people had died in the fire that tore through the tall block in the early hours of Monday.",
				"c.txt", "date 2025-03-05 Five people died after fire swept through a tall block in Ashby on Tuesday.",
			},
			want: []string{"b.txt:1:117: fact.date: date of the fire: of Monday (Monday 3 March 2025) here; on Tuesday (Tuesday 4 March 2025) in a.txt:1, on Tuesday (Tuesday 4 March 2025) in c.txt:1"},
		},
		{
			name: "the same weekday is silent",
			articles: []string{
				"a.txt", "date 2025-03-05 Five people died after fire swept through a tall block in the town of Ashby early on Tuesday, police said.",
				"b.txt", "date 2025-03-05 Police said five people had died in the fire that tore through the tall block in the early hours of Tuesday.",
			},
		},
		{
			name: "a fire that tore through another block on another day is not paired",
			articles: []string{
				"a.txt", "date 2025-03-05 Five people died after fire swept through a tall block in Ashby early on Tuesday.",
				"b.txt", "date 2025-03-05 It was the second fire to hit the estate since a blaze tore through a Kelso warehouse on Monday.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
