package dates

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// The calendar's words. They are English grammar, as number words are,
// not story knowledge.
var (
	monthNames = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	}
	monthAbbrevs = map[string]int{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	weekdayNames = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	}
	weekdayAbbrevs = map[string]time.Weekday{
		"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
		"wed": time.Wednesday, "weds": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
		"thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	}
	periodUnits = map[string]Unit{
		"day": DayUnit, "days": DayUnit, "week": Week, "weeks": Week, "fortnight": Week, "fortnights": Week,
		"month": Month, "months": Month, "year": Year, "years": Year, "decade": Year, "decades": Year,
	}
	// periodFactor converts a counted period to its unit: a fortnight is
	// two weeks, a decade ten years.
	periodFactor = map[string]int{"fortnight": 2, "fortnights": 2, "decade": 10, "decades": 10}
	smallNumbers = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	// monthOnlyCues, right before a month named alone, make it a date:
	// "in July", "since March", "last August", "mid-July". Without one,
	// "May" is a verb and "March" a procession.
	monthOnlyCues = map[string]bool{
		"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "during": true,
		"before": true, "after": true, "last": true, "next": true, "this": true, "early": true,
		"late": true, "mid": true, "of": true, "through": true, "throughout": true,
	}
	// yearCues, right before a four-digit number, make it a year named as
	// a date: "in 2019", "since 2011".
	yearCues = map[string]bool{
		"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
		"before": true, "after": true, "early": true, "late": true, "mid": true, "through": true,
		"throughout": true,
	}
	// yearFollowers are the lower-case words that may follow a year named
	// as a date; any other ("in 2019 homes") makes the number a count.
	yearFollowers = map[string]bool{
		"and": true, "or": true, "but": true, "when": true, "as": true, "after": true, "before": true,
		"the": true, "a": true, "an": true, "to": true, "that": true, "with": true, "at": true,
		"for": true, "on": true, "in": true, "by": true, "he": true, "she": true, "it": true,
		"they": true, "we": true, "i": true, "was": true, "were": true, "is": true, "are": true,
		"had": true, "has": true, "have": true, "will": true, "would": true, "amid": true,
		"following": true, "despite": true, "while": true, "until": true, "from": true, "of": true,
	}
	prepositions = map[string]bool{
		"on": true, "in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
		"during": true, "before": true, "after": true, "of": true, "at": true, "through": true,
		"throughout": true, "between": true,
	}
)

// parser reads the date expressions of one text.
type parser struct {
	text string
	toks []segment.Token
	// lowerAll makes lower return every word in lower case, as it did
	// before it returned only calendar words so (a test compares both).
	lowerAll bool
	// last is 1 + the token lower was last asked for (0 for none), and
	// lastCal the calendar word it lower-cased to, or "" for a word
	// returned as written.
	last    int
	lastCal string
	// bySpell is the parser's reading of the segmenter's numbered
	// spellings (see spellings), nil when the text's words are not
	// numbered.
	bySpell []uint16
	// listed is true when cands lists the text's candidates (see
	// ExtractListed), which nextListed reads from cands[k] on in place
	// of walking the tokens.
	listed bool
	cands  []int32
	k      int
}

// What a spelling's entry in spellings holds: spKnown once it is read;
// its start word's flags (startWords, in the low bits, spStart); spDigit
// when it begins with a digit; spThe for "the" and spA for "a" and "an",
// which turnedAway may turn away by the tokens after them; and, from bit
// spCalShift, 1 + the index in calendarList of the calendar word it
// lower-cases to, or 0.
const (
	spStart    uint16 = 1<<3 - 1
	spDigit    uint16 = 1 << 3
	spThe      uint16 = 1 << 4
	spA        uint16 = 1 << 5
	spKnown    uint16 = 1 << 6
	spCalShift        = 7
)

// spellings holds, by the segmenter's number of a spelling
// (segment.Token.Word) in the Words of, what the parser asks of the
// spelling (spKnown and the bits above; 0: not read yet): nextCandidate,
// mayStart and lower read a spelling met before in any text segmented
// with the same Words by one load, where they lower-cased the word and
// hashed it into startTable or calendarWords at each token. One is
// pooled per worker; it is emptied when it serves other Words.
type spellings struct {
	of *segment.Words
	v  []uint16
}

// spellingsPool holds the spellings of extractions gone by.
var spellingsPool = sync.Pool{New: func() any { return new(spellings) }}

// sync readies sp for the numbers of words.
func (sp *spellings) sync(words *segment.Words) {
	if words != sp.of {
		clear(sp.v)
		sp.of = words
	}
	if n := words.Len(); len(sp.v) < n {
		sp.v = slices.Grow(sp.v, n-len(sp.v))[:n]
	}
}

// calendarList is calendarWords in a fixed order, and calendarIndex
// gives 1 + a word's index in it: a spelling's entry keeps the calendar
// word it lower-cases to by this number.
var calendarList, calendarIndex = func() ([]string, map[string]uint16) {
	list := make([]string, 0, len(calendarWords))
	for w := range calendarWords {
		list = append(list, w)
	}
	slices.Sort(list)
	idx := make(map[string]uint16, len(list))
	for k, w := range list {
		idx[w] = uint16(k + 1)
	}
	return list, idx
}()

// calWord is what the parser asks of a calendar word (calendarList), by
// its index: the values of the maps it is a key of (0 where it is none),
// and the sets it is in (cw* bits), so that the parser reads a word's
// answers from calWords by the index its spelling's entry keeps
// (cal), where it looked the word up in each map, hashing it.
type calWord struct {
	// month and abbrMonth: monthNames and monthAbbrevs; weekday and
	// abbrWeekday: 1 + weekdayNames and weekdayAbbrevs; unit: 1 +
	// periodUnits; factor: periodFactor; small: smallNumbers (with
	// cwSmall); day: dayWords (with cwDay).
	month, abbrMonth     int8
	weekday, abbrWeekday int8
	unit, factor         int8
	small, day           int8
	flags                uint16
}

// The sets of calendar words a calWord is in.
const (
	cwSmall uint16 = 1 << iota
	cwDay
	cwMonthCue
	cwYearCue
	cwYearFollower
	cwPrep
	cwOtherDay
	// cwPlural: the word ends in "s" (plural).
	cwPlural
)

