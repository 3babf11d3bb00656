package rules

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// The clock comparison of fact.date. Outlets time the news to the minute
// and date it beside the time ("gave way at 11.52pm on Sunday", "at
// 6.17am yesterday"), each with a verb of its own that is often in no
// event group and outside the lead. A minute of the clock names one
// moment of a story: two articles that write the same minute beside a
// day are dating the same moment, whatever their verbs, and their days
// must agree. Such a date is a claim keyed by its minute (clockKey),
// compared by the per-event comparison with clockMatch.

// clockPrefix starts the key of a clock claim; the minute after
// midnight follows it.
const clockPrefix = "date:clock|"

// clockGap is how many tokens may stand between a time and the date
// beside it ("at 6.17am on Sunday", "on Sunday evening at 6.17am").
const clockGap = 3

// clockGlue holds the words that may stand between a time and its date
// and leave them one moment: prepositions, a part of the day, "local
// time". Any other word (a verb, a noun) makes them two.
var clockGlue = map[string]bool{
	"on": true, "at": true, "about": true, "around": true, "approximately": true,
	"local": true, "time": true, "early": true, "late": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

// clockClaims returns out with a claim for each date of the article that
// is written beside a local time of day to the minute: the date names
// one day, in the past or with its year, and is not a statement's. The
// minute must not be a round hour or half hour: schedules keep those
// ("the briefing at 10.30am on Monday", "the vigil at 7pm on
// Friday"), and two such events of a story may fall on different days.
func (r *dateFactsRule) clockClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	if a.Units == nil {
		return out
	}
	qs := a.Quantities()
	var times []int
	for k := range qs {
		q := &qs[k]
		if q.Unit != quantity.TimeOfDay || q.Range || q.Step != 1 {
			continue
		}
		if m := int(q.Value); m%30 == 0 || float64(m) != q.Value {
			continue
		}
		times = append(times, k)
	}
	if len(times) == 0 {
		return out
	}
	for i := range es {
		e := &es[i]
		if e.Bound != dates.Exactly || e.Shift != dates.Bare || e.Ago || e.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		q := r.clockBeside(a, qs, times, e)
		if q == nil {
			continue
		}
		if s.attributed(a, i) || e.NeedsDate() && quoted(a, e.Span.Start) {
			continue
		}
		if d, ok := e.Date(a.Ref); ok && e.HasWeekday && d.Weekday() != e.Weekday {
			continue
		}
		if e.NeedsDate() && s.tenseAt(a, e, i) == dates.Future {
			continue
		}
		rng, ok := s.resolve(a, e, i)
		if !ok || !rng.Exact() {
			continue
		}
		when := rng
		time := spanText(a, document.Span{Start: q.Number.Start, End: q.UnitSpan.End})
		// A time ending its sentence ("peaked at 3.15pm.") may take the
		// full stop into its unit; "p.m." keeps its own.
		if strings.HasSuffix(time, "m.") && !strings.HasSuffix(time, ".m.") {
			time = time[:len(time)-1]
		}
		out = append(out, claim{
			Key:   clockPrefix + strconv.Itoa(int(q.Value)),
			Label: "date of what happened at " + time,
			Loc:   diag.At(a.Doc, e.Span),
			Shown: shownDate(spanText(a, e.Phrase), e, rng),
			Q:     figure{Value: float64(rng.Lo), High: float64(rng.Lo)},
			When:  &when,
			Role:  -1,
			Rel:   e.NeedsDate(),
			// Head is the weekday as written: two papers that write the
			// same weekday and resolve it to different days differ in
			// their own dates, not in their copy (clockMatch).
			Head: writtenWeekday(e),
		})
	}
	return out
}

// clockBeside returns the time of qs (among times) written beside date
// e in its sentence, with at most clockGap tokens of clockGlue or commas
// between them, or nil.
func (r *dateFactsRule) clockBeside(a *Article, qs []quantity.Quantity, times []int, e *dates.Expr) *quantity.Quantity {
	for _, k := range times {
		q := &qs[k]
		if q.Sentence != e.Sentence {
			continue
		}
		var from, to int
		switch {
		case q.Tokens[1] <= e.Tokens[0]:
			from, to = q.Tokens[1], e.Tokens[0]
		case e.Tokens[1] <= q.Tokens[0]:
			from, to = e.Tokens[1], q.Tokens[0]
		default:
			continue
		}
		if to-from <= clockGap && glued(a, from, to) {
			return q
		}
	}
	return clockOfClause(a, qs, times, e)
}

