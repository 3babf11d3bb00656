package rules

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// arithmeticRule checks figures of one sentence that the grammar ties by
// arithmetic, as an editor would with a calculator:
//
//   - a share restating a part of a whole: "12 of the 40 staff (30%)",
//     "9,000 of them, or about 64%" (the whole of "them" is the count
//     before it in the sentence);
//   - a change stated beside its two ends: "from 80 to 92, a rise of
//     12", "rose 25% from £40m to £50m", "from 98 to 120, 22 more
//     cases", "tripled the fee, from £10 to £30";
//   - parts of the whole a sentence opens with, which may not add up to
//     more than it: "Of the 90 flights, 51 were cancelled and 39
//     delayed";
//   - a part "of them" no larger than the count before it: "employs 18
//     people, and 21 of them" fails;
//   - the remainder of a part of a whole: "It cut 50 of the 80 posts.
//     The remaining 30 staff ...";
//   - the two sides of a vote, which add up to the whole vote: "backed
//     the plan by 64% to 36%", "a split of 51.2 per cent to 48.8 per
//     cent";
//   - the excess of one figure over another of its unit (checkExcess),
//     and a change restated in relative terms after its size, "by 31
//     kg, or about 8%" (checkIncrement).
//
// Nothing else is read: percentages of different things, and changes
// whose ends the sentence does not give, are common in news copy, and a
// false alarm costs as much as a miss. Figures are taken with the
// rounding they were written with, and a qualified share or change
// ("about 64%") with a point or so more.
type arithmeticRule struct {
	info Info
	// changes are the words that name a change ("rise", "fell"):
	// "a rise of 12", "a 25% rise", "rose 25% from ...".
	changes map[string]bool
	// increments are the words after a count that make it the
	// difference of two ends ("22 more cases", "22 new cases").
	increments map[string]bool
	// ups are the words that open a change right before its figure
	// ("up 12", "down 4%").
	ups map[string]bool
	// multipliers are the verbs of a change by a factor ("doubled",
	// "halved") and their factors: "tripled the fee, from £10 to £30".
	multipliers map[string]float64
	// splits are the words that make "P% to Q%" the two sides of a
	// vote ("voted", "backed", "split"): checkSplit.
	splits map[string]bool
	// more are the words that compare a share's figure with another,
	// +1 for more ("more", "higher", "above") and -1 for less: "X, 15%
	// more than the Y" (checkExcess).
	more map[string]float64
	// excess are the nouns of an excess over a figure, beside the
	// change words: "X, against a budget of Y, an overrun of 15%".
	excess map[string]bool
	// margins are the words after a figure that make it the margin
	// between two totals of its sentence: "won with 418.5 points, 9.8
	// ahead of Orlen on 408.7" (checkMargin).
	margins words
	// marginFirst marks the first bytes of the margin words, lowered,
	// where they are ASCII (isMargin).
	marginFirst [2]uint64
}

type arithmeticConfig struct {
	Common
	ChangeWords    []string           `toml:"change_words"`
	IncrementWords []string           `toml:"increment_words"`
	UpWords        []string           `toml:"up_words"`
	Multipliers    map[string]float64 `toml:"multipliers"`
	SplitWords     []string           `toml:"split_words"`
	MoreWords      []string           `toml:"more_words"`
	LessWords      []string           `toml:"less_words"`
	ExcessWords    []string           `toml:"excess_words"`
	MarginWords    []string           `toml:"margin_words"`
}

func newArithmeticRule(t *tomlx.Table, info Info) (Rule, error) {
	var c arithmeticConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	set := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	mult := make(map[string]float64, len(c.Multipliers))
	for w, f := range c.Multipliers {
		if !(f > 0) || f == 1 {
			return nil, t.Errorf("multipliers", "rule %q: the factor of %q must be above 0 and not 1, not %g", info.ID, w, f)
		}
		mult[strings.ToLower(w)] = f
	}
	more := make(map[string]float64, len(c.MoreWords)+len(c.LessWords))
	for _, w := range c.MoreWords {
		more[strings.ToLower(w)] = 1
	}
	for _, w := range c.LessWords {
		if more[strings.ToLower(w)] != 0 {
			return nil, t.Errorf("less_words", "rule %q: %q is in more_words and less_words", info.ID, w)
		}
		more[strings.ToLower(w)] = -1
	}
	r := &arithmeticRule{info: info, changes: set(c.ChangeWords), increments: set(c.IncrementWords), ups: set(c.UpWords), multipliers: mult, splits: set(c.SplitWords),
		more: more, excess: set(c.ExcessWords), margins: set(c.MarginWords)}
	r.marginFirst = asciiFirsts(r.margins)
	return r, nil
}