// calWords gives, by 1 + the index of a calendar word in calendarList,
// its calWord; entry 0, no calendar word, is in no map and no set.
var calWords = func() []calWord {
	ws := make([]calWord, len(calendarList)+1)
	for k, w := range calendarList {
		c := &ws[k+1]
		c.month, c.abbrMonth = int8(monthNames[w]), int8(monthAbbrevs[w])
		if wd, ok := weekdayNames[w]; ok {
			c.weekday = int8(wd) + 1
		}
		if wd, ok := weekdayAbbrevs[w]; ok {
			c.abbrWeekday = int8(wd) + 1
		}
		if u, ok := periodUnits[w]; ok {
			c.unit = int8(u) + 1
		}
		c.factor = int8(periodFactor[w])
		if v, ok := smallNumbers[w]; ok {
			c.small, c.flags = int8(v), c.flags|cwSmall
		}
		if d, ok := dayWords[w]; ok {
			c.day, c.flags = int8(d), c.flags|cwDay
		}
		for _, set := range []struct {
			m   map[string]bool
			bit uint16
		}{{monthOnlyCues, cwMonthCue}, {yearCues, cwYearCue}, {yearFollowers, cwYearFollower}, {prepositions, cwPrep}, {otherDay, cwOtherDay}} {
			if set.m[w] {
				c.flags |= set.bit
			}
		}
		if plural(w) {
			c.flags |= cwPlural
		}
	}
	return ws
}()

// The indices (calendarIndex) of the calendar words the parser compares
// a word with.
var (
	cwLast, cwNext, cwThis          = calendarIndex["last"], calendarIndex["next"], calendarIndex["this"]
	cwEarlier, cwLater              = calendarIndex["earlier"], calendarIndex["later"]
	cwEarly, cwLate, cwMid          = calendarIndex["early"], calendarIndex["late"], calendarIndex["mid"]
	cwAgo, cwThe, cwOf, cwFollowing = calendarIndex["ago"], calendarIndex["the"], calendarIndex["of"], calendarIndex["following"]
	cwDecade, cwFortnight           = calendarIndex["decade"], calendarIndex["fortnight"]
	cwMorning, cwAfternoon          = calendarIndex["morning"], calendarIndex["afternoon"]
	cwEvening                       = calendarIndex["evening"]
	cwAs, cwThan, cwBefore          = calendarIndex["as"], calendarIndex["than"], calendarIndex["before"]
	cwUntil, cwBy, cwAfter          = calendarIndex["until"], calendarIndex["by"], calendarIndex["after"]
)

// cal returns the index (calendarIndex) of the calendar word token i of
// sentence s lowers to (lower), or 0 when it lowers to none or is past
// the sentence: by a load of a numbered spelling's entry, and by a
// look-up of the lowered word for any other.
func (p *parser) cal(i int, s segment.Sentence) uint16 {
	if i < s.First || i >= s.Last {
		return 0
	}
	t := &p.toks[i]
	if t.Kind != segment.Word {
		return 0 // calendar words are words
	}
	if !p.lowerAll && p.bySpell != nil {
		if e := p.spell(t); e != 0 {
			return e >> spCalShift
		}
	}
	return calendarIndex[p.lower(i, s)]
}

// spellingOf works out the entry (see spellings) of the word w.
func spellingOf(w string) uint16 {
	e := spKnown
	if isDigit(w[0]) {
		e |= spDigit
	}
	if len(w) <= 10 {
		var buf [10]byte
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		lw := buf[:len(w)]
		e |= uint16(startTable.get(lw)) & spStart
		switch string(lw) {
		case "the":
			e |= spThe
		case "a", "an":
			e |= spA
		}
		// The calendar word w lower-cases to, whatever its case: lower
		// returns it for a word in capitals, and a word in lower case
		// is that word itself.
		e |= calendarIndex[string(lw)] << spCalShift
	}
	return e
}

// spell returns the entry (see spellings) of the numbered spelling of
// token t, reading it on its first meeting; 0 when the token's spelling
// is not numbered within bySpell.
func (p *parser) spell(t *segment.Token) uint16 {
	wn := t.Word
	if wn == 0 || int(wn) >= len(p.bySpell) {
		return 0
	}
	e := p.bySpell[wn]
	if e == 0 {
		e = spellingOf(p.text[t.Start:t.End])
		p.bySpell[wn] = e
	}
	return e
}

// Extract returns the date expressions of text, in order, whose
// tokenisation and sentences seg gives.
func Extract(text string, seg *segment.Result) []Expr {
	return extract(text, seg, true)
}

// MayStart reports whether a date expression may start at a word
// spelt w (not empty), as Extract reads it: w begins with a digit or
// lower-cases to one of the words a date begins with (a month, a
// weekday, "last", a number word, "the", "a" ...). It depends on the
// spelling alone, so a caller that lists candidates for ExtractListed
// may ask it once per spelling.
func MayStart(w string) bool { return spellingOf(w)&(spDigit|spStart) != 0 }

// Unlisted reports whether a caller that lists candidates for
// ExtractListed may leave out a word spelt w that MayStart lets through:
// "the", in any case, which starts a date only before a token that
// begins with a digit ("the 4th of May"). The commonest word of copy,
// it was most of the words listed for the dates, and nearly every one
// was turned away by the token after it; ExtractListed finds the few
// that start a date from the digits after them. It depends on the
// spelling alone, as MayStart does.
func Unlisted(w string) bool { return spellingOf(w)&spThe != 0 }

// ExtractListed is Extract given the text's candidates: cands lists, in
// token order, every token of seg of Kind Number and every token of Kind
// Word for which MayStart is true, and no other, but that it may leave
// out the words that Unlisted lets it ("the"): a date that starts at
// such a word starts at the token before one that begins with a digit,
// which is listed, and is found from there. A caller that walks an
// article's tokens for another reader too (the rules' one walk for the
// dates and the quantities) lists them in the same walk, and the
// extraction walks the tokens no more: it reads only the candidates of
// each sentence.
func ExtractListed(text string, seg *segment.Result, cands []int32) []Expr {
	return extractWith(text, seg, true, cands, true)
}

// extract is Extract; quick turns on the look-ahead of mayStart that
// spares parsing "the" and number words where no date can follow them (a
// test compares it with the parse of every start word).
func extract(text string, seg *segment.Result, quick bool) []Expr {
	return extractWith(text, seg, quick, nil, false)
}

// extractWith is extract, and ExtractListed when listed is true.
func extractWith(text string, seg *segment.Result, quick bool, cands []int32, listed bool) []Expr {
	p := parser{text: text, toks: seg.Tokens, listed: listed, cands: cands}
	if seg.Words != nil {
		sp := spellingsPool.Get().(*spellings)
		sp.sync(seg.Words)
		p.bySpell = sp.v
		defer spellingsPool.Put(sp)
	}
	return p.extract(seg, quick)
}

