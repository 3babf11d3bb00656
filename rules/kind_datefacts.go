package rules

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// dateFactsRule compares the days that the articles of a story put the
// same event on. A date is tied to an event by the nearest event word of
// its clause ("the meeting ... as early as Tuesday", "arrived ... on
// Monday"); two dates of one event in different articles are compared
// when the names of their clauses agree (one's names are among the
// other's: "Smith arrived" is not "Jones arrived") and enough of their
// other words do. Relative dates are resolved against each article's own
// date, so "as early as Tuesday" in an article of Monday 11 September and
// "on Tuesday" in one of Tuesday 12 September agree. Dates of statements
// ("said Monday") are not events and are left out.
type dateFactsRule struct {
	info Info
	g    grammar
	// events maps a word's stem to its event group; eventIDs maps the
	// stems' wordIDs to their groups too (eventGroup).
	events   map[string]int
	eventIDs *idMap
	// words has the rule's lists of lower-case words (continuation,
	// sequence, modifiers, heads, lead_breaks, lead_ends, lead_not) and
	// the speech words of the set's lexicon, speech, by the hash of
	// each word: the bits w* of the lists it is in (buildWords).
	words  *idMap
	speech *dates.Lexicon
	// lexFilter and noFilter, lexTri and noTri: see mayLex.
	lexFilter *[1024]uint64
	noFilter  bool
	lexTri    *[512]uint64
	noTri     bool
	// eventNames name the groups by their first word; keys and labels
	// are each group's claim key and label ("date:meeting", "date of the
	// meeting"), made once rather than for every claim.
	eventNames, keys, labels []string
	// canon maps the stem of an event word of a synonyms group to the
	// stem of the group's first word.
	canon map[string]string
	// continuation holds the lower-case words of continuation
	// (continuation in the config); longest is the length of the
	// longest, in bytes.
	continuation map[string]bool
	longest      int
	// modifiers hold the lower-case words that, shortly before an event
	// word, make the event a modifier of another noun (modifiers in the
	// config).
	modifiers map[string]bool
	// heads hold the lower-case nouns that, right after an event word,
	// make the event a modifier of them (heads in the config).
	heads map[string]bool
	// yearEvents hold the lower-case event words right after which a
	// year alone dates the event (year_events in the config).
	yearEvents map[string]bool
	// sequence hold the lower-case words that, right before an event
	// word, pick one occurrence of a recurring event (sequence in the
	// config): "the next meeting" is not "the meeting on Thursday".
	sequence map[string]bool
	// seqFold: see mayHoldSequence.
	seqFold  []string
	window   int
	minScore int
	titles   map[string]bool
	// lead is how many sentences of an article's body are its lead,
	// whose dates compareMain compares (lead_sentences; 0: none);
	// leadShared how many content words two lead dates' clauses must
	// share (lead_shared); leadNot the lower-case words that make a lead
	// date's clause other than the news's own (lead_not).
	lead, leadShared, leadDays int
	leadNot                    map[string]bool
	// leadBreaks are the lower-case words that open a subordinate clause
	// (lead_breaks): a lead date's clause is its own.
	leadBreaks map[string]bool
	// leadEnds are the lower-case words that end a lead date's clause
	// after it (lead_ends).
	leadEnds map[string]bool
	// earlierBreaks are the lower-case words that open a relative
	// clause (earlier_breaks).
	earlierBreaks map[string]bool
	// breakFirst and breakLongest are the first bytes and the longest
	// length of the words of earlierBreaks: most words of copy are
	// turned away by them before the map is asked (isEarlierBreak).
	breakFirst   [256]bool
	breakLongest int
	// earlierOrdinals are the lower-case words that pick one occurrence
	// of a recurring earlier event (earlier_ordinals).
	earlierOrdinals []string
	// forecast holds the lower-case words that make a year of an
	// article of no date a plan or a forecast (forecast).
	forecast map[string]bool
	// dayParts holds the lower-case words of a time of the day
	// (day_parts).
	dayParts map[string]bool
}