func (r *arithmeticRule) Info() *Info { return &r.info }

// Check reads each percentage for a share it restates, and each "from"
// for a change between two figures.
func (r *arithmeticRule) Check(a *Article, rep *Reporter) any {
	qs := a.Quantities()
	if len(qs) == 0 {
		return nil
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	for i := range qs {
		q := &qs[i]
		if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) || q.Kind != quantity.Cardinal {
			continue
		}
		sent := a.Seg.Sentences[q.Sentence]
		if q.Unit != nil && q.Unit.Dimension == durationKey {
			r.checkClockSpan(a, rep, qs, i) // arithmetic_clockspan.go
		}
		r.checkMargin(a, rep, qs, i, sent) // arithmetic_margin.go
		if isRatio(q) && !q.Range {
			r.checkShare(a, rep, qs, i, sent)
			r.checkExcess(a, rep, qs, i, sent)
			r.checkIncrement(a, rep, qs, i)
			if len(r.splits) > 0 && wordAt(text, toks, q.Tokens[1], "to") {
				r.checkSplit(a, rep, qs, i, sent)
			}
		}
		// "Of the 40 staff, 30 ... and 12 ...": the sentence opens with
		// the whole.
		if d := q.Tokens[0] - 1; d-1 == sent.First && wordAt(text, toks, d-1, "of") && (wordAt(text, toks, d, "the") || wordAt(text, toks, d, "its") || wordAt(text, toks, d, "their")) {
			r.checkParts(a, rep, qs, i, sent)
		}
		// "employs 18 people, and 21 of them": a part of no more
		// than its whole.
		if q.Unit == nil && !q.Range && wordAt(text, toks, q.Tokens[1], "of") && (wordAt(text, toks, q.Tokens[1]+1, "them") || wordAt(text, toks, q.Tokens[1]+1, "whom")) {
			r.checkPartOfThem(a, rep, qs, i)
		}
		// "The remaining 85 staff": what a part of a whole leaves.
		if q.Tokens[0]-2 == sent.First && wordAt(text, toks, sent.First, "the") && wordAt(text, toks, sent.First+1, "remaining") {
			r.checkRemaining(a, rep, qs, i)
		}
		switch {
		case q.Range && wordAt(text, toks, q.Tokens[0], "from"):
			// "from 98 to 137", read as one range.
			r.checkChange(a, rep, qs, i, q.Tokens[0], sent)
		case !q.Range && q.Tokens[0]-1 >= sent.First && wordAt(text, toks, q.Tokens[0]-1, "from"):
			r.checkChange(a, rep, qs, i, q.Tokens[0]-1, sent)
		}
	}
	return nil
}

// checkPartOfThem reads count qs[i] followed by "of them" or "of
// whom" as a part of the count before it in its sentence ("The firm
// employs 18 people, and 21 of them ...", "rescued 40 people, 12 of
// whom"), which it may not exceed. The whole is the nearest figure
// before it in the sentence; a whole with a unit (a sum, a time, a
// measure), a percentage or a year is no count of them, and is left
// alone, as is a part or whole of open bounds.
func (r *arithmeticRule) checkPartOfThem(a *Article, rep *Reporter, qs []quantity.Quantity, i int) {
	n := &qs[i]
	if i == 0 {
		return
	}
	m := &qs[i-1]
	if m.Sentence != n.Sentence || m.Kind != quantity.Cardinal || m.Unit != nil || m.Range || m.List > 0 {
		return
	}
	// A whole a preposition opens is another noun's complement, which
	// "them" need not be: "Children at three nurseries, 95 of them".
	if j := m.Tokens[0] - 1; j >= 0 && a.Seg.Tokens[j].Kind == segment.Word && partPreps[strings.ToLower(a.Seg.Tokens[j].Text(a.Doc.Text))] {
		return
	}
	nlo, _, ok1 := countBounds(n)
	_, mhi, ok2 := countBounds(m)
	if !ok1 || !ok2 || nlo <= mhi {
		return
	}
	them := a.Seg.Tokens[n.Tokens[1]+1].Text(a.Doc.Text) // "them" or "whom"
	msg := fmt.Sprintf("%s of %s is more than the %s they are of", spanText(a, n.Number), them, spanText(a, m.Number))
	rep.Report(r, document.Span{Start: n.Span.Start, End: n.Span.End}, msg,
		[]diag.Related{{Location: rep.At(m.Span), Message: "the whole"}}, nil)
}

// partPreps are the prepositions that open a complement before "N of
// them" (checkPartOfThem): grammar, not a story's vocabulary.
var partPreps = map[string]bool{
	"at": true, "in": true, "on": true, "from": true, "of": true, "for": true, "with": true, "by": true,
	"to": true, "into": true, "across": true, "near": true, "between": true, "among": true, "over": true, "under": true,
}

