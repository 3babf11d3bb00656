package rules_test

import "testing"

// TestDateFactsFigureAside checks that a bracketed figure ("45.2C
// (113.4F)") between an event word and its date does not cut the date's
// clause, while a bracket of words still does; and that records and
// inspections are events a month-year may date.
func TestDateFactsFigureAside(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a converted figure in brackets leaves the record's date in its clause",
			articles: []string{
				"a.txt", "date 2025-07-02 The reading beat the old record of 44.1C (111.4F) set in July 2015, forecasters said.",
				"b.txt", "date 2025-07-02 It topped the old record of 44.1C set in July 2016 at the same airfield.",
				"c.txt", "date 2025-07-02 The old record of 44.1C was set in July 2015.",
			},
			want: []string{"b.txt:1:58: fact.date: date of the record: in July 2016 here; in July 2015 in a.txt:1, in July 2015 in c.txt:1"},
		},
		{
			name: "the same month in both is silent",
			articles: []string{
				"a.txt", "date 2025-07-02 The reading beat the old record of 44.1C (111.4F) set in July 2015, forecasters said.",
				"b.txt", "date 2025-07-02 It topped the old record of 44.1C set in July 2015 at the same airfield.",
			},
		},
		{
			// The two years are still compared as an earlier event's,
			// by the record's figure and words (TestDateFactsEarlier):
			// the label shows that the date of the record made no claim.
			name: "a bracket of words still ends the clause: the date has no event",
			articles: []string{
				"a.txt", "date 2025-07-02 The reading beat the old record of 44.1C (pictured above) set in July 2015, forecasters said.",
				"b.txt", "date 2025-07-02 It topped the old record of 44.1C set in July 2016 at the same airfield.",
			},
			want: []string{
				"a.txt:1:82: fact.date: year of the earlier event: in July 2015 here;",
				"b.txt:1:58: fact.date: year of the earlier event: in July 2016 here;",
			},
		},
		{
			name: "a month-year dates the last inspection",
			articles: []string{
				"a.txt", "date 2025-07-02 The viaduct, opened in 1971, had its last full inspection in May 2024.",
				"b.txt", "date 2025-07-02 The viaduct was last inspected in May 2023, the county said.",
				"c.txt", "date 2025-07-02 Its last inspection was in May 2024.",
			},
			want: []string{"b.txt:1:51: fact.date: date of the inspection: in May 2023 here; in May 2024 in a.txt:1, in May 2024 in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
