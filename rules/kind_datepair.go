package rules

import (
	"slices"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
)

// The weekday comparison of fact.date across a story. Outlets write the
// days of a story's steps with their weekdays and no year ("on Wednesday,
// Oct. 14", "Sunday 18 October"), often in articles whose own year is not
// known (a dateline of day and month only, no dateline at all), where
// date.calendar can check each weekday only against the article's other
// such dates. The articles of one story tell days of one year, so the
// weekdays of all their days a few weeks apart must fit one calendar: a
// weekday moved in one outlet ("Thursday, Oct. 14" where the others have
// "Sunday, 18 October" and "Monday, 19 October") fits no year with the
// others' days. Each weekday written with a day and month and no year is
// a claim (pairKey), compared by pairOpponents.

// pairKey is the key of a weekday written with its day and month and no
// year; such claims are compared by comparePairs alone.
const pairKey = "date:pair"

// pairLabel names the fact in messages.
const pairLabel = "weekday of the date, in no one year with the story's"

// pairClaims returns out with a claim for each date of the article that
// writes a weekday beside a day and month of no year: its value the month
// and day (pairValue), its Head the weekday. In an article whose date is
// known, a weekday that does not fall on its day in the year nearest that
// date is left out: date.calendar reports it, and the others check the
// story's.
func pairClaims(out []claim, a *Article, es []dates.Expr) []claim {
	for i := range es {
		e := &es[i]
		if e.Kind != dates.Calendar || !e.HasWeekday || e.Year != 0 || e.Day == 0 || e.Month == 0 || !e.Exists() {
			continue
		}
		if a.Ref.Known {
			if d, ok := e.Date(a.Ref); !ok || d.Weekday() != e.Weekday {
				continue
			}
		}
		c := claim{
			Key:   pairKey,
			Label: pairLabel,
			Loc:   diag.At(a.Doc, e.Span),
			Shown: spanText(a, e.Phrase),
			Q:     figure{Value: pairValue(e.Month, e.Day), High: pairValue(e.Month, e.Day)},
			Role:  -1,
			Head:  weekdayWords[e.Weekday],
		}
		// The article's date travels with the claim: two dated
		// articles' weekdays each fit their own year, and where they
		// fit no one year they are of two (an archive's story of
		// years).
		setLeadRef(&c.Q, a.Ref)
		out = append(out, c)
	}
	return out
}

// pageDayClaim returns out with a claim for the day of an undated
// article's page: a weekday alone as page furniture ("A Town Post |
// News | Thursday", pageLine) and the day and month of no year of its
// dateline ("KLANG, 5 March —", datelineDay) are one day, the page's, or
// the page's is the next (pageRole), and the pair is compared as a
// weekday written beside its day, placed at the dateline's day. A dated article's page is date.calendar's
// (checkPageDay).
func pageDayClaim(out []claim, a *Article, es []dates.Expr) []claim {
	if a.Ref.Known {
		return out
	}
	text := a.Doc.Text
	end := furnitureEnd(text)
	page, line := -1, -1
	for i := range es {
		e := &es[i]
		if e.Span.Start >= end {
			break
		}
		switch {
		case page < 0 && pageWeekday(text, e):
			page = i
		case line < 0 && e.Kind == dates.Calendar && !e.HasWeekday && e.Year == 0 && e.Day != 0 && e.Month != 0 && e.Exists() && datelineDay(text, e.Span):
			line = i
		}
	}
	if page < 0 || line < 0 {
		return out
	}
	p, d := &es[page], &es[line]
	return append(out, claim{
		Key:   pairKey,
		Label: pairLabel,
		Loc:   diag.At(a.Doc, d.Span),
		Shown: spanText(a, d.Span) + " (a " + p.Weekday.String() + "'s page)",
		Q:     figure{Value: pairValue(d.Month, d.Day), High: pairValue(d.Month, d.Day)},
		Role:  pageRole,
		Head:  weekdayWords[p.Weekday],
	})
}

