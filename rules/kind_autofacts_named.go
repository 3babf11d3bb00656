package rules

import (
	"slices"
	"strings"
)

// namedAge reports whether x is the age of a named person ("Halvik,
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

// yearAside reports whether x and y, one dated by a year of its sentence
// and the other by none, are still one fact: a count of a specific noun
// that each article of the story states once, worded alike (the same
// modifiers). The year is then an aside of the sentence ("founded in
// 1902 and still buys grain from 310 mills" against "buys grain from 310
// mills"), not the count's date: an article that dated a past count would
// give the present one too, and its noun would not be counted once.
func (r *autoFactsRule) yearAside(x, y *claim) bool {
	if (len(x.Years) == 0) == (len(y.Years) == 0) || !r.specificCounts || r.genericCounts[x.Key] {
		return false
	}
	return x.Unique && y.Unique && x.onceEach && y.onceEach && slices.Equal(x.Mods, y.Mods)
}
