package rules_test

import "testing"

// TestDateFactsYearAfterPlace checks that a year after a word of
// year_events and a place ("built in Norway in 1987") dates the event as
// "built in 1987" does, and that a year after other words still does not.
func TestDateFactsYearAfterPlace(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the year after a place is the event's",
			articles: []string{
				"a.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in Norway in 1987 for a Danish owner.",
				"b.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in 1989 for a Danish owner.",
				"c.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in 1987 for a Danish owner.",
			},
			want: []string{"b.txt:1:64: fact.date: date of the construction: in 1989 here; in 1987 in a.txt:1, in 1987 in c.txt:1"},
		},
		{
			name: "the same year is silent",
			articles: []string{
				"a.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in Norway in 1987 for a Danish owner.",
				"b.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in 1987 for a Danish owner.",
			},
		},
		{
			name: "a year after lower-case words is not the event's",
			articles: []string{
				"a.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in a yard that closed in 1987 for a Danish owner.",
				"b.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in 1989 for a Danish owner.",
				"c.txt", "date 2025-03-05 The stricken tanker Halvard Crest was built in 1989 for a Danish owner.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
