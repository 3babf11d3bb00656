package quantity

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// The units of a time of day, in minutes after midnight. A time is a
// reading of one clock: "3.40am" and "0340 GMT" are different readings
// (the same minute only where the zone is UTC), so a time with a UTC zone
// written after it has a dimension of its own, never compared with a
// local one. Like the clock grammar ("am", "GMT"), they are not pack
// data: no pack may define what a clock means.
var (
	// TimeOfDay is a local time of day: "3.40am", "6:40 a.m.",
	// "15:40", "3.40am local time".
	TimeOfDay = &Unit{Name: "time of day", Dimension: "time of day", Factor: 60}
	// TimeOfDayUTC is a time of day in UTC: "0640 GMT", "15:40 UTC".
	TimeOfDayUTC = &Unit{Name: "time of day UTC", Dimension: "time of day UTC", Factor: 60}
)

// Qualifiers of a time of day are widths in minutes, not shares of the
// value: "about 11pm" is not "about 11am" a hundred minutes wider.
const (
	// timeNear is the width of "about 4am" and "just after 3.30am":
	// outlets round a time to the half hour.
	timeNear = 30
	// timeLoose is the width of a bare "after 11pm" or "since 3am",
	// compared as a time near it rather than a bound: an open bound
	// capped at a share of minutes after midnight would be an error
	// at 1am and none at 11pm.
	timeLoose = 120
)

// timeQual is a qualifier of a time of day at v minutes after midnight
// whose tolerance is the given width in minutes (at midnight, 0, the
// tolerance of a share is none: the precision written is then the width).
func timeQual(words string, b Bound, width, v float64) *Qualifier {
	return &Qualifier{Words: words, Bound: b, Tolerance: width / max(v, 1)}
}

// timeQualified turns a qualifier of the pack before a time of day
// ("about", "nearly") into its width in minutes.
func timeQualified(q *Qualifier, v float64) *Qualifier {
	switch q.Bound {
	case About, Nearly:
		return timeQual(q.Words, q.Bound, timeNear, v)
	case AtLeast, MoreThan:
		return timeQual(q.Words, About, timeLoose, v)
	}
	return q
}

// timeMeridiem returns 0 for "am", 12 for "pm" (and their dotted forms),
// -1 otherwise.
func timeMeridiem(s string) int {
	switch strings.ToLower(s) {
	case "am", "a.m.", "a.m":
		return 0
	case "pm", "p.m.", "p.m":
		return 12
	}
	return -1
}

// meridiemSuffix is timeMeridiem of a suffix glued to a number, which
// may keep a sentence's full stop: "11pm.".
func meridiemSuffix(s string) int {
	if mer := timeMeridiem(s); mer >= 0 {
		return mer
	}
	return timeMeridiem(strings.TrimSuffix(s, "."))
}

// isUTC reports "GMT" or "UTC" at token i, as written in capitals.
func (p *parser) isUTC(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	s := strings.TrimSuffix(p.str(i), ".")
	return s == "GMT" || s == "UTC"
}

// mayBeClockWord reports whether the word at token i may be one that
// makes a bare number a time: timeMeridiem's "am", "a.m.", "pm" in any
// case (no other rune lower-cases to "a", "p", "m" or ".") or isUTC's
// capitals, "GMT", "UTC" and "GMT.". All are two to four bytes long, and
// their first two bytes tell them from the words that most often follow
// a number ("people", "per", "passengers", "a"), for which timeOfDay was
// called for nothing.
func (p *parser) mayBeClockWord(i int) bool {
	if i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	t := &p.toks[i]
	if n := t.End - t.Start; n < 2 || n > 4 {
		return false
	}
	switch c := p.text[t.Start+1]; p.text[t.Start] {
	case 'a', 'A', 'p', 'P':
		return c == 'm' || c == 'M' || c == '.'
	case 'G':
		return c == 'M'
	case 'U':
		return c == 'T'
	}
	return false
}

