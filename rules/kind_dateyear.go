package rules

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// The earlier-event comparison of fact.date. Outlets give the background
// of a story with the year of an earlier event ("the worst flood since
// 2007, when the river rose 4.1 metres", "the record of 2:09:12 set in
// 2016", "fined 40,000 euros in 2021"), each in words of its own and
// rarely with an event word of the pack. A year alone dates too many
// things to be tied to one event by an event word; what ties two such
// years is the rest of their sentences: the same figure, the same person
// or place, the same verb. A year or a month with its year, before the
// article's own year, written alone in its sentence, is a claim whose
// context is its sentence's content words, figures and names; two such
// claims of different articles are of one earlier event when their
// sentences share earlierShared points, and compareEarlier reports the
// one whose year its story contradicts.

// earlierYearKey is the key of an earlier event's year. Such claims are
// compared by compareEarlier alone.
const earlierYearKey = "date:earlier"

// earlierLabel names the fact in messages.
const earlierLabel = "year of the earlier event"

// earlierShared is how many points (a content word or a figure each, and
// one for sharing any name) two sentences must share for their years to
// be of one earlier event. Two points are what every sentence of a
// story's background shares ("killed", the town); three need the event's
// own figure, person or verb.
const earlierShared = 3

// earlierClaims returns out with a claim for each year of an earlier
// event in the article: a calendar date with its year and no day ("in
// 2019", "since March 2011"), exactly (no "by", "before", "after"),
// before the year of the article's date, and the only date of its
// sentence, whose words are then all about the event it dates. Years of
// statements are left out.
func (r *dateFactsRule) earlierClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	// An article whose own date is not known (a dateline of no year, or
	// none) tells its earlier events in the past tense: a year of a
	// clause of the past is taken for one, whatever the article's year.
	refYear := math.MaxInt
	if a.Ref.Known {
		refYear, _, _ = a.Ref.Day.Civil()
	}
	// The candidates are counted first, so that their days, words and
	// quoted dates each take one array for the article: copy dates many
	// years, and an allocation of each for each claim was a tenth more
	// for the whole check.
	n, shownLen, listed := 0, 0, 0
	for i := range es {
		if e := &es[i]; r.earlierCandidate(e, refYear, len(a.Seg.Sentences)) {
			n++
			shownLen += e.Phrase.End - e.Phrase.Start
			listed += len(yearList(a, es, i, refYear, nil))
		}
	}
	// The years listed after one ("in 2006 and 2013") are dates of their
	// own, kept in one array that does not move: their claims point in.
	var list []dates.Expr
	if listed > 0 {
		list = make([]dates.Expr, 0, listed)
		n += listed
	}
	named := attributiveYears(a, es, refYear)
	for k := range named {
		n++
		shownLen += named[k].Phrase.End - named[k].Phrase.Start
	}
	if n == 0 {
		return out
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	ids := make([]wordID, 0, earlierRoom*n)
	var shown strings.Builder
	shown.Grow(shownLen)
	type pending struct {
		sentenceWords
		e                *dates.Expr
		lo, hi           dates.Day
		shownFrom, shown int
	}
	var room [8]pending
	todo := room[:0]
	// clause returns e's days and the clause it dates, unless the clause
	// goes on from another's or forecasts (ok false).
	clause := func(e *dates.Expr) (rng dates.Range, from, to int, ok bool) {
		if rng, ok = e.Resolve(a.Ref, dates.Past); !ok {
			return rng, 0, 0, false
		}
		sent := a.Seg.Sentences[e.Sentence]
		from, to = r.earlierClause(s, sent, e)
		if r.isContinuationSpan(s, from, to) || !a.Ref.Known && r.forecastIn(text, toks, s.inDate, sent.First, to) {
			return rng, 0, 0, false
		}
		return rng, from, to, true
	}
	// push adds e's claim to todo, with the words of its clause
	// (from, to), the ordinal read from ordFrom, and alone unless the
	// clause has too few words to tie: "It flooded again in 2009." still
	// tells its article's year, and may support, and it quiets its own
	// article's other years against that one.
	push := func(e *dates.Expr, rng dates.Range, from, to, ordFrom int, alone bool, extra ...wordID) {
		start := len(ids)
		ids = r.contentOf(ids, s, from, to)
		if len(extra) > 0 {
			ids = sortedIDs(append(ids, extra...), start)
		}
		mid := len(ids)
		ids = r.leadNames(ids, s, from, to)
		if (mid-start)+min(len(ids)-mid, 1) < earlierShared {
			alone = false
		}
		sf := shown.Len()
		shown.WriteString(spanText(a, e.Phrase))
		todo = append(todo, pending{e: e, lo: rng.Lo, hi: rng.Hi, shownFrom: sf, shown: shown.Len(),
			sentenceWords: sentenceWords{ctx: [2]int{start, mid}, names: [2]int{mid, len(ids)}, alone: alone, ordinal: r.earlierOrdinal(s, ordFrom, to)}})
	}
	for i := range es {
		e := &es[i]
		if !r.earlierCandidate(e, refYear, len(a.Seg.Sentences)) || s.attributed(a, i) || !a.Ref.Known && s.tenseAt(a, e, i) == dates.Future {
			continue
		}
		rng, from, to, ok := clause(e)
		if !ok {
			continue
		}
		// A sentence of several dates tells several moments, and its
		// words are not all this year's: its year only supports
		// another article's (supportOnly).
		alone := (i == 0 || es[i-1].Sentence != e.Sentence) && (i+1 == len(es) || es[i+1].Sentence != e.Sentence)
		// Its words are then its own part's, as a weekday's are
		// (betweenDates), with the clause of "when" after it: "flew one
		// ridge in 2018, and gave up on another in 2024" dates two
		// things, and each year read with all the sentence's words was
		// set against another outlet's year of either.
		if !alone {
			from, to = datePart(a, es, i, from, to, true)
		}
		// "The first fatal crash since 1997" dates the crash before it:
		// the ordinal before "since" counts from the year, it does not
		// pick an occurrence of the year's event.
		ordFrom := from
		if e.Prep == "since" {
			ordFrom = max(from, e.Tokens[1])
		}
		// Years listed after e ("titles in 2006 and 2013") date other
		// occurrences of e's event, told in e's words. Each year of the
		// list is a claim of its place in it (Head): it meets only the
		// years of that place in lists as long in other outlets, and
		// the other years of its list, and the list's shape, are points
		// its sentence shares with theirs (listPoints): "in 2006 and
		// 2012" against "in 2006 and 2013" is the second occurrence
		// moved, where against "in 2004, 2006 and 2013" there is no
		// knowing which.
		start := len(list)
		list = yearList(a, es, i, refYear, list)
		if len(list) == start {
			push(e, rng, from, to, ordFrom, alone)
			continue
		}
		members := list[start:]
		push(e, rng, from, to, ordFrom, alone, listPoints(e.Year, 0, members)...)
		todo[len(todo)-1].ordinal += listPlace(0, len(members)+1)
		for k := range members {
			m := &members[k]
			mr, ok := m.Resolve(a.Ref, dates.Past)
			if !ok {
				continue
			}
			push(m, mr, from, to, ordFrom, alone, listPoints(e.Year, k+1, members)...)
			todo[len(todo)-1].ordinal += listPlace(k+1, len(members)+1)
		}
	}
	// The years that name an event before its noun ("the 1994 flood")
	// are claims of their own sentences as the others are; one in a
	// sentence of other dates only supports.
	for k := range named {
		e := &named[k]
		if a.Calendar.AttributedWith(s.text, a.Seg, e, &s.classes) {
			continue
		}
		rng, from, to, ok := clause(e)
		if !ok {
			continue
		}
		alone := !slices.ContainsFunc(es, func(d dates.Expr) bool { return d.Sentence == e.Sentence }) &&
			!slices.ContainsFunc(named, func(d dates.Expr) bool { return d.Sentence == e.Sentence && d.Span != e.Span })
		push(e, rng, from, to, from, alone)
	}
	// The words are sliced only now: ids may have moved while it grew.
	all := shown.String()
	out = slices.Grow(out, len(todo))
	for _, p := range todo {
		// The days are the figure's interval, not When: a range of its
		// own for each claim, kept and decoded again, was an allocation
		// of each for the whole check.
		out = append(out, p.claim(earlierYearKey, earlierLabel, diag.At(a.Doc, p.e.Span), all[p.shownFrom:p.shown], float64(p.lo), float64(p.hi), ids))
	}
	return out
}

