package rules_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/rules"
)

// dateRules are the default pack's date rules, alone.
const dateRules = `
group = "all"

[[rule]]
id = "date.calendar"
kind = "calendar"
severity = "error"

[[rule]]
id = "fact.date"
kind = "datefacts"
events = [
  ["meeting", "meet", "met", "summit", "talks"],
  ["arrival", "arrive", "arrived"],
  ["sinking", "sank"],
  ["arrest", "arrested"],
]
`

func TestCalendar(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a weekday that is not the date's", "The summit opens on Wednesday, Sept. 12, 2023, in the city.",
			[]string{"a.txt:1:21: date.calendar: 12 September 2023 is a Tuesday, not a Wednesday"}},
		{"the right weekday", "The summit opens on Tuesday, Sept. 12, 2023, in the city.", nil},
		{"British order", "The summit opens on Wednesday 12 September 2023 in the city.",
			[]string{"a.txt:1:21: date.calendar: 12 September 2023 is a Tuesday, not a Wednesday"}},
		{"no year and no article date: not checked", "The summit opens on Wednesday 12 September in the city.", nil},
		{"the year comes from the article's date", "date 2023-09-10 The summit opens on Wednesday 12 September in the city.",
			[]string{"a.txt:1:37: date.calendar: 12 September (2023, the year of the article's date 2023-09-10) is a Tuesday, not a Wednesday"}},
		{"across a year end", "date 2023-12-28 The talks resume on Monday, Jan. 1.",
			nil},
		{"a yearless date far from the article's is another year's", "date 2023-06-01 The towers fell on Tuesday, September 11, he recalled.",
			nil},
		{"a yearless date near the article's", "date 2023-08-01 The talks resume on Tuesday, September 11, officials said.",
			[]string{"a.txt:1:37: date.calendar: 11 September (2023, the year of the article's date 2023-08-01) is a Monday, not a Tuesday"}},
		{"a yearless date ten weeks back is checked", "date 2024-06-14 She set off from the bay on Sunday 6 April.",
			[]string{"a.txt:1:45: date.calendar: 6 April (2024, the year of the article's date 2024-06-14) is a Saturday, not a Sunday"}},
		{"a yearless date ten weeks ahead is not", "date 2024-06-14 The race starts on Monday 25 August.", nil},
		{"a yearless date four months back is not", "date 2024-08-20 She set off from the bay on Sunday 6 April.", nil},
		{"next year moves a yearless date's year", "date 2023-05-17 The plant will close on Friday 29 March next year.", nil},
		{"next year, and the weekday wrong for it", "date 2023-05-17 The plant will close on Thursday 29 March next year.",
			[]string{"a.txt:1:41: date.calendar: 29 March (2024, the year after the article's date 2023-05-17) is a Friday, not a Thursday"}},
		{"last year", "date 2024-01-20 The plant closed on Friday 29 December, last year.", nil},
		{"a day the month does not have", "The vote is on 31 June, officials said.",
			[]string{"a.txt:1:16: date.calendar: there is no 31 June"}},
		{"not a leap year", "It happened on February 29, 2023 at dawn.",
			[]string{"a.txt:1:16: date.calendar: 2023 is not a leap year: there is no 29 February 2023"}},
		{"a leap year", "It happened on February 29, 2024 at dawn.", nil},
		{"a year that contradicts its count back", "date 2024-11-15 The pit opened 50 years ago, in 1947, officials said.",
			[]string{"a.txt:1:49: date.calendar: 1947 is not 50 years before the article's date 2024-11-15 (that is 1974)"}},
		{"a count back that agrees with its year", "date 2024-11-15 The pit opened 50 years ago, in 1974, officials said.", nil},
		{"a count back rounded by a year", "date 2024-02-15 The pit opened 50 years ago, in 1973, officials said.", nil},
		{"the year first", "date 2024-11-15 The pit opened in 1947, 50 years ago, officials said.",
			[]string{"a.txt:1:35: date.calendar: 1947 is not 50 years before the article's date 2024-11-15 (that is 1974)"}},
		{"a count back and a year apart are two claims", "date 2024-11-15 Turnout rose five years ago and fell in 2012.", nil},
		{"no article date: a count back is not checked", "The pit opened 50 years ago, in 1947, officials said.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, dateRules, "a.txt", tc.text), tc.want...)
		})
	}
}

