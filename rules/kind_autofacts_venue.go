package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// A count whose verb puts it in a named place ("Some 260 people filled
// the guild's reading room", "About 840 people crowded into the Quenby
// Memorial hall") counts the people of that place: where another outlet
// counts people in a place of another name, the two are two crowds, not
// one count given two ways, however many words their sentences share. A
// count of no named place is still compared with either.

// venueMark starts the Compl of a count said of a named place: "@" and
// the place's owner or name, lower-cased ("@guild", "@quenby memorial").
// Such a Compl adds nothing to the key (complementsMatch).
const venueMark = "@"

// venueReach is how many words the place's owner or name may have.
const venueReach = 3

// venueOf returns the owner or name of the place the clause of a count
// puts it in, read from token j, the first after the counted noun: a
// verb in the past right after the noun ("filled", "crowded"), a
// preposition at most ("into", "in"), then "the" and a possessive
// owner ("the guild's reading room") or capitalised words before a noun
// in lower case ("the Quenby Memorial hall"). "" where the clause names
// no place so.
func (r *autoFactsRule) venueOf(a *Article, text string, toks []segment.Token, sent segment.Sentence, j int, memo *ctxMemo) string {
	if a.Calendar == nil || j >= sent.Last || toks[j].Kind != segment.Word {
		return ""
	}
	if w := toks[j].Text(text); !isLowerWord(w) || r.is(memo, text, toks, j, classStop) || !pastForm(a.Calendar, w) {
		return ""
	}
	k := j + 1
	if k < sent.Last && toks[k].Kind == segment.Word && r.is(memo, text, toks, k, classPrep) {
		k++
	}
	if k >= sent.Last || toks[k].Kind != segment.Word || !foldIs(toks[k].Text(text), "the") {
		return ""
	}
	k++
	first := k
	for k < sent.Last && k-first < venueReach && toks[k].Kind == segment.Word && isCapitalised(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) {
		k++
	}
	if k >= sent.Last {
		return ""
	}
	if k == first {
		// "the guild's reading room": one owner in lower case.
		if k+1 < sent.Last && toks[k].Kind == segment.Word && isLowerWord(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) && toks[k+1].Kind == segment.Possessive {
			return venueMark + strings.ToLower(toks[k].Text(text))
		}
		return ""
	}
	// "the Quenby Memorial hall", "the Quenby Memorial's hall": a
	// noun in lower case after the name.
	n := k
	if toks[n].Kind == segment.Possessive {
		n++
	}
	if n >= sent.Last || toks[n].Kind != segment.Word || !isLowerWord(toks[n].Text(text)) || r.is(memo, text, toks, n, classStop) {
		return ""
	}
	return venueMark + strings.ToLower(text[toks[first].Start:toks[k-1].End])
}
