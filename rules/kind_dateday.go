package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// The written-day comparison of fact.date. Outlets give the days of a
// story's steps and deadlines written out ("the dam's gates were shut
// on 3 May", "must rule by Oct. 14", "the mill burned down on 9 August
// 1907"),
// each with a verb of its own that is often in no event group and
// outside the lead. A day and month written out name one day of one
// event far more surely than a year does: when two outlets write the
// same day and a third writes a day one field away from it (another day
// of that month, the same day of another month, or another year), with
// none of the three giving the other's day anywhere, the third has most
// likely moved it. Each day written out is a claim of its sentence's
// words (sentenceWords, as the years of earlier events are), compared
// by dayOpponents.

// dayKey is the key of a day written out; such claims are compared by
// compareDays alone.
const dayKey = "date:day"

// weekdayKey is the key of a weekday or a relative day resolved in the
// past ("arrived on Monday", "yesterday"); such claims are compared with
// the days written out, by compareDays.
const weekdayKey = "date:weekday"

// dayLabel names the fact in messages.
const dayLabel = "day of the event"

// dayClaims returns out with a claim for each date of the article that
// writes out its day and month (with its year or without: "on 3 May",
// "Oct. 14", "9 August 1907"), exactly or as a bound ("by Oct. 14": the
// day written is compared, not the range it bounds), and is not a
// statement's, the label of the article's own date, a weekday written
// beside a day it does not fall on (date.calendar reports it), nor the
// article's own day (a byline's or a wire dateline's, the day of the
// report). In an article whose own date is not known, a day and month
// of no year is a claim of no year as well (yearlessDay). Its context is
// its sentence from after the last word of earlier_breaks before it, as
// for a time of day.
func (r *dateFactsRule) dayClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	text, toks := a.Doc.Text, a.Seg.Tokens
	var ids []wordID
	type pending struct {
		sentenceWords
		e        *dates.Expr
		day      dates.Day
		weekday  bool
		future   bool
		named    bool
		yearless bool
		// past marks a day of no year in a clause of the past,
		// untensed one in a clause of no tense known.
		past, untensed bool
	}
	var room [8]pending
	todo := room[:0]
	for i := range es {
		e := &es[i]
		if e.Ago || e.Shift != dates.Bare || e.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		var day dates.Day
		var ok, future, named bool
		weekday := e.Kind == dates.Weekday || e.Kind == dates.Relative
		if weekday {
			day, ok = s.pastDay(a, e, i)
			if !ok {
				day, ok = s.futureDay(a, e, i)
				future = ok
			}
		} else {
			day, ok = writtenDay(a, e)
		}
		if !ok {
			day, ok = s.namedDay(a, e, i)
			named = ok
		}
		// A day and month of no year in an article of no year is a
		// claim too, of no calendar (yearlessDay), besides the weekday
		// written beside it, if any (namedDay).
		noYear, yearless := yearlessDay(a, e)
		if !ok && !yearless {
			continue
		}
		sent := a.Seg.Sentences[e.Sentence]
		if labelledDate(text, toks, sent, e) || s.attributed(a, i) {
			continue
		}
		from, to := sent.First, sent.Last
		if weekday {
			from, to = betweenDates(a, es, i, from, to)
			from = r.beforeClause(s, e, from)
			// As for a lead date: a forecast, an earlier or recurring
			// event or a state ("will say that ...", "the search went
			// on into Friday") is no day of the story's events, nor is
			// the day a tally reached ("the death toll reached 41 on
			// Friday"). A statement's date is left out already
			// (attributed); a speech word elsewhere in the part
			// ("proclaimed a holiday") tells an act.
			if !future && r.notEventOf(s, from, to, e) || future && r.headIn(s, from, to) {
				continue
			}
		}
		for j := e.Tokens[0] - 1; j > from; j-- {
			if r.lex(s, j).shape&tkBreak != 0 { // isEarlierBreak
				from = j + 1
				break
			}
		}
		if ids == nil {
			ids = make([]wordID, 0, earlierRoom*2)
		}
		start := len(ids)
		ids = r.contentOf(ids, s, from, to)
		mid := len(ids)
		ids = r.leadNames(ids, s, from, to)
		// A sentence of too few words to tie (a byline's "By A Writer,
		// Town, 3 May") may support, never oppose.
		alone := (mid-start)+min(len(ids)-mid, 1) >= dayAlone
		words := sentenceWords{ctx: [2]int{start, mid}, names: [2]int{mid, len(ids)}, alone: alone}
		if ok {
			todo = append(todo, pending{e: e, day: day, weekday: weekday, future: future, named: named, sentenceWords: words})
		}
		if yearless {
			tense := s.tenseAt(a, e, i)
			todo = append(todo, pending{e: e, day: noYear, yearless: true, past: tense == dates.Past, untensed: tense != dates.Past && tense != dates.Future, sentenceWords: words})
		}
	}
	out = slices.Grow(out, len(todo))
	past := -1 // the weekdays of the past, read once (pastWeekdays)
	for _, p := range todo {
		if p.yearless {
			// Head marks the day of no year: it meets a day of any year
			// (yearsMeet) and names no weekday (weekdayOf).
			c := p.claim(dayKey, dayLabel, diag.At(a.Doc, p.e.Span), spanText(a, p.e.Phrase), float64(p.day), float64(p.day), ids)
			c.Rel, c.Head = true, noYearHead
			c.Years = r.minuteYears(a, p.e)
			switch {
			case c.Compl != "":
			case p.past:
				c.Compl = pastMark // filedBefore
			case p.untensed && len(c.Years) > 0:
				c.Compl = minuteMark // filedBefore
			}
			out = append(out, c)
			continue
		}
		if p.named {
			// The weekday's number stands for the day: the article's
			// year, and so its week, is not known (namedDay).
			c := p.claim(weeknameKey, dayLabel, diag.At(a.Doc, p.e.Span), spanText(a, p.e.Phrase), float64(p.day), float64(p.day), ids)
			c.Head = weekdayWords[p.e.Weekday]
			// Rel marks a weekday written beside its day and month:
			// it opposes and supports by its weekday, and is judged by
			// its weekday (nameOpponents) as well as by the weekday
			// comparison (pairClaims), which reads its day: "on
			// Monday, 9 June" for the others' "on Tuesday" is a
			// weekday moved whatever the year, and pairClaims has no
			// other day of the story to set it against.
			c.Rel = !p.weekday
			// Years holds the minute of the clock written beside the
			// weekday, if any: two outlets that time one moment to the
			// minute date the same moment (nameOpponents).
			c.Years = r.minuteYears(a, p.e)
			if r.smallHoursBeside(a, p.e) {
				c.Role = nightRole
			}
			// When holds the day of the article's dateline of no year,
			// if any, by which a weekday of the past had come
			// (filedBefore), as its Hi, and as its Lo the last day the
			// weekday may be, the days the copy tells after it
			// counted back from the dateline's (latestBefore).
			if d, ok := filedOn(a); ok && p.weekday {
				if past < 0 {
					past = s.pastWeekdays(a, es)
				}
				c.When = &dates.Range{Lo: d - dates.Day(latestBefore(past, p.e.Weekday)), Hi: d, Unit: dates.DayUnit}
			}
			out = append(out, c)
			continue
		}
		if p.weekday {
			// The day it resolves to is added when a finding quotes it
			// (shownDay), as for a lead date: most claims are never
			// quoted.
			key := weekdayKey
			if p.future {
				key = futureKey
			}
			c := p.claim(key, dayLabel, diag.At(a.Doc, p.e.Span), spanText(a, p.e.Phrase), float64(p.day), float64(p.day), ids)
			// Head is the weekday as written: two papers that write the
			// same weekday and resolve it to different days differ in
			// their own dates, not in their copy. The article's date
			// travels with the claim, as a lead's does.
			c.Head = writtenWeekday(p.e)
			setLeadRef(&c.Q, a.Ref)
			if r.smallHoursBeside(a, p.e) {
				c.Role = nightRole
			}
			out = append(out, c)
			continue
		}
		c := p.claim(dayKey, dayLabel, diag.At(a.Doc, p.e.Span), spanText(a, p.e.Phrase), float64(p.day), float64(p.day), ids)
		// Rel marks a day written without its year: its year is the
		// one nearest the article's date, which for a day half a year
		// away may be either (sameDay).
		c.Rel = p.e.Year == 0
		c.Head = ""
		// Years holds the minute of the clock written beside the day,
		// as for a named weekday: two outlets that time one moment to
		// the minute date one moment (calendarOpponents).
		c.Years = r.minuteYears(a, p.e)
		out = append(out, c)
	}
	return out
}

