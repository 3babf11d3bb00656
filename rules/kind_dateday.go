package rules

import (
	"slices"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/segment"
)

// The written-day comparison of fact.date. Outlets give the days of a
// story's steps and deadlines written out ("was found on sonar on 3
// May", "must rule by Oct. 14", "sank on the night of 9 August 1907"),
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

// dayLabel names the fact in messages.
const dayLabel = "day of the event"

// dayClaims returns out with a claim for each date of the article that
// writes out its day and month (with its year or without: "on 3 May",
// "Oct. 14", "9 August 1907"), exactly or as a bound ("by Oct. 14": the
// day written is compared, not the range it bounds), and is not a
// statement's, the label of the article's own date, a weekday written
// beside a day it does not fall on (date.calendar reports it), nor the
// article's own day (a byline's or a wire dateline's, the day of the
// report). Its context is its sentence from after the last word of
// earlier_breaks before it, as for a time of day.
func (r *dateFactsRule) dayClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	text, toks, inDate := a.Doc.Text, a.Seg.Tokens, s.inDate
	var ids []wordID
	type pending struct {
		sentenceWords
		e   *dates.Expr
		day dates.Day
	}
	var room [8]pending
	todo := room[:0]
	for i := range es {
		e := &es[i]
		if e.Kind != dates.Calendar || e.Day == 0 || e.Month == 0 || e.Ago || e.Shift != dates.Bare || e.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		day, ok := e.Date(a.Ref)
		if !ok {
			continue
		}
		if e.Year == 0 {
			if shift := yearAfter(text[e.Span.End:]); shift != 0 {
				if !a.Ref.Known {
					continue
				}
				moved := *e
				ry, _, _ := a.Ref.Day.Civil()
				moved.Year = ry + shift
				if day, ok = moved.Date(a.Ref); !ok {
					continue
				}
			}
		}
		if a.Ref.Known && day == a.Ref.Day || e.HasWeekday && day.Weekday() != e.Weekday {
			continue
		}
		sent := a.Seg.Sentences[e.Sentence]
		if labelledDate(text, toks, sent, e) || s.attributed(a, i) {
			continue
		}
		from := sent.First
		for j := e.Tokens[0] - 1; j > from; j-- {
			if toks[j].Kind == segment.Word && r.earlierBreaks[toks[j].Text(text)] {
				from = j + 1
				break
			}
		}
		if ids == nil {
			ids = make([]wordID, 0, earlierRoom*2)
		}
		start := len(ids)
		ids = r.contentOf(ids, s, from, sent.Last)
		mid := len(ids)
		ids = r.leadNames(ids, text, toks, from, sent.Last, inDate)
		// A sentence of too few words to tie (a byline's "By A Writer,
		// Town, 3 May") may support, never oppose.
		alone := (mid-start)+min(len(ids)-mid, 1) >= dayAlone
		todo = append(todo, pending{e: e, day: day,
			sentenceWords: sentenceWords{ctx: [2]int{start, mid}, names: [2]int{mid, len(ids)}, alone: alone, ordinal: r.earlierOrdinal(text, toks, from, sent.Last)}})
	}
	out = slices.Grow(out, len(todo))
	for _, p := range todo {
		c := p.claim(dayKey, dayLabel, diag.At(a.Doc, p.e.Span), spanText(a, p.e.Phrase), float64(p.day), float64(p.day), ids)
		// Rel marks a day written without its year: its year is the
		// one nearest the article's date, which for a day half a year
		// away may be either (sameDay).
		c.Rel = p.e.Year == 0
		c.Head = ""
		out = append(out, c)
	}
	return out
}

// compareDays reports the days written out that the story contradicts
// (dayOpponents).
func (r *dateFactsRule) compareDays(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 3, dayOpponents, func(x *claim) bool { return x.Compl != supportOnly }, func(x *claim) string { return x.Shown }, rep)
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

// dayOpponents returns the articles that write out, against x, one other
// day one field away from x's (dayNear), each with its claim, when there
// are at least two of them, at least one of their sentences shares
// dayShared points with x's, no article of the story writes out x's day
// (whatever for: a day written out is rarely of two events), and x's
// own article writes out the others' day nowhere. An ordinal ("first")
// on one side and not the other makes two occurrences, no opposition.
func dayOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	var other claim
	tied := false
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared := -1
		for k := range claims[ya] {
			y := &claims[ya][k]
			if sameDay(x, y) {
				return nil, nil, false
			}
			if y.Compl == supportOnly || !dayNear(x, y) {
				continue
			}
			if n := earlierPoints(x, y); n > bestShared {
				best, bestShared = y, n
			}
		}
		if best == nil {
			continue
		}
		if len(order) > 0 && !sameDay(best, &other) {
			return nil, nil, false
		}
		other = *best
		tied = tied || bestShared >= dayShared
		y := *best
		y.Article = ya
		order = append(order, ya)
		if against == nil {
			against = map[int]*claim{}
		}
		against[ya] = &y
	}
	if len(order) < 2 || !tied {
		return nil, nil, false
	}
	for k := range claims[xa] {
		if sameDay(&claims[xa][k], &other) {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

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
// most ("26 September" in March is this year's or last year's).
func yearsMeet(xy, yy int, x, y *claim) bool {
	return xy == yy || (x.Rel || y.Rel) && xy-yy <= 1 && yy-xy <= 1
}

// dayNear reports whether two different days differ in one field of
// those written (the day of the month, the month or the year): the
// slips of a day moved by mistake ("12 June" for "12 July", "21 July"
// for "12 July", 1912 for 1921). A day written without its year
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