// pageOwnDay makes the page's pair claim (page: none or one,
// pageDayClaim) a weekday of its dateline's day alone when a weekday of
// the dateline's lead (leads, datelineLeadClaims) names the page's
// weekday: "A Town Post | News | Tuesday" over "TOWN, 17 November - The
// pumps failed on Tuesday" is a Tuesday's page of 17 November, since
// were the page the day after the dateline's, the lead's Tuesday would
// be that next day, or six days before the dateline, and copy filed on
// the dateline tells neither in the past (datelineLeadDays).
func pageOwnDay(page, leads []claim) {
	if len(page) != 1 || page[0].Role != pageRole {
		return
	}
	for k := range leads {
		if l := &leads[k]; l.Role == datelineRole && l.Head == page[0].Head && l.Q.Value == page[0].Q.Value {
			page[0].Role = -1
			return
		}
	}
}

// datelineDay reports whether the date at span s of text is a dateline's:
// at the start of its line only a place in capitals, and maybe a region
// after a comma, then a comma ("KLANG, 5 March", "PORT ELLIS, Kentshire,
// 5 March"); after it on the line, maybe an agency in brackets, then a
// dash.
func datelineDay(text string, s document.Span) bool {
	from := strings.LastIndexByte(text[:s.Start], '\n') + 1
	before := text[from:s.Start]
	if !strings.HasSuffix(before, ", ") {
		return false
	}
	items := strings.Split(strings.TrimSuffix(before, ", "), ", ")
	place := items[0]
	letters := 0
	for _, c := range place {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		default:
			return false
		}
	}
	if letters < 2 || len(items) > 2 {
		return false
	}
	after := strings.TrimLeft(text[s.End:], " ")
	if strings.HasPrefix(after, "(") {
		shut := strings.IndexByte(after, ')')
		if shut < 0 || strings.ContainsRune(after[:shut], '\n') {
			return false
		}
		after = strings.TrimLeft(after[shut+1:], " ")
	}
	return strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "-")
}

// pairValue is the value of a pair claim: its month and day as one
// number, month*100+day.
func pairValue(month, day int) float64 { return float64(month*100 + day) }

// pairFields returns the month, day and weekday of a pair claim.
func pairFields(x *claim) (month, day int, wd time.Weekday) {
	v := int(x.Q.Value)
	wd = time.Weekday(slices.Index(weekdayWords[:], x.Head))
	return v / 100, v % 100, wd
}

// pageRole is the Role of a page's pair claim (pageDayClaim): its
// weekday is its day's or the next day's (yearlessPair.orNext).
const pageRole = -2

// datelineRole is the Role of a dateline's lead pair claim
// (datelineLeadClaims): its weekday is its day's or one of the
// datelineLeadDays days before (yearlessPair.before).
const datelineRole = -3

// datelineLeadDays is how many days before its dateline's day the
// weekday of a lead of the past may fall: a wire's lead tells the news
// of the day it is filed or of the days just before ("TOWN, May 9 - The
// ferry ran aground on Monday"). A week back is the same weekday as the
// day after the dateline's, the slip of a day, and a lead's news is not
// a week old: of the seven weekdays, the one after the dateline's is
// the one it cannot name.
const datelineLeadDays = 5

// yearlessOf returns the yearless weekday and date of a pair claim.
func yearlessOf(x *claim) yearlessPair {
	m, d, wd := pairFields(x)
	p := yearlessPair{e: &dates.Expr{Month: m, Day: d, Weekday: wd}, orNext: x.Role == pageRole}
	if x.Role == datelineRole {
		p.before = datelineLeadDays
	}
	return p
}

// pastDateline reports whether one of two pair claims is a dateline's
// lead (datelineRole) and the other's day is after the dateline's: a day
// the copy filed on the dateline could not tell in the past. Where the
// two clash, the day written out after the dateline is the one that
// moved (filedBefore), or is another event's: the lead is set against
// the days up to its dateline's only.
func pastDateline(x, y *claim) bool {
	return x.Role == datelineRole && y.Q.Value > x.Q.Value || y.Role == datelineRole && x.Q.Value > y.Q.Value
}

