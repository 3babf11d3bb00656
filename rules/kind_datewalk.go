package rules

import "slices"

// The opponent walk of fact.date's comparisons across outlets. Each
// comparison that judges a claim x against the story's other articles as
// a whole (the leads, days and weekdays, times of day, moments and
// earlier years: compareEach) walks the other articles' claims in the
// same frame: every claim of each other article is weighed against x,
// the one opposing x with most points is kept for its article, and the
// article is then taken as an opponent, passed over, or found to end the
// walk; x's own article is read last. What differs from one comparison
// to another is the test of a claim, of an article and of the end, which
// an opponentTest of each kind gives (weighX, takeX and endX, beside the
// comparison they serve).

// verdict is what an opponent test makes of one claim y of another
// article, against the claim judged, x.
type verdict uint8

const (
	// pass: y has no bearing on x.
	pass verdict = iota
	// opposes: y may stand against x, sharing so many points with it.
	opposes
	// opposesLoosely: y may stand against x in the weak reading of the
	// earlier years alone (a sentence that dates other things too).
	opposesLoosely
	// aside: y tells another occurrence of x's event (an ordinal that x
	// has not, or the other way round): the earlier years' spares.
	aside
	// supports: y gives x's value, in a sentence sharing so many points.
	supports
	// stops: x stands against nothing: the walk ends, x unreported.
	stops
)

// articleBest is what the walk found in one other article: the claims
// opposing x with most points (the first of them), strictly (best) and
// loosely (loose, best among them), the one of another occurrence with
// most (odd), and the most points of a claim supporting x, -1 when none
// does.
type articleBest struct {
	best, loose, odd               *claim
	shared, looseShared, oddShared int
	support                        int
}

// opponentKind names the test of an opponent walk.
type opponentKind uint8

const (
	leadWalk     opponentKind = iota // mainOpponents
	calendarWalk                     // calendarOpponents
	filedWalk                        // filedBefore
	weekdayWalk                      // weekdayOpponents
	weeknameWalk                     // nameOpponents
	slipWalk                         // slipOpponents
	minuteWalk                       // timeOpponents: an article giving x's minute
	timeWalk                         // timeOpponents: the minute every article ties to x
	momentWalk                       // momentOpponents
	yearWalk                         // opposingYears
	spanWalk                         // spanOpponents
)

// opponentTest is an opponent walk's test and what it gathers as it
// goes: the opposing articles (order), each with its claim (against),
// and what each kind keeps between articles.
type opponentTest struct {
	kind    opponentKind
	r       *dateFactsRule
	arts    []int // the articles walked
	order   []int
	against map[int]*claim
	// other is the claim of the opponents so far, whose value (day,
	// weekday, minute or year) every later one must give.
	other *claim
	// most is the most points an opponent shares with x (of those that
	// count for the kind), flag a kind's mark (a day's tie, a weekday's
	// dateless article, a moment inferred), value a kind's number (x's
	// weekday, the minute timed).
	most  int
	flag  bool
	value float64
	// written marks an opponent whose weekday is written beside x's
	// minute (nameOpponents: a held weekday needs one).
	written bool
	// dc is what calendarOpponents reads beyond the days compared.
	dc dayContext
	// near are the claims of the articles sharing one point with x's
	// sentence and no more, each of its article (nameOpponents).
	near []*claim
	// The earlier years' two readings and spares (opposingYears), and the
	// points kept for the story (pts, x numbered xi; nil: none).
	strict, loose yearReading
	weak          bool
	spares        [4]yearSpare
	nspare        int
	pts           *pairPoints
	xi            int
}

// yearSpare is an article whose only opponent of x's sentence names
// another occurrence, with that claim and its points (opposingYears).
type yearSpare struct {
	ya int
	y  *claim
	n  int
}

