package rules

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// conversionRule checks a figure restated in other units in the same
// article: "80 km/h (50mph)" passes, "80 km/h (60 mph)" is reported with
// the right conversion. A converted figure may be rounded to its last
// non-zero digit ("160 km (100 miles)").
//
// Currencies have no fixed rate, so a sum restated in another currency
// ("£4m (about $5.1m)") is checked against the rule's `rates`: the range
// a pair's rate kept in a year, read in the year of the article's date.
// A sum outside that range (widened by `rate_margin`) is reported. An
// article whose year is not known (its date only in a byline, say) is
// checked against the union of the pair's ranges over all the table's
// years: wider, so it misses near-slips, but a sum restated at no rate
// the pair has kept in those years is still a slip. A dated year or a
// pair the table lacks is not checked.
//
// A pair without rows of its own whose currencies both have rows against
// a third in a year (AUD and GBP against USD) is checked at the cross of
// those ranges: the lowest rate of the pair is at most the product of
// the lows, the highest at least that of the highs, so the cross of two
// ranges is a range as wide as both and sound. A pair with rows of its
// own is checked at them alone.
//
// A year after the table's last, up to `rate_ahead` years, is checked
// against the union of the pair's last two years, widened by
// `rate_drift` for each year past the last: copy is always newer than
// the table, and a rate seldom leaves last year's range by more than a
// tenth in a year. Further years are not checked.
type conversionRule struct {
	info Info
	// rates maps "GBP>USD" to its range per year, both ways.
	rates map[string]map[int]rateBand
	// span maps "GBP>USD" to the union of its yearly ranges, for the
	// article whose year is unknown, and years to the first and last
	// year given for the pair.
	span   map[string]rateSpan
	margin float64
	// drift widens the range of a year past the table's last, per year,
	// up to ahead years.
	drift float64
	ahead int
	// via maps a pair without rows of its own ("AUD>GBP") to the
	// currency its rates are crossed through ("USD"), for messages.
	via map[string]string
	// variants maps a unit's name to the factors of the other units
	// written with its name: the imperial gallon beside the US one.
	variants map[string][]float64
	// only holds the spellings, lower-cased, that name the table's
	// measure alone ("us gallons"): no variant is tried for them.
	only map[string]bool
}

// rateBand is the range of an exchange rate over a year: units of the
// second currency for one of the first.
type rateBand struct{ Low, High float64 }

// rateSpan is the union of a pair's yearly ranges.
type rateSpan struct {
	band        rateBand
	first, last int
}

type rateConfig struct {
	From string  `toml:"from"`
	To   string  `toml:"to"`
	Year int     `toml:"year"`
	Low  float64 `toml:"low"`
	High float64 `toml:"high"`
}

type conversionConfig struct {
	Common
	// Rates are the ranges of exchange rates, one per pair and year.
	Rates []rateConfig `toml:"rates"`
	// RateMargin widens every range (relative): rates quoted in copy may
	// be a day old or the outlet's own.
	RateMargin float64 `toml:"rate_margin"`
	// RateAhead is how many years after the table's last are checked,
	// and RateDrift how much (relative) the union of the pair's last two
	// years is widened for each of them.
	RateAhead int     `toml:"rate_ahead"`
	RateDrift float64 `toml:"rate_drift"`
	// Variants are the other measures a unit's words also name: a
	// British outlet's "gallons" are imperial, 4.546 litres, not the US
	// table's 3.785. A conversion into or from the unit is right if it
	// holds for any of them. They are added to the unit table's own
	// (the unit's variants in the pack's quantities), where the default
	// pack gives them.
	Variants []variantConfig `toml:"variants"`
	// VariantsExcept are the spellings of a unit that name the table's
	// measure alone ("US gallons").
	VariantsExcept []string `toml:"variants_except"`
}

type variantConfig struct {
	Unit   string  `toml:"unit"`
	Factor float64 `toml:"factor"`
}

