package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// repetitions returns the noun phrase of a bare count of how often
// something happened, "times" ("circled the Earth six times", "she
// capsized three times before dawn"), and true; "times" is a grammar
// word of the context, which the counted noun is not read from. Only
// where the clause ends after it or goes on with a word of when or of
// another clause (repetitionAfter): "three times as many", "five times
// the size", "four times higher" and "three times a day" multiply or
// rate something, and are no count.
func repetitions(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (nounPhrase, bool) {
	if q.Kind != quantity.Cardinal || q.Unit != nil || q.Range {
		return nounPhrase{}, false
	}
	j := q.Tokens[1]
	if j >= sent.Last || toks[j].Kind != segment.Word || !strings.EqualFold(toks[j].Text(text), "times") {
		return nounPhrase{}, false
	}
	if k := j + 1; k < sent.Last {
		t := toks[k]
		switch t.Kind {
		case segment.Punct:
			if c := text[t.Start]; c != '.' && c != ',' && c != ';' && c != ':' && c != '!' && c != '?' {
				return nounPhrase{}, false
			}
		case segment.Word:
			if !repetitionAfter(t.Text(text)) {
				return nounPhrase{}, false
			}
		default:
			return nounPhrase{}, false
		}
	}
	return nounPhrase{Head: "times", End: j + 1}, true
}

// repetitionAfter reports whether w, right after "N times", goes on
// with when the repetitions happened or with another clause: "before",
// "after", "during", "in", "on", "since", "between", "until", "and",
// "but", "while", "when".
func repetitionAfter(w string) bool {
	for _, a := range [...]string{"before", "after", "during", "in", "on", "since", "between", "until", "and", "but", "while", "when"} {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}
