package rules

import "math"

// partOfSum reports whether x is a part of total: x's article, cs, has
// another claim w of x's key, in x's unit, such that x and w add up to
// total's figure, and states that sum itself. An article that gives the
// parts and their sum ("A employs 900 people, B 2,100 staff; together
// they employ 3,000") states three figures of one key, none of which
// contradicts another; neither does a part contradict another outlet's
// figure for the whole.
//
// The sum must meet total's figure within its rounding and no further
// (half its rounding unit, or half a per cent of it, whichever is
// larger): a tolerance a fifth wide would excuse a part changed
// because some other figure happened to make up the difference. And the
// article must give the sum: two figures of a story add up to a third
// by chance often enough (21,400 and a changed 16,000 hectares to
// another fire's 37,000), but an outlet that writes the parts and their
// sum means them as such.
func partOfSum(cs []claim, x, total *claim) bool {
	if x.When != nil || total.When != nil || x.Q.Kind != total.Q.Kind || !sameUnit(x, total) ||
		x.Q.High != x.Q.Value || x.Q.Value <= 0 || total.Q.Value <= x.Q.Value {
		return false
	}
	want := total.Q.Value
	if !math.IsInf(total.Q.High, 1) && total.Q.High != total.Q.Value {
		want = (total.Q.Value + total.Q.High) / 2
	}
	slack := max(total.Q.Round/2, want*0.005)
	for i := range cs {
		w := &cs[i]
		if !exactOfKey(w, x) || w.Q.Value <= 0 || w.Loc == x.Loc || w.Loc == total.Loc {
			continue
		}
		if sum := x.Q.Value + w.Q.Value; math.Abs(sum-want) <= slack && statesSum(cs, x, w, sum) {
			return true
		}
	}
	return false
}

// statesSum reports whether cs, the claims of x's article, give sum, the
// sum of x and w, under their key, within the rounding the figure was
// written with.
func statesSum(cs []claim, x, w *claim, sum float64) bool {
	for i := range cs {
		s := &cs[i]
		if s.Loc == x.Loc || s.Loc == w.Loc || !exactOfKey(s, x) {
			continue
		}
		if math.Abs(s.Q.Value-sum) <= max(s.Q.Round/2, sum*0.005) {
			return true
		}
	}
	return false
}

// exactOfKey reports whether c is an exact figure (no range, no open
// bound) of x's key, kind and unit, and of no date: one that can be a
// part, or the sum, beside x.
func exactOfKey(c, x *claim) bool {
	return c.Key == x.Key && c.When == nil && c.Q.Kind == x.Q.Kind && sameUnit(c, x) && c.Q.High == c.Q.Value
}

// sameUnit reports whether two claims' figures are written in one unit
// (or both in none).
func sameUnit(x, y *claim) bool {
	return unitName(x.Q.Unit) == unitName(y.Q.Unit)
}

// partsOfSum reports whether one of x and y is the sum of the other and
// a further claim of its own article: perArticle holds every article's
// claims.
func partsOfSum(perArticle [][]claim, x, y *claim) bool {
	in := func(a int) []claim {
		if a < 0 || a >= len(perArticle) {
			return nil
		}
		return perArticle[a]
	}
	return partOfSum(in(x.Article), x, y) || partOfSum(in(y.Article), y, x)
}