type dateFactsConfig struct {
	Common
	// Events are groups of words that name one kind of event; the first
	// word of each names it in messages.
	Events   [][]string `toml:"events"`
	Window   int        `toml:"window"`
	MinScore int        `toml:"min_score"`
	// Synonyms are groups of event words of one event group that name
	// an event the same way ("fire" and "blaze"): they count as the same
	// word for the event, which is evidence that two dates are of one
	// event.
	Synonyms [][]string `toml:"synonyms"`
	// Continuation are words that, between an event word and a date
	// after it, make the date one of an ongoing state, not of the event:
	// "the blaze continued to burn on Monday". Such a date is no claim.
	Continuation []string `toml:"continuation"`
	// Modifiers are words that, up to modifierReach words before an
	// event word, make the event a modifier of another noun: "the death
	// toll from the earthquake", "the number of dead in the fire". A
	// verb ending in -ed between such an event word and the date is
	// what the date dates ("the toll from the earthquake reached 41
	// yesterday"), and the date is no claim.
	Modifiers []string `toml:"modifiers"`
	// Heads are nouns that, right after an event word, make the event a
	// modifier of them: in "the death toll rose to 12 on Friday"
	// the date dates the toll's rise, not the deaths, and is no claim.
	Heads []string `toml:"heads"`
	// YearEvents are event words that, right before "in" and a year
	// alone ("founded in 1937", "built in 2009"), make that year the
	// event's date: a thing is founded or built once, and that narrow
	// form says so. Any other year alone makes no claim.
	YearEvents []string `toml:"year_events"`
	// Sequence are words that, up to sequenceReach words before an
	// event word, say which occurrence of a recurring event the date is
	// of ("the next decision is due on 7 November", "the last meeting
	// in March"): such a date is one event only with a date whose event
	// carries the same word, never with the bare event the story reports
	// ("the decision on Thursday").
	Sequence []string `toml:"sequence"`
	// LeadSentences is how many sentences of an article's body are its
	// lead: the dates there tell the day of the story's news, whatever
	// verb tells it, and are compared across the story by the words of
	// their clauses (0, the default: not compared).
	LeadSentences int `toml:"lead_sentences"`
	// LeadShared is how many content words, names and figures two lead
	// dates' clauses must share to be taken for one event (default 2).
	LeadShared int `toml:"lead_shared"`
	// LeadDays is how many days apart the dates of two articles may be
	// for their leads to be compared (default 3): a lead tells the news
	// of its day, and a paper of a week later leads on another moment of
	// the story.
	LeadDays int `toml:"lead_days"`
	// LeadNot are words that make a lead date's clause other than the
	// news's own: a forecast ("will", "due"), an earlier event ("since",
	// "previous"). Speech words ([dates] speech) do too.
	LeadNot []string `toml:"lead_not"`
	// LeadBreaks are words that open a subordinate clause ("when",
	// "as", "after"): a lead date's clause starts after the last one
	// before the date and ends at the first one after it, so that it
	// holds the words of the event the date dates and no other's.
	LeadBreaks []string `toml:"lead_breaks"`
	// LeadEnds are words that end a lead date's clause after the date
	// ("on Monday as the toll rose", "on Monday after divers
	// reached the hull"), but not before it.
	LeadEnds []string `toml:"lead_ends"`
	// EarlierBreaks are words that open a relative clause ("that",
	// "which"): the year of an earlier event is read with the words of
	// its sentence after the last one before it (earlierClaims).
	EarlierBreaks []string `toml:"earlier_breaks"`
	// EarlierOrdinals are words that pick one occurrence of a recurring
	// earlier event ("its first conviction in 2013"): a year of a
	// sentence with one is compared only with years of sentences with
	// the same word, not with a later occurrence ("convicted again in
	// 2018").
	EarlierOrdinals []string `toml:"earlier_ordinals"`
	// Forecast are words that make the year of an article whose own
	// date is not known a plan or a forecast, not an earlier event
	// ("had meant to rebuild the pier in 2029", "is due to reopen in 2031"):
	// a year of a clause with one is no claim of an earlier event there.
	// An article whose date is known tells them apart by its year.
	Forecast []string `toml:"forecast"`
	// DayParts are words of a time of the day ("dawn", "midnight"): a
	// word of lead_not right before one that comes right before a
	// weekday or a day ("before dawn on Friday") times that day, and
	// does not make it a forecast or an earlier event's day in the
	// comparison of weekdays and days written out.
	DayParts []string `toml:"day_parts"`
}