// exprPool holds the room extract gathers an article's expressions in
// before it copies them out at their number: one allocation per article
// instead of a slice grown (and copied) from nil.
var exprPool = sync.Pool{New: func() any { return new([]Expr) }}

// extract is the loop of extract, over p's text.
func (p *parser) extract(seg *segment.Result, quick bool) []Expr {
	room := exprPool.Get().(*[]Expr)
	found := (*room)[:0]
	for si, s := range seg.Sentences {
		for i := s.First; i < s.Last; {
			// Most tokens are words that no date starts with, skipped
			// here by their kind, length and first and last bytes, as
			// mayStart would turn them away, in a loop of their own
			// (with quick off, TestQuickStartFindsTheSame's reference,
			// every token is asked); and "the", "a" and "an", the
			// commonest of the rest, by the tokens after them
			// (turnedAway), as mayStart would after a look-up.
			if quick {
				if p.listed {
					i = p.nextListed(i, s.Last)
				} else if p.bySpell == nil {
					i = nextCandidate(p.toks, p.text, i, s.Last)
				} else {
					i = p.nextCandidate(i, s.Last)
				}
				if i == s.Last {
					break
				}
			}
			if !p.mayStart(i, s, quick) {
				i++
				continue
			}
			// The expression is read into the room's next slot, where
			// at and the readers it calls fill it in place: each
			// returned its 200 bytes by value, copied up the calls
			// and again into the room. A slot filled by a reading
			// that fails is left beyond the room's length (no reading
			// sets Prep, the one field that points into the text).
			if len(found) == cap(found) {
				found = slices.Grow(found, 1)
			}
			e := &found[:len(found)+1][len(found)]
			if !p.at(e, i, s) {
				i++
				continue
			}
			e.Sentence = si
			p.bound(e, s)
			found = found[:len(found)+1]
			i = e.Tokens[1]
		}
	}
	var out []Expr
	if len(found) > 0 {
		out = slices.Clone(found)
	}
	// The room must not keep the article's text alive.
	clear(found)
	*room = found[:0]
	exprPool.Put(room)
	return out
}

// turnedAway reports whether mayStart, quick, would turn away the
// candidate token i of a sentence that ends before token last because it
// is "the" with no digit after it, or "a" or "an" with no "ago" two or
// four tokens on: half the candidates of copy, tested here by their
// bytes, where mayStart lower-cased and looked each up. false only
// means mayStart must be asked.
func turnedAway(toks []segment.Token, text string, i, last int) bool {
	t := &toks[i]
	if t.Kind != segment.Word {
		return false
	}
	w := text[t.Start:t.End]
	// c|0x20 folds only 'T' onto 't' (and so on) among all bytes, as
	// the lower-casing of mayStart does.
	switch {
	case len(w) == 3 && w[0]|0x20 == 't' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e':
		return i+1 >= last || !isDigit(text[toks[i+1].Start])
	case len(w) == 1 && w[0]|0x20 == 'a', len(w) == 2 && w[0]|0x20 == 'a' && w[1]|0x20 == 'n':
		// agoAt is isAgo without its test of the sentence's first
		// token, which i+2 and i+4 pass: i is in the sentence.
		return !agoAt(toks, text, i+2, last) && !agoAt(toks, text, i+4, last)
	}
	return false
}

// nextCandidate is nextCandidate of the parser's tokens, numbered
// (bySpell is not nil), reading a
// numbered spelling's entry (spellings) where the word's bytes were
// tested and, for a start word, lower-cased and looked up by mayStart:
// a token no date starts with costs a load. A word whose spelling the
// entry says is no start word and begins with no digit is not
// returned, where nextCandidate let through any that its letters and
// length did not rule out and mayStart turned it away.
func (p *parser) nextCandidate(i, last int) int {
	toks, by := p.toks, p.bySpell
	for ; i < last; i++ {
		t := &toks[i]
		// A token with no number (0) reads by[0], which is 0, as does a
		// spelling not read yet: both go the slow way below.
		wn := t.Word
		if int(wn) >= len(by) {
			wn = 0
		}
		e := by[wn]
		if e == 0 {
			if t.Kind == segment.Number {
				return i
			}
			if t.Kind != segment.Word {
				continue
			}
			if wn == 0 {
				if c := p.text[t.Start]; isDigit(c) || mayBeStartWord(c, p.text[t.End-1], t.End-t.Start) && !turnedAway(toks, p.text, i, last) {
					return i
				}
				continue
			}
			e = spellingOf(p.text[t.Start:t.End])
			by[wn] = e
		}
		switch {
		case e&(spDigit|spStart) == 0:
			continue
		case e&spThe != 0:
			// turnedAway's test of "the".
			if i+1 < last && isDigit(p.text[toks[i+1].Start]) {
				return i
			}
		case e&spA != 0:
			// turnedAway's test of "a" and "an".
			if agoAt(toks, p.text, i+2, last) || agoAt(toks, p.text, i+4, last) {
				return i
			}
		default:
			return i
		}
	}
	return last
}

// nextListed is nextCandidate over the listed candidates (ExtractListed)
// from cands[p.k] on: it returns the first listed token of toks[i:last]
// that the tokens after it do not turn away (turnedAway, or its tests by
// a numbered spelling's entry), or the "the" right before it, at or
// after i, when the list left that out (Unlisted) and the token begins
// with a digit; or last. It leaves p.k at the listed token. i never goes
// back within a text, so each listed token is passed over once (a
// token that begins with a digit twice at most: once with the "the"
// before it returned, and once after, as the "the" itself was). Every
// token that begins with a digit is listed, so no "the" a date starts
// at is missed.
func (p *parser) nextListed(i, last int) int {
	j := p.nextInList(i, last)
	// "the" before a token that begins with a digit, which the list
	// may leave out (Unlisted): it is the candidate, before the digits.
	if j < last && j-1 >= i && isDigit(p.text[p.toks[j].Start]) && isThe(p.toks, p.text, j-1) {
		return j - 1
	}
	return j
}

// isThe reports whether token i is the word "the", in any case, as
// spellingOf reads it.
func isThe(toks []segment.Token, text string, i int) bool {
	t := &toks[i]
	if t.Kind != segment.Word || t.End-t.Start != 3 {
		return false
	}
	// c|0x20 folds only 'T' onto 't' (and so on) among all bytes.
	w := text[t.Start:t.End]
	return w[0]|0x20 == 't' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e'
}