// isRatio reports whether q is a percentage.
func isRatio(q *quantity.Quantity) bool {
	return q.Unit != nil && q.Unit.Dimension == "ratio"
}

// isPoints reports whether q is a change of a percentage in points.
func isPoints(q *quantity.Quantity) bool {
	return q.Unit != nil && q.Unit.Dimension == "percentage-points"
}

// quantityIndexAt returns the index of the quantity of qs whose first token
// is tok, or -1.
func quantityIndexAt(qs []quantity.Quantity, tok int) int {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Tokens[0] >= tok })
	if i < len(qs) && qs[i].Tokens[0] == tok {
		return i
	}
	return -1
}

// quantityEnding returns the index of the quantity of qs whose tokens
// end before tok (Tokens[1] == tok), or -1.
func quantityEnding(qs []quantity.Quantity, tok int) int {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Tokens[1] >= tok })
	if i < len(qs) && qs[i].Tokens[1] == tok {
		return i
	}
	return -1
}

// wordAt reports whether token j is the word w, whatever its case.
func wordAt(text string, toks []segment.Token, j int, w string) bool {
	return j >= 0 && j < len(toks) && toks[j].Kind == segment.Word && foldedIn(toks[j].Text(text), w)
}

// punctAt reports whether token j is the punctuation byte b.
func punctAt(text string, toks []segment.Token, j int, b byte) bool {
	return j >= 0 && j < len(toks) && toks[j].Kind == segment.Punct && text[toks[j].Start] == b
}

// countBounds returns the values a count or amount allows as written:
// half its last digit, or, for a figure of four digits or more that ends
// in two zeros or more, half the step of its last non-zero digit
// ("74,000" is a rounded figure; "40", "£40m" and "1,250" exact ones); a
// qualified figure allows its qualifier's tolerance. ok is false for a
// range, an open bound or a figure of no size.
func countBounds(q *quantity.Quantity) (lo, hi float64, ok bool) {
	if q.Range || q.Value <= 0 {
		return 0, 0, false
	}
	p := precisionOf(q)
	if p == quantity.Strict && q.Unit == nil && q.Qualifier == nil && q.Step >= 1 {
		return q.Value, q.Value, true // a count written to its unit is exact
	}
	iv := q.Interval(p)
	if math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
		return 0, 0, false
	}
	return max(iv.Lo, 0), iv.Hi, true
}

// precisionOf is the precision a count or amount was written with:
// Rounded for a figure of four digits or more that ends in two zeros or
// more ("74,000", "1,200"), Strict otherwise ("40", "£40m", "1,250").
func precisionOf(q *quantity.Quantity) quantity.Precision {
	if q.Value >= 1000*q.Step && q.Round >= 100*q.Step {
		return quantity.Rounded
	}
	return quantity.Strict
}

// withThousands formats a whole number with commas between its
// thousands: 31500 as "31,500".
func withThousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// statedBounds returns the values a stated share or change allows: the
// figure as written give or take half a step of its last digit, or a
// whole step where truncated (a share or a relative change: copy that
// truncates 62.7% to 62% is not wrong), and a qualified one ("about",
// "nearly") a point and a fiftieth more; "more than 60%" allows any
// value above. ok is false for a range.
func statedBounds(q *quantity.Quantity, truncated bool) (lo, hi float64, ok bool) {
	if q.Range {
		return 0, 0, false
	}
	v, slack := q.Value, q.Step/2
	if truncated {
		slack = q.Step
	}
	if q.Qualifier == nil {
		return v - slack, v + slack, true
	}
	switch q.Qualifier.Bound {
	case quantity.AtLeast, quantity.MoreThan:
		return v - slack, math.Inf(1), true
	case quantity.AtMost, quantity.LessThan:
		return math.Inf(-1), v + slack, true
	}
	slack = max(slack, 1+0.02*math.Abs(v))
	return v - slack, v + slack, true
}

