package rules_test

import "testing"

// TestRanksOfOneTally checks that the ranks of one running tally that
// outlets give under several nouns ("the 31st landslip", "the 31st
// incident") are compared: where each article of a story gives one rank
// of ten or more, a changed "33rd" disagrees with the others' 31st. An
// article that gives two such ranks ranks two things, and small ranks
// ("the third") order many things of one story: neither is keyed so.
func TestRanksOfOneTally(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "one tally under three nouns",
			articles: []string{
				"a.txt", "The rockfall was the 33rd of its kind on the hill line this year.\n",
				"b.txt", "Engineers said it was the 31st landslip on the hill line this year.\n",
				"c.txt", "It was the 31st incident on the hill line this year.\n",
			},
			want: []string{"a.txt:1:22: fact.mismatch: rank of rockfall: 33rd here; 31st landslip in b.txt:1, 31st incident in c.txt:1"},
		},
		{
			name: "an article with two ranks",
			articles: []string{
				"a.txt", "The rockfall was the 33rd of its kind on the hill line this year.\n",
				"b.txt", "Engineers said it was the 31st landslip on the hill line this year.\n",
				"c.txt", "It was the 31st incident on the hill line this year and the 12th closure.\n",
			},
		},
		{
			name: "small ranks",
			articles: []string{
				"a.txt", "The rockfall was the fourth of its kind on the hill line this year.\n",
				"b.txt", "Engineers said it was the third landslip on the hill line this year.\n",
				"c.txt", "It was the third incident on the hill line this year.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
