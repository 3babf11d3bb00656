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

// countedApart reports whether article states the figure of x, a count
// of a noun, as the count of another noun that x's own article also
// gives that figure: where two outlets both write "46 patients", the 46
// of the one is that count, no statement of the other's "46 buses" (a
// changed "64 buses"), and the pair of counts of buses is not keyed by
// mistake nor is the changed count supported by it. A figure the
// article gives only as a count of a noun x's article does not count so
// ("12 vessels" against "12 ferries") may still be the same fact in
// other words, and still tells the claims apart as it did. Only for a
// count its article states once, as written (not copied under a bare
// figure's verb) and exact: a bound ("more than 400 vessels") may be of
// another time, and a copied count's noun is the corpus stage's guess,
// which the figure stated elsewhere still checks.
//
// A count keyed by its role and its head noun ("four parked vans were
// damaged": the damaged, of vans) is read so too: where another outlet
// writes "four goats" and both write "four goats", its four is no
// statement of the count of damaged vans.
//
// Nor does the whole of a noun ("five blasts in all") state an increment
// of it ("five more blasts"). Nor does a figure the article gives as a
// count of people in general state a count of things (peopleAndThings): where one outlet writes
// "six vans" and "seven people were injured", its seven is no
// statement of another's changed "seven vans", which is still compared
// with the five.
func (r *autoFactsRule) countedApart(perArticle [][]claim, x *claim, article int) bool {
	if !x.Unique || x.copied || x.Q.Qualifier != nil || x.Q.Unit != nil || article < 0 || article >= len(perArticle) || x.Article < 0 || x.Article >= len(perArticle) || article == x.Article {
		return false
	}
	// A count keyed by its role ("four parked vans were damaged") counts
	// its head's noun as a count of it does: the article's count of
	// that noun is the same fact, the count of any other noun not.
	role := !strings.HasPrefix(x.Key, "count:")
	if role && (x.Role < 0 || x.Head == "" || !strings.HasPrefix(x.Key, "role:")) {
		return false
	}
	own := perArticle[x.Article]
	for i := range perArticle[article] {
		z := &perArticle[article][i]
		if z.Key == x.Key || !strings.HasPrefix(z.Key, "count:") || !sameCount(z, x) {
			continue
		}
		// An increment ("six more blasts", restKey) is another fact
		// than the whole of its noun ("seven blasts in total"): the
		// whole's figure states no increment.
		if !role && strings.HasSuffix(x.Key, restKey) && z.Key == x.Key[:len(x.Key)-len(restKey)] {
			return true
		}
		if role {
			// A bare figure keyed by its verb, or a count copied under
			// one, says not which noun it counts (kind_autofacts_bareverb.go).
			if z.copied || strings.HasPrefix(z.Key, bareVerbKey) {
				continue
			}
			if n := countNoun(z.Key); len(n) == len("count:")+len(x.Head) && strings.HasSuffix(n, x.Head) {
				continue
			}
		} else if r.peopleAndThings(x.Key, z.Key) {
			return true
		}
		for j := range own {
			if w := &own[j]; w != x && w.Key == z.Key && sameCount(w, x) {
				return true
			}
		}
	}
	return false
}

// sameCount reports whether z gives the figure of x, a count without a
// unit: the same kind, value and upper value, no unit, no qualifier.
func sameCount(z, x *claim) bool {
	return z.Q.Unit == nil && z.Q.Kind == x.Q.Kind && z.Q.Value == x.Q.Value && z.Q.High == x.Q.High && z.Q.Qualifier == nil && x.Q.Qualifier == nil
}

// countedApartPair is countedApart of x in the article of y, the claim
// it is compared with, which must be as plain a count as x.
func (r *autoFactsRule) countedApartPair(perArticle [][]claim, x, y *claim) bool {
	return y.Unique && !y.copied && y.Q.Qualifier == nil && r.countedApart(perArticle, x, y.Article)
}

// peopleAndThings reports whether x, a count key, counts things where z
// counts people in general: z's noun is one of PersonNouns that is also
// counted of many things (generic_counts: "people", "persons"), and x's
// noun neither one of PersonNouns nor of generic_counts. "Seven people"
// are no count of "seven vans"; but they may be the count of "seven
// miners" or of "seven cases", and an outlet's own nouns of people
// ("members", "growers") name one body or another, so only the general
// noun against a noun of things tells the figures apart.
func (r *autoFactsRule) peopleAndThings(x, z string) bool {
	if r.personCounts == nil {
		return false
	}
	x, z = countNoun(x), countNoun(z)
	return r.personCounts[z] && r.genericCounts[z] && !r.personCounts[x] && !r.genericCounts[x]
}

// countNoun is a count key without what follows its noun: a part's
// mark or a scope ("count:wolve|part" is "count:wolve").
func countNoun(key string) string {
	if i := strings.IndexByte(key, '|'); i >= 0 {
		return key[:i]
	}
	return key
}