func newDateFactsRule(t *tomlx.Table, info Info) (Rule, error) {
	c := dateFactsConfig{Window: 8, MinScore: 2, LeadShared: 2, LeadDays: 3}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if c.Window < 1 || c.Window > 50 {
		return nil, t.Errorf("window", "rule %q: window must be between 1 and 50 words, not %d", info.ID, c.Window)
	}
	if c.MinScore < 1 {
		return nil, t.Errorf("min_score", "rule %q: min_score must be at least 1, not %d", info.ID, c.MinScore)
	}
	if c.LeadSentences < 0 || c.LeadSentences > 10 {
		return nil, t.Errorf("lead_sentences", "rule %q: lead_sentences must be between 0 and 10, not %d", info.ID, c.LeadSentences)
	}
	if c.LeadShared < 1 {
		return nil, t.Errorf("lead_shared", "rule %q: lead_shared must be at least 1, not %d", info.ID, c.LeadShared)
	}
	if len(c.Events) == 0 {
		return nil, t.Errorf("events", "rule %q: events needs at least one group of event words", info.ID)
	}
	r := &dateFactsRule{info: info, events: map[string]int{}, canon: map[string]string{}, continuation: map[string]bool{}, window: c.Window, minScore: c.MinScore}
	for _, w := range c.Continuation {
		w = strings.ToLower(w)
		r.continuation[w] = true
		r.longest = max(r.longest, len(w))
	}
	if c.LeadDays < 0 {
		return nil, t.Errorf("lead_days", "rule %q: lead_days must not be negative, not %d", info.ID, c.LeadDays)
	}
	r.lead, r.leadShared, r.leadDays, r.leadNot = c.LeadSentences, c.LeadShared, c.LeadDays, map[string]bool{}
	for _, w := range c.LeadNot {
		r.leadNot[strings.ToLower(w)] = true
	}
	r.leadEnds = map[string]bool{}
	for _, w := range c.LeadEnds {
		r.leadEnds[strings.ToLower(w)] = true
	}
	r.earlierBreaks = map[string]bool{}
	for _, w := range c.EarlierBreaks {
		w = strings.ToLower(w)
		r.earlierBreaks[w] = true
		if w != "" {
			r.breakFirst[w[0]] = true
			r.breakLongest = max(r.breakLongest, len(w))
		}
	}
	for _, w := range c.EarlierOrdinals {
		if w = strings.ToLower(w); !slices.Contains(r.earlierOrdinals, w) {
			r.earlierOrdinals = append(r.earlierOrdinals, w)
		}
	}
	r.forecast = map[string]bool{}
	for _, w := range c.Forecast {
		r.forecast[strings.ToLower(w)] = true
	}
	r.dayParts = map[string]bool{}
	for _, w := range c.DayParts {
		r.dayParts[strings.ToLower(w)] = true
	}
	r.leadBreaks = map[string]bool{}
	for _, w := range c.LeadBreaks {
		r.leadBreaks[strings.ToLower(w)] = true
	}
	r.modifiers = map[string]bool{}
	for _, w := range c.Modifiers {
		r.modifiers[strings.ToLower(w)] = true
	}
	r.heads = map[string]bool{}
	for _, w := range c.Heads {
		r.heads[strings.ToLower(w)] = true
	}
	for g, group := range c.Events {
		if len(group) == 0 {
			return nil, t.Errorf("events", "rule %q: events[%d] is empty", info.ID, g)
		}
		name := strings.ToLower(group[0])
		r.eventNames = append(r.eventNames, name)
		r.keys = append(r.keys, "date:"+name)
		r.labels = append(r.labels, "date of the "+name)
		for _, w := range group {
			if strings.ContainsAny(strings.TrimSpace(w), " \t") {
				return nil, t.Errorf("events", "rule %q: events[%d]: %q is more than one word", info.ID, g, w)
			}
			st := stem(w)
			if prev, dup := r.events[st]; dup && prev != g {
				return nil, t.Errorf("events", "rule %q: %q is in two event groups", info.ID, w)
			}
			r.events[st] = g
		}
	}
	r.sequence = map[string]bool{}
	for _, w := range c.Sequence {
		r.sequence[strings.ToLower(w)] = true
	}
	r.seqFold = seqFold(r.sequence)
	r.yearEvents = map[string]bool{}
	for _, w := range c.YearEvents {
		w = strings.ToLower(w)
		if _, ok := stemIn(r.events, w); !ok {
			return nil, t.Errorf("year_events", "rule %q: year_events: %q is not a word of events", info.ID, w)
		}
		r.yearEvents[w] = true
	}
	for k, group := range c.Synonyms {
		if len(group) < 2 {
			return nil, t.Errorf("synonyms", "rule %q: synonyms[%d] needs at least two words", info.ID, k)
		}
		first := stem(group[0])
		g, ok := r.events[first]
		for _, w := range group {
			st := stem(w)
			wg, isEvent := r.events[st]
			if !ok || !isEvent || wg != g {
				return nil, t.Errorf("synonyms", "rule %q: synonyms[%d]: %q must be a word of the same event group as %q", info.ID, k, w, group[0])
			}
			if prev, dup := r.canon[st]; dup && prev != first {
				return nil, t.Errorf("synonyms", "rule %q: %q is in two synonyms groups", info.ID, w)
			}
			r.canon[st] = first
		}
	}
	r.eventIDs = newIDMap(r.events)
	r.buildWords(nil)
	return r, nil
}

func (r *dateFactsRule) Info() *Info { return &r.info }

func (r *dateFactsRule) useSet(s *Set) {
	r.g = s.grammar
	// The stop words as a table of hashes, as fact.mismatch keeps them:
	// every context word of a date is asked about, and the map hashed
	// its text again for each.
	r.g.stopIDs = newIDSet(r.g.stop)
	r.buildWords(s.Dates)
	r.titles = map[string]bool{}
	for k, v := range s.Segment.Abbreviations {
		if v == segment.Title {
			r.titles[k] = true
		}
	}
}

