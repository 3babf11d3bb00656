package dates

// Tense is the time of the clause a date is written in, as far as its
// words tell.
type Tense int8

// Tenses.
const (
	Past    Tense = -1
	Unknown Tense = 0
	Future  Tense = 1
)

// String names the tense.
func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Future:
		return "future"
	}
	return "unknown"
}

// Ref is the article's own date, against which relative expressions are
// resolved. The zero Ref is an unknown date.
type Ref struct {
	Day   Day
	Known bool
}

// RefOf returns the Ref of an ISO date, unknown when s is not one.
func RefOf(iso string) Ref {
	d, ok := ParseISO(iso)
	return Ref{Day: d, Known: ok}
}

// Resolve returns the days e allows, read in an article of date ref with
// e in a clause of the given tense. ok is false when the expression
// cannot be resolved: it needs the article's date and there is none, it
// names a day that does not exist, or its tense is needed and unknown (a
// bare weekday other than the article's own). A bound widens the range:
// "as early as Tuesday" is Tuesday or later.
func (e *Expr) Resolve(ref Ref, tense Tense) (Range, bool) {
	if e.NeedsDate() && !ref.Known {
		return Range{}, false
	}
	var r Range
	var ok bool
	switch e.Kind {
	case Calendar:
		r, ok = e.calendarRange(ref, tense)
	case Weekday:
		r, ok = e.weekdayRange(ref, tense)
	case Relative:
		r, ok = e.relativeRange(ref)
	}
	if !ok {
		return Range{}, false
	}
	switch e.Bound {
	case OnOrAfter:
		r.Hi = MaxDay
	case OnOrBefore:
		r.Lo = MinDay
	case Before:
		r.Lo, r.Hi = MinDay, r.Lo-1
	case After:
		r.Lo, r.Hi = r.Hi+1, MaxDay
	}
	return r, true
}

// Date returns the single day a calendar expression names with its year
// (or, when the year is left out, in the year nearest the article's
// date); ok is false for an expression that names no single day or a day
// that does not exist.
func (e *Expr) Date(ref Ref) (Day, bool) {
	if e.Kind != Calendar || e.Day == 0 || e.Month == 0 {
		return 0, false
	}
	y := e.Year
	if y == 0 {
		if !ref.Known {
			return 0, false
		}
		y = nearestYear(ref.Day, e.Month, e.Day)
	}
	return Date(y, e.Month, e.Day)
}

// Exists reports whether the day and month written can be a date:
// 31 June cannot, nor 29 February 2023; 29 February alone can.
func (e *Expr) Exists() bool {
	if e.Kind != Calendar || e.Day == 0 || e.Month == 0 {
		return true
	}
	if e.Year == 0 {
		return e.Day <= DaysIn(2000, e.Month) // a leap year allows the most
	}
	_, ok := Date(e.Year, e.Month, e.Day)
	return ok
}

