package rules

import (
	"math"
	"strings"
)

// This file holds the support an article gives a claim by stating its
// figure somewhere (statesAsFinely).

// statesAsFinely is states, less the figures written more coarsely than
// x's: "a decade" covers any figure from five years to fifteen, and
// stated elsewhere in an article it is no statement of another outlet's
// "twelve years". Counted as support, it outweighed the one article that
// gives "ten years" against a changed "twelve", and neither was
// reported. A figure is coarser when its interval is more than twice as
// wide as x's (the width of its last written digit).
func statesAsFinely(anchors []anchor, x *claim) bool {
	if x.Q.Step <= 0 {
		return states(anchors, x)
	}
	dim, age := "", false
	if x.Q.Unit != nil {
		dim = x.Q.Unit.Dimension
	} else {
		age = strings.HasPrefix(x.Key, "age|")
	}
	width := x.Q.Step
	if x.Q.Unit != nil {
		width = x.Q.Unit.ToBase(x.Q.Step) - x.Q.Unit.ToBase(0)
	}
	for i := range anchors {
		a := &anchors[i]
		if (a.Dim != dim && (!age || a.Dim != ageDim)) || a.Kind != x.Q.Kind {
			continue
		}
		if w := a.Strict.Hi - a.Strict.Lo; !math.IsInf(w, 0) && w > 2*width {
			continue
		}
		if states(anchors[i:i+1], x) {
			return true
		}
	}
	return false
}
