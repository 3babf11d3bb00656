package rules

import (
	"fmt"
	"strconv"
	"time"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
)

// yearlessPair is a weekday written with a day and month but no year
// ("on Tuesday 4 March") in an article whose own date is unknown.
type yearlessPair struct {
	e *dates.Expr
	// orNext marks a page's day (pageDay): the weekday of the page's
	// furniture is its dateline's day's or the next day's, since a
	// morning paper's page carries the day it is printed for, and its
	// dateline the day the copy was filed ("The Town Post | News |
	// Thursday" above "ERLENBRUCK, 8 July -", a Wednesday); a Monday's
	// page may carry Saturday's copy (pageAfter).
	orNext bool
	// before is how many days before its day p's weekday may fall: a
	// dateline's lead tells the news of the last days before it was
	// filed (datelineLeadDays). 0: the weekday is the day's.
	before int
}

// monthDay is p's month and day as one number (pairValue).
func (p yearlessPair) monthDay() int { return p.e.Month*100 + p.e.Day }

// fitsAsWritten reports whether p's weekday is its day's in year y (or,
// for a dateline's lead, one of the days before it).
func (p yearlessPair) fitsAsWritten(y int) bool {
	d, ok := dates.Date(y, p.e.Month, p.e.Day)
	return ok && (d.Weekday() == p.e.Weekday || p.before > 0 && int(d.Weekday()-p.e.Weekday+7)%7 <= p.before)
}

// fits reports whether p's weekday is its day's in year y (or, for a
// page's day, the next day's; for a dateline's lead, one of the days
// before it).
func (p yearlessPair) fits(y int) bool {
	d, ok := dates.Date(y, p.e.Month, p.e.Day)
	if !ok {
		return false
	}
	wd := d.Weekday()
	return wd == p.e.Weekday || p.orNext && pageAfter(wd, p.e.Weekday) || p.before > 0 && int(wd-p.e.Weekday+7)%7 <= p.before
}

// pageAfter reports whether a page dated page may carry copy filed on a
// day of weekday filed, the day before it: the next day's morning paper,
// or a Monday's, which carries the weekend's copy from Saturday on, since
// many papers print no Sunday edition ("The Town Post | News | Monday"
// above "ERLENBRUCK, 14 March -", a Saturday).
func pageAfter(filed, page time.Weekday) bool {
	return (filed+1)%7 == page || page == time.Monday && filed == time.Saturday
}

// yearlessSpan is how far apart, in months, two yearless dates may lie
// and still be taken for days of one year.
const yearlessSpan = 2

// calendarYears are the years tried for yearless dates: every one of
// the fourteen calendars of the Gregorian cycle is among them.
const calendarFirst, calendarLast = 2000, 2039

// checkYearless checks the weekdays of the article's dates written
// without a year against each other when the article's own date is
// unknown, so that no year can be given to any: two of them a few weeks
// apart must fall in one year ("Tuesday 3 March" and "Thursday 5 March"
// do; "Tuesday 4 March" and "Thursday 5 March" fit no year). A date that
// fits no year where most of the others fit is reported, and both of two
// that disagree alone.
func (r *calendarRule) checkYearless(a *Article, es []dates.Expr, rep *Reporter) {
	if a.Ref.Known {
		return // each is checked against the article's year
	}
	var ps []yearlessPair
	for i := range es {
		e := &es[i]
		if e.Kind == dates.Calendar && e.HasWeekday && e.Year == 0 && e.Day != 0 && e.Month != 0 && e.Exists() {
			ps = append(ps, yearlessPair{e: e})
		}
	}
	page := -1
	if e, ok := pageDay(a, es); ok {
		page = len(ps)
		ps = append(ps, yearlessPair{e: e, orNext: true})
	}
	if len(ps) == 0 {
		return
	}
	// The weekdays of the dateline's lead, each one of the days before
	// the dateline's (datelineLeadClaims): they may clash with the
	// article's other weekdays, never agree with them.
	datelineLeads(a, es, func(i int) bool { return a.Calendar.TenseOf(a.Doc.Text, a.Seg, &es[i]) == dates.Past }, func(line, i int) {
		d := es[i]
		d.Month, d.Day = es[line].Month, es[line].Day
		ps = append(ps, yearlessPair{e: &d, before: datelineLeadDays})
	})
	if len(ps) < 2 {
		return
	}
	for i, p := range ps {
		// The others near p in the year: those of them that fit a year
		// with p, and those that fit none.
		var agree, clash []int
		for j, q := range ps {
			if j == i || max(p.e.Month-q.e.Month, q.e.Month-p.e.Month) > yearlessSpan || (p.e.Month == q.e.Month && p.e.Day == q.e.Day && p.e.Weekday == q.e.Weekday) ||
				p.before > 0 && p.monthDay() < q.monthDay() || q.before > 0 && q.monthDay() < p.monthDay() {
				// A dateline's lead is set against the days up to
				// its dateline's only (pastDateline).
				continue
			}
			switch fitTogether(p, q) {
			case fitAsWritten:
				if q.before == 0 {
					agree = append(agree, j)
				}
			case fitNone:
				clash = append(clash, j)
			}
		}
		// p is shown when what clashes with it outnumbers what agrees
		// with it: against a majority, or against one date alone (then
		// neither can be told right, and both are shown).
		if len(clash) <= len(agree) {
			continue
		}
		// The page's day is its date, not a claim of the copy: against
		// one date alone the date in the copy is the one shown.
		if i == page && len(clash) == 1 && len(agree) == 0 {
			continue
		}
		q := ps[clash[0]]
		related := make([]diag.Related, 0, len(clash))
		for _, j := range clash {
			msg := fmt.Sprintf("%s %d %s is written here", ps[j].e.Weekday, ps[j].e.Day, time.Month(ps[j].e.Month))
			if ps[j].before > 0 {
				msg = fmt.Sprintf("%s is written here, under the dateline %d %s", ps[j].e.Weekday, ps[j].e.Day, time.Month(ps[j].e.Month))
			}
			related = append(related, diag.Related{Location: rep.At(ps[j].e.Span), Message: msg})
		}
		if p.before > 0 || q.before > 0 {
			// A dateline's lead: its weekday is of a day before the
			// dateline's, whose weekday the other date gives.
			lead, day := p, q
			if q.before > 0 {
				lead, day = q, p
			}
			wd := weekdayBeside(day, yearlessPair{e: &dates.Expr{Month: lead.e.Month, Day: lead.e.Day}})
			rep.Report(r, p.e.Span, fmt.Sprintf("%s, in the lead under the dateline %d %s, and %s %d %s fall in no one year: in a year where %d %s is a %s, %d %s is a %s, and the %s before it %d days earlier",
				lead.e.Weekday, lead.e.Day, time.Month(lead.e.Month), day.e.Weekday, day.e.Day, time.Month(day.e.Month),
				day.e.Day, time.Month(day.e.Month), day.e.Weekday, lead.e.Day, time.Month(lead.e.Month), wd, lead.e.Weekday, (int(wd)-int(lead.e.Weekday)+7)%7), related, nil)
			continue
		}
		rep.Report(r, p.e.Span, fmt.Sprintf("%s %d %s and %s %d %s fall in no one year: in a year where %d %s is a %s, %d %s is a %s",
			p.e.Weekday, p.e.Day, time.Month(p.e.Month), q.e.Weekday, q.e.Day, time.Month(q.e.Month),
			q.e.Day, time.Month(q.e.Month), q.e.Weekday, p.e.Day, time.Month(p.e.Month), weekdayBeside(q, p)), related, nil)
	}
}