func newConversionRule(t *tomlx.Table, info Info) (Rule, error) {
	c := conversionConfig{RateMargin: 0.05, RateAhead: 2, RateDrift: 0.1}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if c.RateMargin < 0 || c.RateMargin > 1 {
		return nil, t.Errorf("rate_margin", "rule %q: rate_margin must be between 0 and 1, not %g", info.ID, c.RateMargin)
	}
	if c.RateDrift < 0 || c.RateDrift > 0.5 {
		return nil, t.Errorf("rate_drift", "rule %q: rate_drift must be between 0 and 0.5, not %g", info.ID, c.RateDrift)
	}
	if c.RateAhead < 0 || c.RateAhead > 5 {
		return nil, t.Errorf("rate_ahead", "rule %q: rate_ahead must be between 0 and 5 years, not %d", info.ID, c.RateAhead)
	}
	r := &conversionRule{info: info, rates: map[string]map[int]rateBand{}, span: map[string]rateSpan{}, margin: c.RateMargin,
		drift: c.RateDrift, ahead: c.RateAhead}
	for i, v := range c.Variants {
		if v.Unit == "" || !(v.Factor > 0) {
			return nil, t.Errorf("variants", "rule %q: variants[%d] needs a unit and a factor above 0", info.ID, i)
		}
		if r.variants == nil {
			r.variants = map[string][]float64{}
		}
		r.variants[v.Unit] = append(r.variants[v.Unit], v.Factor)
	}
	for _, w := range c.VariantsExcept {
		if r.only == nil {
			r.only = map[string]bool{}
		}
		r.only[strings.ToLower(w)] = true
	}
	for i, rc := range c.Rates {
		from, to := strings.ToUpper(rc.From), strings.ToUpper(rc.To)
		if from == "" || to == "" || from == to || !(rc.Low > 0) || !(rc.High >= rc.Low) || rc.Year < 1 {
			return nil, t.Errorf("rates", "rule %q: rates[%d] needs from and to (two currencies), a year and 0 < low <= high", info.ID, i)
		}
		for _, k := range []struct {
			key  string
			band rateBand
		}{{from + ">" + to, rateBand{rc.Low, rc.High}}, {to + ">" + from, rateBand{1 / rc.High, 1 / rc.Low}}} {
			if r.rates[k.key] == nil {
				r.rates[k.key] = map[int]rateBand{}
			}
			if _, dup := r.rates[k.key][rc.Year]; dup {
				return nil, t.Errorf("rates", "rule %q: rates[%d]: %s and %s in %d given twice", info.ID, i, from, to, rc.Year)
			}
			r.rates[k.key][rc.Year] = k.band
		}
	}
	r.crossRates()
	for key, years := range r.rates {
		for y, b := range years {
			sp, seen := r.span[key]
			if !seen {
				sp = rateSpan{band: b, first: y, last: y}
			}
			sp.band.Low, sp.band.High = min(sp.band.Low, b.Low), max(sp.band.High, b.High)
			sp.first, sp.last = min(sp.first, y), max(sp.last, y)
			r.span[key] = sp
		}
	}
	return r, nil
}

// crossRates gives each pair without rows of its own the cross of its
// currencies' rows against a third, year by year: AUD>GBP in 2024 from
// AUD>USD and USD>GBP of 2024. Through two thirds the crosses are
// joined: either would be sound were the table exact, and their union
// stays sound when one of them is not. Only the table's own rows are
// crossed, never a cross.
func (r *conversionRule) crossRates() {
	given := map[string]map[int]rateBand{}
	codes := map[string]bool{}
	for key, years := range r.rates {
		given[key] = years
		from, to, _ := strings.Cut(key, ">")
		codes[from], codes[to] = true, true
	}
	sorted := make([]string, 0, len(codes))
	for c := range codes {
		sorted = append(sorted, c)
	}
	slices.Sort(sorted)
	for _, a := range sorted {
		for _, b := range sorted {
			if a == b || given[a+">"+b] != nil {
				continue
			}
			for _, p := range sorted {
				in, out := given[a+">"+p], given[p+">"+b]
				if in == nil || out == nil {
					continue
				}
				key := a + ">" + b
				for y, x := range in {
					z, ok := out[y]
					if !ok {
						continue
					}
					c := rateBand{x.Low * z.Low, x.High * z.High}
					if r.rates[key] == nil {
						r.rates[key] = map[int]rateBand{}
					}
					if old, seen := r.rates[key][y]; seen {
						c = rateBand{min(old.Low, c.Low), max(old.High, c.High)}
					}
					r.rates[key][y] = c
					if r.via == nil {
						r.via = map[string]string{}
					}
					if v := r.via[key]; v == "" {
						r.via[key] = p
					} else if !strings.HasSuffix(v, p) {
						r.via[key] = v + " and " + p
					}
				}
			}
		}
	}
}