// checkShare reads percentage qs[i] as the share of a part of a whole
// that it restates: ", or P%" or "(P%)" right after "N of [the] M
// [noun]", "N out of M [noun]" or "N of them" (whose whole is the count
// before N in the sentence). A percentage followed by "of" names a whole
// of its own and is left alone, but for "of them", the whole again ("18
// of the 45 barns, or 40 per cent of them").
func (r *arithmeticRule) checkShare(a *Article, rep *Reporter, qs []quantity.Quantity, i int, sent segment.Sentence) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	p := &qs[i]
	if p.Tokens[1] < sent.Last && wordAt(text, toks, p.Tokens[1], "of") && !wordAt(text, toks, p.Tokens[1]+1, "them") {
		return
	}
	j := p.Tokens[0] - 1
	switch {
	case wordAt(text, toks, j, "or") && punctAt(text, toks, j-1, ','):
		j -= 2
	case punctAt(text, toks, j, '(') && punctAt(text, toks, p.Tokens[1], ')'):
		j--
	default:
		return
	}
	var part, whole int
	switch {
	case j-1 > sent.First && wordAt(text, toks, j, "them") && wordAt(text, toks, j-1, "of"):
		// "9,000 of them, or 64%": the whole is the nearest figure
		// before the part that is not itself a percentage.
		if part = quantityEnding(qs, j-1); part < 0 {
			return
		}
		whole = -1
		for k := part - 1; k >= 0 && qs[k].Sentence == p.Sentence; k-- {
			if isRatio(&qs[k]) {
				continue
			}
			whole = k
			break
		}
		if whole < 0 {
			return
		}
	default:
		// The whole's noun phrase: lower-case words, back to the whole.
		for n := 0; j >= sent.First && n < maxShareNoun && toks[j].Kind == segment.Word && isLowerWord(toks[j].Text(text)) && quantityEnding(qs, j+1) < 0; n++ {
			j--
		}
		if whole = quantityEnding(qs, j+1); whole < 0 || qs[whole].Sentence != p.Sentence {
			return
		}
		// Back over the whole's determiners to "of" or "out of".
		k := qs[whole].Tokens[0] - 1
		for n := 0; k > sent.First && n < maxShareDeterminers && !wordAt(text, toks, k, "of") &&
			(toks[k].Kind == segment.Possessive || toks[k].Kind == segment.Word); n++ {
			k--
		}
		if !wordAt(text, toks, k, "of") {
			return
		}
		if wordAt(text, toks, k-1, "out") {
			k--
		}
		if part = quantityEnding(qs, k); part < 0 {
			return
		}
	}
	n, m := &qs[part], &qs[whole]
	if n.Kind != quantity.Cardinal || m.Kind != quantity.Cardinal || isRatio(n) || isRatio(m) || unitName(n.Unit) != unitName(m.Unit) {
		return
	}
	nlo, nhi, ok1 := countBounds(n)
	mlo, mhi, ok2 := countBounds(m)
	plo, phi, ok3 := statedBounds(p, true)
	if !ok1 || !ok2 || !ok3 || mlo <= 0 || n.Value >= m.Value {
		return
	}
	lo, hi := 100*nlo/mhi, 100*nhi/mlo
	if hi >= plo && lo <= phi {
		return
	}
	right := formatNumber(100*n.Value/m.Value, decimalsOf(p.Step))
	msg := fmt.Sprintf("%s of %s is %s%%, not %s", spanText(a, n.Number), spanText(a, m.Number), right, spanText(a, p.Span))
	rep.Report(r, document.Span{Start: p.Span.Start, End: p.Span.End}, msg,
		[]diag.Related{{Location: rep.At(n.Span), Message: "the part"}, {Location: rep.At(m.Span), Message: "the whole"}}, nil)
}