// fit is how two yearless weekdays and dates fit one year.
type fit int

const (
	// fitNone: no year has both weekdays right.
	fitNone fit = iota
	// fitNextDay: a year has both right only when a page's weekday is
	// read as the next day's (yearlessPair.orNext). Such a fit neither
	// agrees nor clashes: which day the page carries is not known.
	fitNextDay
	// fitAsWritten: a year has both weekdays right as written.
	fitAsWritten
)

// fitTogether reports how p's and q's weekdays fit one year.
func fitTogether(p, q yearlessPair) fit {
	f := fitNone
	for y := calendarFirst; y <= calendarLast; y++ {
		if !p.fits(y) || !q.fits(y) {
			continue
		}
		if p.fitsAsWritten(y) && q.fitsAsWritten(y) {
			return fitAsWritten
		}
		f = fitNextDay
	}
	return f
}

// weekdayBeside returns the weekday of p's day in a year where q's
// weekday is right (the first such year of the cycle; a leap day between
// them may make another year's answer a day later, and the message then
// names the first).
func weekdayBeside(q, p yearlessPair) time.Weekday {
	// The message names q's weekday as its day's, so a page's day is
	// read here without its next day's.
	for y := calendarFirst; y <= calendarLast; y++ {
		if q.fitsAsWritten(y) {
			if d, ok := dates.Date(y, p.e.Month, p.e.Day); ok {
				return d.Weekday()
			}
		}
	}
	return p.e.Weekday
}

// pageDay returns the day of the page of an article whose year is not
// known, as a yearless weekday and date: the day and month of its
// dateline ("ERLENBRUCK, 25 April -") with the weekday of its page
// furniture ("The Town Post | News | Saturday"). The page's weekday is
// the dateline's day's or the next day's (yearlessPair.orNext), so the
// two date the page nearly as one written "Saturday 25 April" would; the
// expression returned is the furniture's weekday given the dateline's day
// and month.
func pageDay(a *Article, es []dates.Expr) (*dates.Expr, bool) {
	md := a.Doc.Meta.MonthDay
	if len(md) != 5 || md[2] != '-' {
		return nil, false
	}
	month, err1 := strconv.Atoi(md[:2])
	day, err2 := strconv.Atoi(md[3:])
	if err1 != nil || err2 != nil {
		return nil, false
	}
	text := a.Doc.Text
	end := furnitureEnd(text)
	for i := range es {
		e := &es[i]
		if e.Span.Start >= end {
			break
		}
		if !pageWeekday(text, e) {
			continue
		}
		d := *e
		d.Month, d.Day, d.HasWeekday = month, day, true
		if _, ok := dates.Date(calendarFirst, month, day); !ok && (month != 2 || day != 29) {
			return nil, false
		}
		return &d, true
	}
	return nil, false
}