// datelineLeadClaims returns out with a pair claim for each weekday of
// the past in the sentence of the article's dateline of no year, after
// it ("HAVENFORD, 9 May - The tug grounded on Monday ..."), outside
// a quotation (datelineLeads): the weekday is the day of the dateline,
// "9 May", or one of the few days before it (datelineRole), so it fits
// the story's weekdays written beside their days up to 9 May only in a
// year where 9 May falls on one of the days after it. Where the story
// writes "Sunday, 9 May", a lead's "on Monday" under "9 May" is a week
// old, and the weekday most likely slipped by a day.
func (r *dateFactsRule) datelineLeadClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	datelineLeads(a, es, func(i int) bool { return s.tenseAt(a, &es[i], i) == dates.Past }, func(line, i int) {
		d, e := &es[line], &es[i]
		out = append(out, claim{
			Key:   pairKey,
			Label: pairLabel,
			Loc:   diag.At(a.Doc, e.Span),
			Shown: spanText(a, e.Phrase) + " (under the dateline " + spanText(a, d.Span) + ")",
			Q:     figure{Value: pairValue(d.Month, d.Day), High: pairValue(d.Month, d.Day)},
			Role:  datelineRole,
			Head:  weekdayWords[e.Weekday],
		})
	})
	return out
}

// datelineLeads calls lead with the index of the dateline of no year of
// an undated article (its day and month those of Meta.MonthDay, written
// as datelineDay reads one) and of each weekday after it in its
// sentence that is past (its clause in the past), outside a quotation,
// neither a bound, a shift nor a count back.
func datelineLeads(a *Article, es []dates.Expr, past func(i int) bool, lead func(line, i int)) {
	if a.Ref.Known || len(a.Doc.Meta.MonthDay) != 5 {
		return
	}
	text := a.Doc.Text
	line := -1
	for i := range es {
		e := &es[i]
		if line < 0 {
			if e.Kind == dates.Calendar && !e.HasWeekday && e.Year == 0 && e.Day != 0 && e.Month != 0 &&
				ownMonthDay(a, e.Month, e.Day) && e.Exists() && datelineDay(text, e.Span) {
				line = i
			}
			continue
		}
		if e.Sentence != es[line].Sentence {
			break
		}
		if e.Kind != dates.Weekday || !e.HasWeekday || e.Bound != dates.Exactly || e.Shift != dates.Bare || e.Ago ||
			e.Weekday < 0 || int(e.Weekday) >= len(weekdayWords) || quoted(a, e.Span.Start) || !past(i) {
			continue
		}
		lead(line, i)
	}
}

// pairsFit reports how two pair claims' weekdays fit one year, as
// fitTogether does for the yearless dates of one article.
func pairsFit(x, y *claim) fit {
	return fitTogether(yearlessOf(x), yearlessOf(y))
}

// pairNear reports whether two pair claims are near enough in the year
// (yearlessSpan months) to be days of one year of a story.
func pairNear(x, y *claim) bool {
	xm, _, _ := pairFields(x)
	ym, _, _ := pairFields(y)
	return max(xm-ym, ym-xm) <= yearlessSpan
}

// comparePairs reports the weekdays that fit no one year with the
// story's other weekdays of days near them (pairOpponents).
func (r *dateFactsRule) comparePairs(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 2, pairOpponents, func(x *claim) bool { return true }, func(x *claim) string { return x.Shown }, rep)
}

// pairOpponents returns the articles whose weekdays written with a day
// near x's fit no one year with x's, each with the first such claim,
// when those claims outnumber the story's weekdays near x's that fit a
// year with it (its own article's among them; the same weekday and day
// written twice counts once in its article but for each other article
// that writes it; a dateline's lead counts against, never for, and
// only against the days up to its dateline's, pastDateline). Against
// one other alone, each is reported: which is wrong is for the editor
// to find out. Two weekdays of one article are date.calendar's to
// compare, and so are two of dated articles: each fits its own year,
// and two that fit no one year are of two.
func pairOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	agree, clash := 0, 0
	for _, ya := range arts {
		var first *claim
		for k := range claims[ya] {
			y := &claims[ya][k]
			if y == x || !pairNear(x, y) || ya == xa && y.Q.Value == x.Q.Value && y.Head == x.Head || pastDateline(x, y) {
				continue
			}
			if _, dated := leadRef(x); dated {
				if _, also := leadRef(y); also {
					continue
				}
			}
			switch f := pairsFit(x, y); {
			case f == fitAsWritten:
				// A dateline's lead fits most weekdays of its day
				// (datelineRole): it may stand against x, never
				// beside it.
				if y.Role != datelineRole {
					agree++
				}
			case f == fitNone && ya != xa:
				clash++
				if first == nil {
					first = y
				}
			}
		}
		if first != nil {
			order, against = addAgainst(order, against, ya, first)
		}
	}
	if clash == 0 || clash <= agree {
		return nil, nil, false
	}
	slices.Sort(order)
	return order, against, true
}