// nextInList is nextListed but for the "the" it may leave out.
func (p *parser) nextInList(i, last int) int {
	c, k := p.cands, p.k
	for k < len(c) && int(c[k]) < i {
		k++
	}
	for ; k < len(c); k++ {
		j := int(c[k])
		if j >= last {
			break
		}
		t := &p.toks[j]
		if t.Kind == segment.Number {
			p.k = k
			return j
		}
		// The entry of a numbered spelling read before is read here
		// by a load (spell for the rest): p.bySpell is nil or has
		// entry 0, which is 0.
		wn := t.Word
		if int(wn) >= len(p.bySpell) {
			wn = 0
		}
		var e uint16
		if wn != 0 {
			if e = p.bySpell[wn]; e == 0 {
				e = p.spell(t)
			}
		}
		if e == 0 {
			// Not numbered: the word begins with a digit or may be a
			// start word (MayStart), as nextCandidate asks of it.
			if !turnedAway(p.toks, p.text, j, last) {
				p.k = k
				return j
			}
			continue
		}
		switch {
		case e&(spDigit|spStart) == 0:
			continue
		case e&spThe != 0:
			if j+1 < last && isDigit(p.text[p.toks[j+1].Start]) {
				p.k = k
				return j
			}
		case e&spA != 0:
			if agoAt(p.toks, p.text, j+2, last) || agoAt(p.toks, p.text, j+4, last) {
				p.k = k
				return j
			}
		default:
			p.k = k
			return j
		}
	}
	p.k = k
	return last
}

// nextCandidate returns the first of toks[i:last] that may start a date,
// or last: a number, or a word that begins with a digit or may be a
// start word (mayBeStartWord) and is not turned away by the tokens after
// it (turnedAway). A small loop of its own, whose values stay in
// registers: in the parser's loop they were spilled to the stack and
// loaded again for every token.
func nextCandidate(toks []segment.Token, text string, i, last int) int {
	for ; i < last; i++ {
		t := &toks[i]
		if t.Kind == segment.Number {
			return i
		}
		if t.Kind != segment.Word {
			continue
		}
		if c := text[t.Start]; isDigit(c) || mayBeStartWord(c, text[t.End-1], t.End-t.Start) && !turnedAway(toks, text, i, last) {
			return i
		}
	}
	return last
}

// What a start word may begin, as startWords tells.
const (
	// startOther: anything at calls it for.
	startOther uint8 = 1 << iota
	// startThe: "the", which begins a date only before a day number
	// ("the 11th of September").
	startThe
	// startCount: a number word, which begins a date only in "three
	// years ago" or "twenty-one years ago".
	startCount
)

// startWords are the words a date expression can start with, besides
// numbers: one map lookup turns most tokens away before any parsing.
var startWords = func() map[string]uint8 {
	m := map[string]uint8{"the": startThe}
	for _, w := range []string{"last", "next", "this", "earlier", "later", "early", "late", "mid"} {
		m[w] |= startOther
	}
	for w := range smallNumbers {
		m[w] |= startCount
	}
	for _, words := range []map[string]int{monthNames, monthAbbrevs, dayWords} {
		for w := range words {
			m[w] |= startOther
		}
	}
	for _, words := range []map[string]time.Weekday{weekdayNames, weekdayAbbrevs} {
		for w := range words {
			m[w] |= startOther
		}
	}
	return m
}()

// startTable is startWords as a wordTable.
var startTable = func() *wordTable {
	t := &wordTable{}
	for w, f := range startWords {
		t.put(w, f)
	}
	return t
}()

