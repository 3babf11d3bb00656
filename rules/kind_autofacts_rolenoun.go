package rules

import (
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// A count whose noun is itself a contrast word states its role in the
// noun: "12 deaths", "12 lives" and "12 fatalities" are the toll "12
// people died" gives, "40 survivors" the rescued "pulled 40 people out
// alive" counts. roleWithin reads the words around the noun phrase, not
// its noun, so such a count got no role and was never compared with the
// same figure said with a verb. And as the role's noun it says nothing
// of who is counted: it is no head that keeps two role claims apart
// ("40 survivors" and "40 people rescued" count the same people, where
// "two officers injured" and "50 people injured" do not).
//
// Some nouns of people say no more than that: "victims" and
// "casualties" are whoever the role befell, as "people" in a role
// count is ("nine victims were taken to hospital" counts what "nine
// people were taken to hospital" does). The pack's harmed_nouns name
// them; such a noun is no head either.

// nounRole is the contrast group of the head of the counted noun phrase
// np ("deaths" in "12 deaths"), and its word; -1 and "" when the head is
// no contrast word.
func (r *autoFactsRule) nounRole(text string, toks []segment.Token, np nounPhrase, memo *ctxMemo) (int, string) {
	j := np.End - 1
	if j < 0 || j >= len(toks) || toks[j].Kind != segment.Word {
		return -1, ""
	}
	g := r.roleOf(text, toks, j, memo)
	if g < 0 || r.places[g] && r.placeNouns.hasLower(toks[j].Text(text)) {
		return -1, "" // "three hospitals" count places, not people
	}
	return g, toks[j].Text(text)
}

// modRole is the contrast group of a modifier of the counted noun phrase
// np, between the figure q and the noun ("cancelled" in "69 cancelled
// departures", "injured" in "two injured climbers"), and its word; -1 and
// "" when none is a contrast word. The count states its role in the
// modifier as "cancelled 96 departures" does with a verb; roleWithin reads
// only the words around the noun phrase. A place word there ("three
// hospital beds") gives no role.
func (r *autoFactsRule) modRole(text string, toks []segment.Token, q *quantity.Quantity, np nounPhrase, memo *ctxMemo) (int, string) {
	for j := q.Tokens[1]; j < np.End-1 && j < len(toks); j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		if g := r.roleOf(text, toks, j, memo); g >= 0 && !r.places[g] {
			return g, toks[j].Text(text)
		}
	}
	return -1, ""
}

// roleHead is the Head of a role claim counting np: its noun's stem (as
// its group's, count_groups), or "" when the noun is itself a contrast
// word or one of harmed_nouns.
func (r *autoFactsRule) roleHead(text string, toks []segment.Token, np nounPhrase, memo *ctxMemo) string {
	if g, _ := r.nounRole(text, toks, np, memo); g >= 0 || r.harmedNouns.hasLower(np.Head) {
		return ""
	}
	return r.nouns.head(stem(np.Head))
}