// checkSplit reads percentage qs[i] followed by "to" and a second
// percentage as the two sides of a vote, which add up to the whole
// vote: "members backed the deal by 64% to 36%", "voters rejected it by
// 58 per cent to 42 per cent", "a split of 51.2% to 48.8%". Only where
// a word of the pack's split_words stands in the clause before the
// first share, with nothing but words, figures and "by" or "of"
// between, and no word of change ("rose by 5% to 40%" is a change and
// its end) nor "from". A third share after the second ("40% to 35% to
// 25%"), or a share "of" a whole after it, is some other split, left
// alone. The sum is taken with each share's last digit truncated or
// rounded either way: "67% to 32%" passes.
func (r *arithmeticRule) checkSplit(a *Article, rep *Reporter, qs []quantity.Quantity, i int, sent segment.Sentence) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	x := &qs[i]
	k := quantityIndexAt(qs, x.Tokens[1]+1)
	if k < 0 || qs[k].Sentence != x.Sentence {
		return
	}
	y := &qs[k]
	if !isRatio(y) || y.Range || x.Qualifier != nil || y.Qualifier != nil || y.Kind != quantity.Cardinal {
		return
	}
	if e := y.Tokens[1]; e < sent.Last && (wordAt(text, toks, e, "to") || wordAt(text, toks, e, "of")) {
		return
	}
	if i > 0 && qs[i-1].Sentence == x.Sentence && isRatio(&qs[i-1]) && wordAt(text, toks, qs[i-1].Tokens[1], "to") && qs[i-1].Tokens[1]+1 == x.Tokens[0] {
		return // the second and third of three shares
	}
	split := false
	for j, n := x.Tokens[0]-1, 0; j >= sent.First && n < maxSplitWords && !split; n++ {
		if e := quantityEnding(qs, j+1); e >= 0 && qs[e].Sentence == x.Sentence {
			if isRatio(&qs[e]) {
				return // a share before it: some other split
			}
			j = qs[e].Tokens[0] - 1 // a figure of the clause: "rejected a £3 levy by 64%"
			continue
		}
		t := &toks[j]
		j--
		if t.Kind == segment.Possessive {
			continue
		}
		if t.Kind != segment.Word {
			return
		}
		w := strings.ToLower(t.Text(text))
		if w == "from" || r.changes[w] || r.ups[w] {
			return
		}
		split = r.splits[w]
	}
	if !split {
		return
	}
	xlo, xhi, ok1 := statedBounds(x, true)
	ylo, yhi, ok2 := statedBounds(y, true)
	if !ok1 || !ok2 || xlo+ylo <= 100 && 100 <= xhi+yhi {
		return
	}
	// A third share of the sentence that makes up the rest is a third
	// side: "backed it by 45% to 40%, with 15% undecided".
	for z := range qs {
		if z == i || z == k || qs[z].Sentence != x.Sentence || !isRatio(&qs[z]) {
			continue
		}
		if zlo, zhi, ok := statedBounds(&qs[z], true); ok && xlo+ylo+zlo <= 100 && 100 <= xhi+yhi+zhi {
			return
		}
	}
	sum := formatNumber(x.Value+y.Value, max(decimalsOf(x.Step), decimalsOf(y.Step)))
	msg := fmt.Sprintf("the two sides of the vote, %s and %s, add up to %s%%, not 100%%", spanText(a, x.Span), spanText(a, y.Span), sum)
	rep.Report(r, document.Span{Start: x.Span.Start, End: y.Span.End}, msg,
		[]diag.Related{{Location: rep.At(x.Span), Message: "one side"}, {Location: rep.At(y.Span), Message: "the other"}}, nil)
}

// maxSplitWords bounds the tokens read back from a vote's first share
// for its word of split ("rejected a £3 levy by 64%").
const maxSplitWords = 8

// maxShareNoun bounds the words of the whole's noun ("of the 40 staff
// on the ward, or 30%"); maxShareDeterminers the words between "of" and
// the whole ("of the firm's 40").
const (
	maxShareNoun        = 4
	maxShareDeterminers = 3
)

// checkChange reads "from X to Y", X being qs[i], with the change
// between them stated in the same clause: just before "from" after a
// word of change or "by" ("rose 25% from", "up by 12 from"), or just
// after Y ("to 92, a rise of 12", "to 92, a 15% rise", "to 92, up 12",
// "to 120, 22 more cases"). A percentage change of two amounts is read
// as relative; a change of two percentages as points or relative,
// whichever fits.
func (r *arithmeticRule) checkChange(a *Article, rep *Reporter, qs []quantity.Quantity, i, from int, sent segment.Sentence) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	x := &qs[i]
	var y *quantity.Quantity
	if x.Range {
		lo, hi := *x, *x
		lo.Range, hi.Range = false, false
		lo.High, hi.Value = x.Value, x.High
		if !rangeWrittenWithTo(text, toks, x) {
			return
		}
		x, y = &lo, &hi
	} else {
		if !wordAt(text, toks, x.Tokens[1], "to") {
			return
		}
		k := quantityIndexAt(qs, x.Tokens[1]+1)
		if k < 0 || qs[k].Sentence != x.Sentence {
			return
		}
		y = &qs[k]
	}
	if x.Kind == quantity.Cardinal && y.Kind == quantity.Cardinal && unitName(x.Unit) == unitName(y.Unit) {
		r.checkFactor(a, rep, x, y, from, sent)
	}
	d := r.changeBefore(a, qs, from, x.Sentence, sent)
	if d == nil {
		d = r.changeAfter(a, qs, y, sent)
	}
	if d == nil || d.Kind != quantity.Cardinal || x.Kind != quantity.Cardinal || y.Kind != quantity.Cardinal {
		return
	}
	if unitName(x.Unit) != unitName(y.Unit) || isPoints(x) {
		return
	}
	xlo, xhi, ok1 := countBounds(x)
	ylo, yhi, ok2 := countBounds(y)
	dlo, dhi, ok3 := statedBounds(d, isRatio(d))
	if !ok1 || !ok2 || !ok3 || x.Value == y.Value {
		return
	}
	// The difference, and the relative change in per cent, each as the
	// interval the written figures allow, in absolute value.
	diffLo, diffHi := absInterval(ylo-xhi, yhi-xlo)
	relLo, relHi := absInterval(100*(ylo-xhi)/xhi, 100*(yhi-xlo)/xlo)
	fits := func(lo, hi float64) bool { return hi >= dlo && lo <= dhi }
	var right string
	switch {
	case isRatio(d) && isRatio(x):
		if fits(diffLo, diffHi) || fits(relLo, relHi) {
			return
		}
		right = formatNumber(100*math.Abs(y.Value-x.Value)/x.Value, max(decimalsOf(d.Step), 0)) + "%"
	case isRatio(d):
		if fits(relLo, relHi) {
			return
		}
		right = formatNumber(100*math.Abs(y.Value-x.Value)/x.Value, max(decimalsOf(d.Step), 0)) + "%"
	case isPoints(d) && isRatio(x):
		if fits(diffLo, diffHi) {
			return
		}
		right = formatNumber(math.Abs(y.Value-x.Value), max(decimalsOf(x.Step), decimalsOf(y.Step))) + " points"
	case unitName(d.Unit) == unitName(x.Unit):
		if fits(diffLo, diffHi) {
			return
		}
		right = formatNumber(math.Abs(y.Value-x.Value), max(decimalsOf(x.Step), decimalsOf(y.Step)))
	default:
		return
	}
	ends := "from " + spanText(a, x.Span) + " to " + spanText(a, y.Span)
	if x.Span == y.Span {
		ends = spanText(a, x.Span) // a range, "from" included
	}
	msg := fmt.Sprintf("%s is a change of %s, not %s", ends, right, spanText(a, d.Span))
	rep.Report(r, document.Span{Start: d.Span.Start, End: d.Span.End}, msg,
		[]diag.Related{{Location: rep.At(x.Span), Message: "from"}, {Location: rep.At(y.Span), Message: "to"}}, nil)
}

