package rules_test

import "testing"

// TestFullDateDatesNoFigure checks that the year of a date written with
// its day and month ("sailed on 3 March 1952") is the day of the
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
				"a.txt", "The ferry sailed on 3 March 1952 carrying 61 people, the museum said.\n",
				"b.txt", "The museum said 16 people were aboard when the ferry sailed.\n",
				"c.txt", "Only two of 16 people aboard survived after the ferry sailed.\n",
			},
			want: []string{
				"a.txt:1:43: fact.mismatch: people: 61 people here; 16 people in b.txt:1, 16 people in c.txt:1",
			},
		},
		{
			name: "a year alone",
			articles: []string{
				"a.txt", "The ferry sailed in 1952 carrying 61 people, the museum said.\n",
				"b.txt", "The museum said 16 people were aboard when the ferry sailed.\n",
				"c.txt", "Only two of 16 people aboard survived after the ferry sailed.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
