package document_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// A byline test pattern: "By <anyone>, <ISO date>" at the end of a line.
var testByline = regexp.MustCompile(`^By [^\r\n]*?, (?P<date>\d{4}-\d{2}-\d{2})\r?$`)

// TestBylines checks that a byline among the first lines of the copy sets
// the article's date, stays copy at its own position, and never beats a
// dateline or front matter.
func TestBylines(t *testing.T) {
	opt := document.Options{Datelines: []*regexp.Regexp{seedDateline}, Bylines: []*regexp.Regexp{testByline}}
	tests := []struct {
		name   string
		format document.Format
		src    string
		date   string
		word   string // a word of the byline, still copy, and where it is
		start  document.Position
	}{
		{"under a headline", document.PlainText, "Headline here\n\nBy A Writer, 2025-03-07\n\nCopy.", "2025-03-07", "Writer", pos(3, 6)},
		{"first line", document.PlainText, "By A Writer, 2025-03-07\nCopy.", "2025-03-07", "Writer", pos(1, 6)},
		{"CRLF", document.PlainText, "Head\r\n\r\nBy A Writer, 2025-03-07\r\n\r\nCopy.", "2025-03-07", "Writer", pos(3, 6)},
		{"fourth non-blank line", document.PlainText, "Kicker\nHead\n\nStandfirst\n\n\nBy A Writer, 2025-03-07\nCopy.", "2025-03-07", "Writer", pos(7, 6)},
		{"fifth non-blank line is copy", document.PlainText, "a\nb\nc\nd\nBy A Writer, 2025-03-07\nCopy.", "", "Writer", pos(5, 6)},
		{"not at the line start", document.PlainText, "Head\nSaid By A Writer, 2025-03-07\nCopy.", "", "Writer", pos(2, 11)},
		{"the dateline wins", document.PlainText, "date 2024-01-02\nBy A Writer, 2025-03-07\nCopy.", "2024-01-02", "Writer", pos(2, 6)},
		{"front matter wins", document.Markdown, "---\ndate: 2023-01-01\n---\nHead\n\nBy A Writer, 2025-03-07\n", "2023-01-01", "Writer", pos(6, 6)},
		{"markdown", document.Markdown, "# Head\n\nBy A Writer, 2025-03-07\n\nCopy.", "2025-03-07", "Writer", pos(3, 6)},
		{"not a date", document.PlainText, "Head\nBy A Writer, 2025-3-7\nCopy.", "", "Writer", pos(2, 6)},
		{"HTML is not searched", document.HTML, "<p>By A Writer, 2025-03-07</p>", "", "Writer", pos(1, 9)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, opt)
			if d.Meta.Date != tc.date {
				t.Errorf("Date = %q, want %q", d.Meta.Date, tc.date)
			}
			sp := findSpan(t, d.Text, tc.word, 0)
			want := document.Range{Start: tc.start, End: pos(tc.start.Line, tc.start.Column+len([]rune(tc.word)))}
			if r := d.Range(sp); r != want {
				t.Errorf("Range(%q) = %v, want %v", tc.word, r, want)
			}
			if !strings.Contains(d.Text, "By A Writer") {
				t.Errorf("Text = %q lost the byline", d.Text)
			}
		})
	}
}

// TestBylineParseDate checks that a byline's date written out is read by
// ParseDate, and one it cannot read gives no date.
func TestBylineParseDate(t *testing.T) {
	re := regexp.MustCompile(`^By [^\r\n]*?, (?P<date>\d{1,2} [A-Z][a-z]+ \d{4})$`)
	parse := func(s string) (string, bool) {
		if s == "7 March 2025" {
			return "2025-03-07", true
		}
		return "", false
	}
	opt := document.Options{Bylines: []*regexp.Regexp{re}, ParseDate: parse}
	for src, want := range map[string]string{
		"Head\nBy A Writer, 7 March 2025\nCopy.": "2025-03-07",
		"Head\nBy A Writer, 31 June 2025\nCopy.": "",
	} {
		if d := mustRead(t, document.PlainText, src, opt); d.Meta.Date != want {
			t.Errorf("%q: Date = %q, want %q", src, d.Meta.Date, want)
		}
	}
}

// TestBylineMonthDay checks that a byline pattern's group "monthday" (a day
// of a month with no year) sets Meta.MonthDay, not Meta.Date, and that a
// full date further down the first lines still gives the date.
func TestBylineMonthDay(t *testing.T) {
	wire := regexp.MustCompile(`^[A-Z]+, (?P<monthday>[A-Z][a-z]+ \d{1,2}) -`)
	parse := func(s string) (string, bool) {
		if s == "Nov 8" {
			return "11-08", true
		}
		return "", false
	}
	opt := document.Options{Datelines: []*regexp.Regexp{seedDateline}, Bylines: []*regexp.Regexp{wire, testByline}, ParseMonthDay: parse}
	for _, tc := range []struct{ src, date, monthDay string }{
		{"Head\nLIMA, Nov 8 - Copy.", "", "11-08"},
		{"Head\nLIMA, Nov 8 - Copy.\nBy A Writer, 2024-11-09\n", "2024-11-09", ""},
		{"Head\nLIMA, Nov 31 - Copy.", "", ""},
		{"date 2024-01-02\nLIMA, Nov 8 - Copy.", "2024-01-02", ""},
	} {
		d := mustRead(t, document.PlainText, tc.src, opt)
		if d.Meta.Date != tc.date || d.Meta.MonthDay != tc.monthDay {
			t.Errorf("%q: Date, MonthDay = %q, %q; want %q, %q", tc.src, d.Meta.Date, d.Meta.MonthDay, tc.date, tc.monthDay)
		}
	}
}