// Check returns the article's dated events ([]claim). An expression
// that needs the article's date and has none resolves to nothing.
func (r *dateFactsRule) Check(a *Article, _ *Reporter) any {
	es := a.Dates()
	if len(es) == 0 {
		return []claim(nil)
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	s := r.newDateScratch(a, len(es))
	defer s.release()
	inDate := s.inDate
	for i := range es {
		for j := es[i].Tokens[0]; j < es[i].Tokens[1]; j++ {
			inDate[j] = true
		}
	}
	// The claims are gathered in the scratch's room, which keeps its
	// array from article to article, and copied out once, at their
	// number (keepClaims): the eleven kinds of claim below each grew
	// the slice, copying every claim made before (a claim is some 300
	// bytes), and left arrays of each size behind for the collector.
	out := s.claims[:0]
	for i := range es {
		e := &es[i]
		// The tests below are all pure and any one drops the date, so
		// the cheap ones come first: most dates of copy have no event
		// word in their clause, and resolving one reads its clause's
		// tense.
		if e.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		// The clause is kept for leadClaims, which reads it again for
		// a lead date; so is whether the date is attributed, asked here
		// only of a date with an event (most have none).
		sent := a.Seg.Sentences[e.Sentence]
		at := s.clauseOf(r, a, i)
		from, to, opens := at.from, at.to, at.opens
		if wf, wt, ok := whenClause(text, toks, sent, e); ok {
			from, to, opens = wf, wt, true
		}
		g, head, possessed, ok := r.eventOf(s, from, to, opens, e)
		if !ok || s.attributed(a, i) || labelledDate(text, toks, sent, e) {
			continue
		}
		// In a quotation, "tonight" and "on Friday" are the speaker's,
		// counted from a day the article may not give.
		if e.NeedsDate() && quoted(a, e.Span.Start) {
			continue
		}
		// A weekday written with a date it does not fall on leaves the
		// day unknown: date.calendar reports it, and which of the two is
		// wrong is for the editor to find out.
		if d, ok := e.Date(a.Ref); ok && e.HasWeekday && d.Weekday() != e.Weekday {
			continue
		}
		rng, ok := s.resolve(a, e, i)
		// A year alone ("in 2019", "four years ago") dates too many
		// things in one story to be tied to one event by its clause.
		if !ok || rng.Lo == dates.MinDay && rng.Hi == dates.MaxDay {
			continue
		}
		if rng.Unit == dates.Year && !r.yearOfEvent(text, toks, e) {
			continue
		}
		c := claim{
			Key:   r.keys[g],
			Label: r.labels[g],
			Loc:   diag.At(a.Doc, e.Span),
			Shown: shownDate(spanText(a, e.Phrase), e, rng),
			Q:     figure{Value: float64(finiteDay(rng)), High: float64(finiteDay(rng))},
			When:  &rng,
			Role:  -1,
			Head:  r.headOf(head),
			Rel:   e.NeedsDate(),
			// Compl, the complement that narrows a count's noun, is
			// unused by dates; it carries the sequence word that narrows
			// the event to one of its occurrences ("next"), which match
			// requires to agree.
			Compl: r.sequenceIn(s, from, to, head),
		}
		// The context is the clause, as far as the window reaches: the
		// event word may be far from the date ("The meeting between the
		// two leaders is expected to take place as early as Tuesday").
		// Its words are given to the claim by s.contexts, below.
		start := r.dateContext(s, sent, e, from, to)
		s.spans = append(s.spans, [2]int32{int32(start), int32(len(s.ctx))})
		// A date of the event more than a year before the article's is of
		// an earlier occurrence ("the worst storm since the hail of July
		// 1996"): it is never the same event as the news's (farApartDays
		// keeps them apart), so it does not make the news's date one of
		// two in its article; each is counted with the dates of its era.
		era := int32(2 * g)
		if a.Ref.Known && rng.Hi < a.Ref.Day-farApartDays {
			era++
		}
		s.groups = append(s.groups, era)
		c.Names = r.namesIn(s, from, to)
		// A possessive date names its event in a noun phrase of its own
		// ("Sunday's state election"): the names of the rest of the
		// clause are of what happened in it ("Smith won Sunday's
		// election", "Jones's party doubled its seats in Sunday's
		// election"), and two outlets leading on different winners of one
		// election would otherwise be two events. Only the names inside
		// the phrase ("Sunday's Westland election") tell its event.
		if possessed >= 0 {
			c.Names = r.namesIn(s, e.Tokens[1], possessed+1)
		}
		s.perGroup[era]++
		out = append(out, c)
	}
	s.contexts(out)
	// Each group has its own key (r.keys: two groups whose first words
	// meet have one stem, which newDateFactsRule turns away), so a count
	// by group is the count by key.
	for i := range out {
		out[i].Unique = s.perGroup[s.groups[i]] == 1
	}
	out = r.clockClaims(out, a, es, s)
	out = r.earlierClaims(out, a, es, s)
	out = spanClaims(out, a)
	out = r.timeClaims(out, a, s)
	days := len(out)
	out = r.dayClaims(out, a, es, s)
	out = r.heldClaims(out, days, a, es)
	out = pairClaims(out, a, es)
	page := len(out)
	out = pageDayClaim(out, a, es)
	line := len(out)
	out = r.datelineLeadClaims(out, a, es, s)
	pageOwnDay(out[page:line], out[line:])
	leads := len(out)
	out = r.leadClaims(out, a, es, s)
	return s.keepClaims(r.momentClaims(out, a, es, s, leads))
}

// labelledDate reports an ISO date written after the word "date" ("date
// 2024-05-06", "Date: 2024-05-06"): a label of the article's own date
// (a dateline under a headline, where it is not read as one), not the
// day of an event the copy after it tells.
func labelledDate(text string, toks []segment.Token, sent segment.Sentence, e *dates.Expr) bool {
	if e.Kind != dates.Calendar || e.Day == 0 || e.Year == 0 {
		return false
	}
	if w := text[e.Span.Start:e.Span.End]; len(w) != 10 || w[4] != '-' {
		return false
	}
	j := e.Tokens[0] - 1
	if j >= sent.First && toks[j].Kind == segment.Punct && text[toks[j].Start:toks[j].End] == ":" {
		j--
	}
	return j >= sent.First && strings.EqualFold(text[toks[j].Start:toks[j].End], "date")
}

// isEarlierBreak reports whether w is a word of earlier_breaks as
// written.
func (r *dateFactsRule) isEarlierBreak(w string) bool {
	return w != "" && len(w) <= r.breakLongest && r.breakFirst[w[0]] && r.earlierBreaks[w]
}

// quoted reports whether offset off of the article's text is inside a
// quotation: an odd number of double quotes before it in its block.
func quoted(a *Article, off int) bool {
	for _, b := range a.Blocks {
		if off >= b.Start && off < b.End {
			return strings.Count(a.Doc.Text[b.Start:off], `"`)%2 == 1
		}
	}
	return false
}

// yearOfEvent reports whether a year alone is written right after a
// word of year_events and "in": "founded in 1937". Only that form ties a
// year to one event; "in 2019" elsewhere in a clause dates too much.
func (r *dateFactsRule) yearOfEvent(text string, toks []segment.Token, e *dates.Expr) bool {
	return r.yearEventAt(text, toks, e) >= 0
}

// yearEventAt returns the index of the word of year_events that
// yearOfEvent ties the date to, or -1.
func (r *dateFactsRule) yearEventAt(text string, toks []segment.Token, e *dates.Expr) int {
	j := e.Tokens[0] - 1
	if j >= 0 && toks[j].Kind == segment.Word && toks[j].Text(text) == "in" {
		j--
	}
	if j < 0 || j == e.Tokens[0]-1 || toks[j].Kind != segment.Word {
		return -1
	}
	if r.isYearEvent(text, toks[j]) {
		return j
	}
	// "built in Norway in 1987", "founded in New Carlow in 1902": the
	// place the event happened, a name of a word or two after its own
	// "in", stands between the event word and the year's "in".
	k := j
	for k > j-placeReach && k >= 0 && toks[k].Kind == segment.Word && !toks[k].Initial && !isLowerWord(toks[k].Text(text)) {
		k--
	}
	if k == j || k < 1 || toks[k].Kind != segment.Word || toks[k].Text(text) != "in" || toks[k-1].Kind != segment.Word || !r.isYearEvent(text, toks[k-1]) {
		return -1
	}
	return k - 1
}

// placeReach is how many capitalised words a place between a word of
// year_events and its year may have.
const placeReach = 2

// yearEventReach is how many words after a word of year_events its date
// may start: "built in 1972", "opened on 4 May 2001".
const yearEventReach = 3

// isYearEvent reports whether t is a word of year_events. The word may
// open its sentence: "Built in 1972, the dam ..." says what "the
// dam was built in 1972" says.
func (r *dateFactsRule) isYearEvent(text string, t segment.Token) bool {
	w := t.Text(text)
	if t.Initial && !isLowerWord(w) {
		w = strings.ToLower(w)
	}
	return r.yearEvents[w]
}

// finiteDay is a day of the range that is not an open end.
func finiteDay(r dates.Range) dates.Day {
	if r.Lo == dates.MinDay {
		return r.Hi
	}
	return r.Lo
}

// shownDate quotes a date as written, with the day it resolves to when
// that is not written out: "as early as Tuesday (Tuesday 12 September
// 2023 or later)".
func shownDate(written string, e *dates.Expr, r dates.Range) string {
	if e.Kind == dates.Calendar && e.Year != 0 {
		return written
	}
	return written + " (" + r.String() + ")"
}

// clause returns the tokens [from, to) of the date's clause: its
// sentence, cut at semicolons, colons, brackets, quotes and commas. A
// date that opens its clause ("On Monday, Smith arrived") takes the clause
// after the comma too.
//
// opens tells whether the date opens its clause.
func (r *dateFactsRule) clause(text string, toks []segment.Token, sent segment.Sentence, e *dates.Expr) (from, to int, opens bool) {
	// Only punctuation stops a clause (ClauseStop is false for any other
	// token): most tokens walked are words, turned away by their kind
	// without copying them.
	stop := func(j int) bool {
		t := &toks[j]
		return t.Kind == segment.Punct && (text[t.Start] == ',' || dates.ClauseStop(text, toks, j))
	}
	from = e.Tokens[0]
	lead := 0
	for from > sent.First {
		if !stop(from - 1) {
			from--
			if toks[from].Kind == segment.Word {
				lead++
			}
			continue
		}
		open := figureAside(text, toks, sent, from-1)
		if open < 0 {
			break
		}
		from = open
	}
	to = e.Tokens[1]
	for to < sent.Last && !stop(to) {
		to++
	}
	opens = lead <= dates.MaxLead
	if opens && to < sent.Last && text[toks[to].Start] == ',' {
		to++
		for to < sent.Last && !stop(to) {
			to++
		}
	}
	return from, to, opens
}

// figureAside returns the index of the opening bracket of a bracketed
// figure that closes at token j, or -1 (dates.FigureAside): such a
// bracket restates a figure of the clause in other units; it is an
// aside, not the end of the clause, and the event word before it still
// names what the date dates.
func figureAside(text string, toks []segment.Token, sent segment.Sentence, j int) int {
	return dates.FigureAside(text, toks, sent, j)
}

// whenClause returns the tokens [from, to) of a clause of "when" right
// after the date, from the date on: in "the worst flood since June 2011,
// when the dam burst" June 2011 is the day the dam burst, not the day
// of the flood the sentence opens with, so the when-clause is the
// date's clause, for its event, its words and its names. With no event
// word in it, the date is of no event the rule knows and makes no claim.
func whenClause(text string, toks []segment.Token, sent segment.Sentence, e *dates.Expr) (from, to int, ok bool) {
	j := e.Tokens[1]
	if j+1 >= sent.Last || toks[j].Kind != segment.Punct || text[toks[j].Start] != ',' ||
		toks[j+1].Kind != segment.Word || !strings.EqualFold(toks[j+1].Text(text), "when") {
		return 0, 0, false
	}
	to = j + 2
	for to < sent.Last && !dates.ClauseStop(text, toks, to) && (toks[to].Kind != segment.Punct || text[toks[to].Start] != ',') {
		to++
	}
	return e.Tokens[0], to, true
}

// headOf is the word an event is named by, for the comparison: the
// first word of its synonyms group, or the stem itself.
func (r *dateFactsRule) headOf(st string) string {
	if c, ok := r.canon[st]; ok {
		return c
	}
	return st
}

// eventOf finds the event word of the date's clause: the nearest before
// the date ("the meeting is expected ... as early as Tuesday", "arrived
// in the capital on Monday"), or, for a date that opens its clause ("On
// Sunday, voters turned her out"), the nearest after it.
//
// It returns the event group and the stem of the word found, and, when
// a possessive date qualifies it ("Sunday's state election"), the
// token index of that word (possessed; -1 otherwise).
func (r *dateFactsRule) eventOf(s *dateScratch, from, to int, opens bool, e *dates.Expr) (g int, st string, possessed int, ok bool) {
	text, toks, inDate := s.text, s.toks, s.inDate
	event := func(j int) (int, string, bool) {
		g := r.eventWord(s, j)
		if g < 0 {
			return -1, "", false
		}
		return g, stem(toks[j].Text(text)), true
	}
	// A possessive date dates the noun it qualifies: "in Sunday's
	// parliamentary election", "after Tuesday's quake". That noun is its
	// event, before any event word earlier in the clause ("won ... in
	// Sunday's election" dates the election, not a win).
	if j := dates.Possessed(text, toks, e.Tokens[1], to); j >= 0 {
		for k := j + 1; k < to && k <= j+possessiveReach; k++ {
			if g, st, ok := event(k); ok {
				return g, st, k, true
			}
			if toks[k].Kind != segment.Word && toks[k].Kind != segment.Number {
				break
			}
		}
	}
	// A date between a subject and its verb dates the verb: "the
	// government on Tuesday unveiled a budget", "police on Monday
	// arrested two men". Wire copy puts the day there.
	if j := e.Tokens[1]; j < to && toks[j].Kind == segment.Word {
		if w := toks[j].Text(text); strings.HasSuffix(w, "ed") {
			if g, st, ok := event(j); ok {
				return g, st, -1, true
			}
		}
	}
	// The event word before the date is the nearest: the walk back
	// asks only whether each word is one. What the words between it and
	// the date say (a verb of continuation, a past tense) matters only
	// when there is one, or when the date opens its clause and the walk
	// goes on after it; a date with neither, most dates, has its words
	// asked nothing else.
	at := -1
	for j := e.Tokens[0] - 1; j >= from; j-- {
		if m := r.lex(s, j); m.shape&tkEvent != 0 && m.ev >= 0 && !inDate[j] { // eventWord, inlined
			at = j
			break
		}
	}
	if at < 0 && !opens {
		return -1, "", -1, false
	}
	verb := false // a past-tense verb between the date and the event word
	for j := max(at+1, from); j < e.Tokens[0]; j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		// A verb of continuation between the event word and the date
		// dates a state, not the event: in "the blaze continued to burn
		// on Monday" Monday is a day the fire was still burning, not the
		// day it started, and is no claim at all.
		if r.lex(s, j).is&qCont != 0 {
			return -1, "", -1, false
		}
		if w := toks[j].Text(text); len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w) {
			verb = true
		}
	}
	if j := at; j >= 0 {
		if verb && r.modified(s, from, j) || r.headed(s, j, to) {
			return -1, "", -1, false
		}
		// A verb with its own date just before it ("the firm on
		// Monday recalled the cars it heard of months ago") is dated
		// by that date, as above; a later date of the clause is of
		// something else.
		if j > from && inDate[j-1] && strings.HasSuffix(toks[j].Text(text), "ed") {
			return -1, "", -1, false
		}
		// A thing is built or founded once, and copy dates that
		// right after the word ("built in March 1972"); a date
		// further on is of what the clause goes on to tell ("was
		// built in 1972 and last inspected in March 2019").
		if e.Tokens[0]-j > yearEventReach && r.isYearEvent(text, toks[j]) && r.yearEventAt(text, toks, e) != j {
			return -1, "", -1, false
		}
		g, st, _ := event(j)
		return g, st, -1, true
	}
	for j := e.Tokens[1]; j < to; j++ {
		if g, st, ok := event(j); ok {
			if r.headed(s, j, to) {
				return -1, "", -1, false
			}
			return g, st, -1, true
		}
	}
	return -1, "", -1, false
}