// clockOfClause returns the time of qs (among times) that the clause of
// date e dates though it is not beside it, or nil: the time of a clause
// of "when" right after the date ("flooded on Sunday when the wall gave
// way at 11.52pm": that day's moment), or, for a possessive date that
// opens its sentence, the one time of the sentence outside any aside set
// off by commas ("Sunday's collapse, the first since 1998, came at
// 11.52pm": the subject's moment). Elsewhere a time apart from a date
// may be of another verb and another day ("the rain began on Saturday
// and the wall gave way at 11.52pm").
func clockOfClause(a *Article, qs []quantity.Quantity, times []int, e *dates.Expr) *quantity.Quantity {
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[e.Sentence]
	j := e.Tokens[1]
	if j < sent.Last && toks[j].Kind == segment.Punct && text[toks[j].Start] == ',' {
		j++
	}
	isWord := func(k int, w string) bool {
		return toks[k].Kind == segment.Word && strings.EqualFold(toks[k].Text(text), w)
	}
	when := j < sent.Last && isWord(j, "when")
	opens := e.Tokens[0] == sent.First && dates.Possessed(text, toks, e.Tokens[1], sent.Last) >= 0
	if !when && !opens {
		return nil
	}
	var found *quantity.Quantity
	for _, k := range times {
		q := &qs[k]
		if q.Sentence != e.Sentence || q.Tokens[0] < e.Tokens[1] {
			continue
		}
		if found != nil {
			// Two times after the date: which is its moment is not
			// known.
			return nil
		}
		commas := 0
		for m := e.Tokens[1]; m < q.Tokens[0]; m++ {
			t := toks[m]
			switch {
			case t.Kind == segment.Punct && text[t.Start] == ',':
				commas++
			case dates.ClauseStop(text, toks, m) || isWord(m, "and") || isWord(m, "but"):
				return nil
			}
		}
		// A clause of "when" ends at its first comma; a possessive
		// subject's verb comes after its asides, each closed.
		if when && commas > 1 || when && commas == 1 && j == e.Tokens[1] || opens && commas%2 != 0 {
			return nil
		}
		found = q
	}
	return found
}