func TestDateFacts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "as early as Tuesday and on Tuesday agree across article dates",
			articles: []string{
				"a.txt", "date 2023-09-11 The meeting between the two leaders is expected to take place as early as Tuesday local time.",
				"b.txt", "date 2023-09-12 The two leaders are going to meet on Tuesday, most likely.",
			},
		},
		{
			name: "a day moved",
			articles: []string{
				"a.txt", "date 2023-09-12 The two leaders met on Monday in the port city, officials said.",
				"b.txt", "date 2023-09-11 The two leaders met today in the port city, officials said.",
				"c.txt", "date 2023-09-12 The two leaders met on Sunday in the port city, officials said.",
			},
			want: []string{"c.txt:1:40: fact.date: date of the meeting: on Sunday (Sunday 10 September 2023) here; on Monday (Monday 11 September 2023) in a.txt:1, today (Monday 11 September 2023) in b.txt:1"},
		},
		{
			name: "a month changed",
			articles: []string{
				"a.txt", "The two leaders first met in April 2019 in the port city.",
				"b.txt", "The two leaders first met in May 2019 in the port city.",
				"c.txt", "The two leaders first met in April 2019, in the port city.",
			},
			want: []string{"b.txt:1:30: fact.date: date of the meeting: in May 2019 here; in April 2019 in a.txt:1, in April 2019 in c.txt:1"},
		},
		{
			name: "different people arrive on different days",
			articles: []string{
				"a.txt", "date 2023-09-12 On Monday, Putin arrived in Vladivostok, officials said.",
				"b.txt", "date 2023-09-13 On Tuesday, Kim arrived in Vladivostok, officials said.",
			},
		},
		{
			name: "the dates of statements are not compared",
			articles: []string{
				"a.txt", "date 2023-09-12 The Kremlin said Monday that the meeting would happen soon.",
				"b.txt", "date 2023-09-12 The Kremlin said Sunday that the meeting would happen soon.",
			},
		},
		{
			name: "an article without a date resolves no weekday",
			articles: []string{
				"a.txt", "Putin arrived in Vladivostok on Monday, officials said.",
				"b.txt", "date 2023-09-12 Putin arrived in Vladivostok on Sunday, officials said.",
			},
		},
		{
			name: "a vague date takes no side",
			articles: []string{
				"a.txt", "date 2023-09-11 The meeting between the two leaders is expected to take place as early as Wednesday.",
				"b.txt", "date 2023-09-11 The meeting between the two leaders is expected to take place as early as Tuesday.",
				"c.txt", "date 2023-09-12 The meeting between the two leaders is expected to take place today.",
			},
			want: []string{
				"a.txt:1:91: fact.date: date of the meeting: as early as Wednesday (Wednesday 13 September 2023 or later) here; today (Tuesday 12 September 2023) in c.txt:1",
				"c.txt:1:79: fact.date: date of the meeting: today (Tuesday 12 September 2023) here; as early as Wednesday (Wednesday 13 September 2023 or later) in a.txt:1",
			},
		},
		{
			name: "across a year end",
			articles: []string{
				"a.txt", "date 2024-01-02 The ferry sank on Sunday off the northern coast, the coastguard said.",
				"b.txt", "date 2023-12-31 The ferry sank today off the northern coast, the coastguard said.",
				"c.txt", "date 2024-01-02 The ferry sank on Saturday off the northern coast, the coastguard said.",
			},
			want: []string{"c.txt:1:35: fact.date: date of the sinking: on Saturday (Saturday 30 December 2023) here; on Sunday (Sunday 31 December 2023) in a.txt:1, today (Sunday 31 December 2023) in b.txt:1"},
		},
		{
			name: "different events on different days",
			articles: []string{
				"a.txt", "date 2024-02-14 Crewe was arrested at the marina on Monday, police said.",
				"b.txt", "date 2024-02-14 The two leaders met on Tuesday in the port city.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, dateRules, tc.articles...), tc.want...)
		})
	}
}

// TestDatelines checks the default pack's datelines: the article's date
// is read from "date YYYY-MM-DD" and from a "Published ..." line written
// out, which is metadata and not copy.
func TestDatelines(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		src, date, firstCopy string
	}{
		{"date 2023-09-12 The two leaders met.", "2023-09-12", "The two leaders met."},
		{"Published: Tuesday, Sept. 12, 2023, 10:15 BST\nThe two leaders met.", "2023-09-12", "The two leaders met."},
		{"Updated on 12 September 2023\n\nThe two leaders met.", "2023-09-12", "The two leaders met."},
		{"Last updated September 12th, 2023 at 9am\nThe two leaders met.", "2023-09-12", "The two leaders met."},
		// A dateline with a day the calendar does not have is still
		// metadata, but gives no date.
		{"Published: 31 June 2023\nThe two leaders met.", "", "The two leaders met."},
		{"Published figures show 12 rises in 2023.\nThe two leaders met.", "", "Published figures show 12 rises in 2023."},
	} {
		doc, err := document.Read("a.txt", []byte(tc.src), set.Document)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Date != tc.date {
			t.Errorf("%q: date %q, want %q", tc.src, doc.Meta.Date, tc.date)
		}
		if len(doc.Blocks) == 0 || !strings.HasPrefix(doc.Text[doc.Blocks[0].Start:], tc.firstCopy) {
			t.Errorf("%q: the copy starts %q, want %q", tc.src, doc.Text, tc.firstCopy)
		}
	}
}
