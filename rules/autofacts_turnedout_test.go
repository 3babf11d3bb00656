package rules_test

import "testing"

// TestCountedAsPhrase checks that a near entry of counted_as of two
// words, a verb and its particle, ties a count of people to its group:
// "2,100 people had turned out" counts the spectators "2,100 fans"
// does, where "turned away" counts none.
func TestCountedAsPhrase(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "people who turned out against fans",
			articles: []string{
				"a.txt", "Some 2,100 fans watched the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"b.txt", "About 2,100 spectators saw the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"c.txt", "About 1,200 people turned out for the Tarrant Cup final at Brinmoor Park on Sunday.\n",
			},
			want: []string{"c.txt:1:1: fact.mismatch: people: About 1,200 people here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "Some 2,100 fans watched the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"b.txt", "About 2,100 spectators saw the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"c.txt", "About 2,100 people turned out for the Tarrant Cup final at Brinmoor Park on Sunday.\n",
			},
		},
		{
			name: "people turned away are no crowd",
			articles: []string{
				"a.txt", "Some 2,100 fans watched the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"b.txt", "About 2,100 spectators saw the Tarrant Cup final at Brinmoor Park on Sunday.\n",
				"c.txt", "About 1,200 people were turned away from the Tarrant Cup final at Brinmoor Park on Sunday.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