// eventWord returns the event group of token j when it is an event word
// as eventOf reads one (a word of no date, in lower case or opening its
// sentence), or -1.
func (r *dateFactsRule) eventWord(s *dateScratch, j int) int {
	if m := r.lex(s, j); m.shape&tkEvent != 0 && !s.inDate[j] {
		return int(m.ev)
	}
	return -1
}

// namesIn returns the names of the clause: capitalised words inside the
// sentence, titles ("Mr") and dates left out. A capitalised word that
// opens the sentence may be a name or not ("Smith arrived", "Officials
// said"); it is kept marked with initialMark, and the corpus stage keeps
// it if any article writes it inside a sentence.
func (r *dateFactsRule) namesIn(s *dateScratch, from, to int) []string {
	text, toks, inDate := s.text, s.toks, s.inDate
	var out []string
	for j := from; j < to; j++ {
		t := toks[j]
		if t.Kind != segment.Word || inDate[j] {
			continue
		}
		w := t.Text(text)
		if isLowerWord(w) || !isCapitalised(w) || r.titles[w] {
			continue
		}
		if t.Initial {
			if r.g.stop.hasLower(w) || r.isEventAt(s, j) {
				continue
			}
			w = initialMark + w
		}
		out = append(out, w)
	}
	return out
}