// notEventOf reports a word of lead_not or of continuation, or one of
// heads ("toll", "tally"), in tokens [from, to), the part of date e;
// a word of lead_not that times e's own day ("before dawn on Friday":
// timesDay) does not count.
func (r *dateFactsRule) notEventOf(s *dateScratch, from, to int, e *dates.Expr) bool {
	// The date's own clause, as the lead reads it (subordinate): "the
	// shops were shut on Tuesday after the worst storm since 2009"
	// dates the shutting, not an earlier event.
	from, to = r.subordinate(s, e, from, to)
	to = r.nounRelative(s, e, to)
	for j := from; j < to; j++ {
		if r.lex(s, j).is&(qNotEvent|qHead) != 0 && !r.timesDay(s, j, e) {
			return true
		}
	}
	return false
}

// nounRelative returns where the part of date e ends, before to, at a
// relative clause that tells of a noun after the date: a word of
// earlier_breaks ("that", "which") right after a word, two tokens or
// more after the date. "Sank on Monday in a gale that forecasters said
// would last" dates the sinking; the "would" is the gale's. A word of
// earlier_breaks right after the date, its comma or a part of its day
// ("agreed on Monday that it would close", "on Monday night that"),
// opens what the date's clause says, and is left in it.
func (r *dateFactsRule) nounRelative(s *dateScratch, e *dates.Expr, to int) int {
	toks := s.toks
	for j := e.Tokens[1] + 2; j < to; j++ {
		if toks[j-1].Kind == segment.Word && r.lex(s, j).shape&tkBreak != 0 {
			return j
		}
	}
	return to
}

// beforeClause returns where the clause of date e starts in its part
// of the sentence, tokens from on: after a word of lead_not that ends a
// clause after it (lead_ends: "before") when one comes before the date
// with a verb after it, a past form or a word in -ing right after it;
// else from. Such a word opens the clause the date is of: in "talked
// for 19 hours before signing at 2.14am on Friday" or "waited before it
// struck at 1.10pm on Monday" the date is the signing's or the
// striking's, told in those words alone. "Before the storm on Friday"
// dates the storm, as before: no verb follows.
func (r *dateFactsRule) beforeClause(s *dateScratch, e *dates.Expr, from int) int {
	toks, text := s.toks, s.text
	for j := e.Tokens[0] - 1; j >= from; j-- {
		if r.lex(s, j).is&(qEnd|qNotEvent) != qEnd|qNotEvent {
			continue
		}
		for k := j + 1; k < e.Tokens[0]; k++ {
			if toks[k].Kind != segment.Word {
				continue
			}
			w := toks[k].Text(text)
			if !isLowerWord(w) {
				continue
			}
			if k == j+1 && len(w) > 5 && strings.HasSuffix(w, "ing") || s.cal != nil && pastForm(s.cal, w) {
				return j + 1
			}
		}
		return from
	}
	return from
}

// timesDay reports whether word token j, a word of lead_not, is right
// before a word of day_parts that is right before date e, or before "on"
// and e: "before dawn on Friday", "before midnight Thursday" name a time
// of that day, not an earlier event or a forecast.
func (r *dateFactsRule) timesDay(s *dateScratch, j int, e *dates.Expr) bool {
	toks, text := s.toks, s.text
	k := j + 1
	if len(r.dayParts) == 0 || k >= e.Tokens[0] || toks[k].Kind != segment.Word ||
		!r.leadNot[strings.ToLower(toks[j].Text(text))] || !r.dayParts[strings.ToLower(toks[k].Text(text))] {
		return false
	}
	switch e.Tokens[0] - k {
	case 1:
		return true
	case 2:
		return toks[k+1].Kind == segment.Word && strings.EqualFold(toks[k+1].Text(text), "on")
	}
	return false
}

// betweenDates narrows the sentence [from, to) of date i to its own
// part when the sentence dates other things too: a weekday dates the
// part between the last comma, "and" or "but" after the date before it
// and the first one before the date after it ("the bridge shut on
// Saturday, and ferries ran on Sunday" tells two days, each with its
// own words). A sentence of one date keeps all its words ("A letter
// from the growers, sent on Friday, ...").
func betweenDates(a *Article, es []dates.Expr, i, from, to int) (int, int) {
	return datePart(a, es, i, from, to, false)
}

// datePart is betweenDates; with when, a comma before "when" is no
// boundary: the clause it opens tells what happened at the date before
// it ("the last rise came in May 2019, when rates reached 3 per cent").
func datePart(a *Article, es []dates.Expr, i, from, to int, when bool) (int, int) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	e := &es[i]
	boundary := func(j int) bool {
		t := toks[j]
		switch t.Kind {
		case segment.Punct:
			c := text[t.Start]
			if when && c == ',' && j+1 < len(toks) && toks[j+1].Kind == segment.Word && toks[j+1].Text(text) == "when" {
				return false
			}
			return c == ',' || c == ';'
		case segment.Word:
			w := t.Text(text)
			return w == "and" || w == "but"
		}
		return false
	}
	if i > 0 && es[i-1].Sentence == e.Sentence {
		for j := e.Tokens[0] - 1; j >= es[i-1].Tokens[1] && j > from; j-- {
			if boundary(j) {
				from = j + 1
				break
			}
		}
	}
	if i+1 < len(es) && es[i+1].Sentence == e.Sentence {
		for j := e.Tokens[1]; j < es[i+1].Tokens[0] && j < to; j++ {
			if boundary(j) {
				to = j
				break
			}
		}
	}
	return from, to
}

