package rules_test

import (
	"slices"
	"testing"
)

// TestCalendarYearless checks the weekdays of dates written without a
// year in an article with no date of its own: two that fit no one year
// are both shown, one against a majority alone, and dates months apart,
// or an article with a date, are left to the other checks.
func TestCalendarYearless(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "two that fit no year",
			text: "The ferry sailed on Thursday, Oct. 14, and docked on Sunday, Oct. 18, the port said.",
			want: []string{
				`a.txt:1:21: date.calendar: Thursday 14 October and Sunday 18 October fall in no one year: in a year where 18 October is a Sunday, 14 October is a Wednesday`,
				`a.txt:1:54: date.calendar: Sunday 18 October and Thursday 14 October fall in no one year: in a year where 14 October is a Thursday, 18 October is a Monday`,
			},
		},
		{
			name: "one against two",
			text: "Bids opened on Tuesday 4 March and closed on Thursday 5 March. Dealing began on Wednesday 11 March.",
			want: []string{`a.txt:1:16: date.calendar: Tuesday 4 March and Thursday 5 March fall in no one year: in a year where 5 March is a Thursday, 4 March is a Wednesday`},
		},
		{
			name: "dates of one year",
			text: "Bids opened on Tuesday 3 March and closed on Thursday 5 March. Dealing began on Wednesday 11 March.",
		},
		{
			name: "a leap day between them",
			text: "The fair ran from Saturday 29 February to Sunday 1 March, the council said.",
		},
		{
			name: "months apart, perhaps years apart",
			text: "The mill opened on Monday 3 March and closed on Friday 24 October.",
		},
		{
			// Saturday 25 April falls in a year where 5 May is a Tuesday.
			name: "the page's day against a date of the copy",
			text: "Museum shut\n\nThe Town Post | News | Saturday\n\nSOMETOWN, 25 April \u2014 The museum reopens on Sunday, 5 May, its trustees said.",
			want: []string{`a.txt:5:44: date.calendar: Sunday 5 May and Saturday 25 April fall in no one year: in a year where 25 April is a Saturday, 5 May is a Tuesday`},
		},
		{
			// A morning paper's page carries the day it is printed for,
			// its dateline the day the copy was filed: 25 April a
			// Friday, the page Saturday's.
			name: "the page's weekday the morning after its dateline",
			text: "Museum shut\n\nThe Town Post | News | Saturday\n\nSOMETOWN, 25 April \u2014 The museum reopens on Monday, 5 May, its trustees said.",
		},
		{
			// Many papers print no Sunday edition: a Monday's page
			// carries copy filed on the Saturday, 12 September a
			// Saturday in a year where 19 September is too.
			name: "a Monday's page above a Saturday's dateline",
			text: "Pier shut\n\nThe Town Post | News | Monday\n\nSOMETOWN, 12 September \u2014 The pier shut on Saturday, 12 September, and reopens on Saturday, 19 September, its owners said.",
		},
		{
			name: "a Tuesday's page is not the weekend's",
			text: "Pier shut\n\nThe Town Post | News | Tuesday\n\nSOMETOWN, 12 September \u2014 The pier shut on Saturday, 12 September, its owners said.",
			want: []string{`a.txt:5:43: date.calendar: Saturday 12 September and Tuesday 12 September fall in no one year: in a year where 12 September is a Tuesday, 12 September is a Tuesday`},
		},
		{
			name: "the page's day agrees with the copy",
			text: "Museum shut\n\nThe Town Post | News | Saturday\n\nSOMETOWN, 25 April \u2014 The museum reopens on Tuesday, 5 May, its trustees said.",
		},
		{
			name: "a dateline without a page's weekday dates nothing",
			text: "Museum shut\n\nSOMETOWN, 25 April \u2014 The museum reopens on Monday, 5 May, its trustees said.",
		},
		{
			// 9 March a Wednesday: 13 March is a Sunday, and the
			// lead's Monday under it six days before.
			name: "a dateline's lead a week before the dateline",
			text: "Tug aground\n\nBRENMOUTH, 13 March \u2014 The tug grounded on the Brenmouth bar on Monday, the port said.\n\nIts owners were warned of the storm on Wednesday, 9 March.",
			want: []string{
				`a.txt:3:64: date.calendar: Monday, in the lead under the dateline 13 March, and Wednesday 9 March fall in no one year: in a year where 9 March is a Wednesday, 13 March is a Sunday, and the Monday before it 6 days earlier`,
				`a.txt:5:40: date.calendar: Monday, in the lead under the dateline 13 March, and Wednesday 9 March fall in no one year: in a year where 9 March is a Wednesday, 13 March is a Sunday, and the Monday before it 6 days earlier`,
			},
		},
		{
			name: "a dateline's lead on the day before the dateline",
			text: "Tug aground\n\nBRENMOUTH, 13 March \u2014 The tug grounded on the Brenmouth bar on Saturday, the port said.\n\nIts owners were warned of the storm on Wednesday, 9 March.",
		},
		{
			// A weekday after the lead's sentence may be a week old.
			name: "a weekday after the dateline's sentence",
			text: "Tug aground\n\nBRENMOUTH, 13 March \u2014 The tug grounded on the Brenmouth bar at dawn, the port said.\n\nIts owners were warned of the storm on Monday.\n\nThe warning repeated one of Wednesday, 9 March.",
		},
		{
			name: "an article with its year checks each date alone",
			text: "date 2026-03-12 Bids opened on Tuesday 4 March and closed on Thursday 5 March.",
			want: []string{`a.txt:1:32: date.calendar: 4 March (2026, the year of the article's date 2026-03-12) is a Wednesday, not a Tuesday`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "date.calendar", "a.txt", tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
