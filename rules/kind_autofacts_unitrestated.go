package rules

import (
	"math"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/quantity"
)

// An article often gives one measure in two units, far apart: "a depth
// of 3,214 metres" in the lead and "the 10,545ft dive" in the body, or
// the reverse. A slip of one of them is a contradiction of the article
// with itself, but its words seldom say it is one fact (a quotation in
// one place, a clause of another verb in the other), and compareStories
// leaves it alone: the article states the other outlets' figure, in the
// other unit, which usually means two facts keyed alike.
//
// Two claims of one key in one article, in two units of one dimension,
// each a figure of three significant digits or more with no qualifier,
// that come within unitRestatedNear of each other and yet disagree as
// written, are taken for one measure stated twice where the other
// articles say which is right: at least minSiding of them state a figure
// in the unit of one (as written, or as a conversion in brackets) that
// agrees with the other and not with it, and none states one in that
// unit that agrees with it. Two facts close in size (an old record and
// a new one) are told apart by that: the outlets state the right figure
// of each.

// unitRestatedNear bounds the relative distance of two figures of one
// article taken for one measure in two units.
const unitRestatedNear = 0.01

// unitRestatements reports each claim x of an article that restates in
// another unit a measure z of the same article (see above) where the
// other articles of its story side with z, unless x is reported already.
func (r *autoFactsRule) unitRestatements(c *Corpus, perArticle [][]claim, cmpr comparison, rep *Reporter) {
	var done map[diag.Location]bool // made when first needed
	for _, story := range c.Stories {
		var names map[int]string
		for _, a := range story {
			if a < 0 || a >= len(perArticle) {
				continue
			}
			cs := perArticle[a]
			for i := range cs {
				x := &cs[i]
				if !restatable(x) {
					continue
				}
				for k := range cs {
					z := &cs[k]
					if k == i || z.Key != x.Key || !restatable(z) || z.Q.Unit.Name == x.Q.Unit.Name || z.Q.Unit.Dimension != x.Q.Unit.Dimension {
						continue
					}
					bx, bz := baseValue(x), baseValue(z)
					if bx <= 0 || bz <= 0 || math.Abs(math.Log(bx/bz)) > unitRestatedNear {
						continue
					}
					zi := z.Q.Interval(quantity.Rounded).ToBase(z.Q.Unit)
					if zi.Contains(bx) {
						continue // they agree
					}
					sided, ok := sidesInUnit(story, perArticle, x, zi)
					if !ok {
						continue
					}
					if done == nil {
						done = reportedAt(rep)
					}
					if done[x.Loc] {
						break
					}
					if names == nil {
						names = baseNames(c, story)
					}
					done[x.Loc] = true
					rep.Add(r.selfFinding(x, z, sided, cmpr, names))
					break
				}
			}
		}
	}
}

// restatable reports whether x is a measure that unitRestatements reads:
// a figure of one number, no qualifier, in a unit of a size of a thing
// (restatedDimensions), written to three significant digits or more.
func restatable(x *claim) bool {
	q := &x.Q
	return q.Unit != nil && q.Qualifier == nil && q.Kind == quantity.Cardinal && q.High == q.Value && q.Value > 0 &&
		q.Round > 0 && q.Value >= 100*q.Round && x.When == nil && restatedDimensions[q.Unit.Dimension]
}

// restatedDimensions are the dimensions of the sizes of things (a
// depth, a height, an area, a load) that copy states in two units. Not
// times: a story's durations are often of many like events within a
// hundredth of one another (a winner's time and the runner-up's), nor
// sums, converted at a rate of the writer's day.
var restatedDimensions = map[string]bool{lengthDimension: true, "area": true, "volume": true, "mass": true}

// sidesInUnit tells whether the other articles of story side with z
// against x, claims of one article in two units: at least minSiding of
// them have a claim of the key that states a figure in x's unit (its
// own, or its conversion's) agreeing with z (zi, z's interval in the
// base unit) and not with x, and none has one in that unit agreeing
// with x. It returns
// the first such claim of each article that sides.
func sidesInUnit(story []int, perArticle [][]claim, x *claim, zi quantity.Interval) ([]*claim, bool) {
	var sided []*claim
	for p, b := range story {
		if b == x.Article || b < 0 || b >= len(perArticle) || storyRepeats(story, p) {
			continue
		}
		var side *claim
		for k := range perArticle[b] {
			y := &perArticle[b][k]
			if y.Key != x.Key {
				continue
			}
			f := inUnitOf(y, x.Q.Unit.Name)
			if f == nil || f.Qualifier != nil || f.High != f.Value {
				continue
			}
			fi := f.Interval(quantity.Strict).ToBase(f.Unit)
			if fi.Contains(baseValue(x)) {
				return nil, false // an article that states x's figure
			}
			if side == nil && fi.Overlaps(zi) {
				side = y
			}
		}
		if side != nil {
			sided = append(sided, side)
		}
	}
	return sided, len(sided) >= minSiding
}

// inUnitOf returns the figure y states in the unit named unit: its own,
// or its bracketed conversion's (claim.Conv); nil if neither.
func inUnitOf(y *claim, unit string) *figure {
	if y.Q.Unit != nil && y.Q.Unit.Name == unit {
		return &y.Q
	}
	if y.Conv != nil && y.Conv.Unit != nil && y.Conv.Unit.Name == unit {
		return y.Conv
	}
	return nil
}

// storyRepeats reports whether the article at place p of story is listed
// at an earlier place too.
func storyRepeats(story []int, p int) bool {
	for q := range p {
		if story[q] == story[p] {
			return true
		}
	}
	return false
}