// writtenDay returns the day that calendar date e writes out with its
// day and month, in the year written, or the year nearest the article's
// date moved by "next year" or "last year" after it; false for a date
// of no such day, a weekday written beside a day it does not fall on,
// or the article's own day.
func writtenDay(a *Article, e *dates.Expr) (dates.Day, bool) {
	if e.Kind != dates.Calendar || e.Day == 0 || e.Month == 0 {
		return 0, false
	}
	day, ok := e.Date(a.Ref)
	if !ok {
		return 0, false
	}
	if e.Year == 0 {
		if shift := yearAfter(a.Doc.Text[e.Span.End:]); shift != 0 {
			if !a.Ref.Known {
				return 0, false
			}
			moved := *e
			ry, _, _ := a.Ref.Day.Civil()
			moved.Year = ry + shift
			if day, ok = moved.Date(a.Ref); !ok {
				return 0, false
			}
		}
	}
	if a.Ref.Known && day == a.Ref.Day || e.HasWeekday && day.Weekday() != e.Weekday {
		return 0, false
	}
	return day, true
}

// noYearHead is the Head of a day claim written with its day and month
// in an article whose year is not known (yearlessDay).
const noYearHead = "?"

// noYearYear is the year a day of no year is given, so that its claim
// keeps its month and day (a leap year: "29 February" is one). Its
// weekdays are no one's: weekdayOf names none, and its days lie
// centuries from any day of news copy.
const noYearYear = 1600

// yearlessDay returns, as a day of noYearYear, the day and month that
// calendar date e writes with no year in an article whose own date is not
// known ("the last span was lifted into place on 14 August", "due back on
// Nov. 9"): many agency datelines give no year and many papers no
// dateline at all, yet the outlets of one story write within days of
// each other, so one day and month written by two of them names one day,
// and another day one field away from it (calendarOpponents) is most
// likely a slip. False for the article's own day (its dateline's,
// "PORT ELLIS, 5 March —", the day of the report, as writtenDay leaves
// it out), a day moved by "next year" or "last year" after it, which may
// be another year's, and a day of a list of days of one month ("on 10 and
// 11 May", "May 10 and 11"), which other outlets write as a span from its
// other end.
func yearlessDay(a *Article, e *dates.Expr) (dates.Day, bool) {
	if a.Ref.Known || e.Kind != dates.Calendar || e.Year != 0 || e.Day == 0 || e.Month == 0 ||
		ownMonthDay(a, e.Month, e.Day) || yearAfter(a.Doc.Text[e.Span.End:]) != 0 || dayInList(a, e) {
		return 0, false
	}
	return dates.Date(noYearYear, e.Month, e.Day)
}

// ownMonthDay reports whether month and day are those of the article's
// own day of no year (Meta.MonthDay, "MM-DD": a dateline's).
func ownMonthDay(a *Article, month, day int) bool {
	md := a.Doc.Meta.MonthDay
	return len(md) == 5 && md[2] == '-' &&
		int(md[0]-'0')*10+int(md[1]-'0') == month && int(md[3]-'0')*10+int(md[4]-'0') == day
}

// dayInList reports whether date e is joined to a bare day number by
// "and", "or", "to" or a dash, before it ("10 and 11 May") or after it
// ("May 10 and 11"): a day of a list or a span.
func dayInList(a *Article, e *dates.Expr) bool {
	text, toks := a.Doc.Text, a.Seg.Tokens
	joins := func(j int) bool {
		t := toks[j]
		switch t.Kind {
		case segment.Word:
			w := t.Text(text)
			return w == "and" || w == "or" || w == "to"
		case segment.Punct:
			w := t.Text(text)
			return w == "-" || w == "–" || w == "—" || w == "/"
		}
		return false
	}
	if j := e.Tokens[0]; j >= 2 && joins(j-1) && toks[j-2].Kind == segment.Number {
		return true
	}
	j := e.Tokens[1]
	return j+1 < len(toks) && joins(j) && toks[j+1].Kind == segment.Number
}

// futureDay returns the one day that a weekday names in a clause of the
// future, outside a quotation, after the article's own day.
func (s *dateScratch) futureDay(a *Article, e *dates.Expr, i int) (dates.Day, bool) {
	if !a.Ref.Known || e.Bound != dates.Exactly || e.Kind != dates.Weekday ||
		s.tenseAt(a, e, i) != dates.Future || quoted(a, e.Span.Start) {
		return 0, false
	}
	rng, ok := s.resolve(a, e, i)
	if !ok || !rng.Exact() || rng.Lo <= a.Ref.Day {
		return 0, false
	}
	return rng.Lo, true
}

// weeknameKey is the key of a weekday named in an article whose own date
// is not known (namedDay): its value is the weekday's number, not a
// day. Such claims are compared by their weekdays (nameOpponents).
const weeknameKey = "date:weekname"

// heldKey is the key of a weekday that holds for a time of day told
// after it in an article whose own date is not known (heldClaims): its
// value is the weekday's number, as a named weekday's, its Years the
// minute, its place and words the weekday's. Such a claim stands for its
// minute alone (weighWeekname), and is judged, at its weekday, only
// against a weekday written beside its minute (endWeekname).
const heldKey = "date:held"

