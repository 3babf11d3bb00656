package dates

import (
	"fmt"
	"strconv"
	"time"
)

// Day is a day of the calendar, counted from 1 January 1970.
type Day int32

// Unbounded ends of a Range.
const (
	MinDay Day = -1 << 30
	MaxDay Day = 1 << 30
)

// Date returns the day y-m-d; ok is false when there is no such day
// (31 June, 29 February 2023) or the year is outside 1..9999.
func Date(y, m, d int) (Day, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) {
		return 0, false
	}
	return fromCivil(y, m, d), true
}

// fromCivil is the day y-m-d, a month or a day out of its range
// carried into the next or the last, as time.Date normalises them ("32
// October" is 1 November). It counts the days of the proleptic Gregorian
// calendar as time.Date does, in integer arithmetic (H. Hinnant's
// days_from_civil): time.Date with time.UTC asked the zone's offset and
// worked the date out through an absolute count of its own, a fifth of
// fact.date's resolving of dates. A year far outside any calendar of copy
// is left to time.Date.
func fromCivil(y, m, d int) Day {
	if 1 <= y && y <= 9999 && 1 <= m && m <= 12 && -civilReach <= d && d <= civilReach {
		// The years of copy, a month in its range: the year's first day
		// and the days of the months before, with no division but by
		// constants (a day out of its month's range is carried as well:
		// the count is linear in d).
		n := y - 1
		day := 365*n + n/4 - n/100 + n/400 - 719162 + int(daysBefore[m]) + d - 1
		if m > 2 && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			day++
		}
		return Day(day)
	}
	if y < -civilReach || y > civilReach || m < -civilReach || m > civilReach || d < -civilReach || d > civilReach {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return Day(t.Unix() / 86400)
	}
	// The month into 1..12, its excess carried into the year.
	m--
	y += floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	// Years from 1 March, so that a leap day ends its year.
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	doy := (153*((m+9)%12)+2)/5 + d - 1    // from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy // from the era's 1 March
	return Day(era*146097 + doe - 719468)
}

// daysBefore holds the days of a common year before month m (1-12).
var daysBefore = [13]uint16{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// civilReach bounds the years, months and days fromCivil counts itself:
// ten million years either way is far inside an int's range.
const civilReach = 10_000_000

// floorDiv is a/b rounded down, for b > 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Civil returns the day's year, month (1-12) and day of the month, of
// the proleptic Gregorian calendar, as time.Unix(86400*d, 0).UTC() does
// (H. Hinnant's civil_from_days).
func (d Day) Civil() (y, m, dd int) {
	z := int(d) + 719468 // from 1 March of the year 0
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11], from March
	dd = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, dd
}

// Weekday is the day of the week.
func (d Day) Weekday() time.Weekday {
	w := (int(d) + 4) % 7 // 1 January 1970 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// String writes the day in ISO form, 2023-09-12.
func (d Day) String() string {
	y, m, dd := d.Civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// Long writes the day as messages show it: "Tuesday 12 September 2023".
func (d Day) Long() string {
	// Appended on the stack, not by fmt.Sprintf: fact.date quotes the
	// day of every weekday it claims. The bytes are Sprintf's
	// ("%s %d %s %d" of the weekday, day, month and year).
	y, m, dd := d.Civil()
	var buf [48]byte
	b := append(buf[:0], d.Weekday().String()...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(dd), 10)
	b = append(b, ' ')
	b = append(b, time.Month(m).String()...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(y), 10)
	return string(b)
}

// ParseISO reads YYYY-MM-DD.
func ParseISO(s string) (Day, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := atoi(s[:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	return Date(y, m, d)
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1e8 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// DaysIn is the number of days in month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addMonths moves the first day of month m of year y by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// monthRange is the range of the whole month m of year y.
func monthRange(y, m int) (Range, bool) {
	if y < 1 || y > 9999 {
		return Range{}, false
	}
	return Range{Lo: fromCivil(y, m, 1), Hi: fromCivil(y, m, DaysIn(y, m)), Unit: Month}, true
}

// yearRange is the range of the whole year y.
func yearRange(y int) (Range, bool) {
	if y < 1 || y > 9999 {
		return Range{}, false
	}
	return Range{Lo: fromCivil(y, 1, 1), Hi: fromCivil(y, 12, 31), Unit: Year}, true
}

// Unit is the grain a date is written in.
type Unit uint8

// Grains of dates.
const (
	DayUnit Unit = iota
	Week
	Month
	Year
)

// Range is the set of days an expression allows, both ends included;
// MinDay and MaxDay leave an end open ("as early as Tuesday"). Unit is
// the grain it was written in, for messages.
type Range struct {
	Lo, Hi Day
	Unit   Unit
}

// Overlaps reports whether two ranges share a day.
func (r Range) Overlaps(s Range) bool { return r.Lo <= s.Hi && s.Lo <= r.Hi }

// Exact reports a range of one day.
func (r Range) Exact() bool { return r.Lo == r.Hi }

// String writes the range as messages show it: "Tuesday 12 September
// 2023", "April 2019", "12 September 2023 or later".
func (r Range) String() string {
	switch {
	case r.Lo == MinDay && r.Hi == MaxDay:
		return "any day"
	case r.Hi == MaxDay:
		return r.Lo.Long() + " or later"
	case r.Lo == MinDay:
		return r.Hi.Long() + " or earlier"
	case r.Lo == r.Hi:
		return r.Lo.Long()
	}
	ly, lm, ld := r.Lo.Civil()
	hy, hm, hd := r.Hi.Civil()
	switch {
	case r.Unit == Year && ly == hy && lm == 1 && ld == 1 && hm == 12 && hd == 31:
		return fmt.Sprint(ly)
	case r.Unit == Month && ly == hy && lm == hm && ld == 1 && hd == DaysIn(hy, hm):
		return fmt.Sprintf("%s %d", time.Month(lm), ly)
	}
	return fmt.Sprintf("%s to %s", r.Lo.Long(), r.Hi.Long())
}