// rangeWrittenWithTo reports whether range q is written "X to Y", the
// two ends of a change after "from", not "X-Y" or "between X and Y".
func rangeWrittenWithTo(text string, toks []segment.Token, q *quantity.Quantity) bool {
	for j := q.Tokens[0] + 1; j < q.Tokens[1]-1; j++ {
		if wordAt(text, toks, j, "to") {
			return true
		}
	}
	return false
}

// absInterval returns the absolute values of the interval [lo, hi].
func absInterval(lo, hi float64) (float64, float64) {
	switch {
	case lo >= 0:
		return lo, hi
	case hi <= 0:
		return -hi, -lo
	}
	return 0, max(-lo, hi)
}

// changeBefore returns the change stated just before "from", token
// from of sentence si: a figure after a word of change, "by" or "up" ("rose 25% from",
// "fell by 12 from", "up 4% from"), or nil.
func (r *arithmeticRule) changeBefore(a *Article, qs []quantity.Quantity, from, si int, sent segment.Sentence) *quantity.Quantity {
	text, toks := a.Doc.Text, a.Seg.Tokens
	k := quantityEnding(qs, from)
	if k < 0 || qs[k].Sentence != si {
		return nil
	}
	d := &qs[k]
	j := d.Tokens[0] - 1
	if j < sent.First || toks[j].Kind != segment.Word {
		return nil
	}
	w := strings.ToLower(toks[j].Text(text))
	if w == "by" || r.ups[w] || r.changes[w] {
		return d
	}
	return nil
}

// changeAfter returns the change stated just after y, the end of a
// change, after a comma: "a rise of 12", "a 15% rise", "up 12", "22 more
// cases"; or nil.
func (r *arithmeticRule) changeAfter(a *Article, qs []quantity.Quantity, y *quantity.Quantity, sent segment.Sentence) *quantity.Quantity {
	text, toks := a.Doc.Text, a.Seg.Tokens
	j := y.Tokens[1]
	if !punctAt(text, toks, j, ',') {
		return nil
	}
	j++
	if wordAt(text, toks, j, "a") || wordAt(text, toks, j, "an") {
		j++
		if j >= sent.Last {
			return nil
		}
		// "a 15% rise"
		if k := quantityIndexAt(qs, j); k >= 0 {
			d := &qs[k]
			if d.Tokens[1] < sent.Last && toks[d.Tokens[1]].Kind == segment.Word && r.changes[strings.ToLower(toks[d.Tokens[1]].Text(text))] {
				return d
			}
			return nil
		}
		// "a rise of 12"
		if toks[j].Kind == segment.Word && r.changes[strings.ToLower(toks[j].Text(text))] && wordAt(text, toks, j+1, "of") {
			if k := quantityIndexAt(qs, j+2); k >= 0 {
				return &qs[k]
			}
		}
		return nil
	}
	if j >= sent.Last || toks[j].Kind != segment.Word && toks[j].Kind != segment.Number {
		return nil
	}
	// "up 12"
	if toks[j].Kind == segment.Word && r.ups[strings.ToLower(toks[j].Text(text))] {
		if k := quantityIndexAt(qs, j+1); k >= 0 {
			return &qs[k]
		}
		return nil
	}
	// "22 more cases": a bare count with an increment word after it.
	if k := quantityIndexAt(qs, j); k >= 0 {
		d := &qs[k]
		// "12 more than forecast" compares the end with something else.
		if d.Unit == nil && d.Tokens[1] < sent.Last && toks[d.Tokens[1]].Kind == segment.Word && r.increments[strings.ToLower(toks[d.Tokens[1]].Text(text))] &&
			!wordAt(text, toks, d.Tokens[1]+1, "than") {
			return d
		}
	}
	return nil
}

