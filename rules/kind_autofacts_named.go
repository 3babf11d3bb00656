package rules

import "strings"

// namedAge reports whether x is the age of a named person ("Tervane,
// 47,"): its key names whom it is about, so two such claims of one key
// are one fact whatever else their articles say. That the other article
// states x's figure somewhere ("the hull, 25 years old", "25 minutes
// later") is no sign that the claims were keyed together by mistake, as
// it is for a count or a sum whose key is only its noun or unit: a
// figure changed by swapped digits is often one the story uses for
// something else.
func namedAge(x *claim) bool {
	return strings.HasPrefix(x.Key, "age|") && !strings.HasPrefix(x.Key, roleAgeKey)
}

// oneNamedAge reports whether x and y, claims of two articles, are the
// age of one named person beyond doubt, so that CheckCorpus compares them
// whatever figures their articles state elsewhere: each is its article's
// only age of the name, and neither article gives the other's figure as
// the age of someone named otherwise (ageOfAnother).
func oneNamedAge(perArticle [][]claim, x, y *claim) bool {
	return namedAge(x) && namedAge(y) && x.Unique && y.Unique &&
		!ageOfAnother(perArticle[x.Article], y) && !ageOfAnother(perArticle[y.Article], x)
}

// ageOfAnother reports whether cs, the claims of one article, give y's
// figure as the age of someone named otherwise than y. A surname may be
// two people's ("Jan Orlik, 31, whose husband Piet, 34,"): where one
// article names the husband by his given name, its 31 and the others'
// 34 are two people's ages, not one age stated twice.
func ageOfAnother(cs []claim, y *claim) bool {
	for i := range cs {
		c := &cs[i]
		if c.Key != y.Key && namedAge(c) && c.Q.Value == y.Q.Value && c.Q.High == y.Q.High {
			return true
		}
	}
	return false
}