// glued reports whether tokens [from, to) are all words of clockGlue or
// commas.
func glued(a *Article, from, to int) bool {
	text, toks := a.Doc.Text, a.Seg.Tokens
	for j := from; j < to; j++ {
		t := toks[j]
		w := t.Text(text)
		switch {
		case t.Kind == segment.Punct && w == ",":
		case t.Kind == segment.Word && clockGlue[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return true
}

// isClockKey reports whether key is a clock claim's.
func isClockKey(key string) bool { return strings.HasPrefix(key, clockPrefix) }

// clockMatch tells whether two clock claims of one minute are of one
// moment: always, except when both write the same weekday, which two
// papers of different weeks resolve to different days without either
// being wrong.
func clockMatch(x, y *claim) bool {
	return x.Head == "" || x.Head != y.Head
}

// clockReach is how many days apart two clock claims of one minute may
// be and still be one moment: a day moved by mistake is a weekday of the
// same week or a day of the month next to the right one. Further apart,
// the same minute is a coincidence of two events ("at 6.17am on 3 May"
// and "at 6.17am on 24 May"), which a running story of weeks gives.
const clockReach = 7

// clockApart reports two clock claims too far apart to be one moment.
func clockApart(x, y *claim) bool {
	a, b := x.When, y.When
	if a.Lo > b.Hi {
		a, b = b, a
	}
	return int(b.Lo-a.Hi) > clockReach
}

// compareClocks compares the clock claims of each story (claims, by
// article), as the dates of events are compared, after them: a date that
// a finding of its event already reports ("date of the earthquake") is
// not reported again by its minute. The claims of stories of more than
// maxLeadStory articles are left out: a "story" of hundreds of articles
// (--group all over an archive) holds many events, and two of them
// timed to the same minute a few days apart would be taken for one
// moment.
func (r *dateFactsRule) compareClocks(c *Corpus, claims [][]claim, rep *Reporter) {
	some := false
	for _, story := range c.Stories {
		for _, a := range story {
			if a >= len(claims) || len(claims[a]) == 0 {
				continue
			}
			if len(story) > maxLeadStory {
				claims[a] = nil
				continue
			}
			some = true
		}
	}
	if !some {
		return
	}
	var own Reporter
	compareStories(c, claims, comparison{rule: r, match: clockMatch, unrelated: clockApart, vagueIsNeutral: true}, &own)
	for _, d := range own.diags {
		if !slices.ContainsFunc(rep.diags, func(e diag.Diagnostic) bool { return e.Location == d.Location }) {
			rep.Add(d)
		}
	}
}

// The time comparison of fact.date. A minute of the clock that outlets
// give an event ("the leak began at about 4:50 a.m.", "the leak started
// at 5.20am and raged for nine hours") is a fact of its own, whether or
// not a day is written beside it: one outlet's 5.40am against the
// others' 4:50 a.m. for a sentence of the same words is an error. Each
// time of day to the minute is a claim of its sentence's words and
// names, as a year of an earlier event is (earlierClaims), and the two
// are compared alike (earlierOpponents): opposition needs
// earlierShared points and every opposing article on one minute;
// support and quieting are read loosely. A story's sentences time
// several moments (the call, the arrival, the rescue), and only the same
// words tie two of them.

// timeKey is the key of a time-of-day claim; such claims are compared by
// compareTimes alone.
const timeKey = "date:time"

// timeLabel names the fact in messages.
const timeLabel = "time of the event"

// timeClaims returns out with a claim for each time of day to the minute
// in the article (not a round hour or half hour, as for clockClaims),
// whose context is its sentence from after the last word of
// earlier_breaks before it ("the crew that arrived at 5.12am": the
// arrival), with the times of day left out: a sentence's other time is
// another moment, and "5:20 a.m." and "5.20am" are not one figure as
// tokens.
func (r *dateFactsRule) timeClaims(out []claim, a *Article, s *dateScratch) []claim {
	if a.Units == nil {
		return out
	}
	qs := a.Quantities()
	first := -1
	for k := range qs {
		if clockMinute(&qs[k]) >= 0 || bareClock(a, &qs[k]) >= 0 {
			first = k
			break
		}
	}
	if first < 0 {
		return out
	}
	inDate := s.inDate
	// The times' tokens are marked as dates while their sentences' words
	// are read, and unmarked after: the lead comparison reads a time as
	// a figure of its clause.
	var room [16]int
	marked := room[:0]
	n := 0
	for k := first; k < len(qs); k++ {
		q := &qs[k]
		if q.Unit == nil && bareClock(a, q) >= 0 {
			n++
			continue
		}
		if q.Unit != quantity.TimeOfDay {
			continue
		}
		if clockMinute(q) >= 0 {
			n++
		}
		for j := q.Tokens[0]; j < q.Tokens[1] && j < len(inDate); j++ {
			if !inDate[j] {
				inDate[j] = true
				marked = append(marked, j)
			}
		}
	}
	// The claims' words share one array, as the earlier years' do.
	ids := make([]wordID, 0, earlierRoom*n)
	type pending struct {
		sentenceWords
		q    *quantity.Quantity
		m    int
		bare bool
	}
	var todo [8]pending
	ps := todo[:0]
	for k := first; k < len(qs); k++ {
		q := &qs[k]
		m, bare := clockMinute(q), false
		if m < 0 && q.Unit == nil {
			m, bare = bareClock(a, q), true
		}
		if m < 0 || q.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		sent := a.Seg.Sentences[q.Sentence]
		from := sent.First
		for j := q.Tokens[0] - 1; j > from; j-- {
			if r.lex(s, j).shape&tkBreak != 0 { // isEarlierBreak
				from = j + 1
				break
			}
		}
		start := len(ids)
		ids = r.contentOf(ids, s, from, sent.Last)
		// The sentence's other times tell the sequence it gives ("began
		// at 4.50am and was sealed at 2.15pm"): another outlet that
		// gives the same other minute tells the same sequence, however
		// its verbs differ.
		other := false
		for o := first; o < len(qs); o++ {
			if p := &qs[o]; o != k && p.Unit == quantity.TimeOfDay && !p.Range && p.Sentence == q.Sentence && p.Tokens[0] >= from {
				ids = append(ids, otherTimeID(p.Value))
				other = true
			}
		}
		if other {
			ids = sortedIDs(ids, start)
		}
		mid := len(ids)
		ids = r.leadNames(ids, s, from, sent.Last)
		// A sentence of too few words to tie ("It began at 5.20am.")
		// may support another article's time, never oppose one.
		alone := (mid-start)+min(len(ids)-mid, 1) >= earlierShared
		ps = append(ps, pending{q: q, m: m, bare: bare,
			sentenceWords: sentenceWords{ctx: [2]int{start, mid}, names: [2]int{mid, len(ids)}, alone: alone, ordinal: r.earlierOrdinal(s, from, sent.Last)}})
	}
	for _, j := range marked {
		inDate[j] = false
	}
	out = slices.Grow(out, len(ps))
	for _, p := range ps {
		q := p.q
		span := document.Span{Start: q.Number.Start, End: q.UnitSpan.End}
		if p.bare {
			span.End = q.Number.End
		}
		shown := spanText(a, span)
		if strings.HasSuffix(shown, "m.") && !strings.HasSuffix(shown, ".m.") {
			shown = shown[:len(shown)-1]
		}
		c := p.claim(timeKey, timeLabel, diag.At(a.Doc, span), shown, float64(p.m), float64(p.m), ids)
		if p.bare {
			// A bare time is judged by its minute alone (onlySwap),
			// and never opposes another's (bareRole).
			c.Role, c.Compl = bareRole, supportOnly
		}
		out = append(out, c)
	}
	return out
}

// bareRole is the Role of a time claim read from a bare number of the
// clock's shape after "at" (bareClock): its half of the day is not
// written, and its value is the minute of the morning's reading.
const bareRole = -4

// bareClock returns the minute after midnight of the morning's reading
// of a bare number written as a time of the clock with a full stop,
// "at 4.53" (an hour of one or two digits, a minute of two under 60),
// right after "at", with no unit, qualifier or range; -1 for any other
// quantity. British copy often drops the "am" of a time it has given
// ("the first alarm sounded at 4.53"), where another outlet writes
// "4.53am"; but a price or a measure is written so too ("the shares
// closed at 4.53"), so such a time only stands against the story's
// times by its minute alone, where two outlets give its digits swapped
// (onlySwap), and never opposes another's time (weighSlip).
func bareClock(a *Article, q *quantity.Quantity) int {
	if q.Unit != nil || q.Range || q.Words || q.Qualifier != nil || q.Tokens[0] < 1 {
		return -1
	}
	// The full stop is the third byte from the end: "4.53", "16.05".
	num := a.Doc.Text[q.Number.Start:q.Number.End]
	dot := len(num) - 3
	if dot < 1 || dot > 2 || num[dot] != '.' {
		return -1
	}
	h, m := 0, 0
	for i := 0; i < len(num); i++ {
		c := num[i]
		switch {
		case i == dot:
		case c < '0' || c > '9':
			return -1
		case i < dot:
			h = h*10 + int(c-'0')
		default:
			m = m*10 + int(c-'0')
		}
	}
	if h < 1 || h > 23 || m >= 60 || dot == 2 && num[0] == '0' {
		return -1
	}
	t := &a.Seg.Tokens[q.Tokens[0]-1]
	if t.Kind != segment.Word || !strings.EqualFold(a.Doc.Text[t.Start:t.End], "at") {
		return -1
	}
	if h < 12 {
		return h*60 + m
	}
	if h == 12 {
		return m
	}
	return h*60 + m
}

// isBare reports a time claim of bareClock's.
func isBare(y *claim) bool { return y.Role == bareRole }

// bareMeets reports whether time claim y, which may be bare (its
// afternoon's reading 12 hours after its value), gives minute v.
func bareMeets(y *claim, v float64) bool {
	if y.Q.Value <= v && v <= y.Q.High {
		return true
	}
	return isBare(y) && y.Q.Value < 12*60 && y.Q.Value+12*60 == v
}

// bareHour reports whether time claim y, which may be bare, gives a
// minute of the hour of minute v in either of its readings.
func bareHour(y *claim, v float64) bool {
	return sameHour(y.Q.Value, v) || isBare(y) && y.Q.Value < 12*60 && sameHour(y.Q.Value+12*60, v)
}

// otherTimeID is the word id of a time of day (its minutes after
// midnight) as the context of another time of its sentence: apart from
// every word and figure id.
func otherTimeID(minutes float64) wordID {
	return nonZero(fnvAdd(fnvAdd(fnvOffset, "@time"), strconv.FormatFloat(minutes, 'f', -1, 64)))
}

// clockMinute is the minute after midnight of a time of day to the
// minute (not a range, not a round hour or half hour), or -1.
func clockMinute(q *quantity.Quantity) int {
	if q.Unit != quantity.TimeOfDay || q.Range || q.Step != 1 {
		return -1
	}
	m := int(q.Value)
	if m%30 == 0 || float64(m) != q.Value {
		return -1
	}
	return m
}

// compareTimes reports the times of day that the story contradicts, as
// compareEarlier does the years of earlier events.
func (r *dateFactsRule) compareTimes(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 2, timeOpponents, func(x *claim) bool { return x.Compl != supportOnly }, func(x *claim) string { return x.Shown }, rep)
}

// compareSlips reports the times of day that the story gives, in the
// same words, at a minute one slip of the pen away (slipOpponents). A
// time in a sentence of too few words to tie (supportOnly) is judged
// too, by its minute alone (onlySwap).
func (r *dateFactsRule) compareSlips(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 2, slipOpponents, func(x *claim) bool { return true }, func(x *claim) string { return x.Shown }, rep)
}

// minuteSlip reports two minutes of the clock of one hour whose minutes
// differ in one digit ("6.10" and "6.40") or are the same two digits
// swapped ("9.42" and "9.24"): a slip of the pen, not another moment
// of the story as often as a minute further off is.
func minuteSlip(x, y float64) bool {
	a, b := int(x), int(y)
	if a == b || a/60 != b/60 {
		return false
	}
	am, bm := a%60, b%60
	at, au, bt, bu := am/10, am%10, bm/10, bm%10
	return au == bu || at == bu && au == bt
}

// minuteSwap reports two minutes of the clock of one hour whose two
// digits are swapped ("9.42" and "9.24"): the slip of the pen least
// likely to be another moment of the story.
func minuteSwap(x, y float64) bool {
	a, b := int(x), int(y)
	if a == b || a/60 != b/60 {
		return false
	}
	am, bm := a%60, b%60
	return am/10 == bm%10 && am%10 == bm/10
}

// slipOpponents returns the articles that give x's time of day at one
// other minute a slip away (minuteSlip), each with its claim, when no
// article of the story gives x's minute anywhere, x's own article gives
// the others' minute nowhere, and the others' minute is tied to x's
// sentence: two articles give it, one of their sentences sharing a
// point with x's, or one does in a sentence sharing two. Outlets often
// time one moment in sentences of no word in common ("the hull slid
// down the ways at 4.26pm", "launched at 16:26"): two articles that give
// the minute x's digits swapped oppose x whatever their words, when it
// is the only minute of that hour that any article of the story gives
// (x's own article has no other either): a story's other moments of one
// hour would leave two of its minutes apart by chance.
func slipOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: slipWalk}
	order, against, ok := walkOpponents(&t, x, xa, arts, claims)
	if ok || !isBare(x) || x.Q.Value >= 12*60 {
		return order, against, ok
	}
	// A bare time of the morning's reading is read in the afternoon's
	// too.
	pm := *x
	pm.Q.Value, pm.Q.High = x.Q.Value+12*60, x.Q.High+12*60
	t = opponentTest{kind: slipWalk}
	return walkOpponents(&t, &pm, xa, arts, claims)
}