// startEnds has, for a length n up to 10 and the low five bits of a
// first byte, bit k set when a start word of n bytes begins with that
// letter and ends with one whose low five bits are k. ASCII letters keep
// their low five bits in either case, so a word that lower-cases to a
// start word passes; most words of copy do not ("they", "that", "to",
// "a", "said" are turned away), and the hashed look-up of mayStart is
// made for a few tokens in a hundred where a test of the first letter
// and the length let two in five through.
var startEnds = func() (t [11][32]uint32) {
	for w := range startWords {
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}()

// mayBeStartWord reports whether a word of n bytes that begins with the
// byte first and ends with last may be a start word in any case: false
// only when it is none.
func mayBeStartWord(first, last byte, n int) bool {
	return n <= 10 && startEnds[n][first&31]&(1<<(last&31)) != 0
}

// mayStart reports whether a date expression may start at token i of
// sentence s: a number, an ordinal ("11th") or one of startWords. When
// quick is true, "the" must come before a token that begins with a
// digit, a number word two or four tokens before "ago", and digits fit
// mayStartNumber, as at reads them.
func (p *parser) mayStart(i int, s segment.Sentence, quick bool) bool {
	t := p.toks[i]
	switch t.Kind {
	case segment.Number:
		return !quick || p.mayStartNumber(i, s)
	case segment.Word:
		w := p.text[t.Start:t.End]
		if c := w[0]; '0' <= c && c <= '9' {
			return !quick || p.mayStartNumber(i, s)
		}
		var f uint8
		var e uint16
		if p.bySpell != nil {
			e = p.spell(&p.toks[i])
		}
		if e != 0 {
			// A numbered spelling's flags, read once.
			f = uint8(e & spStart)
		} else {
			if len(w) > 10 {
				return false
			}
			// Most words begin and end with letters no start word of their
			// length does: they are turned away before hashing.
			if !mayBeStartWord(w[0], w[len(w)-1], len(w)) {
				return false
			}
			// Lower-cased on the stack: looking a []byte up as a string
			// does not allocate.
			var buf [10]byte
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			f = startTable.get(buf[:len(w)])
		}
		if !quick || f&startOther != 0 {
			return f != 0
		}
		switch f {
		case startThe:
			// dayNumber reads "the" and then digits.
			return i+1 < s.Last && isDigit(p.text[p.toks[i+1].Start])
		case startCount:
			// ago reads "three years ago" and "twenty-one years ago".
			return p.isAgo(i+2, s) || p.isAgo(i+4, s)
		}
	}
	return false
}

// mayStartNumber reports whether a date may start at the token i of
// sentence s that begins with a digit, as at reads one: a four-digit
// year or ISO date, "10 days ago", or a day before a month, maybe after
// "of" ("11 September", "11th of September"), which is capitalised.
func (p *parser) mayStartNumber(i int, s segment.Sentence) bool {
	t := p.toks[i]
	return t.End-t.Start == 4 || p.isAgo(i+2, s) || p.upperAt(i+1, s) || p.upperAt(i+2, s)
}

// upperAt reports whether token i of sentence s begins with an ASCII
// capital, as the month names do.
func (p *parser) upperAt(i int, s segment.Sentence) bool {
	if i >= s.Last {
		return false
	}
	c := p.text[p.toks[i].Start]
	return 'A' <= c && c <= 'Z'
}

// isAgo reports whether token i of sentence s is "ago", in any case, as
// lower reads it.
func (p *parser) isAgo(i int, s segment.Sentence) bool {
	return i >= s.First && agoAt(p.toks, p.text, i, s.Last)
}

// agoAt is isAgo of a token i at or after the sentence's first, in a
// sentence that ends before token last.
func agoAt(toks []segment.Token, text string, i, last int) bool {
	if i >= last {
		return false
	}
	t := toks[i]
	if t.End-t.Start != 3 {
		return false
	}
	w := text[t.Start:t.End]
	// c|0x20 folds only 'A' to 'a' (and so on) among the bytes that
	// give these letters, as lowerASCII does.
	return w[0]|0x20 == 'a' && w[1]|0x20 == 'g' && w[2]|0x20 == 'o'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lower is token i's text in lower case if that is a calendar word
// (calendarWords), and otherwise the text as written; "" past the
// sentence.
//
// The parser only compares what lower returns with calendar words and
// looks it up in maps whose keys are calendar words, so a word that
// lower-cases to none of them may stay as written: it matches nothing
// either way (a word with a capital is no calendar word as written, and
// one without is its own lower case). Lower-casing such a word allocated
// its string; this does not.
func (p *parser) lower(i int, s segment.Sentence) string {
	if i < s.First || i >= s.Last {
		return ""
	}
	w := p.toks[i].Text(p.text)
	// No calendar word is longer than ten letters ("throughout").
	if len(w) > 10 {
		return w
	}
	if p.lowerAll {
		return lowerASCII(w)
	}
	if p.bySpell == nil {
		// Not numbered: lowered below.
	} else if e := p.spell(&p.toks[i]); e != 0 {
		// A numbered spelling's calendar word, read once.
		if c := e >> spCalShift; c != 0 {
			return calendarList[c-1]
		}
		return w
	}
	// at, calendar, month and ago ask for the word at the same token
	// three to six times, and a capitalised one cost a map look-up each
	// time: the last answer is kept. Only whether it is the text as
	// written or which calendar word is kept, never the text itself, so
	// that the parser's tokens do not escape through it.
	if i+1 == p.last {
		if p.lastCal != "" {
			return p.lastCal
		}
		return w
	}
	cw := calendarOf(w)
	p.last, p.lastCal = i+1, cw
	if cw != "" {
		return cw
	}
	return w
}

// calendarOf returns the calendar word (calendarWords) that w, of at
// most ten bytes, lower-cases to when it has an upper-case ASCII letter,
// or "": a word in lower case already is its own lower case.
func calendarOf(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; 'A' <= c && c <= 'Z' {
			var buf [10]byte
			b := buf[:len(w)]
			copy(b, w)
			for j := k; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return calendarWords[string(b)]
		}
	}
	return ""
}

// lowerASCII lower-cases w, without allocating when it has no upper-case
// ASCII letter (most words of copy) or when its lower case is a word of
// the calendar (calendarWords: "Monday", "In", "Last"). Calendar words
// are ASCII; any other letter is left as it is, which never turns a word
// into one of them.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return lowerFrom(w, i)
		}
	}
	return w
}

// lowerFrom is lowerASCII of w, whose first upper-case ASCII letter is
// at i.
func lowerFrom(w string, i int) string {
	var buf [16]byte
	var b []byte
	if len(w) <= len(buf) {
		b = buf[:len(w)]
		copy(b, w)
	} else {
		b = []byte(w)
	}
	for j := i; j < len(b); j++ {
		if c := b[j]; 'A' <= c && c <= 'Z' {
			b[j] = c + 'a' - 'A'
		}
	}
	// The same string either way; a calendar word's is not allocated.
	if s, ok := calendarWords[string(b)]; ok {
		return s
	}
	return string(b)
}

// calendarWords holds the lower-case words that the parser compares
// or looks up, each mapped to itself, for lowerASCII.
var calendarWords = func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, w := range []string{"ago", "morning", "afternoon", "evening", "as", "soon", "no", "than", "not"} {
		add(w)
	}
	for w := range startWords {
		add(w)
	}
	for _, words := range []map[string]bool{monthOnlyCues, yearCues, yearFollowers, prepositions, otherDay} {
		for w := range words {
			add(w)
		}
	}
	for w := range periodUnits {
		add(w)
	}
	return m
}()

func (p *parser) word(i int, s segment.Sentence) bool {
	return i >= s.First && i < s.Last && p.toks[i].Kind == segment.Word
}

func (p *parser) punct(i int, s segment.Sentence, c byte) bool {
	return i >= s.First && i < s.Last && p.toks[i].Kind == segment.Punct && p.text[p.toks[i].Start] == c
}

// capitalised reports a word that starts with an upper-case letter and is
// not written in capitals throughout ("MONDAY" in a headline is
// shouting, and a name may be in capitals too).
func (p *parser) capitalised(i int, s segment.Sentence) bool {
	if !p.word(i, s) {
		return false
	}
	w := p.toks[i].Text(p.text)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (len(w) < 3 || !allUpper(w))
}

// allUpper reports whether strings.ToUpper leaves w as it is, without
// building the upper-case string (which allocated for every capitalised
// word asked about): an ASCII word is when it has no lower-case letter.
func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(w) == w
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// span is the text span of tokens [i, j).
func (p *parser) span(i, j int) document.Span {
	return document.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}
}