// yearList appends to out, as calendar dates of a year, the years listed
// after es[i], a year written alone ("in 2006"): bare years of four
// digits, each after a comma or "and", the last after "and" and at the
// end of its clause (a comma, a stop or the sentence's end follows it),
// each before refYear and none a date of es: "in 2006 and 2013", "in
// 2001, 2006 and 2013". Anything else after es[i] ("in 2006 and 1400
// people", "in 2006, 2,450 homes") lists nothing.
func yearList(a *Article, es []dates.Expr, i, refYear int, out []dates.Expr) []dates.Expr {
	e := &es[i]
	if e.Month != 0 || e.Day != 0 || e.Year == 0 {
		return out
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[e.Sentence]
	next := sent.Last
	if i+1 < len(es) && es[i+1].Sentence == e.Sentence {
		next = es[i+1].Tokens[0]
	}
	start := len(out)
	j := e.Tokens[1]
	for j < next {
		// A comma, "and" or ", and", then a year.
		and := false
		if punctAt(text, toks, j, ',') {
			j++
		}
		if wordAt(text, toks, j, "and") {
			and = true
			j++
		}
		if j == e.Tokens[1] || j >= next || toks[j].Kind != segment.Number {
			break
		}
		y, ok := bareYear(toks[j].Text(text))
		if !ok || y >= refYear {
			break
		}
		sp := document.Span{Start: toks[j].Start, End: toks[j].End}
		out = append(out, dates.Expr{Span: sp, Tokens: [2]int{j, j + 1}, Sentence: e.Sentence, Kind: dates.Calendar, Year: y, Phrase: sp})
		j++
		if and {
			if j >= sent.Last || toks[j].Kind == segment.Punct && (text[toks[j].Start] == ',' || dates.ClauseStop(text, toks, j) || j+1 >= sent.Last) {
				return out
			}
			break
		}
	}
	return out[:start]
}

// listPlace is the mark of place k (from 0) of a list of n years, added
// to a listed year's ordinal (Head).
func listPlace(k, n int) string {
	return "#" + strconv.Itoa(k+1) + "/" + strconv.Itoa(n)
}

// listPoints returns the ids a listed year's sentence shares with another
// outlet's list of the same years but its own: the other years of the
// list as figures (the list's first, first, then members, the year of
// place k left out) and the list's shape with the place left open.
func listPoints(first, k int, members []dates.Expr) []wordID {
	out := make([]wordID, 0, len(members)+1)
	shape := "#list"
	for i := 0; i <= len(members); i++ {
		y := first
		if i > 0 {
			y = members[i-1].Year
		}
		if i == k {
			shape += ",?"
			continue
		}
		shape += "," + strconv.Itoa(y)
		out = append(out, figureID(strconv.Itoa(y)))
	}
	return append(out, wordHash(shape))
}

// bareYear reads w, four ASCII digits from 1000, as a year.
func bareYear(w string) (int, bool) {
	if len(w) != 4 || w[0] < '1' || w[0] > '9' {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		y = y*10 + int(w[i]-'0')
	}
	return y, true
}

// attributiveYears returns, as calendar dates of a year, the years
// before refYear that name an earlier event before its noun, with "the"
// or a possessive before them (attributiveYear: "the 1994 flood", "the
// town's 1987 gale"), which the date extractor does not read as dates.
// Such a year dates its noun's event, a day of that year, whatever word
// comes before it: "the worst since the 1987 gale" tells a gale of 1987
// as "the 1987 gale that felled the spire" does; a bound word before it
// ("before the 1987 gale") makes it no claim. The phrase is the year
// with its article and noun.
func attributiveYears(a *Article, es []dates.Expr, refYear int) []dates.Expr {
	if a.Units == nil {
		return nil
	}
	qs := a.Quantities()
	text, toks := a.Doc.Text, a.Seg.Tokens
	var out []dates.Expr
	for k := range qs {
		q := &qs[k]
		if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) || int(q.Value) >= refYear || !attributiveYear(text, toks, q) {
			continue
		}
		if slices.ContainsFunc(es, func(e dates.Expr) bool { return e.Span.Start < q.Number.End && q.Number.Start < e.Span.End }) {
			continue
		}
		det, noun := q.Tokens[0]-1, q.Tokens[1]
		if b := det - 1; b >= a.Seg.Sentences[q.Sentence].First && toks[b].Kind == segment.Word {
			switch strings.ToLower(toks[b].Text(text)) {
			case "before", "after", "until", "till", "by":
				continue
			}
		}
		out = append(out, dates.Expr{
			Span:     q.Number,
			Tokens:   [2]int{q.Tokens[0], q.Tokens[1]},
			Sentence: q.Sentence,
			Kind:     dates.Calendar,
			Year:     int(q.Value),
			Phrase:   document.Span{Start: toks[det].Start, End: toks[noun].End},
		})
	}
	return out
}

