package rules_test

import (
	"slices"
	"strings"
	"testing"
)

// TestDateFactsPairs checks the weekday comparison of fact.date across a
// story: weekdays written with a day and month and no year, in articles
// of no known year, must fit one year with the story's other such days a
// few weeks from them. The copy is invented.
func TestDateFactsPairs(t *testing.T) {
	b := "A ferry was refloated off Carrow Point on Sunday, 13 March, after four days aground."
	c := "Divers inspected the ferry's hull off Carrow Point on Monday, 14 March."
	// A story of its own for the datelines' leads.
	tugB := "A tug was freed from the Brenmouth bar on Sunday, 13 March, after four days stuck."
	tugC := "Divers inspected the tug's hull at the Brenmouth quay on Monday, 14 March."
	wire := func(weekday string) string {
		return "Tug freed\n\nBRENMOUTH, 13 March (Coast Wire) — A tug was freed from the Brenmouth bar " + weekday + " after four days stuck, the harbour board said."
	}
	page := func(day string) string {
		return "Ferry aground off Carrow Point\n\nCarrow Coast Gazette | News | Wednesday\n\nCARROW, " + day + " — The ferry ran aground off Carrow Point at dawn."
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the weekdays fit one year",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Wednesday, 9 March.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "one outlet moves a weekday: the odd one out is reported",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Thursday, 9 March.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:1:43: fact.date: weekday of the date, in no one year with the story's: on Thursday, 9 March here; on Sunday, 13 March in b.txt:1, on Monday, 14 March in c.txt:1"},
		},
		{
			name:     "one outlet moves a day",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Wednesday, 9 March.", "b.txt", "A ferry was refloated off Carrow Point on Sunday, 12 March, after four days aground.", "c.txt", c},
			want:     []string{"b.txt:1:43: fact.date: weekday of the date, in no one year with the story's: on Sunday, 12 March here; on Wednesday, 9 March in a.txt:1, on Monday, 14 March in c.txt:1"},
		},
		{
			// Which is wrong is for the editor to find out.
			name:     "one against one: both reported",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Thursday, 9 March.", "b.txt", b},
			want: []string{
				"a.txt:1:43: fact.date: weekday of the date, in no one year with the story's: on Thursday, 9 March here; on Sunday, 13 March in b.txt:1",
				"b.txt:1:43: fact.date: weekday of the date, in no one year with the story's: on Sunday, 13 March here; on Thursday, 9 March in a.txt:1",
			},
		},
		{
			name:     "days months apart may be of two years",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Thursday, 2 June.", "b.txt", b, "c.txt", c},
		},
		{
			// date.calendar reports a weekday that does not fall on its
			// day in the article's year; the story's are checked with
			// the ones that do.
			name:     "a dated article's weekday wrong for its year is date.calendar's",
			articles: []string{"a.txt", "date 2022-03-16 The ferry ran aground off Carrow Point on Thursday, 9 March.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "a dated article's weekday right for its year checks the others'",
			articles: []string{"a.txt", "date 2022-03-16 The ferry ran aground off Carrow Point on Wednesday, 9 March.", "b.txt", "A ferry was refloated off Carrow Point on Saturday, 13 March, after four days aground.", "c.txt", c},
			want:     []string{"b.txt:1:43: fact.date: weekday of the date, in no one year with the story's: on Saturday, 13 March here; on Wednesday, 9 March in a.txt:1, on Monday, 14 March in c.txt:1"},
		},
		{
			// Each fits its own year: two years' days, as an archive's
			// story may hold.
			name: "two dated articles of two years",
			articles: []string{
				"a.txt", "date 2022-03-16 The ferry ran aground off Carrow Point on Wednesday, 9 March.",
				"b.txt", "date 2023-03-16 Another ferry ran aground off Carrow Point on Thursday, 9 March.",
			},
		},
		{
			// A weekday alone as page furniture dates the page, and
			// the dateline's day is the page's.
			name:     "a page's weekday and its dateline's day",
			articles: []string{"a.txt", page("9 March"), "b.txt", b, "c.txt", c},
		},
		{
			// A morning paper's page carries the day it is printed
			// for, its dateline the day the copy was filed.
			name:     "a page's weekday the morning after its dateline's day",
			articles: []string{"a.txt", page("8 March"), "b.txt", b, "c.txt", c},
		},
		{
			name:     "a page's weekday and its dateline's day moved",
			articles: []string{"a.txt", page("10 March"), "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:5:9: fact.date: weekday of the date, in no one year with the story's: 10 March (a Wednesday's page) here; on Sunday, 13 March in b.txt:1, on Monday, 14 March in c.txt:1"},
		},
		{
			name:     "a page's weekday and an agency's dateline",
			articles: []string{"a.txt", strings.Replace(page("10 March"), "10 March —", "10 March (Coast Wire) —", 1), "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:5:9: fact.date: weekday of the date, in no one year with the story's: 10 March (a Wednesday's page) here; on Sunday, 13 March in b.txt:1, on Monday, 14 March in c.txt:1"},
		},
		{
			// A day in the copy's first sentence is no dateline.
			name:     "a day of the copy's first sentence is not the page's",
			articles: []string{"a.txt", strings.Replace(page("10 March"), "CARROW, 10 March — The ferry", "The ferry, launched on 10 March last year,", 1), "b.txt", b, "c.txt", c},
		},
		{
			// A wire's lead tells the news of its dateline's day or of
			// the days before: "on Sunday" under "13 March", a Sunday.
			name:     "a dateline's lead on the dateline's day",
			articles: []string{"a.txt", wire("on Sunday"), "b.txt", tugB, "c.txt", tugC},
		},
		{
			name:     "a dateline's lead two days before it",
			articles: []string{"a.txt", wire("on Friday"), "b.txt", tugB, "c.txt", tugC},
		},
		{
			// 13 March a Sunday: a Monday is six days before it, a
			// week-old lead.
			name:     "a dateline's lead on the day after the dateline's weekday",
			articles: []string{"a.txt", wire("on Monday"), "b.txt", tugB, "c.txt", tugC},
			want:     []string{"a.txt:3:78: fact.date: weekday of the date, in no one year with the story's: on Monday (under the dateline 13 March) here; on Sunday, 13 March in b.txt:1"},
		},
		{
			// A day after the dateline is one the copy could not tell
			// in the past: where the two clash, that day moved, or is
			// another event's (filedBefore).
			name:     "a dateline's lead against a day after the dateline",
			articles: []string{"a.txt", wire("on Monday"), "c.txt", tugC},
		},
		{
			name:     "a dateline's lead in the future is no day of the past",
			articles: []string{"a.txt", strings.Replace(wire("on Monday"), "was freed", "will be towed", 1), "b.txt", tugB, "c.txt", tugC},
		},
		{
			// A lead's weekday fits six days of seven: it may stand
			// against a weekday, never beside it ("Thursday" under "13
			// March" fits a year where 9 March is a Thursday).
			name: "a dateline's lead never outvotes a clash",
			articles: []string{
				"a.txt", "The tug grounded on the Brenmouth bar on Thursday, 9 March.",
				"b.txt", tugB,
				"d.txt", wire("on Thursday"),
			},
			// (b.txt's Sunday is reported by the weekdays' comparison,
			// against a.txt's and d.txt's Thursday.)
			want: []string{"a.txt:1:42: fact.date: weekday of the date, in no one year with the story's: on Thursday, 9 March here; on Sunday, 13 March in b.txt:1"},
		},
		{
			// Two weekdays of one article are date.calendar's.
			name:     "the clash within one article",
			articles: []string{"a.txt", "The ferry ran aground off Carrow Point on Thursday, 9 March, and was refloated on Sunday, 13 March."},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := load(t, "group = \"all\"\n")
			if err != nil {
				t.Fatalf("loading rules: %v", err)
			}
			var got []string
			for _, d := range checkSet(t, set, tc.articles...) {
				// The dates of events are compared too ("date of the
				// crash"); only this comparison's findings are read.
				if l := line(d); d.Rule == "fact.date" && strings.Contains(l, "weekday of the date") {
					got = append(got, l)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestDateFactsPageOwnDay checks that a page's weekday over a dateline
// of no year is the dateline's day, not the next, when the lead under
// the dateline names the page's weekday in the past (pageOwnDay): the
// next day's would be after the dateline's. The copy is invented.
func TestDateFactsPageOwnDay(t *testing.T) {
	page := func(lead string) string {
		return "Pump fails\n\nKelby Courier | News | Thursday\n\nKELBY, 5 March — " + lead + "\n"
	}
	wire := func(weekday string) string {
		return "Waterworks pump fails\n\nKELBY, March 5 (Coast Wire) — A pump at the Kelby waterworks failed " + weekday + ", cutting supplies to 4,100 homes.\n"
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the lead names the page's weekday: the page is the dateline's day",
			articles: []string{"a.txt", page("Staff at the Kelby waterworks were sent home on Thursday after the main pump failed."), "b.txt", wire("on Friday")},
			want: []string{
				"a.txt:5:8: fact.date: weekday of the date, in no one year with the story's: 5 March (a Thursday's page) here; on Friday (under the dateline March 5) in b.txt:3",
				"b.txt:3:72: fact.date: weekday of the date, in no one year with the story's: on Friday (under the dateline March 5) here; 5 March (a Thursday's page) in a.txt:5",
			},
		},
		{
			name:     "the weekdays agree",
			articles: []string{"a.txt", page("Staff at the Kelby waterworks were sent home on Thursday after the main pump failed."), "b.txt", wire("on Thursday")},
		},
		{
			name:     "a lead of no weekday: the page may be the next day's",
			articles: []string{"a.txt", page("Staff at the Kelby waterworks were sent home after the main pump failed."), "b.txt", wire("on Friday")},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
