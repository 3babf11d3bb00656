package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// ofThreshold returns the part of a share's key that says which part of
// its whole it measures, where the copy bounds that part by a number
// after the whole: "12.4% of members are under 30" measures the members
// under 30, not the members, and is not the same fact as "40% of
// members were born abroad", though both are keyed by their whole ("of
// member"). The words after a form of "be" after the whole are read up to the clause's end or
// maxThresholdWords words; the first number among them, a whole number
// below 1000 (an age, a size; not a year or a sum), is returned as
// "|30"; "" where there is none. Copy that words the same part
// otherwise ("are pensioners") is not compared with it, which is the
// price: a numbered part is a part, and a share of the part compared
// with a share of the whole was a false alarm.
func (r *autoFactsRule) ofThreshold(memo *ctxMemo, text string, toks []segment.Token, sent segment.Sentence, k int) string {
	// Only a clause that says what the whole's part is: a form of "be"
	// right after the whole. "142mm of rain fell in 24 hours" bounds no
	// part of the rain.
	if k+1 >= sent.Last || toks[k+1].Kind != segment.Word || !r.keyed(memo, text, toks, k+1, keyedPart) {
		return ""
	}
	for j := k + 2; j < sent.Last && j <= k+1+maxThresholdWords; j++ {
		t := &toks[j]
		switch t.Kind {
		case segment.Word:
			continue
		case segment.Number:
			n := t.Text(text)
			if len(n) <= 3 && strings.Trim(n, "0123456789") == "" && (j+1 >= sent.Last || toks[j+1].Kind != segment.Number) {
				return "|" + strings.TrimLeft(n, "0")
			}
		}
		return "" // a comma or a bracket ends the clause
	}
	return ""
}

// partVerb are the forms of "be" that open the clause saying which
// part of a whole a share measures.
var partVerb = map[string]bool{"are": true, "were": true, "is": true, "was": true}

// maxThresholdWords bounds the tokens read after the whole.
const maxThresholdWords = 4