// heldClaims returns out with a claim for each time of day to the
// minute (clockMinute) in an article whose own date is not known, told
// in a sentence of no date, whose nearest date before it is a weekday
// named in the past that made a claim of its own (a weeknameKey claim of
// out[from:]) with no time of day beside it: copy tells a day, then the
// moments of that day ("A sandbank grounded the ferry on Tuesday. ...
// The hull split at 4.37pm, and ..."), so the minute is of that
// weekday. Another outlet that writes that minute beside another
// weekday ("split at 4.37pm on Wednesday") has moved the day
// (nameOpponents). A date between the two (a year, another day) leaves
// the time of no known day.
func (r *dateFactsRule) heldClaims(out []claim, from int, a *Article, es []dates.Expr) []claim {
	if a.Ref.Known || a.Units == nil {
		return out
	}
	named := false
	for k := from; k < len(out); k++ {
		if out[k].Key == weeknameKey && !out[k].Rel && len(out[k].Years) == 0 {
			named = true
			break
		}
	}
	if !named {
		return out
	}
	qs := a.Quantities()
	for k := range qs {
		q := &qs[k]
		m := clockMinute(q)
		if m < 0 {
			continue
		}
		// The first date after the time (the dates are in text order).
		ei := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= q.Number.Start })
		if ei == 0 || ei < len(es) && es[ei].Sentence == q.Sentence {
			continue
		}
		e := &es[ei-1]
		if e.Sentence == q.Sentence || e.Kind != dates.Weekday || quoted(a, q.Number.Start) {
			continue
		}
		loc := diag.At(a.Doc, e.Span)
		var src *claim
		for j := from; j < len(out); j++ {
			if c := &out[j]; c.Key == weeknameKey && c.Loc == loc && !c.Rel && len(c.Years) == 0 {
				src = c
				break
			}
		}
		if src == nil {
			continue
		}
		span := document.Span{Start: q.Number.Start, End: q.UnitSpan.End}
		shown := spanText(a, span)
		if strings.HasSuffix(shown, "m.") && !strings.HasSuffix(shown, ".m.") {
			shown = shown[:len(shown)-1]
		}
		c := claim{
			Key:   heldKey,
			Label: dayLabel,
			Loc:   src.Loc,
			Shown: src.Shown + " (the day of " + shown + ")",
			Q:     src.Q,
			Role:  -1,
			Head:  src.Head,
			Years: []float64{float64(m)},
		}
		if src.When != nil {
			// The bounds of the weekday by its dateline (filedBefore).
			w := *src.When
			c.When = &w
		}
		if m < smallHours {
			c.Role = nightRole
		}
		out = append(out, c)
	}
	return out
}

// namedDay returns, as a day of no calendar, the number of the weekday
// that date e names in an article whose own date is not known, so that
// no day can be given to it: a weekday in a clause of the past, outside
// a quotation ("the ferry left at 4.10am on Monday"), or written beside
// a day and month of no year ("on Monday, 9 March"). Many agency
// datelines give no year and many papers no dateline at all, yet a
// weekday in the past names the day of an event of the last week: the
// weekday the other outlets give that event, by name or by a day of a
// known year, must be the same.
func (s *dateScratch) namedDay(a *Article, e *dates.Expr, i int) (dates.Day, bool) {
	if a.Ref.Known || !e.HasWeekday || e.Bound != dates.Exactly || e.Weekday < 0 || int(e.Weekday) >= len(weekdayWords) || quoted(a, e.Span.Start) {
		return 0, false
	}
	switch e.Kind {
	case dates.Weekday:
		if s.tenseAt(a, e, i) != dates.Past {
			return 0, false
		}
	case dates.Calendar:
		if e.Year != 0 || e.Day == 0 || e.Month == 0 || !e.Exists() {
			return 0, false
		}
	default:
		return 0, false
	}
	return dates.Day(e.Weekday), true
}

// pastWeekdays returns, as bits (1<<weekday), the weekdays that the
// article's dates name alone in clauses of the past, outside quotations:
// the days of its news before its dateline, statements' days among them
// ("said early on Friday").
func (s *dateScratch) pastWeekdays(a *Article, es []dates.Expr) int {
	set := 0
	for i := range es {
		e := &es[i]
		if e.Kind != dates.Weekday || !e.HasWeekday || e.Bound != dates.Exactly || e.Shift != dates.Bare || e.Ago ||
			e.Weekday < 0 || int(e.Weekday) >= len(weekdayWords) || quoted(a, e.Span.Start) || s.tenseAt(a, e, i) != dates.Past {
			continue
		}
		if i > 0 && weekdaysJoined(a, &es[i-1], e) || i+1 < len(es) && weekdaysJoined(a, e, &es[i+1]) {
			continue
		}
		set |= 1 << e.Weekday
	}
	return set
}

// weekdaysJoined reports whether weekdays e and f, in that order, are
// joined into one span of days ("kept shut on Friday and Saturday",
// "from Monday to Thursday", "Friday or Saturday"): a span told in the
// past may run on past the dateline ("ordered the depots shut on
// Friday and Saturday" under a Friday's dateline), so its days are no
// days of the news before it (latestBefore).
func weekdaysJoined(a *Article, e, f *dates.Expr) bool {
	if e.Kind != dates.Weekday || f.Kind != dates.Weekday || e.Span.End > f.Span.Start || f.Span.Start > len(a.Doc.Text) {
		return false
	}
	between := strings.TrimSpace(a.Doc.Text[e.Span.End:f.Span.Start])
	between = strings.TrimSpace(strings.TrimSuffix(between, " on"))
	switch strings.ToLower(between) {
	case "and", "or", "to", "through", "until", "till", "-", "–", ",":
		return true
	}
	return false
}

// pastRun is how many days, at most, the weekdays of the past of one
// article may span for the last of them to be told: copy filed under a
// dateline tells the days just before it ("the roof fell in on
// Thursday", "the last tenants left by 5.20am on Friday"), and a run of
// days of the week is read as ending at its last, the weekday after
// which the week is longest empty.
const pastRun = 3

// latestBefore returns how many days weekday w lies before the last of
// the weekdays of the past set (pastWeekdays bits) when they fall in one
// run of at most pastRun days: "on Thursday" under a dateline of 9 May
// in copy that tells "on Friday" as well was by 8 May.
// It is 0 when w is not in the set, when the set is spread over more of
// the week, or when its last day is not one (two gaps alike).
func latestBefore(set int, w time.Weekday) int {
	if w < 0 || w > 6 || set&(1<<w) == 0 {
		return 0
	}
	last, longest, tie := -1, 0, false
	for u := range 7 {
		if set&(1<<u) == 0 {
			continue
		}
		gap := 1
		for set&(1<<((u+gap)%7)) == 0 {
			gap++
		}
		switch {
		case gap > longest:
			last, longest, tie = u, gap, false
		case gap == longest:
			tie = true
		}
	}
	if tie || 7-longest > pastRun-1 {
		return 0
	}
	return (last - int(w) + 7) % 7
}

// minuteBeside returns the minute after midnight of the time of day
// written beside date e (clockBeside: to the minute, not a round hour
// or half hour, as clockClaims reads them), or -1.
func (r *dateFactsRule) minuteBeside(a *Article, e *dates.Expr) int {
	if a.Units == nil {
		return -1
	}
	qs := a.Quantities()
	var room [8]int
	times := room[:0]
	for k := range qs {
		q := &qs[k]
		if q.Unit != quantity.TimeOfDay || q.Range || q.Step != 1 || q.Sentence != e.Sentence {
			continue
		}
		if m := int(q.Value); m%30 == 0 || float64(m) != q.Value {
			continue
		}
		times = append(times, k)
	}
	if len(times) == 0 {
		return -1
	}
	if q := r.clockBeside(a, qs, times, e); q != nil {
		return int(q.Value)
	}
	return -1
}

// smallHours is the minute after midnight before which a time of day is
// of the small hours: a moment that outlets date by the day it falls on
// ("the count closed at 12.40am on Thursday") or by the night before
// ("Wednesday night's count", "the count ran late on Wednesday").
const smallHours = 3 * 60