// at reads the expression that starts at token i, if any.
func (p *parser) at(e *Expr, i int, s segment.Sentence) bool {
	c := p.cal(i, s)
	switch c {
	case cwLast, cwNext, cwThis:
		if p.shifted(e, i, s, c) {
			return true
		}
	case cwEarlier, cwLater:
		// "earlier this month", "later this week", "earlier today".
		if p.cal(i+1, s) == cwThis {
			if n := &calWords[p.cal(i+2, s)]; n.unit != 0 && n.flags&cwPlural == 0 {
				part := Earlier
				if c == cwLater {
					part = Later
				}
				*e = Expr{Span: p.span(i, i+3), Tokens: [2]int{i, i + 3}, Kind: Relative, Unit: Unit(n.unit - 1), Part: part}
				return true
			}
		}
		if n := &calWords[p.cal(i+1, s)]; n.flags&cwDay != 0 && n.day == 0 {
			*e = Expr{Span: p.span(i, i+2), Tokens: [2]int{i, i + 2}, Kind: Relative, Unit: DayUnit}
			return true
		}
	case cwEarly, cwLate, cwMid:
		// "early July", "mid-2019": the span takes the modifier in; the
		// whole period is kept, which never makes two dates disagree
		// that do not.
		j := i + 1
		if c == cwMid && p.punct(j, s, '-') {
			j++
		}
		if p.calendar(e, j, s, true) && e.Day == 0 {
			e.Span.Start, e.Tokens[0] = p.toks[i].Start, i
			return true
		}
		return false
	}
	cw := &calWords[c]
	if cw.flags&cwDay != 0 && (calendarList[c-1] == p.toks[i].Text(p.text) || p.toks[i].Initial) {
		// Capitalised inside a sentence, it is a name: "Russia Today".
		*e = Expr{Span: p.span(i, i+1), Tokens: [2]int{i, i + 1}, Kind: Relative, Unit: DayUnit, N: int(cw.day)}
		return true
	}
	if p.ago(e, i, s, c) {
		return true
	}
	if cw.weekday|cw.abbrWeekday != 0 && p.capitalised(i, s) {
		if cw.weekday != 0 {
			return p.weekday(e, i, s, time.Weekday(cw.weekday-1), false)
		}
		return p.weekday(e, i, s, time.Weekday(cw.abbrWeekday-1), true)
	}
	return p.calendar(e, i, s, false)
}

// otherDay, before a weekday, make it a day counted from another day or
// no single day.
var otherDay = map[string]bool{
	"previous": true, "following": true, "preceding": true, "subsequent": true, "same": true,
	"first": true, "second": true, "third": true, "fourth": true, "final": true, "every": true,
	"each": true, "that": true, "one": true, "another": true, "a": true, "any": true, "some": true,
}

// dayWords are the days named relative to today.
var dayWords = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

func plural(w string) bool { return strings.HasSuffix(w, "s") }

// shifted reads "last Tuesday", "next week", "this month", "last July".
func (p *parser) shifted(e *Expr, i int, s segment.Sentence, c uint16) bool {
	var shift Shift
	switch c {
	case cwLast:
		shift = Last
	case cwNext:
		shift = Next
	case cwThis:
		shift = This
	}
	cn := p.cal(i+1, s)
	n := &calWords[cn]
	if n.unit != 0 && n.flags&cwPlural == 0 && cn != cwDecade && cn != cwFortnight {
		u := Unit(n.unit - 1)
		if u == DayUnit {
			return false // "the last day"
		}
		*e = Expr{Span: p.span(i, i+2), Tokens: [2]int{i, i + 2}, Kind: Relative, Unit: u, Shift: shift}
		switch shift {
		case Last:
			e.N = -1
		case Next:
			e.N = 1
		}
		return true
	}
	if cn == cwMorning || cn == cwAfternoon || cn == cwEvening {
		if shift == This {
			*e = Expr{Span: p.span(i, i+2), Tokens: [2]int{i, i + 2}, Kind: Relative, Unit: DayUnit}
			return true
		}
		return false
	}
	if n.weekday != 0 && p.capitalised(i+1, s) {
		*e = Expr{Span: p.span(i, i+2), Tokens: [2]int{i, i + 2}, Kind: Weekday, Weekday: time.Weekday(n.weekday - 1), HasWeekday: true,
			WeekdaySpan: p.span(i+1, i+2), Shift: shift}
		return true
	}
	if m := int(n.month); m != 0 && p.capitalised(i+1, s) {
		// "last July": a month alone; the year is resolved as for "in
		// July", the shift pointing the way.
		// calendar's reading is overwritten: e is its room.
		if p.calendar(e, i+1, s, true) {
			*e = Expr{Span: p.span(i, i+2), Tokens: [2]int{i, i + 2}, Kind: Calendar, Month: m, Shift: shift}
			return true
		}
	}
	return false
}

// ago reads "three years ago", "a week ago", "10 days ago".
func (p *parser) ago(e *Expr, i int, s segment.Sentence, c uint16) bool {
	var n int
	t := p.toks[i]
	switch t.Kind {
	case segment.Number:
		v, ok := atoi(t.Text(p.text))
		if !ok || v == 0 || v > 1000 {
			return false
		}
		n = v
	case segment.Word:
		cw := &calWords[c]
		if cw.flags&cwSmall == 0 {
			return false
		}
		v := int(cw.small)
		n = v
		// "twenty-one years ago".
		if v >= 20 && v%10 == 0 && p.punct(i+1, s, '-') {
			if uw := &calWords[p.cal(i+2, s)]; uw.flags&cwSmall != 0 && uw.small < 10 && uw.small > 0 {
				n += int(uw.small)
				i += 2
			}
		}
	default:
		return false
	}
	uw := &calWords[p.cal(i+1, s)]
	if uw.unit == 0 {
		return false
	}
	first := p.firstOfNumber(i)
	if p.cal(i+2, s) != cwAgo {
		return false
	}
	if f := int(uw.factor); f > 0 {
		n *= f
	}
	*e = Expr{Span: p.span(first, i+3), Tokens: [2]int{first, i + 3}, Kind: Relative, Unit: Unit(uw.unit - 1), N: -n, Ago: true}
	return true
}

// firstOfNumber steps back over a hyphenated number word to its first
// token ("twenty" of "twenty-one").
func (p *parser) firstOfNumber(i int) int {
	if i >= 2 && p.toks[i-1].Kind == segment.Punct && p.text[p.toks[i-1].Start] == '-' && p.toks[i-1].Joined && p.toks[i].Joined {
		if _, ok := smallNumbers[lowerASCII(p.toks[i-2].Text(p.text))]; ok {
			return i - 2
		}
	}
	return i
}