// modifierReach is how many words before an event word a modifier word
// may stand: "the toll from a powerful earthquake".
const modifierReach = 3

// modified reports whether the event word at j is the modifier of another
// noun: a modifier word ("from", "of") up to modifierReach words before
// it, inside the clause that starts at from.
func (r *dateFactsRule) modified(s *dateScratch, from, j int) bool {
	for k := j - 1; k >= from && k >= j-modifierReach; k-- {
		if s.toks[k].Kind != segment.Word {
			return false
		}
		if r.is(s, k, qMod) {
			return true
		}
	}
	return false
}

// headed reports whether the event word at j qualifies the noun right
// after it, a head word ("death toll"): a date of the phrase dates what
// becomes of the head (the toll rose), not the event, so it is no claim.
func (r *dateFactsRule) headed(s *dateScratch, j, to int) bool {
	k := j + 1
	return k < to && s.toks[k].Kind == segment.Word && r.is(s, k, qHead)
}

// isContinuation reports whether w, in any case, is a word of
// continuation. It lowers ASCII w on the stack: most words walked back
// from a date are names, and strings.ToLower would copy each one.
func (r *dateFactsRule) isContinuation(w string) bool {
	var buf [32]byte
	if len(w) > r.longest || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return r.continuation[string(buf[:len(w)])]
}

