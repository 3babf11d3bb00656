package rules_test

import "testing"

// TestFigureOfAnotherNoun checks that a count is not taken for a
// mis-keyed statement of another outlet's figure, nor supported by it,
// where that outlet states the figure only as the count of another noun
// that the count's own article gives the same figure ("37 patients" in
// both): "37 boats" against "73 boats" is reported. A figure another
// outlet states as a count of a noun the count's article does not count
// so ("37 craft") may be the same count in other words, and still keeps
// the two counts of boats apart; and a bound is left as it was.
func TestFigureOfAnotherNoun(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the figure of another noun both articles count",
			articles: []string{
				"a.txt", "Crews used 37 boats to reach the flooded lanes of Dunmere.\n\nDoctors moved 37 patients out of the clinic.\n",
				"b.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n\nDoctors moved 37 patients out of the clinic.\n",
				"c.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n",
			},
			want: []string{"a.txt:1:12: fact.mismatch: boats: 37 boats here; 73 boats in b.txt:1, 73 boats in c.txt:1"},
		},
		{
			name: "the figure of a noun the article does not count",
			articles: []string{
				"a.txt", "Crews used 37 boats to reach the flooded lanes of Dunmere.\n",
				"b.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n\nPilots moved 37 craft out of the harbour.\n",
				"c.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n\nPilots moved 37 craft out of the harbour.\n",
			},
		},
		{
			name: "a bound",
			articles: []string{
				"a.txt", "Crews used more than 37 boats to reach the flooded lanes of Dunmere.\n\nDoctors moved 37 patients out of the clinic.\n",
				"b.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n\nDoctors moved 37 patients out of the clinic.\n",
				"c.txt", "Crews used 73 boats to reach the flooded lanes of Dunmere.\n\nDoctors moved 37 patients out of the clinic.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
