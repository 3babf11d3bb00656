package rules_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/rules"
)

// TestBylines checks the default pack's bylines: the article's date is
// read from a byline or wire dateline under the headline when it has a
// year, and a place or title before the date is not taken for part of
// it.
func TestBylines(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ src, date string }{
		// A dateline with the day before the month, and a town with
		// letters beyond ASCII.
		{"Headline\n\nSOMETOWN, 8 November 2024 - Copy.", "2024-11-08"},
		{"Headline\n\nÖSTERBÄCK, Country, 8 November 2024 (Some Wire) - Copy.", "2024-11-08"},
		{"Headline\n\nBy Ann Example, 7 March 2025\n\nCopy.", "2025-03-07"},
		{"Headline\n\nBy Ann Example, Chief Reporter, 7 March 2025\n\nCopy.", "2025-03-07"},
		{"Headline\n\nBy Ann Example, Sometown, Sunday 18 August 2019\n\nCopy.", "2019-08-18"},
		{"Headline\n\nBy Ann Example, Sometown, 8 November 2024\n\nCopy.", "2024-11-08"},
		{"Headline\n\nBY ANN EXAMPLE, Sept. 9, 2024\n\nCopy.", "2024-09-09"},
		{"Headline\n\nSOMETOWN, Country, Nov. 8, 2024 (Some Wire) - Copy.", "2024-11-08"},
		{"Headline\nPublished: Tuesday 12 September 2023, 10:15 BST\n\nCopy.", "2023-09-12"},
		// No year: no date, rather than a guessed one (the run may date
		// it by its story: TestYearlessDateline).
		{"Headline\n\nSOMETOWN, Country, Nov 8 (Some Wire) - Copy.", ""},
		{"Headline\n\nBy Ann Example\n\nCopy.", ""},
		// A date the calendar does not have gives none.
		{"Headline\n\nBy Ann Example, 31 June 2025\n\nCopy.", ""},
		// A byline that does not end with the date is copy about a date.
		{"Headline\n\nBy Ann Example, 7 March 2025 and more\n\nCopy.", ""},
		// Copy further down is not a byline.
		{"Head\n\nOne.\n\nTwo.\n\nThree.\n\nBy Ann Example, 7 March 2025\n", ""},
	} {
		doc, err := document.Read("a.txt", []byte(tc.src), set.Document)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Date != tc.date {
			t.Errorf("%q: date %q, want %q", tc.src, doc.Meta.Date, tc.date)
		}
	}
}

// TestBylineMonthDays checks the default pack's datelines without a year:
// the day of the month is read in either order ("Nov 8", "8 November"),
// with a town of any capital letters.
func TestBylineMonthDays(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ src, monthDay string }{
		{"Headline\n\nSOMETOWN, Country, Nov 8 (Some Wire) - Copy.", "11-08"},
		{"Headline\n\nSOMETOWN, 8 November - Copy.", "11-08"},
		{"Headline\n\nÖSTERBÄCK, 25 April \u2014 Copy.", "04-25"},
		{"Headline\n\nThe Town Post | News | Saturday\n\nSOMETOWN, 25 April \u2014 Copy.", "04-25"},
		// Not a dateline: a sentence that names a day.
		{"Headline\n\nOn 25 April - the day of the vote - the town met.", ""},
	} {
		doc, err := document.Read("a.txt", []byte(tc.src), set.Document)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Date != "" || doc.Meta.MonthDay != tc.monthDay {
			t.Errorf("%q: date %q, month and day %q; want none and %q", tc.src, doc.Meta.Date, doc.Meta.MonthDay, tc.monthDay)
		}
	}
}

// TestBylineDatesTheCopy checks that the date read from a byline is the
// one weekdays are checked against, and that the byline itself is still
// copy at its own line.
func TestBylineDatesTheCopy(t *testing.T) {
	text := "A headline\n\nBy Ann Example, Sometown, 8 November 2024\n\nThe storm struck on Wednesday, 7 November, before dawn."
	expect(t, check(t, dateRules, "a.txt", text),
		"a.txt:5:21: date.calendar: 7 November (2024, the year of the article's date 2024-11-08) is a Thursday, not a Wednesday")
	expect(t, check(t, dateRules, "a.txt", strings.Replace(text, "Wednesday", "Thursday", 1)))
}

// TestYearlessDateline checks that a wire dateline without a year ("Nov 8")
// takes the year from a dated article of its story within
// checker.MonthDayReach days, so that its weekdays are checked, and that
// with no such article it stays undated and unchecked.
func TestYearlessDateline(t *testing.T) {
	wire := "Quake kills dozens\n\nSOMETOWN, Country, Nov 8 (Some Wire) -\nThe quake struck on Wednesday, November 7, before dawn."
	dated := func(date string) string {
		return "A headline\n\nBy Ann Example, Othertown, " + date + "\n\nThe quake struck before dawn."
	}
	const found = "w.txt:4:21: date.calendar: 7 November (2024, the year of the article's date 2024-11-08) is a Thursday, not a Wednesday"
	for _, tc := range []struct {
		name  string
		other string // the dated article of the story, or ""
		want  []string
	}{
		{"a dated article a day later", dated("Saturday 9 November 2024"), []string{found}},
		{"a dated article two months later", dated("2 January 2025"), nil},
		{"a dated article weeks later", dated("6 December 2024"), []string{found}},
		{"a dated article too far off", dated("12 December 2024"), nil},
		{"alone", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			articles := []string{"w.txt", wire}
			if tc.other != "" {
				articles = append(articles, "a.txt", tc.other)
			}
			expect(t, check(t, dateRules, articles...), tc.want...)
		})
	}
}