// forecastIn reports a word of forecast in tokens [from, to) outside
// the dates (inDate; "May" is a month), lower-case or opening its
// sentence: "Plans to rebuild the pier in 2029 were dropped" plans, whatever
// the verb's tense.
func (r *dateFactsRule) forecastIn(text string, toks []segment.Token, inDate []bool, from, to int) bool {
	for j := from; j < to; j++ {
		t := toks[j]
		if t.Kind != segment.Word || j < len(inDate) && inDate[j] {
			continue
		}
		w := t.Text(text)
		if !isLowerWord(w) && !t.Initial {
			continue
		}
		if r.forecast[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// sentenceWords is what the claims of a sentence's year or time
// (earlierClaims, timeClaims) keep of their sentences while the words
// of all are gathered into one array of the article: the ranges of its
// content words and of its names in that array, whether it may oppose
// (alone) and the ordinal that picks one occurrence of its event.
type sentenceWords struct {
	ctx, names [2]int
	alone      bool
	ordinal    string
}

// claim is the claim of a sentence's year or time, of figure [lo, hi],
// its words sliced from ids only now: ids may have moved while it grew.
// Near keeps the sentence's names, as word ids, as a lead claim does;
// Head, unused by these claims otherwise, carries the ordinal.
func (w *sentenceWords) claim(key, label string, loc diag.Location, shown string, lo, hi float64, ids []wordID) claim {
	return claim{
		Key:     key,
		Label:   label,
		Loc:     loc,
		Shown:   shown,
		Q:       figure{Value: lo, High: hi},
		Role:    -1,
		Context: ids[w.ctx[0]:w.ctx[1]:w.ctx[1]],
		Near:    ids[w.names[0]:w.names[1]:w.names[1]],
		Compl:   supportMark(w.alone),
		Head:    w.ordinal,
	}
}

// earlierRoom is the room for the words of one year's sentence that
// earlierClaims makes at first; more grows the array.
const earlierRoom = 16

// earlierCandidate reports whether date e may be the year of an earlier
// event (earlierClaims): a calendar date with its year and no day,
// before refYear, exactly, in a sentence of the article.
func (r *dateFactsRule) earlierCandidate(e *dates.Expr, refYear, sentences int) bool {
	return e.Kind == dates.Calendar && e.Year != 0 && e.Year < refYear && e.Bound == dates.Exactly && !e.Ago && e.Shift == dates.Bare && e.Sentence < sentences
}

// earlierClause returns the tokens [from, to) whose words tell the
// earlier event that year e dates: after "since", a clause of "when"
// after it ("the worst flood since 2011, when the levees failed": the
// failure, not the flood of the news, which outlets measure against
// different years); or else its sentence from after the last word of
// earlier_breaks before it ("built in a yard that closed in 1987": the
// closing). "It last erupted in 2010, when ..." tells the one event in
// both halves.
func (r *dateFactsRule) earlierClause(s *dateScratch, sent segment.Sentence, e *dates.Expr) (int, int) {
	text, toks := s.text, s.toks
	from, to, ok := whenClause(text, toks, sent, e)
	if ok && e.Prep == "since" {
		return from, to
	}
	from = sent.First
	for j := e.Tokens[0] - 1; j > from; j-- {
		// Inside the sentence the break words are lower-case; a
		// capitalised word there is a name, looked up as it is, not
		// lower-cased into a copy. Each word's answer is in its memo
		// (lex, tkBreak).
		if r.lex(s, j).shape&tkBreak != 0 {
			from = j + 1
			break
		}
	}
	if e.Prep == "since" {
		return from, r.sinceEnd(text, toks, sent, e)
	}
	return from, sent.Last
}

// sinceEnd returns the end of the clause of a year after "since" with no
// clause of "when": such a year dates the start of a state that its own
// clause tells ("has flown gliders since 1994"), and the rest of the
// sentence ("..., is one of the town's oldest clubs", "and has logged
// 2,100 hours, according to the club") tells other things. Read with
// those words, a pilot's "since" and his club's "since" shared the club's
// name and its verbs and were set against each other. The clause ends at
// a comma, a clause stop, "and", "but" or a word of earlier_breaks.
func (r *dateFactsRule) sinceEnd(text string, toks []segment.Token, sent segment.Sentence, e *dates.Expr) int {
	for j := e.Tokens[1]; j < sent.Last; j++ {
		t := toks[j]
		switch t.Kind {
		case segment.Punct:
			if text[t.Start] == ',' || dates.ClauseStop(text, toks, j) {
				return j
			}
		case segment.Word:
			if w := t.Text(text); w == "and" || w == "but" || r.isEarlierBreak(w) {
				return j
			}
		}
	}
	return sent.Last
}

// earlierOrdinal returns the first word of earlier_ordinals in tokens
// [from, to), lower-case, or "": "its first conviction in 2013" dates
// one occurrence of a recurring event, and a sentence of another
// ("a conviction in 2018 for a smaller spill") shares its words but not
// its year.
func (r *dateFactsRule) earlierOrdinal(s *dateScratch, from, to int) string {
	// Each word's ordinal is in its memo (lex, ordinalOf).
	for j := from; j < to; j++ {
		switch o := r.lex(s, j).ord; o {
		case 0:
		case manyOrdinals:
			return r.earlierOrdinals[r.ordinalOf(s.toks[j].Text(s.text))]
		default:
			return r.earlierOrdinals[o-1]
		}
	}
	return ""
}

// supportOnly marks (in Compl) the claim of a year that shares its
// sentence with another date: it may support another article's year,
// never oppose one nor be reported.
const supportOnly = "+"

// supportMark is the Compl of a claim whose year is alone in its
// sentence or not.
func supportMark(alone bool) string {
	if alone {
		return ""
	}
	return supportOnly
}

// isContinuationSpan reports a word of continuation in tokens [from,
// to): "the drought that has lasted since 2019" dates a state, and its
// year the start of something still going on that outlets date loosely.
// Each word's answer is the article's memo (lex, qCont): the clause of
// a year is read again for its content words, which lex also answers.
func (r *dateFactsRule) isContinuationSpan(s *dateScratch, from, to int) bool {
	for j := from; j < to; j++ {
		if r.lex(s, j).is&qCont != 0 {
			return true
		}
	}
	return false
}

// earlierPoints is the evidence that two sentences tell one earlier
// event: a point per content word or figure shared, and one for sharing
// any name.
func earlierPoints(x, y *claim) int {
	return sharedAllIDs(x.Context, y.Context) + sharedIDs(x.Near, y.Near, 1)
}

// sharedAllIDs counts the ids two sorted sets have in common: sharedIDs
// without a limit, which the walks of the date rules ask for every pair
// of claims.
func sharedAllIDs(a, b []wordID) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		switch {
		case x == y:
			n++
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return n
}

// compareEarlier reports the years of earlier events that the story
// contradicts. A claim x is reported when, in at least one other article,
// the claim that shares most with x's sentence shares earlierShared
// points and gives a year that x's does not overlap, all such articles on
// one year; when no other article gives x's year for a sentence sharing
// two points with it (support is read loosely, opposition strictly); and
// when neither x's own article gives the others' year nor an opposing
// article x's (two events of one kind, "the floods of 2007 and 2012"). One article against one
// reports both: which is wrong is for the editor to find out.
func (r *dateFactsRule) compareEarlier(c *Corpus, claims [][]claim, rep *Reporter) {
	pts := pairPointsPool.Get().(*pairPoints)
	defer pairPointsPool.Put(pts)
	r.compareEachStory(c, claims, 2, pts.story, pts.yearOpponents, func(x *claim) bool { return x.Compl != supportOnly }, func(x *claim) string { return x.Shown }, rep)
}

// pairPoints keeps the points (earlierPoints) of each pair of claims of
// one story's articles as the walks of its claims work them out: the
// points of x's claim with y's are those of y's with x's, and each
// claim's walk asks those of every claim of the other articles.
type pairPoints struct {
	// arts are the story's articles, as story was given them; first[p]
	// numbers the first claim of arts[p] among the story's claims, which
	// are n in all.
	arts  []int
	first []int
	n     int
	// memo holds the points of claims i and j at i*n+j, plus one; 0 is
	// not worked out yet. It is empty for a story of more than
	// maxPairClaims claims, whose points are worked out each time.
	memo []uint8
	// masks holds, where memo is kept, a mask of each claim's ids
	// (its Context's and its Near's) of maskWords words, a bit per id
	// by its hash: two claims whose masks share no bit share no id, and
	// their points are 0 without a merge of their lists. Most pairs of a
	// story's claims share nothing, and a merge of two sorted lists
	// takes a compare and a branch, often mispredicted, per id.
	masks []uint64
}

// maskWords is the size of a claim's mask in pairPoints, in words: with
// some eight ids to a claim, two claims that share none share a bit of
// 256 about one time in five.
const maskWords = 4

// maxPairClaims is the most claims of a story whose points pairPoints
// keeps: n*n bytes.
const maxPairClaims = 512

var pairPointsPool = sync.Pool{New: func() any { return new(pairPoints) }}

// story readies p for the claims of the articles arts.
func (p *pairPoints) story(arts []int, claims [][]claim) {
	p.arts, p.first, p.n = arts, p.first[:0], 0
	for _, a := range arts {
		p.first = append(p.first, p.n)
		p.n += len(claims[a])
	}
	if p.n > maxPairClaims {
		p.memo = p.memo[:0]
		return
	}
	if cap(p.memo) < p.n*p.n {
		p.memo = make([]uint8, p.n*p.n)
	} else {
		p.memo = p.memo[:p.n*p.n]
		clear(p.memo)
	}
	p.maskIDs(arts, claims)
}

// maskIDs readies p.masks for the claims of the articles arts.
func (p *pairPoints) maskIDs(arts []int, claims [][]claim) {
	p.masks = slices.Grow(p.masks[:0], maskWords*p.n)[:maskWords*p.n]
	clear(p.masks)
	i := 0
	for _, a := range arts {
		for k := range claims[a] {
			x := &claims[a][k]
			m := p.masks[maskWords*i : maskWords*(i+1)]
			for _, id := range x.Context {
				h := id * 0x9e3779b97f4a7c15 >> 56
				m[h/64] |= 1 << (h % 64)
			}
			for _, id := range x.Near {
				h := id * 0x9e3779b97f4a7c15 >> 56
				m[h/64] |= 1 << (h % 64)
			}
			i++
		}
	}
}

// pointsOf is earlierPoints of the story's claims x and y, numbered xi
// and yi: 0 where their masks share no bit.
func (p *pairPoints) pointsOf(x, y *claim, xi, yi int) int {
	a, b := p.masks[maskWords*xi:maskWords*(xi+1)], p.masks[maskWords*yi:maskWords*(yi+1)]
	if a[0]&b[0]|a[1]&b[1]|a[2]&b[2]|a[3]&b[3] == 0 {
		return 0
	}
	return earlierPoints(x, y)
}

// index numbers x, a claim of article xa, among the story's claims, or
// returns -1 when there is no memo.
func (p *pairPoints) index(x *claim, xa int, claims [][]claim) int {
	if len(p.memo) == 0 {
		return -1
	}
	for i, a := range p.arts {
		if a != xa {
			continue
		}
		for k := range claims[xa] {
			if &claims[xa][k] == x {
				return p.first[i] + k
			}
		}
	}
	return -1
}

// points returns earlierPoints(x, y), for x and y the story's claims
// numbered xi and yi (xi -1: no memo).
func (p *pairPoints) points(x, y *claim, xi, yi int) int {
	if xi < 0 {
		return earlierPoints(x, y)
	}
	at := xi*p.n + yi
	if v := p.memo[at]; v != 0 {
		return int(v) - 1
	}
	n := p.pointsOf(x, y, xi, yi)
	if n < 255 {
		p.memo[at], p.memo[yi*p.n+xi] = uint8(n+1), uint8(n+1)
	}
	return n
}

// yearOpponents is yearOpponents with the points of the story's pairs of
// claims kept in p, whose story must be arts'.
func (p *pairPoints) yearOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	return opposingYears(x, xa, arts, claims, true, p)
}

// yearOpponents returns the articles that contradict x's earlier year:
// earlierOpponents', or, where no article opposes it so (a sentence
// sharing earlierShared points and dating nothing else), at least two
// articles that each give one other year in a sentence sharing two
// points with x's, one of them three, the sentence dating other things
// too or not (the weak reading): the background of a story is often told
// in a sentence of two years ("raised in December 2023, the first rise
// since 2008"), which alone is read as support only.
func yearOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	return opposingYears(x, xa, arts, claims, true, nil)
}

// earlierOpponents returns the articles that contradict x's year
// (compareEarlier), each with its claim: the strict reading alone.
func earlierOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	return opposingYears(x, xa, arts, claims, false, nil)
}

