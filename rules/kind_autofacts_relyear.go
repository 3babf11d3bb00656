package rules

import (
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
	return years
}
