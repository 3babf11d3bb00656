package rules_test

import "testing"

// endRules ties dates to the end of an event, as the default pack does.
const endRules = `
group = "all"

[[rule]]
id = "fact.date"
kind = "datefacts"
events = [
  ["end", "ends", "ended"],
]
`

// TestTimetablePresent checks that a day in the present of a timetable
// ("the strike ends at 2am on Wednesday") is read as a day to come, so
// that it is compared with "is due to end ... on Wednesday" elsewhere.
func TestTimetablePresent(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the end of a stoppage moved by a day",
			articles: []string{
				"a.txt", "date 2025-11-03 The stoppage ends at 2am on Wednesday.",
				"b.txt", "date 2025-11-03 The stoppage ends at 2am on Wednesday, the union said.",
				"c.txt", "date 2025-11-03 The stoppage is due to end at 2 a.m. on Thursday.",
			},
			want: []string{"c.txt:1:57: fact.date: date of the end: on Thursday (Thursday 6 November 2025) here; on Wednesday (Wednesday 5 November 2025) in a.txt:1, on Wednesday (Wednesday 5 November 2025) in b.txt:1"},
		},
		{
			name: "the present and the future of one end agree",
			articles: []string{
				"a.txt", "date 2025-11-03 The stoppage ends at 2am on Wednesday.",
				"b.txt", "date 2025-11-04 The stoppage is due to end at 2 a.m. on Wednesday.",
			},
		},
		{
			name: "an end in the past and one to come are different days of the week",
			articles: []string{
				"a.txt", "date 2025-11-03 The stoppage ended at 2am on Saturday.",
				"b.txt", "date 2025-11-03 The stoppage ends at 2am on Saturday.",
			},
			want: []string{
				"a.txt:1:46: fact.date: date of the end: on Saturday (Saturday 1 November 2025) here; on Saturday (Saturday 8 November 2025) in b.txt:1",
				"b.txt:1:45: fact.date: date of the end: on Saturday (Saturday 8 November 2025) here; on Saturday (Saturday 1 November 2025) in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, endRules, tc.articles...), tc.want...)
		})
	}
}
