package rules

import (
	"github.com/factlint/factlint/checker/quantity"
)

// This file holds the comparison of two maxima (maximaDisagree): two
// claims of one fact that both give a figure as its upper bound.

// maximaDisagree reports whether x and y, two claims of one fact that
// each give their figure as a maximum ("up to 90 km/h", "as many as 40
// boats"), name different maxima. Alone, "up to N" allows any figure a
// share below N (capOpen), as the figure under the top is often what
// another outlet reports ("gusts of 80 km/h" beside "up to 90"). Two
// maxima are not a figure and its bound but the same top, quoted from
// one source: they agree only as far as their figures do, to the
// precision each is written with (rounded across units). So "up to 90"
// and "up to 110" of one storm's gusts disagree, though each interval
// alone overlaps the other. Other qualifiers keep their intervals: two
// floors ("at least 20", "at least 24") are often a running count at two
// times. The rule asks for it only with an open_bound, the setting that
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