// weighSlip is slipOpponents' test of a claim: one giving x's minute
// ends the walk, and so does a minute a slip away from x's that is not
// the opponents' so far; such a minute that is opposes x.
func (t *opponentTest) weighSlip(x, y *claim) (verdict, int) {
	if earlierOverlap(x, y) || bareMeets(y, x.Q.Value) {
		return stops, 0
	}
	if isBare(y) {
		// A bare time opposes no time; of x's hour, it is another
		// minute of it.
		t.flag = t.flag || bareHour(y, x.Q.Value)
		return pass, 0
	}
	if !minuteSlip(x.Q.Value, y.Q.Value) {
		// flag: the story gives another minute of x's hour, neither
		// x's nor a slip from it (endSlip).
		t.flag = t.flag || sameHour(x.Q.Value, y.Q.Value)
		return pass, 0
	}
	if t.other != nil && y.Q.Value != t.other.Q.Value {
		return stops, 0
	}
	return opposes, earlierPoints(x, y)
}

// takeSlip is slipOpponents' test of an article: its best claim opposes
// x, and the most points of any (most) is kept for the end.
func (t *opponentTest) takeSlip(ya int, b *articleBest) bool {
	if b.best == nil {
		return true
	}
	t.other, t.most = b.best, max(t.most, b.shared)
	t.add(ya, b.best)
	return true
}

