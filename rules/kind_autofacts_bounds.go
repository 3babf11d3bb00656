package rules

import (
	"github.com/factlint/factlint/checker/quantity"
)

// This file holds the comparison of two maxima (maximaDisagree) and of
// two floors of one role (minimaDisagree): two claims of one fact that
// both give a figure as its upper, or its lower, bound.

// maximaDisagree reports whether x and y, two claims of one fact that
// each give their figure as a maximum ("up to 90 km/h", "as many as 40
// boats"), name different maxima. Alone, "up to N" allows any figure a
// share below N (capOpen), as the figure under the top is often what
// another outlet reports ("gusts of 80 km/h" beside "up to 90"). Two
// maxima are not a figure and its bound but the same top, quoted from
// one source: they agree only as far as their figures do, to the
// precision each is written with (rounded across units). So "up to 90"
// and "up to 110" of one storm's gusts disagree, though each interval
// alone overlaps the other. Two floors ("at least 20", "at least 24")
// are often a running count at two times: they are compared as figures
// only of a contrast role and once apart has found them of one time
// (minimaDisagree). The rule asks for it only with an open_bound, the setting that
// reads "up to N" as the maximum stated rather than a bare bound.
func maximaDisagree(x, y *claim, tolerance float64) bool {
	if x.When != nil || y.When != nil || !isMaximum(x) || !isMaximum(y) {
		return false
	}
	bx, by := *x, *y
	bx.Q.Qualifier, by.Q.Qualifier = nil, nil
	ix, iy := intervalsOf(&bx, tolerance, 0, nil), intervalsOf(&by, tolerance, 0, nil)
	return ix.disagree(&iy)
}

// isMaximum reports whether c gives its figure as an upper bound that
// may be reached ("up to", "at most", "as many as"): not "under" or
// "fewer than", which often sit far above the figure.
func isMaximum(c *claim) bool {
	return c.Q.Qualifier != nil && c.Q.Qualifier.Bound == quantity.AtMost && c.Q.High == c.Q.Value
}

// minimaDisagree reports whether x and y, two claims of one fact that
// each give their figure as a floor that may be reached ("at least 14
// dead", "at least 16 dead"), name different floors. Alone, "at least
// N" allows any figure above N; two floors of one toll are often a
// running count at two times, which apart tells (editions, a later
// date, a climbing toll) before this is asked. Two outlets' floors of
// one role at one time are the same count quoted from one source, and
// agree only as far as their figures do. "More than N" is no such
// floor: it often sits far under the figure ("more than 300" of 312).
func minimaDisagree(x, y *claim, tolerance float64) bool {
	if x.When != nil || y.When != nil || x.Role < 0 || x.Role != y.Role || !isMinimum(x) || !isMinimum(y) {
		return false
	}
	bx, by := *x, *y
	bx.Q.Qualifier, by.Q.Qualifier = nil, nil
	ix, iy := intervalsOf(&bx, tolerance, 0, nil), intervalsOf(&by, tolerance, 0, nil)
	return ix.disagree(&iy)
}

// isMinimum reports whether c gives its figure as a lower bound that
// may be reached ("at least", "no fewer than").
func isMinimum(c *claim) bool {
	return c.Q.Qualifier != nil && c.Q.Qualifier.Bound == quantity.AtLeast && c.Q.High == c.Q.Value
}