// nearestYear is the year that puts month m, day d nearest to ref:
// "Sept. 11" in an article of January 2024 is 11 September 2023.
func nearestYear(ref Day, m, d int) int {
	y, _, _ := ref.Civil()
	best, bestDist := y, -1
	for _, c := range []int{y - 1, y, y + 1} {
		day, ok := Date(c, m, min(d, DaysIn(c, m)))
		if !ok {
			continue
		}
		dist := int(day - ref)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

func (e *Expr) calendarRange(ref Ref, tense Tense) (Range, bool) {
	switch {
	case e.Day > 0:
		d, ok := e.Date(ref)
		return Range{Lo: d, Hi: d, Unit: DayUnit}, ok
	case e.Month > 0 && e.Year > 0:
		return monthRange(e.Year, e.Month)
	case e.Month > 0:
		// A month alone is the nearest such month in the direction the
		// shift or the tense points: "in July" in a September article is
		// this year's July in the past tense, next year's in the future.
		ry, rm, _ := ref.Day.Civil()
		dir := int(tense)
		switch e.Shift {
		case Last:
			dir = -1
		case Next:
			dir = 1
		}
		if dir == 0 && e.Shift != This {
			if e.Month == rm {
				return monthRange(ry, rm)
			}
			return Range{}, false
		}
		y := ry
		switch {
		case e.Shift == This:
		case dir < 0 && e.Month > rm, dir < 0 && e.Month == rm && e.Shift == Last:
			y--
		case dir > 0 && e.Month < rm, dir > 0 && e.Month == rm && e.Shift == Next:
			y++
		}
		return monthRange(y, e.Month)
	case e.Year > 0:
		return yearRange(e.Year)
	}
	return Range{}, false
}

// weekdayRange follows the news convention that a weekday named alone is
// within a week of the article's date: the past tense points back ("said
// Monday"), the future forward ("will meet on Tuesday"); the article's
// own weekday is its own day either way. "Last Tuesday" may be the
// Tuesday of last week or the week before, and is the range of both.
func (e *Expr) weekdayRange(ref Ref, tense Tense) (Range, bool) {
	back := int(ref.Day.Weekday()-e.Weekday+7) % 7 // days since the last such weekday, 0 today
	ahead := (7 - back) % 7                        // days to the next, 0 today
	day := func(d Day) (Range, bool) { return Range{Lo: d, Hi: d, Unit: DayUnit}, true }
	switch e.Shift {
	case Last:
		prev := ref.Day - Day(back)
		if back == 0 {
			prev -= 7
		}
		return Range{Lo: prev - 7, Hi: prev, Unit: DayUnit}, true
	case Next:
		next := ref.Day + Day(ahead)
		if ahead == 0 {
			next += 7
		}
		return Range{Lo: next, Hi: next + 7, Unit: DayUnit}, true
	}
	switch {
	case back == 0:
		return day(ref.Day)
	case tense == Past:
		return day(ref.Day - Day(back))
	case tense == Future:
		return day(ref.Day + Day(ahead))
	}
	return Range{}, false
}

// relativeRange resolves "yesterday", "next week", "earlier this month"
// and "three years ago". Weeks start on Monday. A count of weeks, months
// or years ago is not exact: it allows half its unit either way.
func (e *Expr) relativeRange(ref Ref) (Range, bool) {
	d := ref.Day
	if e.Ago {
		switch e.Unit {
		case DayUnit:
			x := d + Day(e.N)
			return Range{Lo: x, Hi: x, Unit: DayUnit}, true
		case Week:
			x := d + Day(7*e.N)
			return Range{Lo: x - 3, Hi: x + 3, Unit: Week}, true
		case Month:
			y, m, dd := d.Civil()
			y, m = addMonths(y, m, e.N)
			x := fromCivil(y, m, min(dd, DaysIn(y, m)))
			return Range{Lo: x - 15, Hi: x + 15, Unit: Month}, true
		case Year:
			y, m, dd := d.Civil()
			if y+e.N < 1 {
				return Range{}, false
			}
			x := fromCivil(y+e.N, m, min(dd, DaysIn(y+e.N, m)))
			return Range{Lo: x - 182, Hi: x + 182, Unit: Year}, true
		}
		return Range{}, false
	}
	var r Range
	switch e.Unit {
	case DayUnit:
		x := d + Day(e.N)
		return Range{Lo: x, Hi: x, Unit: DayUnit}, true
	case Week:
		monday := d - Day((int(d.Weekday())+6)%7)
		start := monday + Day(7*e.N)
		r = Range{Lo: start, Hi: start + 6, Unit: Week}
	case Month:
		y, m, _ := d.Civil()
		y, m = addMonths(y, m, e.N)
		var ok bool
		if r, ok = monthRange(y, m); !ok {
			return Range{}, false
		}
	case Year:
		y, _, _ := d.Civil()
		var ok bool
		if r, ok = yearRange(y + e.N); !ok {
			return Range{}, false
		}
	default:
		return Range{}, false
	}
	switch e.Part {
	case Earlier:
		r.Hi = min(r.Hi, d)
	case Later:
		r.Lo = max(r.Lo, d)
	}
	return r, true
}