// endSlip is slipOpponents' test of the end: the others' minute is tied
// to x's sentence, or is x's swapped in two articles as the story's only
// other minute of x's hour (onlySwap), and x's own article, own, gives
// it nowhere.
func (t *opponentTest) endSlip(x *claim, own []claim) bool {
	if len(t.order) == 0 {
		return false
	}
	// A sentence of too few words to tie (supportOnly) is judged by
	// its minute alone.
	tied := x.Compl != supportOnly && t.most >= 1 && (len(t.order) >= 2 || t.most >= 2)
	if !tied && !t.onlySwap(x, own) {
		return false
	}
	other := t.other.Q.Value
	for k := range own {
		if bareMeets(&own[k], other) {
			return false
		}
	}
	return true
}

// onlySwap reports whether two articles give x's minute with its digits
// swapped (minuteSwap), and no article of the story, x's own (own)
// among them, gives another minute of x's hour.
func (t *opponentTest) onlySwap(x *claim, own []claim) bool {
	if len(t.order) < 2 || t.flag || !minuteSwap(x.Q.Value, t.other.Q.Value) {
		return false
	}
	for k := range own {
		if y := &own[k]; y.Loc != x.Loc && !bareMeets(y, x.Q.Value) && bareHour(y, x.Q.Value) {
			return false
		}
	}
	return true
}

