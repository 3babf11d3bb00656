package rules

import "github.com/factlint/factlint/checker/quantity"

// ambiguousDollar reports whether x, a sum written with a bare "$", is
// read as a sum in a local dollar (one of local_dollars) that y's
// article gives: where one article has "A$240,000 ($158,000)", another's
// "close to $245,000" is the local sum in the local outlet's own "$",
// not a US sum against the bracketed conversion. localDollar takes the
// figure as written; this reads it with its qualifier ("close to",
// "about"), so a sum that fits the local one only within its qualifier
// is set aside too. A bare "$" that fits neither the US nor the local
// sum ("$96 million" against "A$86 million ($56 million)") is still
// compared, and an explicit "US$" is never read as a local dollar.
// ofY holds the anchors of y's article.
func (r *autoFactsRule) ambiguousDollar(ofY []anchor, x, y *claim) bool {
	if len(r.localDollars) == 0 || x.Q.Unit == nil || y.Q.Unit == nil ||
		x.Q.Unit.Dimension != "currency:USD" || y.Q.Unit.Dimension != "currency:USD" || !bareDollar(x.Shown) {
		return false
	}
	// Each currency is a dimension of factor 1: the base value is the
	// sum as written.
	iv := x.Q.Interval(quantity.Rounded).ToBase(x.Q.Unit)
	for i := range ofY {
		a := &ofY[i]
		if a.Kind != x.Q.Kind {
			continue
		}
		for _, dim := range r.localDollars {
			if a.Dim == dim && iv.Overlaps(a.Rounded) {
				return true
			}
		}
	}
	return false
}