// nightRole is the Role of a weekday claim (weekdayKey, weeknameKey)
// written beside a time of the small hours (smallHoursBeside): against
// the day before it, it tells the same night (pastMidnight).
const nightRole = -3

// smallHoursBeside reports whether a time of day before smallHours, to
// the minute or a round hour, is written beside date e (clockBeside):
// "at 2.15am on Thursday", "at 3am on Friday".
func (r *dateFactsRule) smallHoursBeside(a *Article, e *dates.Expr) bool {
	if a.Units == nil {
		return false
	}
	qs := a.Quantities()
	var room [8]int
	times := room[:0]
	for k := range qs {
		q := &qs[k]
		if q.Unit != quantity.TimeOfDay || q.Range || q.Sentence != e.Sentence || q.Value < 0 || q.Value >= smallHours {
			continue
		}
		times = append(times, k)
	}
	return len(times) > 0 && r.clockBeside(a, qs, times, e) != nil
}

// pastMidnight reports whether two day claims name days one apart, the
// later written beside a time of the small hours (nightRole), whose
// weekdays are xw and yw: "at 2.15am on Thursday" and "agreed on
// Wednesday" may both tell the night of Wednesday, and neither stands
// against the other.
func pastMidnight(x, y *claim, xw, yw int) bool {
	return x.Role == nightRole && (xw-yw+7)%7 == 1 || y.Role == nightRole && (yw-xw+7)%7 == 1
}

// minuteYears returns the minute beside date e (minuteBeside) as a day
// claim's Years, or nil.
func (r *dateFactsRule) minuteYears(a *Article, e *dates.Expr) []float64 {
	if m := r.minuteBeside(a, e); m >= 0 {
		return []float64{float64(m)}
	}
	return nil
}

// sameMinute reports whether two named weekdays' claims are each written
// beside a time of day to the minute, the same (minuteBeside).
func sameMinute(x, y *claim) bool {
	return len(x.Years) == 1 && len(y.Years) == 1 && x.Years[0] == y.Years[0]
}

// futureKey is the key of a weekday in a clause of the future.
const futureKey = "date:weekday+"

// headIn reports a word of heads in tokens [from, to).
func (r *dateFactsRule) headIn(s *dateScratch, from, to int) bool {
	for j := from; j < to; j++ {
		if r.lex(s, j).is&qHead != 0 {
			return true
		}
	}
	return false
}

// pastDay returns the one day that a weekday or a relative day
// ("yesterday") names in a clause of the past, outside a quotation;
// false for a bound ("as early as Tuesday"), a future or an unknown
// tense, a date that does not resolve to one day, or the article's own
// day: the present of the report ("the pumps were running on Wednesday"
// in a Wednesday paper), whose states outlets date loosely.
func (s *dateScratch) pastDay(a *Article, e *dates.Expr, i int) (dates.Day, bool) {
	if !a.Ref.Known || e.Bound != dates.Exactly || e.Kind == dates.Relative && e.Unit != dates.DayUnit ||
		s.tenseAt(a, e, i) != dates.Past || quoted(a, e.Span.Start) {
		return 0, false
	}
	rng, ok := s.resolve(a, e, i)
	if !ok || !rng.Exact() || rng.Lo == a.Ref.Day {
		return 0, false
	}
	return rng.Lo, true
}

// compareDays reports the days written out that the story contradicts
// (dayOpponents).
func (r *dateFactsRule) compareDays(c *Corpus, claims, earlier [][]claim, rep *Reporter) {
	// The earlier events' claims are read for the whole story of x's
	// article (thirdSides): its articles with no day written out too.
	storyOf := make(map[int]int, len(claims))
	for i, story := range c.Stories {
		for _, a := range story {
			storyOf[a] = i
		}
	}
	opponents := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return r.dayOpponents(x, xa, arts, claims, dayContext{earlier: earlier, story: c.Stories[storyOf[xa]]})
	}
	r.compareEach(c, claims, 2, opponents, func(x *claim) bool { return x.Compl != supportOnly }, shownDay, rep)
}

// shownDay quotes a day claim: a day written out as written, a weekday
// with the day it resolves to ("on Monday (Monday 6 May 2024)").
func shownDay(x *claim) string {
	if x.Key != weekdayKey && x.Key != futureKey {
		return x.Shown
	}
	d := dates.Day(x.Q.Value)
	return x.Shown + " (" + dates.Range{Lo: d, Hi: d, Unit: dates.DayUnit}.String() + ")"
}

// dayAlone is how many points (a content word or figure each, and one
// for any name) a day's sentence needs to oppose another's: a byline
// ("By A Writer, 3 May") has names alone.
const dayAlone = 2

// dayShared is how many points (earlierPoints) the sentence of at least
// one opposing day must share with x's: the day alone ties the others
// to each other, and one shared word, figure or name ties x's sentence
// to theirs.
const dayShared = 1

// dayOpponents returns the articles that contradict x's day, each with
// its claim: a day written out is contradicted by days written out
// (calendarOpponents), a weekday by days of either kind
// (weekdayOpponents).
func (r *dateFactsRule) dayOpponents(x *claim, xa int, arts []int, claims [][]claim, dc dayContext) ([]int, map[int]*claim, bool) {
	switch x.Key {
	case weeknameKey, heldKey:
		return nameOpponents(x, xa, arts, claims)
	case weekdayKey:
		if order, against, ok := r.weekdayOpponents(x, xa, arts, claims); ok {
			return order, against, ok
		}
		return nameOpponents(x, xa, arts, claims)
	case futureKey:
		return r.weekdayOpponents(x, xa, arts, claims)
	}
	if order, against, ok := calendarOpponents(x, xa, arts, claims, dc); ok {
		return order, against, ok
	}
	return filedBefore(x, xa, arts, claims)
}

// pastMark marks (in Compl) the claim of a day of no year written in a
// clause of the past (filedBefore).
const pastMark = "<"

// minuteMark marks (in Compl) the claim of a day of no year written
// beside a time of day to the minute (minuteYears) in a clause of no
// known tense ("The crash, at 4.17pm on 9 May, closed the road"):
// filedBefore sets it against the weekdays held for its minute alone.
const minuteMark = "<?"

// filedOn returns the day of an article's dateline of no year
// (Meta.MonthDay, "MM-DD"), as a day of noYearYear.
func filedOn(a *Article) (dates.Day, bool) {
	md := a.Doc.Meta.MonthDay
	if a.Ref.Known || len(md) != 5 || md[2] != '-' {
		return 0, false
	}
	return dates.Date(noYearYear, int(md[0]-'0')*10+int(md[1]-'0'), int(md[3]-'0')*10+int(md[4]-'0'))
}