// checkParts reads a sentence that opens with the whole its parts are
// of, "Of the W [noun], A ... and B ..." (or "A ..., B ... and C ..."),
// W being qs[i], and reports parts that add up to more than the whole.
// Parts that add up to less are no error: the copy may leave some out
// ("Of the 40 hurt, 30 went to hospital and 8 home") or give a part of a
// part ("... and one was critical"), so only the impossible sum is
// told. The parts are the bare counts that open the clauses after the
// comma, the last after "and"; a part with "of them" or "of whom" after
// it, or a figure of another kind between, leaves the sentence alone.
func (r *arithmeticRule) checkParts(a *Article, rep *Reporter, qs []quantity.Quantity, i int, sent segment.Sentence) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	w := &qs[i]
	wlo, whi, ok := countBounds(w)
	if !ok || w.Unit != nil || w.Qualifier != nil {
		return
	}
	// The whole's noun phrase runs to the comma.
	j := w.Tokens[1]
	for n := 0; j < sent.Last && n < maxPartsNoun && toks[j].Kind == segment.Word; n++ {
		j++
	}
	if !punctAt(text, toks, j, ',') {
		return
	}
	var parts []*quantity.Quantity
	k := quantityIndexAt(qs, j+1)
	if k < 0 {
		return
	}
	last := false
	for ; k < len(qs) && qs[k].Sentence == w.Sentence; k++ {
		p := &qs[k]
		if p.Kind != quantity.Cardinal || p.Unit != nil || p.Range {
			return
		}
		if wordAt(text, toks, p.Tokens[1], "of") {
			return // "five of them", "nine of whom"
		}
		parts = append(parts, p)
		if last {
			break
		}
		// The next part opens the next clause: after "and", or after a
		// comma (", and").
		next := k + 1
		if next >= len(qs) || qs[next].Sentence != w.Sentence {
			return
		}
		s := qs[next].Tokens[0] - 1
		switch {
		case wordAt(text, toks, s, "and"):
			last = true
		case punctAt(text, toks, s, ','):
		default:
			return
		}
	}
	if !last || len(parts) < 2 {
		return
	}
	var lo, sum float64
	for _, p := range parts {
		plo, _, ok := countBounds(p)
		if !ok {
			return
		}
		lo += plo
		sum += p.Value
	}
	if lo <= whi || sum <= w.Value || wlo <= 0 {
		return
	}
	var b strings.Builder
	for n, p := range parts {
		switch {
		case n == len(parts)-1:
			b.WriteString(" and ")
		case n > 0:
			b.WriteString(", ")
		}
		b.WriteString(spanText(a, p.Span))
	}
	msg := fmt.Sprintf("%s add up to %s, more than the %s they are of", b.String(), withThousands(int(sum)), spanText(a, w.Span))
	first, end := parts[0], parts[len(parts)-1]
	rep.Report(r, document.Span{Start: first.Span.Start, End: end.Span.End}, msg,
		[]diag.Related{{Location: rep.At(w.Span), Message: "the whole"}}, nil)
}

// maxPartsNoun bounds the words of the whole's noun phrase ("Of the 40
// people taken to hospital,").
const maxPartsNoun = 6