// weekday reads a weekday, alone or with the calendar date it names
// ("Wednesday, Sept. 13, 2023", "Tuesday 12 September").
func (p *parser) weekday(e *Expr, i int, s segment.Sentence, wd time.Weekday, abbrev bool) bool {
	j := i + 1
	if abbrev && p.punct(j, s, '.') && p.toks[j].Joined {
		j++
	}
	if p.punct(j, s, ',') {
		j++
	}
	if p.calendar(e, j, s, false) && e.Day > 0 {
		e.Span.Start, e.Tokens[0] = p.toks[i].Start, i
		e.Weekday, e.HasWeekday, e.WeekdaySpan = wd, true, p.span(i, i+1)
		return true
	}
	if abbrev {
		return false // "Sun" and "Wed" alone are words or names
	}
	// "Super Tuesday", "Good Friday", "Black Monday" are names of their
	// own.
	if i > s.First && p.capitalised(i-1, s) && !p.toks[i-1].Initial {
		return false
	}
	// "the previous Saturday", "every Tuesday", "that Friday": counted
	// from another day, or no one day.
	// "Following Monday's announcement" is a preposition, not "the
	// following Monday".
	if prev := p.cal(i-1, s); calWords[prev].flags&cwOtherDay != 0 && (prev != cwFollowing || p.cal(i-2, s) == cwThe) {
		return false
	}
	*e = Expr{Span: p.span(i, i+1), Tokens: [2]int{i, i + 1}, Kind: Weekday, Weekday: wd, HasWeekday: true,
		WeekdaySpan: p.span(i, i+1)}
	return true
}

// calendar reads a date written with a month or a year at token i.
// cued is true when a word before it already makes a month alone a date
// ("mid-July").
func (p *parser) calendar(e *Expr, i int, s segment.Sentence, cued bool) bool {
	if i < s.First || i >= s.Last {
		return false
	}
	if p.iso(e, i, s) {
		return true
	}
	if m, j, ok := p.month(i, s); ok {
		// September 11[, 2023]
		if d, k, ok := p.dayNumber(j, s); ok {
			*e = Expr{Kind: Calendar, Month: m, Day: d, Tokens: [2]int{i, k}}
			y, l, hasYear := p.year(k, s, true)
			if hasYear {
				e.Year, e.Tokens[1] = y, l
			}
			e.Span = p.span(i, e.Tokens[1])
			return true
		}
		// April 2019
		if y, k, ok := p.year(j, s, false); ok {
			*e = Expr{Kind: Calendar, Month: m, Year: y, Tokens: [2]int{i, k}, Span: p.span(i, k)}
			return true
		}
		full := calWords[p.cal(i, s)].month != 0
		if full && (cued || calWords[p.cueBefore(i, s)].flags&cwMonthCue != 0) {
			*e = Expr{Kind: Calendar, Month: m, Tokens: [2]int{i, i + 1}, Span: p.span(i, i+1)}
			return true
		}
		return false
	}
	// [the] 11[th] [of] September[ 2023]
	if d, j, ok := p.dayNumber(i, s); ok {
		k := j
		if p.cal(k, s) == cwOf {
			k++
		}
		if m, l, ok := p.month(k, s); ok {
			*e = Expr{Kind: Calendar, Month: m, Day: d, Tokens: [2]int{i, l}}
			if y, n, ok := p.year(l, s, false); ok {
				e.Year, e.Tokens[1] = y, n
			}
			e.Span = p.span(i, e.Tokens[1])
			return true
		}
		return false
	}
	// in 2019
	if y, j, ok := p.year(i, s, false); ok && (cued || calWords[p.cueBefore(i, s)].flags&cwYearCue != 0) {
		// A cue opening the sentence makes the year a date whatever
		// follows: "In 2019 officers seized ..." is a year, where "built
		// in 2019 homes" inside a sentence is a count.
		opens := !cued && i-1 == s.First
		if p.word(j, s) && calWords[p.cal(j, s)].flags&cwYearFollower == 0 && !p.capitalised(j, s) && !opens {
			return false
		}
		*e = Expr{Kind: Calendar, Year: y, Tokens: [2]int{i, j}, Span: p.span(i, j)}
		return true
	}
	return false
}

// cueBefore is the calendar word (its index, cal) before token i,
// skipping the hyphen of "mid-".
func (p *parser) cueBefore(i int, s segment.Sentence) uint16 {
	j := i - 1
	if p.punct(j, s, '-') && p.toks[i].Joined {
		j--
	}
	return p.cal(j, s)
}

// month reads a month name at token i, full or abbreviated (with its
// full stop), capitalised; it returns the month and the next token.
func (p *parser) month(i int, s segment.Sentence) (int, int, bool) {
	if !p.capitalised(i, s) {
		return 0, i, false
	}
	cw := &calWords[p.cal(i, s)]
	if m := int(cw.month); m != 0 {
		return m, i + 1, true
	}
	if m := int(cw.abbrMonth); m != 0 {
		j := i + 1
		if p.punct(j, s, '.') && p.toks[j].Joined {
			j++
		}
		return m, j, true
	}
	return 0, i, false
}

// dayNumber reads a day of the month: "11", "11th", "the 11th". It
// refuses a number that goes on ("11:30", "11-12", "11.5").
func (p *parser) dayNumber(i int, s segment.Sentence) (int, int, bool) {
	j := i
	if p.cal(j, s) == cwThe {
		j++
	}
	if j >= s.Last {
		return 0, i, false
	}
	t := p.toks[j]
	txt := t.Text(p.text)
	switch t.Kind {
	case segment.Number:
	case segment.Word:
		// An ordinal's suffix, in any case, read without lower-casing
		// the word: c|0x20 folds only 'S' to 's' (and so on) among the
		// bytes that give these letters, as lowerASCII does.
		if n := len(txt); n >= 2 {
			switch string([]byte{txt[n-2] | 0x20, txt[n-1] | 0x20}) {
			case "st", "nd", "rd", "th":
				txt = txt[:n-2]
			}
		}
	default:
		return 0, i, false
	}
	d, ok := atoi(txt)
	if !ok || d < 1 || d > 31 || len(txt) > 2 {
		return 0, i, false
	}
	if n := j + 1; n < s.Last && p.toks[n].Joined && p.toks[n].Kind == segment.Punct && strings.ContainsRune(":-/.", rune(p.text[p.toks[n].Start])) && n+1 < s.Last && p.toks[n+1].Joined && p.toks[n+1].Kind == segment.Number {
		return 0, i, false
	}
	return d, j + 1, true
}

// year reads a four-digit year, 1000-2999, at token i, after an optional
// comma when comma is true ("September 11, 2023").
func (p *parser) year(i int, s segment.Sentence, comma bool) (int, int, bool) {
	j := i
	if comma && p.punct(j, s, ',') {
		j++
	}
	if j >= s.Last || p.toks[j].Kind != segment.Number {
		return 0, i, false
	}
	txt := p.toks[j].Text(p.text)
	y, ok := atoi(txt)
	if !ok || len(txt) != 4 || y < 1000 || y > 2999 {
		return 0, i, false
	}
	// "2019-20", "2023/24": a season or a range, not a date.
	if n := j + 1; n < s.Last && p.toks[n].Joined && p.toks[n].Kind == segment.Punct && strings.ContainsRune("-/%", rune(p.text[p.toks[n].Start])) {
		return 0, i, false
	}
	return y, j + 1, true
}

