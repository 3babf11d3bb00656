package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// This file holds the rank said of a clause's subject (rankSubject): an
// ordinal with no noun after it, whose noun is the subject the verb
// "to be" ties it to.

// rankCopulas tie a rank to the subject before them: "The collapse was
// the third", "this win is the fifth".
var rankCopulas = map[string]bool{"is": true, "was": true, "becomes": true, "became": true}

// rankSubjectDeterminers open the subject a rank is said of.
var rankSubjectDeterminers = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true}

// rankSubject reads the noun an ordinal with no noun after it ranks, from
// the subject before "is the" or "was the": "The collapse was the third on
// the line this year" ranks collapses as "the third collapse on the line"
// does, and another outlet's "the fourth collapse" disagrees with it. The
// subject is a determiner at the start of the sentence or after a comma,
// up to two lower-case words (the last the head, the others its
// modifiers), then the verb and "the". A name ("Quillane was the third"),
// a pronoun ("It was the third") or a longer subject gives no noun: what
// is ranked is not said there. The complement after the ordinal narrows
// the rank as after a noun ("on the Tarn line").
func (r *autoFactsRule) rankSubject(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (nounPhrase, bool) {
	the := q.Tokens[0] - 1
	verb := the - 1
	if verb-2 < sent.First || !wordIs(text, toks, the, "the") || toks[verb].Kind != segment.Word || !rankCopulas[strings.ToLower(toks[verb].Text(text))] {
		return nounPhrase{}, false
	}
	head := verb - 1
	det := -1
	for j := head; j >= sent.First && j >= head-2; j-- {
		if toks[j].Kind != segment.Word {
			return nounPhrase{}, false
		}
		w := toks[j].Text(text)
		if j < head && rankSubjectDeterminers[strings.ToLower(w)] {
			det = j
			break
		}
		if !isLowerWord(w) || r.g.stop.hasLower(w) {
			return nounPhrase{}, false
		}
	}
	if det < 0 || (det > sent.First && toks[det-1].Text(text) != ",") {
		return nounPhrase{}, false
	}
	np := nounPhrase{Head: strings.ToLower(toks[head].Text(text)), End: q.Tokens[1]}
	for j := det + 1; j < head; j++ {
		np.Mods = append(np.Mods, stem(toks[j].Text(text)))
	}
	np.Compl = r.g.nameComplement(text, toks, sent, np.End)
	return np, true
}

// wordIs reports whether token j is the word w, in any case.
func wordIs(text string, toks []segment.Token, j int, w string) bool {
	return j >= 0 && j < len(toks) && toks[j].Kind == segment.Word && strings.EqualFold(toks[j].Text(text), w)
}

// nameComplement is the complement whose object is a name at token j
// ("on the Tarn line"), as countedNounIn reads it after a noun, or "".
func (g *grammar) nameComplement(text string, toks []segment.Token, sent segment.Sentence, j int) string {
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !g.preps.hasLower(toks[j].Text(text)) {
		return ""
	}
	k := j + 1
	for k < sent.Last && toks[k].Kind == segment.Word && g.stop.hasLower(toks[k].Text(text)) && !isCapitalised(toks[k].Text(text)) {
		k++
	}
	if k < sent.Last && toks[k].Kind == segment.Word && isCapitalised(toks[k].Text(text)) && (isAllCaps(toks[k].Text(text)) || !g.stop.hasLower(toks[k].Text(text))) {
		return strings.ToLower(toks[j].Text(text)) + " " + strings.ToLower(toks[k].Text(text))
	}
	return ""
}