// sameHour reports whether two minutes after midnight are of one hour.
func sameHour(x, y float64) bool { return int(x)/60 == int(y)/60 }

// timeOpponents returns the articles that contradict x's time of day,
// each with its claim: earlierOpponents', or, where the sentences most
// like x's in two articles give different minutes, the one minute that
// a sentence tied to x's (earlierShared points) gives in every article
// that has such a sentence. A story times several moments in sentences
// of like words ("the gunman walked in at 9.14am", "he let two hostages
// go at 1.50pm", both of the gunman and the hostages): the moment that
// every outlet ties to x's sentence is x's, whichever of an outlet's
// sentences shares the most words. Support still quiets it: an article
// that gives x's minute in a sentence sharing two points with x's, or x's
// own article giving the others' minute, leaves x unreported.
func timeOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	// A minute another outlet gives too, whatever for, is one of the
	// story's moments, not a slip: where a third outlet's like sentence
	// times another moment ("the last sighting at 10.58pm" beside "the
	// man was detained at 11.40pm"), the minute given twice is still
	// right. Years are common enough to be given twice for two events
	// (earlierOpponents); a minute of the clock is not.
	minute := opponentTest{kind: minuteWalk}
	if _, _, ok := walkOpponents(&minute, x, xa, arts, claims); !ok {
		return nil, nil, false
	}
	if order, against, ok := earlierOpponents(x, xa, arts, claims); ok {
		return order, against, true
	}
	// The minutes tied to x in the first article that has any; each
	// later article keeps those it ties too.
	var common []float64
	tied := 0
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		// No other article gives x's minute (the loop above), so each
		// sentence tied to x gives another.
		var mins []float64
		for k := range claims[ya] {
			y := &claims[ya][k]
			if earlierPoints(x, y) >= earlierShared && y.Compl != supportOnly && y.Head == x.Head && !slices.Contains(mins, y.Q.Value) {
				mins = append(mins, y.Q.Value)
			}
		}
		if len(mins) == 0 {
			continue
		}
		if tied == 0 {
			common = mins
		} else {
			common = slices.DeleteFunc(common, func(m float64) bool { return !slices.Contains(mins, m) })
		}
		tied++
	}
	if tied < 2 || len(common) != 1 {
		return nil, nil, false
	}
	m := common[0]
	for k := range claims[xa] {
		if y := &claims[xa][k]; y != x && y.Q.Value <= m && m <= y.Q.High {
			return nil, nil, false
		}
	}
	t := opponentTest{kind: timeWalk, value: m}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighMinute is timeOpponents' first test of a claim: a minute another