// iso reads 2023-09-11.
func (p *parser) iso(e *Expr, i int, s segment.Sentence) bool {
	if i+5 > s.Last {
		return false
	}
	t := p.toks[i : i+5]
	if t[0].Kind != segment.Number || t[2].Kind != segment.Number || t[4].Kind != segment.Number {
		return false
	}
	for k := 1; k < 5; k++ {
		if !t[k].Joined {
			return false
		}
	}
	if !p.punct(i+1, s, '-') || !p.punct(i+3, s, '-') {
		return false
	}
	day, ok := ParseISO(p.text[t[0].Start:t[4].End])
	if !ok {
		return false
	}
	y, m, d := day.Civil()
	*e = Expr{Kind: Calendar, Year: y, Month: m, Day: d, Tokens: [2]int{i, i + 5}, Span: p.span(i, i+5)}
	return true
}

// bound reads the preposition and the bounding words before e: "on",
// "as early as", "no later than", "by".
func (p *parser) bound(e *Expr, s segment.Sentence) {
	i := e.Tokens[0]
	e.Phrase = e.Span
	// "in Sunday's election", "after Tuesday's quake", "after Tuesday
	// afternoon's storm": the words before belong to the noun the date is
	// possessive of.
	if Possessed(p.text, p.toks, e.Tokens[1], s.Last) >= 0 {
		return
	}
	if c := p.cal(i-1, s); calWords[c].flags&cwPrep != 0 {
		e.Prep = calendarList[c-1]
		e.Phrase.Start = p.toks[i-1].Start
	}
	phrase := func(words ...string) bool {
		for k, w := range words {
			if p.lower(i-len(words)+k, s) != w {
				return false
			}
		}
		return true
	}
	// The preposition may sit between the bound and the date: "as early
	// as on Tuesday" is rare, "no later than on" never; only "on" is
	// skipped.
	if e.Prep == "on" {
		i--
	}
	// Every bounding phrase ends with one of these words: for most
	// dates, the word before is none of them and no phrase is tried.
	switch p.cal(i-1, s) {
	case cwAs, cwThan, cwBefore, cwUntil, cwBy, cwAfter:
	default:
		return
	}
	n := 0
	switch {
	case phrase("as", "early", "as"), phrase("as", "soon", "as"), phrase("no", "earlier", "than"):
		e.Bound, n = OnOrAfter, 3
	case phrase("not", "before"), phrase("not", "until"):
		e.Bound, n = OnOrAfter, 2
	case phrase("no", "later", "than"), phrase("not", "later", "than"):
		e.Bound, n = OnOrBefore, 3
	case phrase("by"):
		e.Bound, n = OnOrBefore, 1
	case phrase("before"):
		e.Bound, n = Before, 1
	case phrase("after"):
		e.Bound, n = After, 1
	}
	if n > 0 {
		e.Phrase.Start = p.toks[i-n].Start
	}
}

// dayParts are the parts of a day that may stand between a weekday and
// its possessive: "Tuesday afternoon's storm".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// Possessed returns the index of the possessive ending ("'s") that
// closes a date ending before token j, right after it ("Sunday's
// election") or after a part of the day ("Tuesday afternoon's storm"),
// or -1: such a date qualifies the noun after it, and the words before
// it (a preposition, "after") are the noun's. last bounds the sentence.
func Possessed(text string, toks []segment.Token, j, last int) int {
	if j < last && toks[j].Kind == segment.Possessive {
		return j
	}
	if j+1 < last && toks[j+1].Kind == segment.Possessive && toks[j].Kind == segment.Word &&
		dayParts[text[toks[j].Start:toks[j].End]] {
		return j + 1
	}
	return -1
}

// ParseText reads text that is one calendar date and nothing else, with
// its year ("12 September 2023", "Tuesday, Sept. 12, 2023",
// "2023-09-12"), as datelines write it. A weekday that does not fit the
// date makes it unreadable.
func ParseText(text string) (Day, bool) {
	trimmed := strings.TrimSpace(text)
	seg := segment.Segment(trimmed, []segment.Block{{Start: 0, End: len(trimmed)}}, &segment.Options{
		Abbreviations: calendarAbbreviations,
	})
	es := Extract(trimmed, seg)
	if len(es) != 1 || es[0].Span.Start != 0 || strings.TrimRight(trimmed[es[0].Span.End:], ".") != "" {
		return 0, false
	}
	e := &es[0]
	if e.Kind != Calendar || e.Year == 0 {
		return 0, false
	}
	d, ok := e.Date(Ref{})
	if !ok || e.HasWeekday && d.Weekday() != e.Weekday {
		return 0, false
	}
	return d, true
}

// ParseMonthDay reads a day of a month written without its year, as a
// wire dateline gives it ("Nov 8", "8 November"): the whole text must be
// that one date. The month and day must exist in some year (29 February
// does).
func ParseMonthDay(text string) (month, day int, ok bool) {
	trimmed := strings.TrimSpace(text)
	seg := segment.Segment(trimmed, []segment.Block{{Start: 0, End: len(trimmed)}}, &segment.Options{
		Abbreviations: calendarAbbreviations,
	})
	es := Extract(trimmed, seg)
	if len(es) != 1 || es[0].Span.Start != 0 || strings.TrimRight(trimmed[es[0].Span.End:], ".") != "" {
		return 0, 0, false
	}
	e := &es[0]
	if e.Kind != Calendar || e.Year != 0 || e.Month == 0 || e.Day == 0 || e.HasWeekday {
		return 0, 0, false
	}
	// A leap year, so that 29 February is a day of some year.
	if _, ok := Date(2000, e.Month, e.Day); !ok {
		return 0, 0, false
	}
	return e.Month, e.Day, true
}

// calendarAbbreviations keep "Sept." and "Tue." from ending a sentence
// in ParseText.
var calendarAbbreviations = func() map[string]segment.Abbreviation {
	m := map[string]segment.Abbreviation{}
	for w := range monthAbbrevs {
		m[strings.ToUpper(w[:1])+w[1:]] = segment.Other
	}
	for w := range weekdayAbbrevs {
		m[strings.ToUpper(w[:1])+w[1:]] = segment.Other
	}
	return m
}()