// band returns the range of the pair key for year (0 when the year is not
// known) and the years it was read from, for messages.
func (r *conversionRule) band(key string, year int) (rateBand, string, bool) {
	sp, seen := r.span[key]
	if !seen {
		return rateBand{}, "", false
	}
	if year == 0 {
		if sp.first == sp.last {
			return sp.band, strconv.Itoa(sp.first), true
		}
		return sp.band, fmt.Sprintf("%d-%d", sp.first, sp.last), true
	}
	if b, ok := r.rates[key][year]; ok {
		return b, strconv.Itoa(year), true
	}
	if year <= sp.last || year > sp.last+r.ahead {
		return rateBand{}, "", false
	}
	// A year past the table: its last two years, widened.
	b, ok := r.rates[key][sp.last]
	if !ok {
		return rateBand{}, "", false
	}
	when := strconv.Itoa(sp.last)
	if prev, ok := r.rates[key][sp.last-1]; ok {
		b = rateBand{min(b.Low, prev.Low), max(b.High, prev.High)}
		when = fmt.Sprintf("%d-%d", sp.last-1, sp.last)
	}
	w := r.drift * float64(year-sp.last)
	b = rateBand{b.Low * (1 - w), b.High * (1 + w)}
	return b, fmt.Sprintf("%s widened for %d", when, year), true
}

func (r *conversionRule) Info() *Info { return &r.info }

func (r *conversionRule) Check(a *Article, rep *Reporter) any {
	r.checkCurrencies(a, rep)
	r.checkSizes(a, rep)
	r.checkZones(a, rep)
	qs := a.Quantities()
	for j, i := range a.Conversions() {
		if i < 0 {
			continue
		}
		from, to := &qs[i], &qs[j]
		// "2m by 3m, or about 6ft by 10": a size given as a pair of
		// dimensions restates each member in turn, so the conversion
		// that follows the pair's second member begins with the first
		// member's; each is checked against its own.
		if first, second, ok := byPairs(a, qs, i, j); ok {
			r.checkPair(a, rep, first, to)
			if second != nil {
				r.checkPair(a, rep, from, second)
			}
			continue
		}
		r.checkPair(a, rep, from, to)
	}
	return nil
}

// checkPair reports to when it is not a conversion of from.
func (r *conversionRule) checkPair(a *Article, rep *Reporter, from, to *quantity.Quantity) {
	{
		// The figure converted is taken as written, without the word
		// before it: "about 40 metres (131 feet)" restates the 40, and
		// the "about" qualifies both alike (widening the figure by its
		// tolerance let a slip of a tenth pass). The conversion may be
		// rounded.
		bare := *from
		bare.Qualifier = nil
		want := bare.Interval(quantity.Strict).ToBase(from.Unit)
		got := convertedInterval(to).ToBase(to.Unit)
		if want.Overlaps(got) || r.variantFits(a, from, to) {
			return
		}
		conv := func(v float64) float64 { return to.Unit.FromBase(from.Unit.ToBase(v)) }
		decimals := decimalsOf(to.Step)
		// Two significant digits at least: 8 furlongs are 1.6 km, not 2.
		if v := math.Abs(conv(from.Value)); v < 10 && decimals < 1 {
			decimals = 1
			if v < 1 {
				decimals = 2
			}
		}
		right := formatNumber(conv(from.Value), decimals)
		if from.Range {
			right += "-" + formatNumber(conv(from.High), decimals)
		}
		text := a.Doc.Text
		written := spanText(a, to.Span)
		prefix, unit := text[to.Span.Start:to.Number.Start], text[to.Number.End:to.Span.End]
		fixed := prefix + right + unit
		msg := fmt.Sprintf("%s is about %s%s, not %s", spanText(a, from.Span), right, unit, written)
		var fix *diag.Fix
		if !from.Range && !to.Range {
			fix = &diag.Fix{Replacement: fixed}
		}
		rep.Report(r, document.Span{Start: to.Span.Start, End: to.Span.End}, msg,
			[]diag.Related{{Location: rep.At(from.Span), Message: "the figure converted"}}, fix)
	}
}

