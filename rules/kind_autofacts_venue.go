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
	if k >= sent.Last || toks[k].Kind != segment.Word {
		return ""
	}
	if !foldIs(toks[k].Text(text), "the") {
		// "gathered at Harwood Quay": a place named with no article.
		return r.namedPlace(text, toks, sent, j, k, memo)
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
		// "packed the chapel to hear him": a verb of filling, the place
		// one noun, and the clause ending or going on with "to".
		if k+1 < sent.Last && toks[k].Kind == segment.Word && isLowerWord(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) && r.fillVerb(text, toks, j) && (toks[k+1].Kind != segment.Word || foldIs(toks[k+1].Text(text), "to")) {
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

// A crowd is the people of one place at one time: "14,000 fans at the
// Rook Arena" and "14,000 fans" are one crowd where the story has one
// place, and "at" and a name narrow it no more than "filled the Rook
// Arena" does. A count of a venue_groups group whose complement is "at"
// and a name takes the name as its place (venueMark), not as a part of
// the whole ("four trips to Spain" of "nine trips"); two such crowds of
// two names are still kept apart. A count of other nouns "at" a name
// ("12 patients at St Brannoc's" of "40 patients") keeps its complement.

// venueAt returns the place of a crowd counted by a group of
// venue_groups (key, the count's key) whose noun phrase ends before
// token j, where j is "at" and a name follows it (after "the" at most):
// venueMark and its capitalised words, lower-cased, up to venueReach of
// them and up to a possessive ("at Harwood's Rook Arena" is "@harwood",
// as "crammed into the Harwood stadium" is). "" otherwise.
func (r *autoFactsRule) venueAt(text string, toks []segment.Token, sent segment.Sentence, key string, j int, memo *ctxMemo) string {
	if r.nouns == nil || !r.nouns.venues[key] || j+1 >= sent.Last || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "at") {
		return ""
	}
	k := j + 1
	if toks[k].Kind == segment.Word && toks[k].Text(text) == "the" {
		k++
	}
	return r.placeNamedAt(text, toks, sent, k, memo)
}

// placeNamedAt returns venueMark and the capitalised words from token
// first on, lower-cased, up to venueReach of them and up to a
// possessive or a grammar word, or "" where token first is none.
func (r *autoFactsRule) placeNamedAt(text string, toks []segment.Token, sent segment.Sentence, first int, memo *ctxMemo) string {
	k := first
	for k < sent.Last && k-first < venueReach && toks[k].Kind == segment.Word && isCapitalised(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) {
		k++
	}
	if k == first {
		return ""
	}
	return venueMark + strings.ToLower(text[toks[first].Start:toks[k-1].End])
}

// namedPlace returns the place of a crowd named right after the
// preposition at token k-1 with no article ("gathered at Harwood Quay",
// "massed in Colley Square"): venueMark and the capitalised words,
// lower-cased, up to venueReach of them and up to a possessive, where a
// verb in the past (token j) and "at" or "in" go before them. "" where
// token k is no capitalised word or the verb has no preposition.
func (r *autoFactsRule) namedPlace(text string, toks []segment.Token, sent segment.Sentence, j, k int, memo *ctxMemo) string {
	if k != j+2 {
		return ""
	}
	if p := toks[j+1].Text(text); !foldIs(p, "at") && !foldIs(p, "in") {
		return ""
	}
	return r.placeNamedAt(text, toks, sent, k, memo)
}

// fillVerb reports whether token j is a verb of a crowd filling a place
// (the pack's fill_verbs: "packed", "filled", "crammed").
func (r *autoFactsRule) fillVerb(text string, toks []segment.Token, j int) bool {
	return r.fillVerbs.hasLower(toks[j].Text(text))
}
