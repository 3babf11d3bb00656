package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// pronounAge reports whether bare number q is the age a clause of time
// gives a person named by a pronoun: "when she was nine", "since he
// was 9", "until I was 16", with nothing after the number but the end of
// its clause (a mark or the sentence's end). Such a number states an
// age, as "the 12-year-old" does, and restates no count of the story:
// another article's count changed to it is still that article's error
// (anchorOf).
func pronounAge(text string, toks []segment.Token, sents []segment.Sentence, q *quantity.Quantity) bool {
	if q.Unit != nil || q.Kind != quantity.Cardinal || q.Range || q.Value < 1 || q.Value > 120 || q.Sentence < 0 || q.Sentence >= len(sents) {
		return false
	}
	sent := sents[q.Sentence]
	if n := q.Tokens[1]; n < sent.Last && toks[n].Kind != segment.Punct {
		return false
	}
	v, p, c := q.Tokens[0]-1, q.Tokens[0]-2, q.Tokens[0]-3
	if c < sent.First || toks[v].Kind != segment.Word || toks[p].Kind != segment.Word || toks[c].Kind != segment.Word {
		return false
	}
	if w := toks[v].Text(text); !strings.EqualFold(w, "was") && !strings.EqualFold(w, "is") {
		return false
	}
	if w := toks[p].Text(text); !strings.EqualFold(w, "he") && !strings.EqualFold(w, "she") && w != "I" {
		return false
	}
	w := toks[c].Text(text)
	return strings.EqualFold(w, "when") || strings.EqualFold(w, "since") || strings.EqualFold(w, "until") || strings.EqualFold(w, "till") || strings.EqualFold(w, "as")
}

// ofAge reports whether bare number q is the age of one person named by
// a noun of people: "a boy of eight", "a pensioner of 91" ("a", a
// singular of person_nouns, "of"). Such a number states an age, as
// pronounAge's does. A noun of people listed as written counts a body of
// them ("a crew of 21", "a staff of 40"): its number is a count.
func (r *autoFactsRule) ofAge(text string, toks []segment.Token, q *quantity.Quantity) bool {
	if r.personCounts == nil || q.Unit != nil || q.Kind != quantity.Cardinal || q.Range || q.Value < 1 || q.Value > 120 {
		return false
	}
	of, noun, art := q.Tokens[0]-1, q.Tokens[0]-2, q.Tokens[0]-3
	if art < 0 || toks[of].Kind != segment.Word || toks[noun].Kind != segment.Word || toks[art].Kind != segment.Word ||
		!foldIs(toks[of].Text(text), "of") {
		return false
	}
	if w := toks[art].Text(text); !foldIs(w, "a") && !foldIs(w, "an") {
		return false
	}
	w := strings.ToLower(toks[noun].Text(text))
	return !r.personWords[w] && r.personCounts["count:"+stem(w)]
}