// outlet gives too ends the walk.
func weighMinute(x, y *claim) (verdict, int) {
	if earlierOverlap(x, y) || bareMeets(y, x.Q.Value) {
		return stops, 0
	}
	return pass, 0
}

// weighTime is timeOpponents' test of a claim: the minute that every
// article ties to x's sentence (value), in a sentence of x's ordinal
// sharing earlierShared points with x's and dating nothing else, opposes
// x.
func (t *opponentTest) weighTime(x, y *claim) (verdict, int) {
	if y.Q.Value != t.value || y.Compl == supportOnly || y.Head != x.Head {
		return pass, 0
	}
	if n := earlierPoints(x, y); n >= earlierShared {
		return opposes, n
	}
	return pass, 0
}

// takeTime is timeOpponents' test of an article: its best claim, if
// any, opposes x.
func (t *opponentTest) takeTime(ya int, b *articleBest) bool {
	if b.best != nil {
		t.add(ya, b.best)
	}
	return true
}

// The moment comparison of fact.date: a minute of the clock written
// without a day. Outlets often time the news to the minute in a sentence
// of its own ("the wall gave way at about 11.52pm") and give its day
// only in the lead ("burst its banks on Sunday"), while another outlet
// writes the two side by side ("at 11.52pm on Sunday"). Such an article
// is taken to give its minute the one day its lead gives the news: the
// inferred claim (momentMark in Compl) stands beside the clock claims of
// its minute. An inference is weaker than a day written beside the
// minute, so it is drawn only where the lead names one day, and a
// finding needs two articles on one day against the claim
// (momentOpponents).

// momentMark marks (in Compl) a clock claim inferred from the lead's
// day; such claims come last of an article's claims.
const momentMark = "lead day"

// momentClaims returns out with a clock claim for each minute of the
// article written in a sentence that holds no date, when the article's
// lead dates (out[leads:]) all name one day and no date of the article is
// written beside that minute. The claim is placed at the lead date that
// gives the day: when the day is wrong, that is where it is written.
// An article that names another day of the week around its lead's day
// draws no inference: its minutes may be of that day ("claimed the prize
// on Monday, three days after Friday's draw"; "bought at 10.12am on the
// day of the draw").
func (r *dateFactsRule) momentClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch, leads int) []claim {
	if leads >= len(out) || a.Units == nil {
		return out
	}
	lead := &out[leads]
	day := lead.When.Lo
	for k := leads + 1; k < len(out); k++ {
		if out[k].When.Lo != day {
			return out
		}
	}
	// The article's own day, when the lead's is before it, is the day of
	// the report (a byline, "said on Monday"), not of a moment of the
	// news. A weekday is another day whether or not its clause tells
	// which way it lies ("set off on Saturday morning"); a month or a
	// year is no day.
	own := func(d dates.Day) bool { return a.Ref.Known && d == a.Ref.Day && day < a.Ref.Day }
	ownWeekday := a.Ref.Known && day < a.Ref.Day
	var refWeekday time.Weekday
	if ownWeekday {
		refWeekday = a.Ref.Day.Weekday()
	}
	for i := range es {
		e := &es[i]
		if e.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		rng, ok := s.resolve(a, e, i)
		switch {
		case ok:
			if rng.Exact() && rng.Lo != day && rng.Lo >= day-clockReach && rng.Lo <= day+clockReach && !own(rng.Lo) {
				return out
			}
		case e.HasWeekday && e.Weekday != day.Weekday() && (!ownWeekday || e.Weekday != refWeekday):
			return out
		}
	}
	qs := a.Quantities()
	n := len(out)
	for k := range qs {
		q := &qs[k]
		m := clockMinute(q)
		if m < 0 || slices.ContainsFunc(es, func(e dates.Expr) bool { return e.Sentence == q.Sentence }) {
			continue
		}
		key := clockPrefix + strconv.Itoa(m)
		// A minute dated beside a day elsewhere in the article has that
		// day; a minute written twice is claimed once.
		if slices.ContainsFunc(out[:leads], func(c claim) bool { return c.Key == key }) ||
			slices.ContainsFunc(out[n:], func(c claim) bool { return c.Key == key }) {
			continue
		}
		time := spanText(a, document.Span{Start: q.Number.Start, End: q.UnitSpan.End})
		if strings.HasSuffix(time, "m.") && !strings.HasSuffix(time, ".m.") {
			time = time[:len(time)-1]
		}
		c := *lead
		c.Key, c.Label, c.Compl = key, "date of what happened at "+time, momentMark
		c.Context, c.Near = nil, nil
		out = append(out, c)
	}
	return out
}

