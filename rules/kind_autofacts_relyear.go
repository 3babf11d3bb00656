package rules

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// relativeYears gives the figure nearest "last year", "this year" or
// "next year" in its sentence the year it names, counted from the
// article's own date (its dateline, byline or front matter; none
// without one): "5% of its power last year" in copy of 2025 is the
// figure of 2024 that another outlet gives "in 2024", and figures of
// different years are different facts (sameYears). A figure that a
// year in digits already dates keeps that year alone; "last year's"
// names no year of a figure after it.
func (r *autoFactsRule) relativeYears(a *Article, qs []quantity.Quantity, years [][]float64) [][]float64 {
	if !a.Ref.Known {
		return years
	}
	ref, _, _ := a.Ref.Day.Civil()
	text, toks := a.Doc.Text, a.Seg.Tokens
	// The phrases are found in the text (few articles say them more
	// than a few times), and their tokens by position: a walk of every
	// token of every article cost a hundredth of the run.
	for at := 0; ; {
		i := strings.Index(text[at:], "year")
		if i < 0 {
			break
		}
		at += i + len("year")
		j, found := slices.BinarySearchFunc(toks, at-len("year"), func(t segment.Token, start int) int { return t.Start - start })
		if !found || j == 0 || toks[j].Kind != segment.Word || toks[j].End != at || toks[j-1].Kind != segment.Word {
			continue
		}
		if j+1 < len(toks) && toks[j+1].Kind == segment.Possessive {
			continue // "last year's figures"
		}
		var y int
		switch w := toks[j-1].Text(text); {
		case strings.EqualFold(w, "last"):
			y = ref - 1
		case strings.EqualFold(w, "this"):
			y = ref
		case strings.EqualFold(w, "next"):
			y = ref + 1
		default:
			continue
		}
		best, bestD := -1, 0
		for k := range qs {
			p := &qs[k]
			if p.Kind == quantity.Year || p.Sentence < 0 || p.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			s := a.Seg.Sentences[p.Sentence]
			if j-1 < s.First || j >= s.Last {
				continue
			}
			d := j - 1 - p.Tokens[1]
			if p.Tokens[0] > j {
				d = p.Tokens[0] - j
			}
			if d < 0 {
				continue
			}
			if best < 0 || d < bestD {
				best, bestD = k, d
			}
		}
		if best >= 0 && len(years[best]) == 0 {
			years[best] = append(years[best], float64(y))
		}
	}
	yearsAgo(a, qs, years, ref)
	return years
}

// maxYearsAgo bounds the years of "N years ago" that date a figure.
const maxYearsAgo = 50

// yearsAgo gives the figure just before "N years ago" in its clause the
// year N before ref, the year of the article's own date, where that
// figure has no year yet: "a £4m plan agreed three years ago", in
// copy of 2025, is the scheme another outlet says was "approved in
// 2022" at a cost of £4m. N is a whole number of two years or more,
// written without a qualifier ("about five years ago" names no year;
// "a year ago" is as often the start of a change, "18% higher than a
// year ago"), and not after "than"; the figure comes before it with
// only words between, no mark and no other figure: "the dam stood at
// 19.8%; two years ago it was 64% full" dates the 64% only if the copy
// says so in one clause, which it does not here.
func yearsAgo(a *Article, qs []quantity.Quantity, years [][]float64, ref int) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	for i := range qs {
		d := &qs[i]
		if i == 0 || d.Unit == nil || d.Unit.Name != "year" || d.Qualifier != nil || d.Range || d.Value < 2 || d.Value > maxYearsAgo || d.Value != math.Trunc(d.Value) {
			continue
		}
		j := d.Tokens[1]
		if j >= len(toks) || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "ago") {
			continue
		}
		p := &qs[i-1]
		if p.Kind == quantity.Year || p.Sentence != d.Sentence || len(years[i-1]) > 0 {
			continue
		}
		between := true
		for k := p.Tokens[1]; k < d.Tokens[0]; k++ {
			if toks[k].Kind != segment.Word {
				between = false
				break
			}
		}
		if !between || foldIs(toks[d.Tokens[0]-1].Text(text), "than") {
			continue
		}
		years[i-1] = append(years[i-1], float64(ref-int(d.Value)))
	}
}
