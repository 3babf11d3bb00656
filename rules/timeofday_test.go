package rules_test

import (
	"slices"
	"testing"
)

// TestTimesOfDay checks fact.mismatch on times of day: the time of one
// event told in the same words is compared to the minute; times of
// other events, rounded or hedged times, other zones and the same time
// on other days are not contradictions.
func TestTimesOfDay(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "same event, another minute",
			articles: []string{
				"a.txt", "The levee failed at 4.10am on Sunday, flooding the lower town.",
				"b.txt", "The levee failed at 4.40am on Sunday, flooding the lower town.",
			},
			want: []string{
				"a.txt:1:21: fact.mismatch: time of day: 4.10am here; 4.40am in b.txt:1",
				"b.txt:1:21: fact.mismatch: time of day: 4.40am here; 4.10am in a.txt:1",
			},
		},
		{
			name: "the odd one out of three, in other notations",
			articles: []string{
				"a.txt", "The ferry left the harbour at 6:40 a.m., the coastguard said.",
				"b.txt", "The ferry left the harbour at 6.40am, the coastguard said.",
				"c.txt", "The ferry left the harbour at 6:04 a.m., the coastguard said.",
			},
			want: []string{
				"c.txt:1:31: fact.mismatch: time of day: 6:04 a.m. here; 6:40 a.m. in a.txt:1, 6.40am in b.txt:1",
			},
		},
		{
			name: "different events at different times",
			articles: []string{
				"a.txt", "The levee failed at 4.10am. Police said at 9am that the road was shut, and the mayor gave a press conference at 11am.",
				"b.txt", "The levee failed at 4.10am. Crews reopened the bridge at 2pm after inspectors cleared it.",
			},
		},
		{
			name: "each the only time of its article, of different events",
			articles: []string{
				"a.txt", "Officials said counting finished at about 4 a.m. on Monday.",
				"b.txt", "Officials said results were posted at about 10 a.m. on Monday.",
			},
		},
		{
			name: "a time to the hour is rounded",
			articles: []string{
				"a.txt", "The levee failed at 3.40am on Sunday, flooding the lower town.",
				"b.txt", "The levee failed at 4am on Sunday, flooding the lower town.",
				"c.txt", "The levee failed at about 4am on Sunday, flooding the lower town.",
			},
		},
		{
			name: "just after and shortly before",
			articles: []string{
				"a.txt", "The levee failed just after 3.30am on Sunday, flooding the lower town.",
				"b.txt", "The levee failed at 3.40am on Sunday, flooding the lower town.",
				"c.txt", "The levee failed shortly before 4am on Sunday, flooding the lower town.",
			},
		},
		{
			name: "another zone is another reading",
			articles: []string{
				"a.txt", "The levee failed at 0640 GMT on Sunday, flooding the lower town.",
				"b.txt", "The levee failed at 3.40am local time on Sunday, flooding the lower town.",
				"c.txt", "The levee failed at 1.40am EST on Sunday, flooding the lower town.",
			},
		},
		{
			name: "the same clock time on different days",
			articles: []string{
				"a.txt", "The levee failed at 4.10am on Sunday, flooding the lower town.",
				"b.txt", "The levee failed at 4.10am on Monday, flooding the lower town.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