// yearReading is one reading of opposingYears as it walks the other
// articles: the articles against x so far, each with its claim (those
// of one year, other's), the most points any shares with x, and whether
// the reading has failed.
type yearReading struct {
	order  []int
	best   []*claim
	other  *claim
	most   int
	failed bool
}

// add weighs best, the claim of article ya sharing most (shared points)
// with x's sentence, against x: an opponent when it shares minShared
// points and gives a year x's does not overlap, the same year as the
// opponents before it (or the reading fails).
func (rd *yearReading) add(x *claim, ya int, best *claim, shared, minShared int) {
	if rd.failed || best == nil || shared < minShared || earlierOverlap(x, best) {
		return
	}
	if rd.other != nil && !earlierOverlap(best, rd.other) {
		rd.failed = true
		return
	}
	rd.other = best
	rd.most = max(rd.most, shared)
	rd.order = append(rd.order, ya)
	rd.best = append(rd.best, best)
}

// result returns the reading's opponents, sorted, each with a copy of its
// claim numbered by its article, unless x's own article gives the
// others' year anywhere.
func (rd *yearReading) result(x *claim, xa int, claims [][]claim) ([]int, map[int]*claim, bool) {
	for k := range claims[xa] {
		if &claims[xa][k] != x && earlierOverlap(&claims[xa][k], rd.other) {
			return nil, nil, false
		}
	}
	var against map[int]*claim
	for i, ya := range rd.order {
		_, against = addAgainst(nil, against, ya, rd.best[i])
	}
	slices.Sort(rd.order)
	return rd.order, against, true
}