// filedBefore returns the articles, each with its claim, that tell in
// the past, under a dateline of no year before x's day, the event that
// x, a day and month of no year in a clause of the past, dates: a
// weekday of the past in copy filed on 18 February was by 18 February,
// so "On Wednesday 19 February, the panel named it" is not the day of
// "The panel on Wednesday named it" under "TOWN, Feb 18 -". Such an
// opposing claim is a weekday named (weeknameKey, not one written
// beside a day) in a sentence sharing earlierShared points with x's,
// under a dateline at most clockReach days before x's day, or on it
// when the copy tells later days of the week in the past too (When.Lo,
// latestBefore: "on Thursday" beside "by 5.20am on Friday" under "TOWN,
// May 9 -" was by 8 May); no article
// of the story writes x's day in a sentence sharing a point with it,
// and x's own article names no day before it in such a sentence. Only
// x is reported: a weekday moved in the copy under the dateline stays
// by the dateline, and the day written out after it is the one that
// moved.
//
// A weekday held for a time of day (heldKey) under such a dateline
// opposes x when x is written beside the same minute, whatever the
// words: the minute ties the two to one moment (a wire's "TOWN, May 9 -
// The roof fell in on Saturday. ... It gave way at 4.17pm" against "at
// 4.17pm on 10 May"), and then x may be in a clause of no known tense
// too (minuteMark).
func filedBefore(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	if x.Head != noYearHead || x.Compl != pastMark && x.Compl != minuteMark {
		return nil, nil, false
	}
	t := opponentTest{kind: filedWalk}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighFiled is filedBefore's test of a claim: another article writing
// x's day in a sentence sharing a point with x's ends the walk; a
// weekday named under a dateline at most clockReach days before x's day,
// in a sentence sharing earlierShared points with x's (x in a clause of
// the past), or held for the minute written beside x's, opposes it.
func weighFiled(x, y *claim) (verdict, int) {
	if y.Key == dayKey && sameDay(x, y) && earlierPoints(x, y) >= dayShared {
		return stops, 0 // another article writes x's day
	}
	d := dates.Day(x.Q.Value)
	held := y.Key == heldKey && sameMinute(x, y)
	if !held && (y.Key != weeknameKey || y.Rel || x.Compl != pastMark) || y.When == nil || y.Compl == supportOnly {
		return pass, 0
	}
	n := earlierShared
	if !held {
		n = earlierPoints(x, y)
	}
	if d <= y.When.Lo {
		// A weekday of the week up to its bound, x's day among them,
		// supports x with its points.
		if d > y.When.Hi-7 {
			return supports, n
		}
		return pass, 0
	}
	if d-y.When.Hi > clockReach {
		return pass, 0
	}
	if n >= earlierShared {
		return opposes, n
	}
	return pass, 0
}

// takeFiled is filedBefore's test of an article: its best claim opposes
// x, quoted with its dateline's day, which is what x's day falls after.
// An article whose weekday of the week up to x's day is tied to x's
// sentence at least as much ends the walk: "the quay was reopened on
// Friday", under "TOWN, May 9 -", may tell the day x writes out, and the
// copy's earlier weekday ("a crack was found late on Thursday") another
// event of the story in like words.
func (t *opponentTest) takeFiled(ya int, b *articleBest) bool {
	if b.support > 0 && b.support >= b.shared {
		return false
	}
	if b.best != nil {
		shown := *b.best
		_, m, md := b.best.When.Hi.Civil()
		shown.Shown = fmt.Sprintf("%s (filed %d %s)", b.best.Shown, md, time.Month(m))
		if b.best.When.Lo < b.best.When.Hi {
			// The copy tells days after the weekday's.
			_, lm, ld := b.best.When.Lo.Civil()
			shown.Shown = fmt.Sprintf("%s (by %d %s, filed %d %s)", b.best.Shown, ld, time.Month(lm), md, time.Month(m))
		}
		t.add(ya, &shown)
	}
	return true
}

// dayContext is what calendarOpponents reads beyond the days compared:
// the claims of earlier events of every article, and the articles of
// the story of the claim judged.
type dayContext struct {
	earlier [][]claim
	story   []int
}

// calendarOpponents returns the articles that write out, against x, one
// other day one field away from x's (dayNear), each with its claim, when
// there are at least two of them, at least one of their sentences shares
// dayShared points with x's, no article of the story names x's day
// (whatever for: a day written out is rarely of two events), and x's own
// article names the others' day nowhere.
func calendarOpponents(x *claim, xa int, arts []int, claims [][]claim, dc dayContext) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: calendarWalk, dc: dc}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighCalendar is calendarOpponents' test of a claim: a day written out
// the same as x's ends the walk, and so does a weekday of the same day in
// a sentence like x's (a story dates many things by weekday); a day
// written out one field from x's opposes it. A day of no year is one
// field from a day and month of any year: it opposes, or is opposed by,
// a day only in a sentence sharing dayShared points with its own.
func weighCalendar(x, y *claim) (verdict, int) {
	if sameDay(x, y) && (y.Key == dayKey || earlierPoints(x, y) > 0) {
		return stops, 0
	}
	if y.Key != dayKey || y.Compl == supportOnly || !dayNear(x, y) {
		return pass, 0
	}
	n := earlierPoints(x, y)
	if n < dayShared && (x.Head == noYearHead || y.Head == noYearHead) {
		return pass, 0
	}
	return opposes, n
}

// takeCalendar is calendarOpponents' test of an article: its best claim
// opposes x when it gives the same day as the opponents before it, and
// marks the opponents tied to x's sentence (flag) when it shares
// dayShared points with it.
func (t *opponentTest) takeCalendar(ya int, b *articleBest) bool {
	if b.best == nil {
		return true
	}
	if t.other != nil && !sameDay(b.best, t.other) {
		return false
	}
	t.other, t.flag = b.best, t.flag || b.shared >= dayShared
	t.add(ya, b.best)
	return true
}

// endCalendar is calendarOpponents' test of the end. One article is
// enough when it writes its day beside the same minute of the clock as
// x's, in a sentence sharing weekdayShared points ("at 4.10am on 3 May"
// against "at 4.10am on 4 May": one moment), or when both write their
// year in sentences sharing dayPairShared points (oneMoment); the other
// is then reported against x too.
func (t *opponentTest) endCalendar(x *claim, xa int, claims [][]claim) bool {
	order, dc := t.order, t.dc
	if !t.flag || len(order) == 0 || len(order) < 2 && (!oneMoment(x, t.other) || !sameMinute(x, t.other) && (thirdSides(x, t.other, xa, order[0], t.arts, claims) || thirdSides(x, t.other, xa, order[0], dc.story, dc.earlier))) {
		return false
	}
	return t.endDay(x, claims[xa])
}

// dayPairShared is how many points (earlierPoints) the sentences of two
// full dates (day, month and year written) must share for one article
// to be set against one: sentences that tell one thing in so many of
// the same words and figures ("counted 48,215 nesting pairs on the Irla
// cliffs on 9 June 2022, against 51,940 in 2017") date one thing.
const dayPairShared = 5