// variantFits reports whether to converts from when either unit is read
// as one of its variants ("460 million gallons" for 2.1 billion litres
// in imperial gallons). The message of a conversion that fits none still
// gives the table's unit.
func (r *conversionRule) variantFits(a *Article, from, to *quantity.Quantity) bool {
	if from.Unit == nil || to.Unit == nil {
		return false
	}
	// The unit table's variants (quantity.UnitDef.Variants), and the
	// rule's own.
	toVariants := slices.Concat(r.variants[to.Unit.Name], a.Units.Variants(to.Unit.Name))
	fromVariants := slices.Concat(r.variants[from.Unit.Name], a.Units.Variants(from.Unit.Name))
	if len(toVariants)+len(fromVariants) == 0 {
		return false
	}
	text := a.Doc.Text
	named := func(q *quantity.Quantity) bool {
		u := q.UnitSpan
		return u.End > u.Start && u.End <= len(text) && r.only[strings.ToLower(strings.TrimSpace(text[u.Start:u.End]))]
	}
	// The figure converted is taken as written, as in checkPair: "about
	// 15,000 litres" restates the 15,000 in either gallon.
	bare := *from
	bare.Qualifier = nil
	fits := func(fu, tu *quantity.Unit) bool {
		want := bare.Interval(quantity.Strict).ToBase(fu)
		got := convertedInterval(to).ToBase(tu)
		return want.Overlaps(got)
	}
	for _, f := range toVariants {
		if named(to) {
			break
		}
		u := *to.Unit
		u.Factor = f
		if fits(from.Unit, &u) {
			return true
		}
	}
	for _, f := range fromVariants {
		if named(from) {
			break
		}
		u := *from.Unit
		u.Factor = f
		if fits(&u, to.Unit) {
			return true
		}
	}
	return false
}

