package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/segment"
)

// The main-event comparison of fact.date. Outlets tell the day of the
// news in their leads with verbs of their own ("the hull split open on
// Monday", "the vessel went down on Monday", "sank early on Monday"):
// most of those verbs are in no event group, so the date is tied to no
// event and the per-event comparison never sees it. A lead date is
// compared instead by what its clause says: its content words, names and
// figures ("the 2.40am", "Harrow Sound"). The comparison is built to stay
// quiet on the many days a lead may carry besides the event's (a later
// development, the day of a statement, an earlier event): see
// compareMain.

// mainKey is the key of a lead date's claim. Such claims are compared by
// compareMain alone, never by the per-event comparison.
const mainKey = "date:main"

// mainLabel names the fact in messages.
const mainLabel = "date of the story's main event"

// leadMinWords is how many words a sentence needs to be read as one of
// the lead's: headlines, kickers and bylines are shorter, or end without
// a full stop.
const leadMinWords = 8

// leadClaims returns the claims of the dates of the article's lead: the
// first r.lead sentences of its body (sentences of at least leadMinWords
// words ending in a full stop, so that a headline or a byline is not
// one). A date is kept when its clause is in the past, it names one day,
// it is not the date of a statement, and no word of lead_not in its
// clause makes it a forecast or an earlier event's. eventful marks the
// dates that made a per-event claim (they are compared there; a lead
// date is compared here too, since its clause may name no event the
// other outlets date).
func (r *dateFactsRule) leadClaims(out []claim, a *Article, es []dates.Expr, s *dateScratch) []claim {
	if r.lead == 0 || !a.Ref.Known && !hasCalendarDay(es) {
		return out
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	var room [maxLead]int
	// The dates are in text order: the lead sentences are looked for
	// only as far as the last date's sentence, and when the first date
	// comes after the lead there is nothing to read (the lead's
	// sentences are each read for their words).
	lead := r.leadSentences(room[:0], text, a.Seg, es[len(es)-1].Sentence)
	if len(lead) == 0 || es[0].Sentence > lead[len(lead)-1] {
		return out
	}
	// A lead with a weekday written beside a date it does not fall on
	// has a day nobody knows (date.calendar reports it): whichever of
	// the two is wrong, its other dates are not stood against the story.
	for i := range es {
		e := &es[i]
		if e.HasWeekday && slices.Contains(lead, e.Sentence) {
			if d, ok := e.Date(a.Ref); ok && d.Weekday() != e.Weekday {
				return out
			}
		}
	}
	// The claims' words and names share one array: a claim or two per
	// article, and a slice each were a fifth more allocations for the
	// whole check.
	var ids []wordID
	var whens []dates.Range
	for i := range es {
		if whens == nil {
			whens = make([]dates.Range, 0, 2*len(lead))
		}
		e := &es[i]
		if !slices.Contains(lead, e.Sentence) {
			continue
		}
		// A bound ("as early as", "by"), a shift ("next Friday", "last
		// Tuesday") or a count back ("two days ago") is not how a lead
		// dates its news.
		if e.Bound != dates.Exactly || e.Shift != dates.Bare || e.Ago {
			continue
		}
		sent := a.Seg.Sentences[e.Sentence]
		// A wire's dateline ("TOWN, Country, March 5 (A Wire) -") is the
		// day of filing, not of the event.
		if j := e.Tokens[1]; j < sent.Last && toks[j].Kind == segment.Punct && text[toks[j].Start] == '(' {
			continue
		}
		// Check read the clause of each date, and asked whether one of
		// an event is attributed.
		if s.attributed(a, i) || e.NeedsDate() && quoted(a, e.Span.Start) || labelledDate(text, toks, sent, e) {
			continue
		}
		// A weekday needs the tense of its clause to name a day; a
		// relative day ("yesterday") names its own, whatever the verb
		// ("burst through at 10am yesterday": "burst" tells no tense).
		if tense := s.tenseAt(a, e, i); tense == dates.Future || tense == dates.Unknown && e.Kind == dates.Weekday {
			continue
		}
		rng, ok := s.resolve(a, e, i)
		if !ok || !rng.Exact() {
			continue
		}
		at := s.clauseOf(r, a, i)
		from, to := at.from, at.to
		// A date read as opening its clause after a place set off by
		// commas ("came down in Harbury, Kent, on Sunday morning, police
		// said") took the attribution after it for its clause: without
		// it, the clause is the sentence's, up to the date.
		if c := closingAttribution(a, sent, e.Tokens[1], to); c < to {
			to = c
			if at.opens {
				from = sent.First
			}
		}
		from, to = r.subordinate(s, e, from, to)
		to = coordinated(a, e.Tokens[1], to)
		if r.notMain(s, from, to, e) {
			continue
		}
		if ids == nil {
			ids = make([]wordID, 0, leadRoom)
		}
		start := len(ids)
		ids = r.contentOf(ids, s, from, to)
		mid := len(ids)
		ids = r.leadNames(ids, s, from, to)
		ctx, names := ids[start:mid:mid], ids[mid:len(ids):len(ids)]
		if len(ctx)+min(len(names), 1) < r.leadShared {
			ids = ids[:start]
			continue
		}
		// The ranges share an array too; a claim points into it, and an
		// array that append outgrows stays where the claims before
		// point.
		whens = append(whens, rng)
		q := figure{Value: float64(rng.Lo), High: float64(rng.Lo)}
		setLeadRef(&q, a.Ref)
		out = append(out, claim{
			Key:   mainKey,
			Label: mainLabel,
			Loc:   diag.At(a.Doc, e.Span),
			// The date as written only: the day it resolves to is added
			// when a finding quotes it (shownLead), since most lead
			// claims are never quoted and writing it out was four
			// allocations each.
			Shown:   strings.Clone(spanText(a, e.Phrase)),
			Q:       q,
			When:    &whens[len(whens)-1],
			Role:    -1,
			Rel:     e.NeedsDate(),
			Context: ctx,
			// Near, the words just before a figure, is unused by the
			// claims of dates; a lead claim keeps its names there, as
			// word ids like its words.
			Near: names,
			Head: writtenWeekday(e),
		})
	}
	return out
}

// subordinate narrows the clause [from, to) of date e to its own
// subordinate clause: a word of lead_breaks ("when", "while") before the
// date starts the date's clause ("carried 40 passengers when it left
// the road on Monday" dates the leaving), and one of lead_breaks or
// lead_ends ("as", "after") after it ends it ("the town mourned on
// Monday as the toll rose": the rise is not dated by it). "As" before
// a date is left alone: "described the panic as smoke filled the cabin
// on Monday" tells the event in both halves.
func (r *dateFactsRule) subordinate(s *dateScratch, e *dates.Expr, from, to int) (int, int) {
	word := func(j int, q uint8) bool { return r.lex(s, j).is&q != 0 }
	for j := e.Tokens[0] - 1; j > from; j-- {
		if word(j, qBreak) {
			from = j + 1
			break
		}
		// A relative clause keeps the noun it tells of: "a medical that
		// began on Tuesday" and "completed his medical on Tuesday" are
		// one event.
		if r.relativePast(s, j) {
			from = max(from, j-1)
			break
		}
	}
	for j := e.Tokens[1]; j < to; j++ {
		if word(j, qBreak|qEnd) {
			to = j
			break
		}
	}
	return from, to
}

// relativePast reports a relative clause in the past opening at token
// j: a word of earlier_breaks ("that", "which") and a past verb right
// after it. Such a clause tells its event whatever the sentence around
// it says of it: in "investigators will ask why the mast that toppled
// on Sunday was still in use" Sunday dates the toppling, and the "will"
// of the main clause makes it no forecast.
func (r *dateFactsRule) relativePast(s *dateScratch, j int) bool {
	toks, text := s.toks, s.text
	if j+1 >= len(toks) || toks[j].Kind != segment.Word || toks[j+1].Kind != segment.Word || !r.isEarlierBreak(toks[j].Text(text)) {
		return false
	}
	v := toks[j+1].Text(text)
	cal := s.cal
	return cal != nil && isLowerWord(v) && pastForm(cal, v)
}

// attributionWords is the most words a closing attribution may have
// after its comma ("emergency services said", "the fire service
// said").
const attributionWords = 4

// closingAttribution returns where the clause of a date ending at token
// j ends when the sentence closes with an attribution after a comma (",
// police said."): the source of the whole sentence, not a statement of
// the date's day. A date that opens its clause after a place set off by
// commas ("in Harbury, Kent, on Sunday morning, police said") reads the
// clause after its comma, and the speech word there would make it a
// statement's. to is the clause's end as read so far.
func closingAttribution(a *Article, sent segment.Sentence, j, to int) int {
	text, toks := a.Doc.Text, a.Seg.Tokens
	last := sent.Last - 1
	for last > j && toks[last].Kind == segment.Punct {
		last--
	}
	if last >= to || last <= j || toks[last].Kind != segment.Word || a.Calendar == nil || !a.Calendar.Speech[toks[last].Text(text)] {
		return to
	}
	words := 0
	for k := last; k >= j; k-- {
		t := toks[k]
		switch {
		case t.Kind == segment.Punct && text[t.Start] == ',':
			if k < to {
				return k
			}
			return to
		case t.Kind == segment.Word:
			words++
		default:
			return to
		}
		if words > attributionWords {
			return to
		}
	}
	return to
}

// coordinated returns where the clause of a date ending at token j ends
// when a verb of its own follows it: "and" or "but" and a past tense
// ("the crew reached the harbour on Monday and filed their report ...")
// start another event, whose words are not the date's. to is the
// clause's end as clause read it.
func coordinated(a *Article, j, to int) int {
	text, toks := a.Doc.Text, a.Seg.Tokens
	for ; j+1 < to; j++ {
		if toks[j].Kind != segment.Word || toks[j+1].Kind != segment.Word {
			continue
		}
		if w := toks[j].Text(text); w != "and" && w != "but" {
			continue
		}
		v := toks[j+1].Text(text)
		if isLowerWord(v) && pastForm(a.Calendar, v) {
			return j
		}
	}
	return to
}

// setLeadRef carries the article's own date in a lead claim's figure,
// whose step and rounding the claims of dates leave unused: Round is the
// day number and Step 1 marks it known. It travels with the facts to
// the corpus stage and the archive, where compareMain compares the leads
// of articles of near dates only.
func setLeadRef(q *figure, ref dates.Ref) {
	if ref.Known {
		q.Round, q.Step = float64(ref.Day), 1
	}
}

// leadRef is the article's date a lead claim carries (setLeadRef).
func leadRef(x *claim) (float64, bool) { return x.Q.Round, x.Q.Step == 1 }

// writtenWeekday is the weekday a relative date is written with, lower
// case ("monday" for "on Monday"), carried in a lead claim's Head (unused
// by the claims of dates otherwise), or "".
func writtenWeekday(e *dates.Expr) string {
	if e.Kind != dates.Weekday || !e.HasWeekday || e.Weekday < 0 || int(e.Weekday) >= len(weekdayWords) {
		return ""
	}
	return weekdayWords[e.Weekday]
}

// weekdayWords are the weekdays in lower case, by time.Weekday.
var weekdayWords = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// leadsApart reports two lead claims of articles whose dates are both
// known and more than days apart: a lead tells the news of its day, and
// a paper of a week later leads on another moment of the story.
func leadsApart(x, y *claim, days int) bool {
	dx, okx := leadRef(x)
	dy, oky := leadRef(y)
	if !okx || !oky {
		return false
	}
	d := dx - dy
	return d > float64(days) || d < -float64(days)
}

// hasCalendarDay reports whether a date of es names its day, month and
// year: the only lead date an undated article can place.
func hasCalendarDay(es []dates.Expr) bool {
	for i := range es {
		if es[i].Kind == dates.Calendar && es[i].Year != 0 && es[i].Day != 0 {
			return true
		}
	}
	return false
}

// leadRoom is the room for the words and names of an article's lead
// claims made at once: most leads fit.
const leadRoom = 64

// maxLead is the most sentences lead_sentences may name.
const maxLead = 10

// leadSentences appends to out the indexes of the first r.lead sentences
// of the body: at least leadMinWords words, ending in a full stop, a
// question or an exclamation mark (a closing quote may follow it). It
// looks no further than sentence last: a caller that has no date after
// it has no use for a lead sentence there.
func (r *dateFactsRule) leadSentences(out []int, text string, seg *segment.Result, last int) []int {
	for i, s := range seg.Sentences {
		if len(out) == r.lead || i > last {
			break
		}
		// Counted as far as leadMinWords: a body's sentences are long.
		words := 0
		for j := s.First; j < s.Last && words < leadMinWords; j++ {
			if seg.Tokens[j].Kind == segment.Word {
				words++
			}
		}
		if words < leadMinWords || !endsSentence(text, seg.Tokens, s) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// endsSentence reports whether the sentence ends in a full stop, a
// question or an exclamation mark, with any closing quote after it.
func endsSentence(text string, toks []segment.Token, s segment.Sentence) bool {
	for j := s.Last - 1; j >= s.First && j >= s.Last-3; j-- {
		t := toks[j]
		end := strings.TrimRight(text[t.Start:t.End], `"')`)
		if end == "" {
			continue
		}
		switch end[len(end)-1] {
		case '.', '!', '?':
			return true
		}
		return false
	}
	return false
}

// notMain reports a clause that a word of lead_not (a forecast, an
// earlier or recurring event: "will", "since", "previous"), a speech
// word ("told reporters on Tuesday") or a word of continuation ("the
// search went on into Friday" is a day of a state) makes other than the
// news's own. A word of lead_not that times e's own day ("before dawn
// on Friday": timesDay) does not count, and a word of heads does ("the
// death toll reached 41 on Friday" dates the tally, not the news: read
// as a lead, it stood against the day the news was timed "before dawn").
func (r *dateFactsRule) notMain(s *dateScratch, from, to int, e *dates.Expr) bool {
	for j := from; j < to; j++ {
		if is := r.lex(s, j).is; is&qNotMain != 0 && !r.timesDay(s, j, e) || is&qHead != 0 {
			return true
		}
	}
	return false
}

// contentOf returns the sorted, distinct content words of the clause
// [from, to): its lower-case words (stop words and dates left out),
// stemmed, and its figures ("3.15am" and "3.15 a.m." are one figure).
// Names are kept apart (leadNames): every clause of a story names its town
// or its ship, so they count once.
func (r *dateFactsRule) contentOf(out []wordID, s *dateScratch, from, to int) []wordID {
	inDate := s.inDate
	start := len(out)
	// Each token's content word is in its memo (lex): the walk reads
	// one record a token.
	for j := from; j < to; j++ {
		if m := r.lex(s, j); m.shape&tkContent != 0 && m.id != 0 && !inDate[j] {
			out = append(out, m.id)
		}
	}
	return sortedIDs(out, start)
}

// sortedIDs sorts out[start:] and drops its repeats.
func sortedIDs(out []wordID, start int) []wordID {
	slices.Sort(out[start:])
	return out[:start+len(slices.Compact(out[start:]))]
}

// leadNames appends to out the names of the clause [from, to) as word
// ids, sorted and distinct: capitalised words inside the sentence,
// titles and dates left out. A sentence's first word is left out too:
// it is a name or not ("Smith arrived", "Officials said"), and leads
// are compared strictly.
//
// The clause is of the article of s, whose tokens it reads; a word's id
// depends on its spelling alone, and is kept by the segmenter's number
// (dateScratch.spell) and in the token's memo (lex).
func (r *dateFactsRule) leadNames(out []wordID, s *dateScratch, from, to int) []wordID {
	inDate := s.inDate
	start := len(out)
	for j := from; j < to; j++ {
		if m := r.lex(s, j); m.shape&tkName != 0 && !inDate[j] {
			out = append(out, m.id)
		}
	}
	return sortedIDs(out, start)
}

// nameID is the id leadNames gives word w inside a sentence: its
// contextID as a capitalised word, or 0 for a word that is no name (in
// lower case, not capitalised, a title).
func (r *dateFactsRule) nameID(w string) wordID {
	if isLowerWord(w) || !isCapitalised(w) || r.titles[w] {
		return 0
	}
	return r.g.contextID(w, true)
}

// figureID is wordHash("#"+figureWord(w)), or 0 where figureWord is "",
// hashed as figureWord reads w, without building either string.
func figureID(w string) wordID {
	h := fnvAdd(fnvOffset, "#")
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
		case (c == '.' || c == ':') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9':
			c = '.'
		case c == ',' && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9':
			continue
		default:
			i = len(w)
			continue
		}
		h = (h ^ uint64(c)) * fnvPrime
		n++
	}
	if n < 2 {
		return 0
	}
	return nonZero(h)
}

// figureWord is the figure a token starts with, its digits and inner
// points ("3.15am" and "3.15" give "3.15", "6:10" gives "6.10"), or ""
// for a lone digit, which says too little to tie two clauses.
func figureWord(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case (c == '.' || c == ':') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9':
			b.WriteByte('.')
		case c == ',' && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9':
		default:
			i = len(w)
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// compareMain compares the lead dates of each story's articles. A lead
// date is reported when its clause shares at least lead_shared content
// words with a lead date of each of at least two other articles, all of
// them on one other day; when no article has a lead date of such a clause
// on its day; and when its own lead gives that other day nowhere. So a
// lead that tells a later development ("on Thursday, divers reached the
// hull") is quiet while another article tells it too, or while its own
// lead also gives the event's day; two events of one story on two days
// are quiet when their clauses share too little; and one outlet alone
// never outvotes another.
// maxLeadStory is the most articles a story may have for its leads to be
// compared. Each lead is set against every other article's, so a story's
// cost grows with the square of its articles; and a "story" of hundreds
// of articles (--group all over a whole archive, a running story of many
// days) has no one main event to agree on.
const maxLeadStory = 64

func (r *dateFactsRule) compareMain(c *Corpus, claims [][]claim, rep *Reporter) {
	r.compareEach(c, claims, 3, r.mainOpponents, func(x *claim) bool { return true }, shownLead, rep)
}

// compareEach reports, story by story, each claim of claims whose
// opponents (the articles against it, each with its claim) opponents
// finds, once per place and not where another finding already stands:
// the driver of the lead and earlier-year comparisons, which judge a
// claim against the story's other articles as a whole rather than pair
// by pair. Stories of more than maxLeadStory articles, and those with
// fewer than minArts articles with claims, are left out; a claim that
// judged(x) turns away is not reported, and show quotes a claim.
func (r *dateFactsRule) compareEach(c *Corpus, claims [][]claim, minArts int, opponents opponentsFunc,
	judged func(x *claim) bool, show func(x *claim) string, rep *Reporter) {
	r.compareEachStory(c, claims, minArts, nil, opponents, judged, show, rep)
}

// opponentsFunc is the shape of the opponent walks that compareEach
// drives: the articles against x (of article xa) among arts, each with
// its claim, and whether x stands against them.
type opponentsFunc func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool)

// compareEachStory is compareEach with begin, when not nil, called with
// each story's articles compared before any of its claims is walked.
func (r *dateFactsRule) compareEachStory(c *Corpus, claims [][]claim, minArts int, begin func(arts []int, claims [][]claim),
	opponents opponentsFunc, judged func(x *claim) bool, show func(x *claim) string, rep *Reporter) {
	reported := map[diag.Location]bool{}
	for _, d := range rep.diags {
		reported[d.Location] = true
	}
	cmpr := comparison{rule: r}
	// The articles of each story are listed in one array, made once as
	// long as the longest story compared: grown story by story, it was
	// an allocation of each for every comparison.
	most := 0
	for _, story := range c.Stories {
		if len(story) <= maxLeadStory {
			most = max(most, len(story))
		}
	}
	arts := make([]int, 0, most)
	for _, story := range c.Stories {
		if len(story) > maxLeadStory {
			continue
		}
		arts = arts[:0]
		for _, a := range story {
			if a < len(claims) && len(claims[a]) > 0 && !slices.Contains(arts, a) {
				arts = append(arts, a)
			}
		}
		if len(arts) < minArts {
			continue
		}
		if begin != nil {
			begin(arts, claims)
		}
		var names map[int]string
		for _, xa := range arts {
			for i := range claims[xa] {
				x := &claims[xa][i]
				if !judged(x) {
					continue
				}
				order, against, ok := opponents(x, xa, arts, claims)
				if !ok || reported[x.Loc] {
					continue
				}
				reported[x.Loc] = true
				if names == nil {
					names = baseNames(c, story)
				}
				shown := *x
				shown.Article, shown.Shown = xa, show(x)
				for _, y := range against {
					y.Shown = show(y)
				}
				reportDisagreement(&shown, order, against, cmpr, names, rep)
			}
		}
	}
}

// shownLead quotes a lead claim's date as a finding does: as written,
// with the day it resolves to when that is not written out ("on Monday
// (Monday 6 May 2024)"), as shownDate does for the dates of events.
func shownLead(x *claim) string {
	if !x.Rel {
		return x.Shown
	}
	return x.Shown + " (" + x.When.String() + ")"
}

// leadShared is the evidence that two lead dates' clauses tell one
// event: a point per content word or figure shared, and one for sharing
// any name.
func leadShared(x, y *claim) int {
	return sharedIDs(x.Context, y.Context, len(x.Context)) + min(sharedIDs(x.Near, y.Near, 1), 1)
}

// mainOpponents returns the articles whose lead dates of a clause like
// x's all give one other day, each with its claim nearest x's words, when
// x stands alone against at least two of them (compareMain).
func (r *dateFactsRule) mainOpponents(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	t := opponentTest{kind: leadWalk, r: r}
	return walkOpponents(&t, x, xa, arts, claims)
}

// weighLead is mainOpponents' test of a claim: two leads that write the
// same weekday and resolve it to different days disagree through their
// articles' dates, not their copy (a dateline's error, or papers of two
// weeks, neither of which the lead comparison can tell); an article that
// gives x's day in its lead for a clause that shares anything with x's
// supports it (support is read loosely and opposition strictly, so that
// a doubt keeps the rule quiet).
func (t *opponentTest) weighLead(x, y *claim) (verdict, int) {
	if leadsApart(x, y, t.r.leadDays) || x.Head != "" && x.Head == y.Head {
		return pass, 0
	}
	n := leadShared(x, y)
	if n > 0 && y.When.Overlaps(*x.When) {
		return stops, 0
	}
	if n < max(t.r.leadShared, 1) {
		return pass, 0
	}
	return opposes, n
}

// takeDay is the test of an article of mainOpponents and
// momentOpponents: its best claim opposes x when it gives the same day
// as the opponents before it; when the others do not agree on one day
// (two events, or two moments of one) there is nothing to stand x
// against. It marks (flag) an opponent inferred from its lead
// (momentOpponents).
func (t *opponentTest) takeDay(ya int, b *articleBest) bool {
	if b.best == nil {
		return true
	}
	if t.other != nil && b.best.When.Lo != t.other.When.Lo {
		return false
	}
	t.other, t.flag = b.best, t.flag || isMoment(b.best)
	t.add(ya, b.best)
	return true
}

// endLead is mainOpponents' test of x's own article, own: x stands
// against two articles at least, and its own lead gives the others' day
// nowhere (x would be of another moment of the story).
func (t *opponentTest) endLead(own []claim) bool {
	if len(t.order) < 2 {
		return false
	}
	for k := range own {
		if own[k].When.Lo == t.other.When.Lo {
			return false
		}
	}
	return true
}