// walkOpponents walks arts, the articles of x's story but xa, x's own,
// for opponents of x by t's test: it weighs each of their claims against
// x, hands t each article's best (articleBest) and ends with t's test of
// x's own article. It returns the opposing articles, sorted, each with
// its claim, and whether x stands against them.
func walkOpponents(t *opponentTest, x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	t.arts = arts
	for at, ya := range arts {
		if ya == xa {
			continue
		}
		b := articleBest{shared: -1, looseShared: -1, oddShared: -1, support: -1}
		first := t.first(at)
		for k := range claims[ya] {
			y := &claims[ya][k]
			v, n := t.weigh(x, y, first+k)
			switch v {
			case opposes:
				if n > b.shared {
					b.best, b.shared = y, n
				}
				if n > b.looseShared {
					b.loose, b.looseShared = y, n
				}
			case opposesLoosely:
				if n > b.looseShared {
					b.loose, b.looseShared = y, n
				}
			case aside:
				if n > b.oddShared {
					b.odd, b.oddShared = y, n
				}
			case supports:
				b.support = max(b.support, n)
			case stops:
				return nil, nil, false
			}
		}
		if !t.take(x, ya, &b) {
			return nil, nil, false
		}
	}
	if !t.end(x, xa, claims) {
		return nil, nil, false
	}
	slices.Sort(t.order)
	return t.order, t.against, true
}

// add records y, the claim of article ya that stands against x, as
// addAgainst does.
func (t *opponentTest) add(ya int, y *claim) {
	t.order, t.against = addAgainst(t.order, t.against, ya, y)
}

// first numbers the first claim of the story's article at (arts[at])
// among the story's claims, where the points of its pairs are kept.
func (t *opponentTest) first(at int) int {
	if t.xi < 0 || t.pts == nil {
		return 0
	}
	return t.pts.first[at]
}

// weigh is the kind's test of y, numbered yi among the story's claims
// where points are kept, against x.
func (t *opponentTest) weigh(x, y *claim, yi int) (verdict, int) {
	switch t.kind {
	case leadWalk:
		return t.weighLead(x, y)
	case calendarWalk:
		return weighCalendar(x, y)
	case filedWalk:
		return weighFiled(x, y)
	case weekdayWalk:
		return t.weighWeekday(x, y)
	case weeknameWalk:
		return t.weighWeekname(x, y)
	case slipWalk:
		return t.weighSlip(x, y)
	case minuteWalk:
		return weighMinute(x, y)
	case timeWalk:
		return t.weighTime(x, y)
	case momentWalk:
		return t.weighMoment(x, y)
	case spanWalk:
		return t.weighSpan(x, y)
	}
	return t.weighYear(x, y, yi)
}

// take is the kind's test of article ya, whose claims weighed b against
// x: false ends the walk, x unreported.
func (t *opponentTest) take(x *claim, ya int, b *articleBest) bool {
	switch t.kind {
	case leadWalk, momentWalk:
		return t.takeDay(ya, b)
	case calendarWalk:
		return t.takeCalendar(ya, b)
	case filedWalk:
		return t.takeFiled(ya, b)
	case weekdayWalk:
		return t.takeWeekday(ya, b)
	case weeknameWalk:
		return t.takeWeekname(x, ya, b)
	case slipWalk:
		return t.takeSlip(ya, b)
	case minuteWalk:
		return true
	case timeWalk:
		return t.takeTime(ya, b)
	case spanWalk:
		return t.takeSpan(x, ya, b)
	}
	return t.takeYear(x, ya, b)
}

// end is the kind's test of x's own article, xa, once every other is
// taken: whether x stands against the opponents gathered.
func (t *opponentTest) end(x *claim, xa int, claims [][]claim) bool {
	switch t.kind {
	case leadWalk:
		return t.endLead(claims[xa])
	case calendarWalk:
		return t.endCalendar(x, xa, claims)
	case filedWalk:
		return len(t.order) > 0
	case timeWalk:
		return true
	case weekdayWalk:
		return len(t.order) >= 2 && t.endDay(x, claims[xa])
	case weeknameWalk:
		return t.endWeekname(x, claims[xa])
	case slipWalk:
		return t.endSlip(x, claims[xa])
	case minuteWalk:
		return true
	case momentWalk:
		return t.endMoment(x, claims[xa])
	case spanWalk:
		return t.endSpan(x, claims[xa])
	}
	return t.endYear(x, xa, claims)
}
