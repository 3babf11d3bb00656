package rules

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/tomlx"
)

// calendarRule checks the dates of one article against the calendar: a
// weekday written with a date must be the date's weekday ("Wednesday,
// Sept. 12, 2023" is wrong: 12 September 2023 was a Tuesday), and the day
// must exist ("31 June"). A date written without its year takes the year
// that puts it nearest the article's own date; with neither, its weekday
// cannot be checked and is left alone.
type calendarRule struct {
	info Info
}

func newCalendarRule(t *tomlx.Table, info Info) (Rule, error) {
	var c Common
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c)
	return &calendarRule{info: info}, nil
}

func (r *calendarRule) Info() *Info { return &r.info }

func (r *calendarRule) Check(a *Article, rep *Reporter) any {
	es := a.Dates()
	r.checkAgo(a, es, rep)
	r.checkPageDay(a, es, rep)
	r.checkYearless(a, es, rep)
	for i := range es {
		e := &es[i]
		if e.Day == 0 || e.Month == 0 {
			continue
		}
		if !e.Exists() {
			msg := fmt.Sprintf("there is no %d %s", e.Day, time.Month(e.Month))
			if e.Year != 0 && e.Month == 2 && e.Day == 29 {
				msg = fmt.Sprintf("%d is not a leap year: there is no 29 February %d", e.Year, e.Year)
			}
			rep.Report(r, e.Span, msg, nil, nil)
			continue
		}
		if !e.HasWeekday {
			continue
		}
		shift := 0
		if e.Year == 0 {
			shift = yearAfter(a.Doc.Text[e.Span.End:])
		}
		var d dates.Day
		var ok bool
		if shift != 0 {
			// "on Friday 29 March next year": the year is the article's,
			// moved as the words after the date say.
			ry, _, _ := a.Ref.Day.Civil()
			d, ok = dates.Date(ry+shift, e.Month, e.Day)
		} else {
			d, ok = e.Date(a.Ref)
		}
		if !ok || d.Weekday() == e.Weekday {
			continue
		}
		// Without its year, a date far from the article's may be a
		// memory of another year ("Tuesday, September 11" of 2001);
		// only the days around the article's are checked: further back
		// than forward, since a story tells the weeks that led to its
		// news ("she set off on Saturday 6 April" in a June report of a
		// voyage's end) and rarely dates the months ahead by weekday.
		if e.Year == 0 && shift == 0 && !withinYearless(d, a.Ref.Day) {
			continue
		}
		y, _, _ := d.Civil()
		when := fmt.Sprintf("%d %s %d", e.Day, time.Month(e.Month), y)
		switch {
		case shift != 0:
			side := "after"
			if shift < 0 {
				side = "before"
			}
			when = fmt.Sprintf("%d %s (%d, the year %s the article's date %s)", e.Day, time.Month(e.Month), y, side, a.Ref.Day)
		case e.Year == 0:
			when = fmt.Sprintf("%d %s (%d, the year of the article's date %s)", e.Day, time.Month(e.Month), y, a.Ref.Day)
		}
		rep.Report(r, e.Span, fmt.Sprintf("%s is a %s, not a %s", when, d.Weekday(), e.Weekday), nil, nil)
	}
	return nil
}

// checkAgo checks a count of years back that names its year beside it,
// "opened 50 years ago, in 1974" or "in 1974, 50 years ago", against the
// article's own date: the two are one claim written twice, and a year
// that disagrees with the count by more than one contradicts the article
// itself. One year either way is allowed, since the count is rounded and
// the anniversary may not have come round yet in the article's year.
// Only a pair written side by side, with nothing but a comma between
// them, is read, so that "five years ago" and a year elsewhere in the
// sentence are never taken for one claim.
func (r *calendarRule) checkAgo(a *Article, es []dates.Expr, rep *Reporter) {
	if !a.Ref.Known {
		return
	}
	refYear, _, _ := a.Ref.Day.Civil()
	for i := 0; i+1 < len(es); i++ {
		x, y := &es[i], &es[i+1]
		if x.Sentence != y.Sentence {
			continue
		}
		ago, year := x, y
		if !isYearsAgo(ago) {
			ago, year = y, x
		}
		if !isYearsAgo(ago) || !isBareYear(year) {
			continue
		}
		first, second := x.Phrase, y.Phrase
		if first.End > second.Start || !onlyComma(a.Doc.Text[first.End:second.Start]) {
			continue
		}
		back := -ago.N
		want := refYear - back
		if d := year.Year - want; d >= -1 && d <= 1 {
			continue
		}
		rep.Report(r, year.Span, fmt.Sprintf("%d is not %d years before the article's date %s (that is %d)",
			year.Year, back, a.Ref.Day, want), nil, nil)
	}
}

