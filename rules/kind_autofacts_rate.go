package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// This file holds the period of an amount given per unit of time
// (ratePeriod): "€2,700 a month", "36,000 tonnes of gas a year".

// rateWords put an amount per period: "a month", "per year", "every day".
var rateWords = map[string]bool{"a": true, "an": true, "per": true, "each": true, "every": true}

// isRateWord is rateWords[strings.ToLower(w)], without lowering w (a
// copy for every capitalised word) or hashing it: a word of rateWords'
// length that folds to one of them. Only two characters beyond ASCII
// lower-case to an ASCII letter (İ to i, the Kelvin sign to k), and
// neither letter is in rateWords, so the two tests agree
// (TestIsRateWord).
func isRateWord(w string) bool {
	switch len(w) {
	case 1:
		return w[0]|0x20 == 'a'
	case 2:
		return foldIs(w, "an")
	case 3:
		return foldIs(w, "per")
	case 4:
		return foldIs(w, "each")
	case 5:
		return foldIs(w, "every")
	}
	return false
}

// ratePeriodMark starts a rate's period among a claim's modifiers, which
// no stemmed word starts with.
const ratePeriodMark = "/"

// ratePeriod returns the period of an amount or measure given per unit of
// time, as a modifier of its claim ("/month" for "€2,700 a month"), or
// "". Two amounts of one currency per the same period are more likely
// one fact than two amounts alone, and an amount per week is not one per
// day ("£140,000 a week, £20,000 a day"): as a modifier, the period gives
// two claims that share it a point, and two claims of different periods
// no match (autoFactsRule.match), while a claim without a period is
// compared as before. The period may follow a conversion in brackets
// ("2.3 billion euros ($2.7 billion) a year") or what the measure is of
// ("36,000 tonnes of carbon dioxide a year", up to three words). The
// period is a unit of time of the article's unit table, so "a year" and
// "per annum" are what the table makes them. A duration has none: "ten
// hours a day" is a schedule, not a rate of something.
func ratePeriod(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) string {
	if a.Units == nil || q.Unit == nil || q.Unit.Dimension == durationKey {
		return ""
	}
	text := a.Doc.Text
	j := q.Tokens[1]
	if j < sent.Last && toks[j].Text(text) == "(" {
		k := j + 1
		for k < sent.Last && k < j+10 && toks[k].Text(text) != ")" {
			k++
		}
		if k >= sent.Last || toks[k].Text(text) != ")" {
			return ""
		}
		j = k + 1
	}
	if j < len(toks) && toks[j].Kind == segment.Word && foldIs(toks[j].Text(text), "of") { // wordIs; j >= 0, a quantity's end
		k := j + 1
		for n := 0; n < 3 && k < sent.Last && toks[k].Kind == segment.Word && !isRateWord(toks[k].Text(text)); n++ {
			k++
		}
		j = k
	}
	u, _ := periodAt(a, text, toks, sent, j)
	if u == nil {
		return ""
	}
	return ratePeriodMark + u.Name
}

// periodAt reads a period at token j: a rate word ("a", "per", "every")
// and a unit of time of the article's unit table, right after it or
// after "single" ("every single day", "each single year"). It returns
// the unit and its token, or nil.
func periodAt(a *Article, text string, toks []segment.Token, sent segment.Sentence, j int) (*quantity.Unit, int) {
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !isRateWord(toks[j].Text(text)) || toks[j+1].Kind != segment.Word {
		return nil, 0
	}
	k := j + 1
	if k+1 < sent.Last && toks[k+1].Kind == segment.Word && len(toks[j].Text(text)) >= 4 && strings.EqualFold(toks[k].Text(text), "single") {
		k++ // "every", "each"
	}
	u := a.Units.Unit(strings.ToLower(toks[k].Text(text)))
	if u == nil || u.Dimension != durationKey {
		return nil, 0
	}
	return u, k
}

// countPeriod returns the period of a count given per unit of time, as
// a key suffix ("|/year" for "250,000 guests a year", "1,400 guests
// a day"), or "": such a count is a rate of the thing counted, another
// fact than a count of it ("6,210 guests at the opening"), and is
// compared only with counts of the same period. The period follows the
// counted noun, whose phrase ends at token end, as "a", "an", "per",
// "each" or "every" and a unit of time of the article's unit table; a
// word of a time before or after an event after it ("40 staff a year
// ago", "a week later") makes it no period.
//
// Further on in the count's clause, past its verb and object, only a
// period that cannot be a span is read ("8,500 cars cross the dam every
// day", "used the tunnel daily"): "every", "each" or "per" and a
// unit of time, or an adverb of a period (periodAdverbs); "a day" there
// may end "for a day" or "within a day".
func countPeriod(a *Article, toks []segment.Token, sent segment.Sentence, end int) string {
	if a.Units == nil {
		return ""
	}
	text := a.Doc.Text
	u, j := periodAt(a, text, toks, sent, end)
	if u == nil {
		u, j = laterPeriod(a, text, toks, sent, end)
	}
	if u == nil {
		return ""
	}
	if k := j + 1; k < sent.Last && toks[k].Kind == segment.Word {
		if w := toks[k].Text(text); eventAnchor(w) || foldIs(w, "ago") || foldIs(w, "earlier") || foldIs(w, "later") {
			return ""
		}
	}
	return "|" + ratePeriodMark + u.Name
}

// periodAdverbs are the adverbs of a period, by the unit of time of the
// article's unit table each stands for: "used the tunnel daily".
var periodAdverbs = [...]struct{ adverb, unit string }{
	{"hourly", "hour"}, {"daily", "day"}, {"nightly", "night"}, {"weekly", "week"},
	{"monthly", "month"}, {"yearly", "year"}, {"annually", "year"},
}

// laterPeriod reads the period of a count further on in its clause, up
// to laterPeriodReach words after its noun phrase's end, before any
// punctuation or figure: "every", "each" or "per" and a unit of time, or
// one of periodAdverbs. It returns the unit and its token, or nil.
func laterPeriod(a *Article, text string, toks []segment.Token, sent segment.Sentence, end int) (*quantity.Unit, int) {
	for j := end; j < sent.Last && j < end+laterPeriodReach && toks[j].Kind == segment.Word; j++ {
		w := toks[j].Text(text)
		if len(w) >= 3 && isRateWord(w) {
			if u, k := periodAt(a, text, toks, sent, j); u != nil {
				return u, k
			}
			continue
		}
		for _, p := range periodAdverbs {
			if len(w) == len(p.adverb) && strings.EqualFold(w, p.adverb) {
				if u := a.Units.Unit(p.unit); u != nil && u.Dimension == durationKey {
					return u, j
				}
				return nil, 0
			}
		}
	}
	return nil, 0
}

// laterPeriodReach is how many words after a count's noun phrase
// laterPeriod reads: a verb and its object ("used the old tunnel daily").
const laterPeriodReach = 6