// opposingYears is the walk of earlierOpponents and, weak, of
// yearOpponents' two readings at once (each claim's points with x's
// worked out once for both): in each other article, the claim of x's
// ordinal (Head) sharing most with x's sentence must give a year x's
// does not overlap, all of them one year; an article that gives x's
// year in a sentence sharing two points opposes nothing and ends the
// walk, and x's own article must give the others' year nowhere. Strict,
// the claim must share earlierShared points and date nothing else (not
// supportOnly), and one article is enough; weak, two points and any
// sentence do, but two articles must oppose, one of them with
// earlierShared points. The strict reading's opponents are returned
// when it finds any, the weak reading's otherwise.
func opposingYears(x *claim, xa int, arts []int, claims [][]claim, weak bool, pts *pairPoints) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: yearWalk, weak: weak, pts: pts, xi: -1}
	t.loose.failed = !weak
	if pts != nil {
		t.xi = pts.index(x, xa, claims)
	}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighYear is opposingYears' test of a claim y, numbered yi among the
// story's claims where their points are kept: one giving x's year in a
// sentence sharing two points ends the walk, and in any other supports
// x (its article opposes nothing). A year of another occurrence (one
// sentence says "first", the other not) is no opponent but, weak, a
// spare; strict, nor is one of a sentence that dates other things too,
// which opposes x loosely.
func (t *opponentTest) weighYear(x, y *claim, yi int) (verdict, int) {
	n := t.pts.points(x, y, t.xi, yi)
	if earlierOverlap(x, y) {
		if n >= 2 {
			return stops, 0
		}
		return supports, n
	}
	switch {
	case n == 0:
		return pass, 0
	case y.Head != x.Head:
		if t.weak {
			return aside, n
		}
		return pass, 0
	case y.Compl == supportOnly:
		return opposesLoosely, n
	}
	return opposes, n
}