// checkPageDay checks the weekday of a page's furniture against the
// article's own date: a line among the first document.BylineLines
// non-blank lines of the copy that ends in a weekday alone, as the last
// item after a bar or a comma ("A Town Post | Sport | Tuesday", "By A
// Writer, Town, Tuesday") or as the whole line, with at most a time of
// day after it ("Tuesday, 6.05pm"), dates the page, and the page is the
// article: its weekday must be that of the article's date. A weekday in
// a sentence of the copy is an event's, and is left alone.
func (r *calendarRule) checkPageDay(a *Article, es []dates.Expr, rep *Reporter) {
	if !a.Ref.Known {
		return
	}
	text := a.Doc.Text
	// The furniture is within the first lines: the dates, in the order
	// of the copy, are read up to their end.
	end := furnitureEnd(text)
	for i := range es {
		e := &es[i]
		if e.Span.Start >= end {
			break
		}
		if e.Weekday == a.Ref.Day.Weekday() || !pageWeekday(text, e) {
			continue
		}
		rep.Report(r, e.Span, fmt.Sprintf("the page is dated %s, but the article's date %s is a %s",
			e.Weekday, a.Ref.Day, a.Ref.Day.Weekday()), nil, nil)
	}
}

// pageWeekday reports whether e is a page's weekday: a bare weekday,
// neither a bound nor "ago", that dates a line of page furniture
// (pageLine).
func pageWeekday(text string, e *dates.Expr) bool {
	return e.Kind == dates.Weekday && e.Shift == dates.Bare && e.Bound == dates.Exactly && !e.Ago && pageLine(text, e.Span)
}

// pageLine reports whether the weekday at span s of text, within the
// first document.BylineLines non-blank lines, is the date of a line of
// page furniture (checkPageDay): the line's first word or its
// last item after "|" or ",", each item before it of at most
// pageItemWords words, with nothing after it in the line but a comma
// and a time of day.
func pageLine(text string, s document.Span) bool {
	from := strings.LastIndexByte(text[:s.Start], '\n') + 1
	before := strings.TrimRight(text[from:s.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "|") && !strings.HasSuffix(before, ",") {
		return false
	}
	if !furnitureItems(before) {
		return false
	}
	to := strings.IndexByte(text[s.End:], '\n')
	if to < 0 {
		to = len(text) - s.End
	}
	after := strings.TrimSpace(text[s.End : s.End+to])
	after = strings.TrimSpace(strings.TrimPrefix(after, ","))
	if after == "" {
		return true
	}
	return pageTime.MatchString(after)
}

// furnitureEnd returns the end of the document.BylineLines-th non-blank
// line of text, or its length.
func furnitureEnd(text string) int {
	lines := 0
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			return len(text)
		}
		end += at
		if strings.TrimSpace(text[at:end]) != "" {
			lines++
			if lines == document.BylineLines {
				return end
			}
		}
		at = end + 1
	}
	return len(text)
}

// pageItemWords is how many words an item of page furniture may have.
const pageItemWords = 6

// pageTime is a time of day as page furniture writes it after its
// weekday ("6.05pm", "18:05", "6:05 p.m. GMT").
var pageTime = regexp.MustCompile(`^\d{1,2}([.:]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)?( [A-Z]{2,4})?$`)

// isYearsAgo tells whether e is a count of years back ("50 years ago").
func isYearsAgo(e *dates.Expr) bool {
	return e.Ago && e.Unit == dates.Year && e.N < -1 && e.Year == 0 && e.Month == 0
}

// isBareYear tells whether e is a year alone ("in 1974").
func isBareYear(e *dates.Expr) bool {
	return e.Year != 0 && e.Month == 0 && e.Day == 0 && !e.HasWeekday && !e.Ago && e.N == 0
}

// onlyComma tells whether s is white space around at most one comma.
func onlyComma(s string) bool {
	commas := 0
	for _, c := range s {
		switch c {
		case ',':
			commas++
		case ' ', '\t', '\n':
		default:
			return false
		}
	}
	return commas <= 1
}

// yearAfter reads "next year" or "last year" written right after a date
// without its year ("on Friday 29 March next year", "on 3 May, last
// year"): +1 or -1, or 0 when neither follows.
func yearAfter(rest string) int {
	rest = strings.TrimLeft(rest, " ,")
	for _, c := range []struct {
		words string
		shift int
	}{{"next year", 1}, {"last year", -1}} {
		if len(rest) >= len(c.words) && strings.EqualFold(rest[:len(c.words)], c.words) &&
			(len(rest) == len(c.words) || !isLetter(rest[len(c.words)])) {
			return c.shift
		}
	}
	return 0
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// yearlessReach is how many days after the article's date a date written
// without its year may lie and still have its weekday checked.
const yearlessReach = 60

// yearlessBack is how many days before the article's date a date
// written without its year may lie and still have its weekday checked:
// a quarter of a year. Further back, a year-old memory is likelier.
const yearlessBack = 92

// withinYearless reports whether day d, read without its year in the year
// nearest the article's date ref, is near enough ref to check its weekday.
func withinYearless(d, ref dates.Day) bool {
	if d < ref {
		return int(ref-d) <= yearlessBack
	}
	return int(d-ref) <= yearlessReach
}