// oneMoment reports whether two days written out, each the only one
// against the other, are of one moment: written beside one minute of
// the clock in sentences sharing weekdayShared points (a minute that is
// not a round half hour, minuteBeside, ties two sentences that tell one
// moment in their own words: "the cabin jammed at 7.13pm" and "the
// cabin stuck fast at 19:13" share the cabin alone), or both written
// with their year in sentences sharing dayPairShared points.
func oneMoment(x, y *claim) bool {
	n := earlierPoints(x, y)
	if sameMinute(x, y) && n >= weekdayShared {
		return true
	}
	return n >= dayPairShared && !x.Rel && !y.Rel && x.Head != noYearHead && y.Head != noYearHead
}

// thirdSides reports whether an article of the story other than xa and
// ya, the two of a pair of full dates (oneMoment), dates the days of
// one and not the other in a sentence sharing weekdayShared points with
// either, among claims: a day written out (the days compared) or a
// year, month or day of an earlier event (the earlier events' claims:
// "in April 2017" beside "on April 6, 2017" and "On 6 August 2017").
// The pair is then not one article against one: the third sides with
// one, and the other comparisons judge them.
func thirdSides(x, y *claim, xa, ya int, arts []int, claims [][]claim) bool {
	dx, dy := x.Q.Value, y.Q.Value
	for _, za := range arts {
		if za == xa || za == ya || za >= len(claims) {
			continue
		}
		for k := range claims[za] {
			z := &claims[za][k]
			if z.Key != dayKey && z.Key != earlierYearKey {
				continue
			}
			hasX := z.Q.Value <= dx && dx <= z.Q.High
			hasY := z.Q.Value <= dy && dy <= z.Q.High
			if hasX != hasY && max(earlierPoints(x, z), earlierPoints(y, z)) >= weekdayShared {
				return true
			}
		}
	}
	return false
}

// weekdayOpponents returns the articles whose days (of either kind) of a
// sentence like x's all fall on one other day within clockReach days of
// x's, each with its claim, when there are at least two of them, each
// sharing earlierShared points with x's sentence; no article names x's
// day in a sentence sharing a point with it (support is read loosely,
// opposition strictly), and x's own article names the others' day
// nowhere. Two claims that write the same weekday are never set against
// each other, nor those of articles dated more than lead_days apart.
func (r *dateFactsRule) weekdayOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: weekdayWalk, r: r}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighWeekday is weekdayOpponents' test of a claim: a day of x's
// supports x with its points; another day opposes it in a sentence
// sharing weekdayShared points with x's, within clockReach days of x's,
// unless the two write the same weekday or their articles are dated more
// than lead_days apart.
func (t *opponentTest) weighWeekday(x, y *claim) (verdict, int) {
	if (y.Key == futureKey) != (x.Key == futureKey) {
		return pass, 0
	}
	n := earlierPoints(x, y)
	if x.Q.Value == y.Q.Value {
		return supports, n
	}
	if y.Compl == supportOnly || n < weekdayShared || x.Head != "" && x.Head == y.Head ||
		pastMidnight(x, y, int(dates.Day(x.Q.Value).Weekday()), int(dates.Day(y.Q.Value).Weekday())) ||
		leadsApart(x, y, t.r.leadDays) || y.Q.Value-x.Q.Value > clockReach || x.Q.Value-y.Q.Value > clockReach {
		return pass, 0
	}
	return opposes, n
}

// takeWeekday is weekdayOpponents' test of an article. An article that
// gives x's day in a sentence like x's at least as much as its other
// day's supports x (support is read loosely): a story's days are many,
// and a day moved by mistake may fall on another day of the story, told
// in other words. Otherwise its best claim opposes x when it gives the
// same day as the opponents before it.
func (t *opponentTest) takeWeekday(ya int, b *articleBest) bool {
	if b.support > 0 && b.support >= b.shared {
		return false
	}
	if b.best == nil {
		return true
	}
	if t.other != nil && b.best.Q.Value != t.other.Q.Value {
		return false
	}
	t.other = b.best
	t.add(ya, b.best)
	return true
}

// weekdayOf returns the weekday that a day claim names: a named
// weekday's (weeknameKey) as written, a weekday's or a day's written out
// by the day it resolves to. A weekday of the future names none.
func weekdayOf(y *claim) (int, bool) {
	switch y.Key {
	case weeknameKey, heldKey:
		return int(y.Q.Value), true
	case weekdayKey, dayKey:
		if y.Head == noYearHead {
			return 0, false
		}
		return int(dates.Day(y.Q.Value).Weekday()), true
	}
	return 0, false
}

// outsideFiledWeek reports whether y, a day written out, falls on no
// day of the week that x, a weekday named under a dateline of no year,
// can name: x's When bounds it by the dateline's day (in noYearYear), and
// a weekday of the past is at most clockReach days before it. y's day
// and month, taken in that year, after the dateline or more than
// clockReach days before the week, is another event's day ("the worst
// frost since 6 May 1987" under "TOWN, 20 April -"), whatever its
// weekday.
func outsideFiledWeek(x, y *claim) bool {
	if x.When == nil || y.Key != dayKey {
		return false
	}
	hy, _, _ := x.When.Hi.Civil()
	_, m, d := dates.Day(y.Q.Value).Civil()
	yd, ok := dates.Date(hy, m, d)
	if !ok {
		return false
	}
	return yd > x.When.Hi || yd < x.When.Lo-clockReach
}

// nameOpponents returns the articles whose days of a sentence like x's
// all fall on one other weekday than x's, each with its claim, when
// either x's article or the opposing one has no date of its own, so
// that only the weekdays can be compared (nameOpponents is asked only
// when the days are not: a dated article's weekday against other dated
// ones is weekdayOpponents'). As for weekdayOpponents, there must be at
// least two opposing articles, each sharing weekdayShared points with
// x's sentence (or one point and the minute of the clock beside x's
// weekday, between undated articles; or one point alone beside an
// article that shares weekdayShared on the same weekday), or, where
// neither x's article nor the one opposing it has a date (neither week is known, and a dated article's weekday is
// not set against an undated one alone), one sharing earlierShared
// points whose weekday is written beside the same minute of the clock
// as x's ("at 4.10am on Monday", "at 4.10am on Tuesday": one moment,
// where "the search resumed on Monday" and "on Tuesday" may be two
// days of one search): one against one reports both. An article that gives x's weekday in a sentence like
// x's at least as much supports x, and x's own article must name the
// others' weekday nowhere. A weekday in the past names a day of the week
// before its article, and outlets of one story write within days of
// each other: "Monday" against two outlets' "Tuesday" for one event is
// a slip, whatever the year.
func nameOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	xw, ok := weekdayOf(x)
	if !ok {
		return nil, nil, false
	}
	t := opponentTest{kind: weeknameWalk, value: float64(xw), flag: x.Key == weeknameKey || x.Key == heldKey}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighWeekname is nameOpponents' test of a claim: a day (of either