// isMoment reports whether x is a clock claim inferred from its lead.
func isMoment(x *claim) bool { return x.Compl == momentMark }

// compareMoments compares the clock claims (written beside their day or
// inferred, by article) of each story, after compareClocks, which has
// compared those written beside a day among themselves.
func (r *dateFactsRule) compareMoments(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 3, r.momentOpponents, func(x *claim) bool { return true }, shownMoment, rep)
}

// shownMoment quotes a clock claim: one written beside its day already
// quotes the day it resolves to (shownDate), an inferred one quotes its
// lead date (shownLead).
func shownMoment(x *claim) string {
	if isMoment(x) {
		return shownLead(x)
	}
	return x.Shown
}

// momentOpponents returns the articles that put x's minute on one other
// day, each with its claim, when there are at least two of them, no
// other article puts the minute on x's day, x's own article gives the
// others' day to the minute nowhere, and one of the claims is inferred
// (those written beside a day, each against each, are compareClocks').
// Two claims that write the same weekday are never set against each
// other (clockMatch), nor two more than clockReach days apart, nor those
// of articles dated more than lead_days apart: an inferred day is the
// lead's, and leads that far apart tell other moments of the story.
func (r *dateFactsRule) momentOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: momentWalk, r: r, flag: isMoment(x)}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighMoment is momentOpponents' test of a claim: a clock claim of x's
// minute that may be of x's moment (clockMatch, not clockApart, and of
// leads not too far apart where one is inferred) ends the walk when it
// puts the minute on x's day, and opposes x otherwise, the first of an
// article being its best.
func (t *opponentTest) weighMoment(x, y *claim) (verdict, int) {
	if y.Key != x.Key || !clockMatch(x, y) || clockApart(x, y) ||
		(isMoment(x) || isMoment(y)) && leadsApart(x, y, t.r.leadDays) {
		return pass, 0
	}
	if y.When.Overlaps(*x.When) {
		return stops, 0
	}
	return opposes, 0
}

// endMoment is momentOpponents' test of the end: two opponents, one
// claim inferred among x's and theirs (flag), and x's own article, own,
// gives the others' day to the minute nowhere.
func (t *opponentTest) endMoment(x *claim, own []claim) bool {
	if len(t.order) < 2 || !t.flag {
		return false
	}
	for k := range own {
		if y := &own[k]; y.Key == x.Key && y.When.Lo == t.other.When.Lo {
			return false
		}
	}
	return true
}

// addAgainst records best, the claim of another article ya that a date
// claim is compared against, as the date comparisons (earlier years,
// clock times, days and weekdays) each gather them: a copy numbered ya
// in against, and ya in order.
func addAgainst(order []int, against map[int]*claim, ya int, best *claim) ([]int, map[int]*claim) {
	y := *best
	y.Article = ya
	if against == nil {
		against = map[int]*claim{}
	}
	against[ya] = &y
	return append(order, ya), against
}