// isZone reports a zone abbreviation at token i: two to five capitals
// ending in "T" ("EST", "BST", "AEDT", "ET"), whose offset from the
// local time of the copy is not known.
func (p *parser) isZone(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != segment.Word {
		return false
	}
	s := strings.TrimSuffix(p.str(i), ".")
	if len(s) < 2 || len(s) > 5 || s[len(s)-1] != 'T' {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// timePreposition reports a word at token i that makes the bare clock
// after it a time: "at 15:40", "until 03:40".
func (p *parser) timePreposition(i int) bool {
	for _, w := range [...]string{"at", "by", "from", "until", "till", "before", "after", "since"} {
		if p.isWord(i, w) {
			return true
		}
	}
	return false
}

// clockParts reads "3", "3.40" or "15" as hours and minutes: minutes
// are two digits under 60. ok is false for anything else ("3.4",
// "3.400", "1,500").
func clockParts(s string) (h, m int, hasMin, ok bool) {
	hs, ms, hasMin := strings.Cut(s, ".")
	if len(hs) == 0 || len(hs) > 2 || (hasMin && len(ms) != 2) {
		return 0, 0, false, false
	}
	for _, c := range []byte(hs) {
		if !isDigit(c) {
			return 0, 0, false, false
		}
		h = h*10 + int(c-'0')
	}
	if hasMin {
		if !isDigit(ms[0]) || !isDigit(ms[1]) || ms[0] >= '6' {
			return 0, 0, false, false
		}
		m = int(ms[0]-'0')*10 + int(ms[1]-'0')
	}
	return h, m, hasMin, true
}

// timeOfDay reads a time of day that begins at token i: "3.40am",
// "3.40 pm", "11pm", "6:40 a.m.", "3:40am", and, only where the grammar
// makes it a time ("at", "by", "from", "until", "before", "after" before
// it, or "GMT"/"UTC" after it), the 24-hour "15:40", "03:40" and "1540
// GMT". Scores ("3-1"), ratios and verses ("7:2", "3:16") and prices
// ("3.40") have none of these and are left to the other readers.
func (p *parser) timeOfDay(out *item, i int) status {
	if i < 0 || i >= len(p.toks) || !p.isDigitTok(i) {
		return none
	}
	var h, m int
	var hasMin, colon bool
	mer := -1
	j := i + 1 // the token after the number
	s := p.str(i)
	k := 0
	for k < len(s) && (isDigit(s[k]) || s[k] == '.') {
		k++
	}
	num, suf := s[:k], s[k:]
	switch {
	case suf != "":
		// "3.40am", "11pm", "3.40pm." at a sentence end.
		if mer = meridiemSuffix(suf); mer < 0 {
			return none
		}
		var ok bool
		if h, m, hasMin, ok = clockParts(num); !ok {
			return none
		}
	case p.isPunct(i+1, ':') && p.joined(i+1) && p.joined(i+2) && p.isDigitTok(i+2) && !p.isPunct(i+3, ':'):
		// "6:40", "6:40am".
		var ok bool
		if h, _, _, ok = clockParts(num); !ok || strings.Contains(num, ".") {
			return none
		}
		ms := p.str(i + 2)
		mk := 0
		for mk < len(ms) && isDigit(ms[mk]) {
			mk++
		}
		if mk != 2 || ms[0] >= '6' {
			return none
		}
		m, hasMin, colon = int(ms[0]-'0')*10+int(ms[1]-'0'), true, true
		if rest := ms[mk:]; rest != "" {
			if mer = meridiemSuffix(rest); mer < 0 {
				return none
			}
		}
		j = i + 3
	case len(num) == 4 && !strings.Contains(num, "."):
		// "1540 GMT": the wire's 24-hour clock, read only with a zone.
		h = int(num[0]-'0')*10 + int(num[1]-'0')
		m, hasMin = int(num[2]-'0')*10+int(num[3]-'0'), true
		if num[2] >= '6' || !p.isUTC(j) {
			return none
		}
	default:
		// A bare number is a time only with "am"/"pm" or "GMT"/"UTC"
		// after it (see below): one test of the next word's first
		// byte turns nearly every number away before it is read.
		if !p.mayBeClockWord(j) {
			return none
		}
		var ok bool
		if h, m, hasMin, ok = clockParts(num); !ok {
			return none
		}
	}
	if mer < 0 && j < len(p.toks) && p.toks[j].Kind == segment.Word {
		if mer = timeMeridiem(p.str(j)); mer >= 0 {
			j++
		}
	}
	unit := TimeOfDay
	switch {
	case p.isUTC(j):
		unit = TimeOfDayUTC
		j++
	case p.isWord(j, "local") && p.isWord(j+1, "time"):
		j += 2
	case (mer >= 0 || colon) && p.isZone(j):
		// "3.40am EST": another zone, whose offset is not known here.
		*out = item{first: i, last: j + 1}
		return skip
	}
	if mer >= 0 {
		if h < 1 || h > 12 {
			return none
		}
		h = h%12 + mer
	} else {
		if h > 23 || !hasMin {
			return none
		}
		if unit == TimeOfDay && (!colon || !p.timePreposition(i-1)) {
			return none
		}
	}
	it := item{first: i, last: j, numTok: i, numStart: p.toks[i].Start, numEnd: p.toks[i].End, digits: true, kind: Cardinal, scale: 1,
		value: float64(h*60 + m), step: 1, round: 1, unit: unit}
	if !hasMin {
		it.step, it.round = 60, 60
	} else if m%5 == 0 {
		it.round = 5
	}
	if colon {
		it.numEnd = p.toks[i+2].End
	}
	if s := p.text[it.numStart:it.numEnd]; len(s) > 1 && s[len(s)-1] == '.' && timeMeridiem(s[len(s)-3:len(s)-1]) >= 0 {
		// "9.05pm." at a sentence end keeps the full stop on the
		// word; the number ends before it.
		it.numEnd--
	}
	it.unitStart, it.unitEnd = it.numStart, p.toks[j-1].End
	// "just before 4am" is up to half an hour before it; "before 9am"
	// any time before; "just after" is compared as near, "after" as
	// loosely near (see timeLoose).
	near := p.isWord(i-2, "just") || p.isWord(i-2, "shortly") || p.isWord(i-2, "soon") || p.isWord(i-2, "right")
	switch {
	case p.isWord(i-1, "before") && near:
		it.qual = timeQual("just before", Nearly, timeNear, it.value)
	case p.isWord(i-1, "before") || p.isWord(i-1, "by") || p.isWord(i-1, "until") || p.isWord(i-1, "till"):
		it.qual = timeQual(p.str(i-1), LessThan, 0, it.value)
	case p.isWord(i-1, "after") && near:
		it.qual = timeQual("just after", About, timeNear, it.value)
	case p.isWord(i-1, "after") || p.isWord(i-1, "since") || p.isWord(i-1, "from"):
		it.qual = timeQual(p.str(i-1), About, timeLoose, it.value)
	}
	*out = it
	return found
}

// minutesPast reads a count of minutes before "past" or "after"
// "midnight" or "noon", or before "to" or "before" them, as the time of
// day it names: "nineteen minutes past midnight" is 12.19am, "eleven
// minutes to midnight" 11.49pm. The minutes must be a whole number under 60, no
// range; a qualifier before them ("about") is the time's, as for "about
// 4am". "past twelve" and "past nine" are left as durations, their half
// of the day unwritten.
func (p *parser) minutesPast(it *item) {
	j := it.last
	if it.rng || it.value != float64(int(it.value)) || it.value < 1 || it.value >= 60 || j+1 >= len(p.toks) {
		return
	}
	var at float64
	switch {
	case p.isWord(j+1, "midnight"):
		at = 0
	case p.isWord(j+1, "noon") || p.isWord(j+1, "midday"):
		at = 12 * 60
	default:
		return
	}
	m := it.value
	switch {
	case p.isWord(j, "past") || p.isWord(j, "after"):
	case p.isWord(j, "to") || p.isWord(j, "before"):
		m = -m
	default:
		return
	}
	v := at + m
	if v < 0 {
		v += 24 * 60
	}
	it.value, it.high, it.unit, it.step, it.round = v, 0, TimeOfDay, 1, 1
	if int(v)%5 == 0 {
		it.round = 5
	}
	it.last = j + 2
	it.unitEnd = p.toks[j+1].End
	it.yearish, it.intDigits = false, 0
}
