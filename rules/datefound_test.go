package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsFound checks fact.date on moved days of invented copy
// that it used to miss: a weekday with a part of the day before its
// possessive, and a clock time after a place set off by commas. Each
// case has its agreeing twin, so that the finding is shown to come from
// the moved day.
func TestDateFactsFound(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a weekday and part of the day before a possessive dates the noun",
			articles: []string{
				"a.txt", "date 2024-07-17 Residents of Dunmere cleared broken glass from their streets after Monday afternoon's hailstorm.",
				"b.txt", "date 2024-07-17 The hailstorm struck Dunmere on Tuesday and smashed hundreds of windows.",
			},
			want: []string{
				"a.txt:1:84: fact.date: date of the storm: Monday (Monday 15 July 2024) here; on Tuesday (Tuesday 16 July 2024) in b.txt:1",
				"b.txt:1:49: fact.date: date of the storm: on Tuesday (Tuesday 16 July 2024) here; Monday (Monday 15 July 2024) in a.txt:1",
			},
		},
		{
			name: "the same possessive on the same day",
			articles: []string{
				"a.txt", "date 2024-07-17 Residents of Dunmere cleared broken glass from their streets after Tuesday afternoon's hailstorm.",
				"b.txt", "date 2024-07-17 The hailstorm struck Dunmere on Tuesday and smashed hundreds of windows.",
			},
		},
		{
			// An earlier storm dated in the article ("the hail of May
			// 2009") is another occurrence: it does not make the news's
			// date one of two, and the two articles, each dating the news
			// once with the same word, are one event though their
			// clauses share no word.
			name: "an earlier year of the event leaves the news's date the only one",
			articles: []string{
				"a.txt", "date 2024-07-17 Shopkeepers swept up on Wednesday after Monday afternoon's hailstorm.\n\nOlder residents compared the storm with the hail of May 2009.",
				"b.txt", "date 2024-07-17 Insurers expect 9,000 claims after a hailstorm pounded the farmland of Dunmere on Tuesday.",
			},
			want: []string{
				"a.txt:1:57: fact.date: date of the storm: Monday (Monday 15 July 2024) here; on Tuesday (Tuesday 16 July 2024) in b.txt:1",
				"b.txt:1:99: fact.date: date of the storm: on Tuesday (Tuesday 16 July 2024) here; Monday (Monday 15 July 2024) in a.txt:1",
			},
		},
		{
			name: "an earlier year of the event, the news's day agreeing",
			articles: []string{
				"a.txt", "date 2024-07-17 Shopkeepers swept up on Wednesday after Tuesday afternoon's hailstorm.\n\nOlder residents compared the storm with the hail of May 2009.",
				"b.txt", "date 2024-07-17 Insurers expect 9,000 claims after a hailstorm pounded the farmland of Dunmere on Tuesday.",
			},
		},
		{
			name: "a place set off by commas leaves the clause's tense to its verb",
			articles: []string{
				"a.txt", "date 2024-07-18 Hail battered Dunmere, Westshire, at 4.20pm on Monday, smashing windscreens.",
				"b.txt", "date 2024-07-19 The storm reached the town at about 4.20pm on 16 July and lasted 25 minutes.",
			},
			want: []string{
				"a.txt:1:64: fact.date: date of what happened at 4.20pm: on Monday (Monday 15 July 2024) here; on 16 July (Tuesday 16 July 2024) in b.txt:1",
				"b.txt:1:63: fact.date: date of what happened at 4.20pm: on 16 July (Tuesday 16 July 2024) here; on Monday (Monday 15 July 2024) in a.txt:1",
			},
		},
		{
			name: "the same minute on the same day",
			articles: []string{
				"a.txt", "date 2024-07-18 Hail battered Dunmere, Westshire, at 4.20pm on Tuesday, smashing windscreens.",
				"b.txt", "date 2024-07-19 The storm reached the town at about 4.20pm on 16 July and lasted 25 minutes.",
			},
		},
		{
			name: "a bracketed figure leaves the clause's tense to the verb before it",
			articles: []string{
				"a.txt", "date 2024-03-08 A dairy firm was convicted of a spill costing 3 million euros ($3.3 million) on Wednesday.",
				"b.txt", "date 2024-03-08 The dairy firm was convicted on Thursday of fouling the Maddle.",
			},
			want: []string{
				"a.txt:1:97: fact.date: date of the verdict: on Wednesday (Wednesday 6 March 2024) here; on Thursday (Thursday 7 March 2024) in b.txt:1",
				"b.txt:1:49: fact.date: date of the verdict: on Thursday (Thursday 7 March 2024) here; on Wednesday (Wednesday 6 March 2024) in a.txt:1",
			},
		},
		{
			name: "the same bracketed figure on the same day",
			articles: []string{
				"a.txt", "date 2024-03-08 A dairy firm was convicted of a spill costing 3 million euros ($3.3 million) on Thursday.",
				"b.txt", "date 2024-03-08 The dairy firm was convicted on Thursday of fouling the Maddle.",
			},
		},
		{
			name: "a present perfect before a possessive tells a day gone by",
			articles: []string{
				"a.txt", "date 2024-07-17 Residents of Dunmere have welcomed Monday's verdict in the orchard case.",
				"b.txt", "date 2024-07-17 The verdict in the orchard case was given in Dunmere on Tuesday.",
			},
			want: []string{
				"a.txt:1:52: fact.date: date of the verdict: Monday (Monday 15 July 2024) here; on Tuesday (Tuesday 16 July 2024) in b.txt:1",
				"b.txt:1:73: fact.date: date of the verdict: on Tuesday (Tuesday 16 July 2024) here; Monday (Monday 15 July 2024) in a.txt:1",
			},
		},
		{
			name: "the same present perfect on the same day",
			articles: []string{
				"a.txt", "date 2024-07-17 Residents of Dunmere have welcomed Tuesday's verdict in the orchard case.",
				"b.txt", "date 2024-07-17 The verdict in the orchard case was given in Dunmere on Tuesday.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkFactDates(t, tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