// possessiveReach is how many words after a possessive date its noun may
// come: "Sunday's national election", "Tuesday's 6.8 magnitude
// earthquake".
const possessiveReach = 4

// initialMark marks a capitalised word that opens its sentence.
const initialMark = "^"

// resolveNames turns a claim's names into the sorted, lower-case set the
// comparison uses, keeping a sentence's first word only where the corpus
// writes it as a name.
func resolveNames(names []string, corpus *NameIndex) []string {
	var out []string
	for _, w := range names {
		if rest, initial := strings.CutPrefix(w, initialMark); initial {
			if f := corpus.Form(rest); f == nil || f.Mid == 0 {
				continue
			}
			w = rest
		}
		out = append(out, strings.ToLower(w))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sequenceReach is how many words before an event word a sequence word
// may stand: "the next rate decision", "the last full council meeting".
const sequenceReach = 3

// sequenceIn returns the sequence word of the clause [from, to) that
// stands up to sequenceReach words before the date's event word (stem
// head), or "". A sequence word of another event of the clause ("Built
// in 1986, the bridge was last inspected in 2023") leaves this one alone.
func (r *dateFactsRule) sequenceIn(s *dateScratch, from, to int, head string) string {
	if len(r.sequence) == 0 || from >= to {
		return ""
	}
	text, toks := s.text, s.toks
	// Most clauses hold no sequence word anywhere in their text: their
	// words are not read one by one.
	if !r.mayHoldSequence(text[toks[from].Start:toks[to-1].End]) {
		return ""
	}
	for j := from; j < to; j++ {
		if toks[j].Kind != segment.Word || !r.is(s, j, qSeq) {
			continue
		}
		for k := j + 1; k < to && k <= j+sequenceReach && toks[k].Kind == segment.Word; k++ {
			if r.isEventAt(s, k) && stem(toks[k].Text(text)) == head {
				w := toks[j].Text(text)
				if toks[j].Initial {
					w = strings.ToLower(w)
				}
				return w
			}
		}
	}
	return ""
}

// seqFold lists the sequence words for mayHoldSequence, or nil where one
// is not lower-case ASCII letters without a "k": a token that lowers to
// such a word may be written with other bytes.
func seqFold(seq map[string]bool) []string {
	var out []string
	for w := range seq {
		if w == "" {
			return nil
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; c < 'a' || c > 'z' || c == 'k' {
				return nil
			}
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// mayHoldSequence reports whether text may hold a sequence word, as
// sequenceIn reads one: false when no word of r.seqFold is in it in any
// case of its ASCII letters. A sequence word of other bytes, or with a
// "k" (the Kelvin sign lowers to it), leaves seqFold nil and the words
// are read.
func (r *dateFactsRule) mayHoldSequence(text string) bool {
	if r.seqFold == nil {
		return true
	}
	for _, w := range r.seqFold {
		for i := 0; i+len(w) <= len(text); i++ {
			if text[i]|0x20 == w[0] && asciiFoldEqual(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// asciiFoldEqual reports whether s, with its ASCII capitals lowered, is
// lower-case ASCII w.
func asciiFoldEqual(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// match tells whether two dated claims of one kind of event are the same
// event: their names agree and enough of their words do.
func (r *dateFactsRule) match(x, y *claim) bool {
	// "The next decision" and "the decision" are two occurrences.
	if x.Compl != y.Compl {
		return false
	}
	if !subsetSorted(x.Names, y.Names) && !subsetSorted(y.Names, x.Names) {
		return false
	}
	// Names shared count once: a story's every event shares its court or
	// its city.
	words := sharedIDs(x.Context, y.Context, len(x.Context)) + min(shared(x.Names, y.Names), 1)
	// With no word shared, only the one date each article gives an event,
	// named with the same word, is taken for one event: "was convicted at
	// the Crown Court on Monday" and "had been convicted on Monday".
	onlyDates := x.Unique && y.Unique && x.Head == y.Head
	if words == 0 && !onlyDates {
		return false
	}
	score := words
	if x.Unique && y.Unique {
		score++
	}
	// The same word for the event ("quake" and "quake", not "quake" and
	// "earthquake") is evidence too.
	if x.Head == y.Head {
		score++
	}
	return score >= r.minScore
}

// subsetSorted reports whether every string of sorted a is in sorted b.
func subsetSorted(a, b []string) bool { return shared(a, b) == len(a) }

// farApartDays is how far apart, in days, a relative date and another must
// be to be different events whatever their words: "met on Monday" is not
// "first met in April 2019".
const farApartDays = 366

// unrelated reports two dates of which one is relative and the two lie
// more than farApartDays days apart.
func unrelatedDates(x, y *claim) bool {
	if !x.Rel && !y.Rel {
		return false
	}
	a, b := x.When, y.When
	if a.Lo > b.Hi {
		a, b = b, a
	}
	return a.Hi != dates.MaxDay && b.Lo != dates.MinDay && int(b.Lo-a.Hi) > farApartDays
}

func (r *dateFactsRule) CheckCorpus(c *Corpus, facts []any, rep *Reporter) {
	claims := claimsOf(facts)
	// The lead dates (mainKey), last of each article's claims, are
	// compared apart, by compareMain, after the dates of events: a date
	// reported there is not reported again. compareMain changes no claim,
	// so they are not copied.
	// The lists share one array: a corpus stage may run for each
	// story, and an array each was a share of its allocations.
	n := len(claims)
	parts := make([][]claim, 9*n)
	events, leads, earlier, clocks, times, moments, days, pairs := parts[:n:n], parts[n:2*n:2*n], parts[2*n:3*n:3*n], parts[3*n:4*n:4*n], parts[4*n:5*n:5*n], parts[5*n:6*n:6*n], parts[6*n:7*n:7*n], parts[7*n:8*n:8*n]
	spans := parts[8*n:]
	for i, cs := range claims {
		// The clock claims inferred from the lead come last
		// (momentClaims).
		k := len(cs)
		for k > 0 && isMoment(&cs[k-1]) {
			k--
		}
		moments[i], cs = cs[k:], cs[:k]
		for k > 0 && cs[k-1].Key == mainKey {
			k--
		}
		leads[i] = cs[k:]
		// The weekdays written with a day and no year come right
		// before the lead dates (pairClaims), and are compared apart.
		e := k
		for e > 0 && cs[e-1].Key == pairKey {
			e--
		}
		pairs[i], k = cs[e:k], e
		// The days written out come before them (dayClaims), and are
		// compared apart too.
		e = k
		for e > 0 && (cs[e-1].Key == dayKey || cs[e-1].Key == weekdayKey || cs[e-1].Key == futureKey || cs[e-1].Key == weeknameKey || cs[e-1].Key == heldKey) {
			e--
		}
		days[i], k = cs[e:k], e
		// The times of day come before them (timeClaims), and are
		// compared apart too.
		e = k
		for e > 0 && cs[e-1].Key == timeKey {
			e--
		}
		times[i], k = cs[e:k], e
		// The durations come before them (spanClaims).
		e = k
		for e > 0 && isSpanKey(cs[e-1].Key) {
			e--
		}
		spans[i], k = cs[e:k], e
		// The years of earlier events come before them (earlierClaims),
		// and are compared apart too.
		e = k
		for e > 0 && cs[e-1].Key == earlierYearKey {
			e--
		}
		earlier[i], k = cs[e:k], e
		// So do the clock claims, before them (clockClaims).
		e = k
		for e > 0 && isClockKey(cs[e-1].Key) {
			e--
		}
		// They are copied as the claims of events are: the comparison
		// marks its claims' articles and places.
		clocks[i], k = slices.Clone(cs[e:k]), e
		if len(moments[i])+len(clocks[i]) > 0 {
			// The inferred moments are compared with the clock claims
			// written beside a day, after those are compared among
			// themselves.
			moments[i] = append(slices.Clone(clocks[i]), moments[i]...)
		}
		if k == 0 {
			continue
		}
		// The article's claims of events are copied: the facts stay as
		// Check returned them.
		events[i] = slices.Clone(cs[:k])
		for j := range events[i] {
			events[i][j].Names = resolveNames(events[i][j].Names, c.Names)
		}
	}
	compareStories(c, events, comparison{rule: r, match: r.match, unrelated: unrelatedDates, vagueIsNeutral: true}, rep)
	r.compareClocks(c, clocks, rep)
	r.compareMain(c, leads, rep)
	r.compareMoments(c, moments, rep)
	r.compareEarlier(c, earlier, rep)
	r.compareTimes(c, times, rep)
	r.compareSlips(c, times, rep)
	r.compareSpans(c, spans, rep)
	r.compareDays(c, days, earlier, rep)
	r.comparePairs(c, pairs, rep)
}

// dayInterval is a date claim's range as an interval of day numbers.
func dayInterval(r *dates.Range) quantity.Interval {
	iv := quantity.Interval{Lo: float64(r.Lo), Hi: float64(r.Hi)}
	if r.Lo == dates.MinDay {
		iv.Lo = math.Inf(-1)
	}
	if r.Hi == dates.MaxDay {
		iv.Hi = math.Inf(1)
	}
	return iv
}
