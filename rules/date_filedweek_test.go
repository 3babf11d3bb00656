package rules_test

import (
	"slices"
	"testing"
)

// TestWeekdayOutsideFiledWeek checks fact.date on a weekday named under
// a dateline of no year against days other outlets write out with a
// year: a day after the dateline, or more than a week before it, is
// another event's day (the earlier record a quote recalls), so its
// weekday opposes nothing; a day of the dateline's week still does.
func TestWeekdayOutsideFiledWeek(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "an earlier record's day after the dateline's day and month",
			articles: []string{
				"a.txt", "Frost ruins orchards\n\nHARTON, 20 April — A hard frost ruined the orchards.\n\nGrowers' union head Maria Brandt, 58, toured orchards in Kelby and Marsh End on Wednesday. \"Nothing like this since 1986,\" she said.\n",
				"b.txt", "Frost ruins orchards\n\nHARTON, 20 April (Wire) — A hard frost ruined the orchards.\n\n\"This is the worst frost since 6 May 1986,\" growers' union head Maria Brandt, 58, told reporters in Kelby.\n",
				"c.txt", "Frost ruins orchards\n\nA hard frost ruined the orchards.\n\nUnion head Maria Brandt, 58, said it was the worst frost since the night of May 6, 1986.\n",
			},
		},
		{
			name: "a day of the dateline's week",
			articles: []string{
				"a.txt", "HARTON, 20 April — Council leader Maria Brandt, 58, visited the farms on Wednesday.\n",
				"b.txt", "HARTON, 20 April (Wire) — Council leader Maria Brandt, 58, visited the farms on 17 April 2026.\n",
				"c.txt", "Council leader Maria Brandt, 58, visited the farms on April 17, 2026.\n",
			},
			want: []string{
				"a.txt:1:74: fact.date: day of the event: on Wednesday here; on 17 April 2026 in b.txt:1, on April 17, 2026 in c.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.date", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