// checkRemaining reads "The remaining R" opening a sentence, R being
// qs[i], after a sentence that gives one part of a whole, "N of the M":
// the remainder is M less N ("moving 410 of the 530 clerks. The
// remaining 120 staff ..."). A sentence before with no such part, or
// with two, leaves R alone: what remains is then not told.
func (r *arithmeticRule) checkRemaining(a *Article, rep *Reporter, qs []quantity.Quantity, i int) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	rest := &qs[i]
	if rest.Unit != nil || rest.Qualifier != nil || rest.Range || rest.Sentence == 0 {
		return
	}
	prev := rest.Sentence - 1
	var n, m *quantity.Quantity
	for k := i - 1; k >= 0 && qs[k].Sentence >= prev; k-- {
		if qs[k].Sentence != prev {
			continue
		}
		part, whole := partOfWholeAt(text, toks, qs, k)
		if whole < 0 {
			continue
		}
		if n != nil {
			return // two parts: which one remains is not told
		}
		n, m = &qs[part], &qs[whole]
	}
	if n == nil || n.Unit != nil || m.Unit != nil || n.Value >= m.Value {
		return
	}
	nlo, nhi, ok1 := countBounds(n)
	mlo, mhi, ok2 := countBounds(m)
	if !ok1 || !ok2 || rest.Value >= mlo-nhi && rest.Value <= mhi-nlo {
		return
	}
	msg := fmt.Sprintf("%s of %s leaves %s, not %s", spanText(a, n.Span), spanText(a, m.Span), withThousands(int(m.Value-n.Value)), spanText(a, rest.Span))
	rep.Report(r, document.Span{Start: rest.Span.Start, End: rest.Span.End}, msg,
		[]diag.Related{{Location: rep.At(n.Span), Message: "the part"}, {Location: rep.At(m.Span), Message: "the whole"}}, nil)
}

// partOfWholeAt returns, for qs[k], the part and whole of "N of [the]
// M" where qs[k] is M, both bare counts of one sentence; whole is -1
// where there is none.
func partOfWholeAt(text string, toks []segment.Token, qs []quantity.Quantity, k int) (part, whole int) {
	m := &qs[k]
	if m.Unit != nil || m.Kind != quantity.Cardinal || m.Range {
		return -1, -1
	}
	j := m.Tokens[0] - 1
	for n := 0; j > 0 && n < maxShareDeterminers && !wordAt(text, toks, j, "of") && (toks[j].Kind == segment.Possessive || toks[j].Kind == segment.Word); n++ {
		j--
	}
	if !wordAt(text, toks, j, "of") {
		return -1, -1
	}
	p := quantityEnding(qs, j)
	if p < 0 || qs[p].Sentence != m.Sentence || qs[p].Unit != nil || qs[p].Kind != quantity.Cardinal || qs[p].Range {
		return -1, -1
	}
	return p, k
}

// checkFactor reads a verb of multipliers in the clause of "from X to
// Y", token from: just before "from", or before the verb's object and a
// comma or none ("tripled the fee, from £10 to £30", "doubled its staff
// from 40 to 80"), and reports Y that is not
// X times its factor, give or take a tenth (news copy says "doubled" of
// 40 to 84). A verb after "more than", "nearly" or another word of
// degree is left alone.
func (r *arithmeticRule) checkFactor(a *Article, rep *Reporter, x, y *quantity.Quantity, from int, sent segment.Sentence) {
	if len(r.multipliers) == 0 {
		return
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	j := from - 1
	if punctAt(text, toks, j, ',') {
		j--
	}
	f := 0.0
	verb := -1
	for n := 0; j >= sent.First && n <= maxFactorObject && toks[j].Kind == segment.Word; n++ {
		if v, ok := r.multipliers[strings.ToLower(toks[j].Text(text))]; ok {
			f, verb = v, j
			break
		}
		j--
	}
	if verb < 0 {
		return
	}
	if verb > sent.First && toks[verb-1].Kind == segment.Word {
		switch strings.ToLower(toks[verb-1].Text(text)) {
		case "than", "nearly", "almost", "roughly", "about", "around", "over", "some", "just", "only", "not":
			return
		}
	}
	xlo, xhi, ok1 := countBounds(x)
	ylo, yhi, ok2 := countBounds(y)
	if !ok1 || !ok2 || xlo <= 0 {
		return
	}
	lo, hi := ylo/xhi, yhi/xlo
	if f >= lo*(1-factorSlack) && f <= hi*(1+factorSlack) {
		return
	}
	ends := "from " + spanText(a, x.Span) + " to " + spanText(a, y.Span)
	if x.Span == y.Span {
		ends = spanText(a, x.Span) // a range, "from" included
	}
	msg := fmt.Sprintf("%s is %s times, not %s", ends, formatNumber(y.Value/x.Value, 1), toks[verb].Text(text))
	rep.Report(r, document.Span{Start: toks[verb].Start, End: toks[verb].End}, msg,
		[]diag.Related{{Location: rep.At(x.Span), Message: "from"}}, nil)
}

// maxFactorObject bounds the words between a verb of multipliers and
// the comma before "from" ("tripled the levy on bottled water, from").
const maxFactorObject = 6

// factorSlack is how far the ratio of a change's two ends may be from
// its verb's factor, as a part of it.
const factorSlack = 0.1