// takeYear is opposingYears' test of an article: one that gives x's year
// too, whatever for, may tell two events of one kind and opposes
// nothing; otherwise its best claims are weighed by the two readings,
// and its claim of another occurrence kept as a spare where it has no
// other. The walk ends when both readings have failed.
func (t *opponentTest) takeYear(x *claim, ya int, b *articleBest) bool {
	if b.support >= 0 {
		return true
	}
	if t.weak && b.loose == nil && b.odd != nil && b.oddShared >= earlierShared && !earlierOverlap(x, b.odd) && t.nspare < len(t.spares) {
		t.spares[t.nspare] = yearSpare{ya: ya, y: b.odd, n: b.oddShared}
		t.nspare++
	}
	t.strict.add(x, ya, b.best, b.shared, earlierShared)
	t.loose.add(x, ya, b.loose, b.looseShared, 2)
	return !t.strict.failed || !t.loose.failed
}

// endYear is opposingYears' test of the end: the strict reading's
// opponents when it finds any, and the weak reading's otherwise, with
// the spares of its year, when two articles oppose, one with
// earlierShared points; x's own article must give the others' year
// nowhere.
func (t *opponentTest) endYear(x *claim, xa int, claims [][]claim) bool {
	if !t.strict.failed && len(t.strict.order) > 0 {
		if order, against, ok := t.strict.result(x, xa, claims); ok {
			t.order, t.against = order, against
			return true
		}
	}
	loose := &t.loose
	if !loose.failed && len(loose.order) > 0 {
		for _, sp := range t.spares[:t.nspare] {
			if earlierOverlap(sp.y, loose.other) {
				loose.most = max(loose.most, sp.n)
				loose.order = append(loose.order, sp.ya)
				loose.best = append(loose.best, sp.y)
			}
		}
	}
	if loose.failed || len(loose.order) < 2 || loose.most < earlierShared {
		return false
	}
	order, against, ok := loose.result(x, xa, claims)
	t.order, t.against = order, against
	return ok
}

// earlierOverlap reports whether the days of two earlier years' claims
// (their figures' intervals) meet.
func earlierOverlap(x, y *claim) bool {
	return x.Q.Value <= y.Q.High && y.Q.Value <= x.Q.High
}