// byPairs reads the conversion of qs[i] into qs[j] as one of a pair of
// dimensions, "A by B, or C by D": qs[i] is B, the second member of a
// pair whose first member A is the quantity just before it, joined by
// "by" alone, and qs[j] is C, followed by "by" and D. It returns A, and D
// with C's unit when D is a bare number of the sentence ("six feet by
// eight"), or nil. ok is false when the conversion is no such pair.
func byPairs(a *Article, qs []quantity.Quantity, i, j int) (first, second *quantity.Quantity, ok bool) {
	if i < 1 || j+1 > len(qs) {
		return nil, nil, false
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	from, to, prev := &qs[i], &qs[j], &qs[i-1]
	onlyBy := func(lo, hi int) bool {
		return hi == lo+1 && toks[lo].Kind == segment.Word && strings.EqualFold(toks[lo].Text(text), "by")
	}
	if prev.Sentence != from.Sentence || prev.Unit == nil || prev.Kind != quantity.Cardinal ||
		!onlyBy(prev.Tokens[1], from.Tokens[0]) || prev.Unit.Dimension != from.Unit.Dimension {
		return nil, nil, false
	}
	if k := to.Tokens[1]; k >= len(toks) || !strings.EqualFold(toks[k].Text(text), "by") {
		return nil, nil, false
	}
	if j+1 < len(qs) {
		if d := &qs[j+1]; d.Sentence == to.Sentence && d.Kind == quantity.Cardinal && onlyBy(to.Tokens[1], d.Tokens[0]) {
			switch {
			case d.Unit == nil:
				c := *d
				c.Unit = to.Unit
				second = &c
			case d.Unit.Dimension == to.Unit.Dimension:
				second = d
			}
		}
	}
	return prev, second, true
}

// currencyOf is the currency code of a unit ("GBP" for "currency:GBP"),
// or "".
func currencyOf(u *quantity.Unit) string {
	if u == nil {
		return ""
	}
	code, _ := strings.CutPrefix(u.Dimension, "currency:")
	if code == u.Dimension {
		return ""
	}
	return code
}

// checkCurrencies checks the sums restated in another currency in
// brackets, "£287m ($365m)", against the year's rates. "Pounds" alone is
// read as a mass; restated in brackets as a sum of money ("4.3 million
// pounds ($5.5 million)") it can only be sterling.
func (r *conversionRule) checkCurrencies(a *Article, rep *Reporter) {
	qs := a.Quantities()
	text := a.Doc.Text
	stated := statedRates(text, qs)
	if len(r.rates) == 0 && len(stated) == 0 {
		return
	}
	year := 0
	if a.Ref.Known {
		year, _, _ = a.Ref.Day.Civil()
	}
	for i := 0; i+1 < len(qs); i++ {
		from, to := &qs[i], &qs[i+1]
		want := currencyOf(to.Unit)
		if want == "" || from.Unit == nil || from.Sentence != to.Sentence ||
			from.Kind != quantity.Cardinal || to.Kind != quantity.Cardinal || from.Range || to.Range {
			continue
		}
		if strings.TrimSpace(text[from.Span.End:to.Span.Start]) != "(" {
			continue
		}
		have := currencyOf(from.Unit)
		if have == "" && from.Unit.Name == "lb" {
			have = "GBP"
		}
		if have == "" || have == want {
			continue
		}
		// A rate the article states ("($1 = 18.20 rand)") is the one its
		// sums were converted at: it judges them, more narrowly than the
		// year's range.
		var basis string
		var band rateBand
		margin := r.margin
		if st, ok := stated[have+">"+want]; ok {
			band, margin = rateBand{st.rate, st.rate}, statedRateMargin
			basis = "the article's rate (" + spanText(a, st.span) + ")"
		} else {
			b, when, ok := r.band(have+">"+want, year)
			if !ok {
				continue
			}
			if p := r.via[have+">"+want]; p != "" {
				when += " through " + p
			}
			band = b
			basis = fmt.Sprintf("the rates of %s (%.4g to %.4g %s per %s)", when, band.Low, band.High, want, have)
		}
		// The sum converted is taken as written, without the word
		// before it, and the conversion may be rounded, as for units:
		// "about £11bn ($14bn)" restates the 11 and the "about"
		// qualifies both alike (the range "about" allows let a
		// conversion at no rate of the year pass).
		bare := *from
		bare.Qualifier = nil
		f := bare.Interval(quantity.Strict)
		got := to.Interval(quantity.Rounded)
		lo, hi := f.Lo*band.Low*(1-margin), f.Hi*band.High*(1+margin)
		if math.IsInf(f.Lo, 0) || math.IsInf(f.Hi, 0) || got.Overlaps(quantity.Interval{Lo: lo, Hi: hi}) {
			continue
		}
		// The range is written as the sum is: "$5.1m to $5.9m".
		num := text[to.Number.Start:to.Number.End]
		digits := strings.IndexFunc(num, func(c rune) bool { return (c < '0' || c > '9') && c != '.' && c != ',' })
		if digits < 0 {
			digits = len(num)
		}
		scale := 1.0
		if n, err := strconv.ParseFloat(strings.ReplaceAll(num[:digits], ",", ""), 64); err == nil && n > 0 {
			scale = to.Value / n
		}
		prefix := ""
		if u := to.UnitSpan; u.End > u.Start && u.End <= to.Number.Start {
			prefix = text[u.Start:to.Number.Start]
		}
		unit := text[to.Number.Start+digits : to.Span.End]
		decimals := decimalsOf(to.Step / scale)
		if from.Value*band.Low/scale < 10 {
			decimals = max(decimals, 1) // two significant digits at least
		}
		low := prefix + formatNumber(from.Value*band.Low/scale, decimals) + unit
		high := prefix + formatNumber(from.Value*band.High/scale, decimals) + unit
		msg := fmt.Sprintf("%s is %s to %s at %s, not %s",
			spanText(a, from.Span), low, high, basis, spanText(a, to.Span))
		if low == high {
			msg = fmt.Sprintf("%s is about %s at %s, not %s", spanText(a, from.Span), low, basis, spanText(a, to.Span))
		}
		rep.Report(r, document.Span{Start: to.Span.Start, End: to.Span.End}, msg,
			[]diag.Related{{Location: rep.At(from.Span), Message: "the sum converted"}}, nil)
	}
}

// convertedInterval is what a conversion as written claims: its figure
// rounded as written, but by no more than a tenth of itself. The place
// of a figure's last non-zero digit says how far it may have been
// rounded ("150" to the nearest 50, "100" to the nearest hundred), and a
// restatement is rounded that far only when the figure is round for
// another reason: "81 mph (150 km/h)" is no rounding of 130 km/h, nor
// "80 miles (100 km)" of 129 km.
func convertedInterval(q *quantity.Quantity) quantity.Interval {
	in := q.Interval(quantity.Rounded)
	if q.Qualifier != nil || q.Range {
		return in
	}
	half := max(q.Step/2, min(q.Round/2, math.Abs(q.Value)/10))
	return quantity.Interval{Lo: q.Value - half, Hi: q.High + half, HiOpen: true}
}

// statedRateMargin is how far a conversion may stray from a rate the
// article states: the sums may have been converted at the day's rate a
// little before or after the one the footer gives.
const statedRateMargin = 0.02

// statedRate is an exchange rate an article states: rate units of the
// second currency per unit of the first, and where it is written.
type statedRate struct {
	rate float64
	span document.Span
}

// statedRates reads the exchange rates an article states, "($1 = 18.20
// rand)" or "£1 = $1.27": one unit of a currency, "=", and a sum in
// another, in one sentence. Each is keyed both ways ("USD>ZAR" and
// "ZAR>USD"); a pair stated twice at different rates is not trusted.
// "Pounds" after the "=" are sterling, as in a restatement.
func statedRates(text string, qs []quantity.Quantity) map[string]statedRate {
	var out map[string]statedRate
	var doubtful map[string]bool
	for i := 0; i+1 < len(qs); i++ {
		one, other := &qs[i], &qs[i+1]
		have, want := currencyOf(one.Unit), currencyOf(other.Unit)
		if want == "" && other.Unit != nil && other.Unit.Name == "lb" {
			want = "GBP"
		}
		if have == "" || want == "" || have == want || one.Sentence != other.Sentence ||
			one.Value != 1 || one.Range || other.Range || one.Qualifier != nil || other.Qualifier != nil ||
			other.Value <= 0 || one.Kind != quantity.Cardinal || other.Kind != quantity.Cardinal {
			continue
		}
		if strings.TrimSpace(text[one.Span.End:other.Span.Start]) != "=" {
			continue
		}
		if out == nil {
			out, doubtful = map[string]statedRate{}, map[string]bool{}
		}
		span := document.Span{Start: one.Span.Start, End: other.Span.End}
		for key, rate := range map[string]float64{have + ">" + want: other.Value, want + ">" + have: 1 / other.Value} {
			if old, seen := out[key]; seen && math.Abs(old.rate-rate) > rate*1e-9 {
				doubtful[key] = true
			}
			out[key] = statedRate{rate: rate, span: span}
		}
	}
	for key := range doubtful {
		delete(out, key)
	}
	return out
}