// kind) on x's weekday (value) supports x with its points; one on another
// weekday opposes it in a sentence sharing weekdayShared points, or one
// point and the minute of the clock beside x's weekday where both
// articles are undated, a named weekday only unless x's article is
// undated (flag). One sharing a single point is aside: it may join the
// opposition later (takeWeekname, endWeekname).
func (t *opponentTest) weighWeekname(x, y *claim) (verdict, int) {
	yw, ok := weekdayOf(y)
	if !ok {
		return pass, 0
	}
	if outsideFiledWeek(x, y) {
		return pass, 0
	}
	if x.Key == heldKey || y.Key == heldKey {
		// A weekday held for a time of day stands for its minute
		// alone (heldClaims): it supports or opposes a named weekday
		// written beside the same minute, or held for it, whatever the
		// words.
		switch {
		case y.Key != heldKey && y.Key != weeknameKey || !sameMinute(x, y) || pastMidnight(x, y, int(t.value), yw):
			return pass, 0
		case yw == int(t.value):
			return supports, earlierShared
		case y.Compl == supportOnly:
			return pass, 0
		}
		return opposes, 0
	}
	n := earlierPoints(x, y)
	if yw == int(t.value) {
		return supports, n
	}
	if pastMidnight(x, y, int(t.value), yw) {
		return pass, 0
	}
	// A weekday written beside the same minute of the clock as x's, in
	// an undated article too, is one moment told in other words ("the
	// main blew apart at 4.13am on Monday", "the blast came at 4.13am on
	// Tuesday"): the minute ties the sentences where their words may
	// not, and one shared point is enough.
	tied := n >= weekdayShared || t.flag && n > 0 && y.Key == weeknameKey && sameMinute(x, y)
	if y.Compl == supportOnly || !tied || !t.flag && y.Key != weeknameKey {
		if n == 1 && y.Compl != supportOnly && (t.flag || y.Key == weeknameKey) {
			return aside, n // the first such claim of its article is kept (odd)
		}
		return pass, 0
	}
	return opposes, n
}

// takeWeekname is nameOpponents' test of an article: support as
// takeWeekday's; its best claim opposes x when it names the weekday of
// the opponents before it, and counts (most) for one against one when x
// and it are both undated weekdays written beside one minute; an
// article opposing by none but sharing one point keeps that claim
// (near) for endWeekname.
func (t *opponentTest) takeWeekname(x *claim, ya int, b *articleBest) bool {
	if b.support > 0 && b.support >= b.shared {
		return false
	}
	if b.best == nil {
		// An article whose sentence shares one point with x's, and no
		// more, may join the opposition on the others' weekday
		// (endWeekname).
		if b.odd != nil && b.support <= 0 {
			c := *b.odd
			c.Article = ya
			t.near = append(t.near, &c)
		}
		return true
	}
	if t.other != nil {
		if bw, _ := weekdayOf(b.best); bw != t.otherWeekday() {
			return false
		}
	}
	t.other = b.best
	if t.flag && b.best.Key == weeknameKey && sameMinute(x, b.best) {
		t.most = max(t.most, b.shared)
		t.written = true
	}
	t.add(ya, b.best)
	return true
}

// otherWeekday is the weekday of the opponents' claim.
func (t *opponentTest) otherWeekday() int {
	w, _ := weekdayOf(t.other)
	return w
}

// endWeekname is nameOpponents' test of the end: two opponents, or one
// strong enough (most), and x's own article, own, names the others'
// weekday nowhere.
func (t *opponentTest) endWeekname(x *claim, own []claim) bool {
	// An article that tells x's event in other words, sharing one point
	// with x's sentence, opposes beside one that shares weekdayShared, on
	// its weekday: a weekday slipped in one outlet ("opened on Monday
	// evening") against two others' for one launch ("opened on Tuesday
	// evening", "on Tuesday"), where only the names are shared.
	if len(t.order) == 1 {
		for _, y := range t.near {
			if yw, _ := weekdayOf(y); yw == t.otherWeekday() {
				t.add(y.Article, y)
			}
		}
	}
	if len(t.order) < 2 && (len(t.order) == 0 || t.most < earlierShared) {
		return false
	}
	// A weekday held for a time of day (heldClaims) is judged against
	// one written beside that minute at least: held weekdays alone are
	// the copy's order of telling, not its words.
	if x.Key == heldKey && !t.written {
		return false
	}
	other := t.otherWeekday()
	for k := range own {
		if yw, ok := weekdayOf(&own[k]); ok && yw == other {
			return false
		}
	}
	return true
}

// endDay is the test of x's own article, own, of the days written out
// and the weekdays (calendarOpponents, weekdayOpponents): x stands unless
// own names the others' day (other's) anywhere: with a day written out,
// for a day written out (a weekday of that day may date another thing of
// the story, "two days after Friday's auction"); with a day of either
// kind, for a weekday.
func (t *opponentTest) endDay(x *claim, own []claim) bool {
	for k := range own {
		if y := &own[k]; (x.Key == weekdayKey || y.Key == dayKey) && sameDay(y, t.other) {
			return false
		}
	}
	return true
}

// weekdayShared is how many points a weekday's sentence must share with
// each opposing sentence.
const weekdayShared = 2

// dayFields returns the year, month and day of a day claim.
func dayFields(x *claim) (y, m, d int) { return dates.Day(x.Q.Value).Civil() }

// sameDay reports whether two day claims name one day: the same day,
// month and year, or, when either was written without its year, the
// same day and month.
func sameDay(x, y *claim) bool {
	xy, xm, xd := dayFields(x)
	yy, ym, yd := dayFields(y)
	return xm == ym && xd == yd && yearsMeet(xy, yy, x, y)
}

// yearsMeet reports whether the years of two day claims may be one: the
// same, or, when either was written without its year, a year apart at
// most ("2 October" in April is this year's or last year's).
func yearsMeet(xy, yy int, x, y *claim) bool {
	return xy == yy || (x.Rel || y.Rel) && xy-yy <= 1 && yy-xy <= 1 || x.Head == noYearHead || y.Head == noYearHead
}

// dayNear reports whether two different days differ in one field of
// those written (the day of the month, the month or the year): the
// slips of a day moved by mistake ("13 March" for "13 May", "31 May"
// for "13 May", 1897 for 1879). A day written without its year
// differs from another in its day or its month.
func dayNear(x, y *claim) bool {
	xy, xm, xd := dayFields(x)
	yy, ym, yd := dayFields(y)
	same := 0
	if yearsMeet(xy, yy, x, y) {
		same++
	}
	if xm == ym {
		same++
	}
	if xd == yd {
		same++
	}
	return same == 2
}
