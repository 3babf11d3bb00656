package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
)

// Papers of a country whose currency is a dollar write it bare: an
// Australian tabloid's "$2.4 BILLION" is the agency's "A$2.4 billion",
// and a New Zealand paper's "$4500" is NZ$4,500. The pack reads a bare
// "$" as the US dollar, so such a sum was keyed "currency:USD" and never
// compared with the other outlets' "currency:NZD" (localDollar and
// ambiguousDollar only keep it from being taken for a US sum).
//
// Within a story whose copy writes one of the pack's local_dollars by
// its own prefix (NZ$, A$, C$ …), and no other of them, the bare-"$"
// sums of an article that writes no dollar by a prefix of letters —
// neither the local one nor "US$" — are taken for the local dollar. An
// article that writes the local prefix and a bare "$" keeps its "$" for
// the US dollar: it is an agency's conversion ("A$4.2 million ($2.8
// million)"). So does a bare sum that fits a US sum another article
// gives: the outlet wrote the US figure alone.

// localDollarsOf re-keys, story by story, the bare-dollar claims of the
// articles that name no dollar as the story's one local dollar.
func (r *autoFactsRule) localDollarsOf(stories [][]int, perArticle [][]claim) {
	if len(r.localDollars) == 0 {
		return
	}
	for _, story := range stories {
		var local *quantity.Unit
		one := true
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				if u := perArticle[b][k].Q.Unit; u != nil && slices.Contains(r.localDollars, u.Dimension) {
					if local != nil && local.Dimension != u.Dimension {
						one = false
					}
					local = u
				}
			}
		}
		if local == nil || !one {
			continue
		}
		// The US sums of the articles that name their dollars: a bare
		// sum that fits one of them is that sum ("$56 million" beside
		// another's "A$86 million ($56 million)"), written by an outlet
		// that gives the US figure alone.
		var us []quantity.Interval
		for _, b := range story {
			if b < 0 || b >= len(perArticle) || !namesDollar(perArticle[b]) {
				continue
			}
			for k := range perArticle[b] {
				if y := &perArticle[b][k]; y.Q.Unit != nil && y.Q.Unit.Dimension == "currency:USD" {
					us = append(us, y.Q.Interval(quantity.Rounded).ToBase(y.Q.Unit))
				}
			}
		}
		for _, b := range story {
			if b < 0 || b >= len(perArticle) || namesDollar(perArticle[b]) {
				continue
			}
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				u := x.Q.Unit
				if u == nil || u.Dimension != "currency:USD" || !bareDollar(x.Shown) {
					continue
				}
				iv := x.Q.Interval(quantity.Rounded).ToBase(u)
				if slices.ContainsFunc(us, iv.Overlaps) {
					continue
				}
				if rest, ok := strings.CutPrefix(x.Key, u.Dimension); ok {
					x.Key = local.Dimension + rest
					x.Label = strings.Replace(x.Label, u.Name, local.Name, 1)
					x.Q.Unit = local
				}
			}
		}
	}
}

// namesDollar reports whether an article's claims write a sum with a
// "$" after a letter ("NZ$4,500", "US$2.6m").
func namesDollar(claims []claim) bool {
	for k := range claims {
		x := &claims[k]
		if x.Q.Unit != nil && strings.HasPrefix(x.Q.Unit.Dimension, currencyPrefix) && strings.IndexByte(x.Shown, '$') > 0 && !bareDollar(x.Shown) {
			return true
		}
	}
	return false
}
