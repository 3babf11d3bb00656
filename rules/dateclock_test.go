package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsClock checks the clock comparison of fact.date: two
// articles that write the same minute of the clock beside a day date one
// moment, whatever their verbs, and their days must agree. None of the
// verbs below is an event word of the pack, and the times are outside
// the leads, so only the clock can tie them. The copy is invented.
func TestDateFactsClock(t *testing.T) {
	lead := "The county spent the week clearing mud from the lanes of the valley below the reservoir."
	a := "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Sunday after two days of rain."
	b := "date 2024-05-08 " + lead + "\n\nWater poured through the breach at about 11:52 p.m. on Sunday, May 5, the county said."
	c := "date 2024-05-07 " + lead + "\n\nResidents heard a roar at 11.52pm on Sunday as the wall slumped."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the days agree", articles: []string{"a.txt", a, "b.txt", b, "c.txt", c}},
		{
			name:     "one article moves the day: the odd one out is reported",
			articles: []string{"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Saturday after two days of rain.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:39: fact.date: date of what happened at 11.52pm: on Saturday (Saturday 4 May 2024) here; on Sunday, May 5 (Sunday 5 May 2024) in b.txt:3, on Sunday (Sunday 5 May 2024) in c.txt:3"},
		},
		{
			// Unlike a lead, a minute of the clock is strict enough for
			// one article against one: both are reported, since which is
			// wrong is for the editor to find out.
			name:     "one article against one: both reported",
			articles: []string{"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Saturday after two days of rain.", "b.txt", b},
			want: []string{
				"a.txt:3:39: fact.date: date of what happened at 11.52pm: on Saturday (Saturday 4 May 2024) here; on Sunday, May 5 (Sunday 5 May 2024) in b.txt:3",
				"b.txt:3:56: fact.date: date of what happened at 11:52 p.m.: on Sunday, May 5 (Sunday 5 May 2024) here; on Saturday (Saturday 4 May 2024) in a.txt:3",
			},
		},
		{
			name:     "a story of more articles than rules.MaxLeadStory: clocks not compared",
			articles: longStory("date 2024-05-08 "+lead+"\n\nThe embankment gave way at 11.52pm on Saturday after two days of rain.", b, c),
		},
		{
			name: "the same minute weeks apart is two moments",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Sunday after two days of rain.",
				"b.txt", "date 2024-05-30 " + lead + "\n\nA second wall gave way at 11.52pm on Tuesday after more rain.",
			},
		},
		{
			name:     "yesterday in a paper of the next day is the same day",
			articles: []string{"a.txt", "date 2024-05-06 " + lead + "\n\nThe embankment gave way at 11.52pm yesterday after two days of rain.", "b.txt", b},
		},
		{
			name:     "a date and a time with a verb between are two moments",
			articles: []string{"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm and engineers arrived on Tuesday.", "b.txt", b},
		},
		{
			// A clause of "when" right after the date tells what happened
			// that day; a time in it is that moment's.
			name: "a time in a clause of when after the date",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe valley flooded on Saturday when the embankment gave way at 11.52pm after two days of rain.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:3:23: fact.date: date of what happened at 11.52pm: on Saturday (Saturday 4 May 2024) here; on Sunday, May 5 (Sunday 5 May 2024) in b.txt:3, on Sunday (Sunday 5 May 2024) in c.txt:3"},
		},
		{
			name: "a time in a clause of when after the date, the day agreeing",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe valley flooded on Sunday when the embankment gave way at 11.52pm after two days of rain.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// A possessive date opening its sentence names the subject
			// whose verb the time dates.
			name: "a possessive date opening the sentence and the time of its verb",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nSaturday's collapse, the first in the county since 1998, came at 11.52pm after two days of rain.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:3:1: fact.date: date of what happened at 11.52pm: Saturday (Saturday 4 May 2024) here; on Sunday, May 5 (Sunday 5 May 2024) in b.txt:3, on Sunday (Sunday 5 May 2024) in c.txt:3"},
		},
		{
			name: "a possessive date opening the sentence, the day agreeing",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nSunday's collapse, the first in the county since 1998, came at 11.52pm after two days of rain.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// After "and" the time is of another verb, whose day may be
			// the next.
			name: "a time after the date and another verb is another moment",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe rain began on Saturday and the embankment gave way at 11.52pm.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "a possessive date inside the sentence is not its subject",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nEngineers inspecting Saturday's damage found the wall cracked at 11.52pm.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "a round hour or half hour is a schedule's, not one moment",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe council met at 10.30am on Monday.",
				"b.txt", "date 2024-05-08 " + lead + "\n\nVolunteers gathered at 10.30am on Tuesday.",
			},
		},
		{
			name: "a future day is no moment yet",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe road will reopen at 6.15am on Friday.",
				"b.txt", "date 2024-05-08 " + lead + "\n\nThe road reopened at 6.15am on Monday.",
			},
		},
		{
			name: "the same weekday written in papers of different weeks",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Sunday after two days of rain.",
				"b.txt", "date 2024-05-15 " + lead + "\n\nThe embankment gave way at 11.52pm on Sunday after two days of rain.",
			},
		},
		{
			name: "a time in another zone is another clock",
			articles: []string{
				"a.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm on Sunday after two days of rain.",
				"b.txt", "date 2024-05-08 " + lead + "\n\nThe embankment gave way at 11.52pm (1952 GMT Saturday) after two days of rain.",
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
