package rules_test

import "testing"

// TestFullDateDatesNoFigure checks that the year of a date written with
// its day and month ("on the night of 3 March 1952") is the day of the
// event, and puts no year on the figures of its sentence: a count given
// beside it is compared with the same count said without the date. A
// year written alone ("in 1952") still dates the figure nearest it, and
// keeps it apart from figures of no year.
func TestFullDateDatesNoFigure(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a full date",
			articles: []string{
				"a.txt", "The ferry left port on the night of 3 March 1952 with 61 people on board, the museum said.\n",
				"b.txt", "The museum said 16 people were on board when the ferry left port.\n",
				"c.txt", "Of the 16 people on board when the ferry left port, only two survived.\n",
			},
			want: []string{
				"a.txt:1:55: fact.mismatch: people: 61 people here; 16 people in b.txt:1, 16 people in c.txt:1",
			},
		},
		{
			name: "a year alone",
			articles: []string{
				"a.txt", "The ferry left port in 1952 with 61 people on board, the museum said.\n",
				"b.txt", "The museum said 16 people were on board when the ferry left port.\n",
				"c.txt", "Of the 16 people on board when the ferry left port, only two survived.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
