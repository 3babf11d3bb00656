package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// A count said of each of several things ("each hiker was roped to two
// guides", "two guides per hiker", "the crews each carried three
// ladders") is what one of them had, not a count of the story: the
// outlet that writes "a team of 14 guides" states another fact. Such a
// count is keyed apart (perItemKey) and compared only with other
// outlets' counts per item. Its article's count of the whole is then
// the one count of its noun, as it is in the other outlets' copy.

// perItemKey is the key suffix of a count per item.
const perItemKey = "|each"

// perItem reports whether the count of quantity q, whose noun phrase
// ends at token end, is said per item: its noun is followed by "each"
// ("two guides each"), or by "per", "for each" or "for every" and a
// word that is no unit of time ("two guides per hiker"; "a day" is a
// period, countPeriod's), or its clause has, before the figure, "each"
// or "every" followed by a word other than "of", "other", "one" and a
// unit of time ("Each hiker was roped to two guides", "The crews each
// carried three ladders"; not "each of the 14 guides", "every day"). The
// clause is walked only when cues, the sentence's (cuesAt), hold cueEach. The
// clause is read back to the sentence's start, a comma, semicolon or
// colon, a coordinating word ("and", "but"), "when", "while", "whereas"
// or a relative word ("which", "who", "that", "where"): in "each hiker
// had a helmet and the team used 40 ropes" the ropes are the team's, and
// in "every family in the valley has someone at the mill that employs
// 900 people" the staff are the mill's.
func perItem(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, end int, cues sentenceCues) bool {
	if q.Kind != quantity.Cardinal || q.Unit != nil {
		return false
	}
	text := a.Doc.Text
	if end < sent.Last && toks[end].Kind == segment.Word {
		w := toks[end].Text(text)
		switch {
		case foldIs(w, "each"):
			return !wordIs(text, toks, end+1, "of") && !wordIs(text, toks, end+1, "other")
		case foldIs(w, "per"):
			return itemWord(a, toks, sent, end+1)
		case foldIs(w, "for") && end+1 < sent.Last && (wordIs(text, toks, end+1, "each") || wordIs(text, toks, end+1, "every")):
			return itemWord(a, toks, sent, end+2)
		}
	}
	if cues&cueEach == 0 {
		return false // no "each" or "every" in the sentence for the walk to find
	}
	for j := q.Tokens[0] - 1; j >= sent.First; j-- {
		t := &toks[j]
		if t.Kind == segment.Punct {
			if c := text[t.Start]; c == ';' || c == ':' || c == ',' {
				return false
			}
			continue
		}
		if t.Kind != segment.Word {
			continue
		}
		if n := t.End - t.Start; n < 3 || n > 8 {
			continue // no word of clauseWordOf's
		}
		switch clauseWordOf(t.Text(text)) {
		case clauseEnd:
			return false
		case clauseEach:
			if itemWord(a, toks, sent, j+1) {
				return true
			}
		}
	}
	return false
}

// itemWord reports whether token j is a word that "each", "every" or
// "per" before it makes an item counted by: a word, but not "of",
// "other", "one", "single" or a unit of time of the article's unit
// table ("every day", "per year": a period).
func itemWord(a *Article, toks []segment.Token, sent segment.Sentence, j int) bool {
	if j >= sent.Last || toks[j].Kind != segment.Word {
		return false
	}
	w := toks[j].Text(a.Doc.Text)
	if foldIs(w, "of") || foldIs(w, "other") || foldIs(w, "one") || strings.EqualFold(w, "single") {
		return false
	}
	if a.Units != nil {
		if u := a.Units.Unit(lowerASCII(w)); u != nil && u.Dimension == durationKey {
			return false
		}
	}
	return true
}

// The words perItem's walk back through a clause stops or looks at
// (clauseWordOf).
const (
	clauseOther = iota
	// clauseEnd: a word that opens the clause ("and", "but", "when",
	// "while", "whereas", "which", "who", "that", "where").
	clauseEnd
	// clauseEach: "each" or "every".
	clauseEach
)

// clauseWordOf tells which of perItem's words w is, in any case, by its
// length first: the walk asks it of every word back to the clause's
// start, where eleven compares and a call a word cost more than the
// rest of perItem. The answers are those of foldIs and, for "whereas",
// strings.EqualFold, which also folds a long s (two bytes) to "s": the
// only letter of these words with a fold of another length ("k" is the
// other in English), hence the test at eight bytes.
func clauseWordOf(w string) int {
	switch len(w) {
	case 3:
		if foldIs(w, "and") || foldIs(w, "but") || foldIs(w, "who") {
			return clauseEnd
		}
	case 4:
		if foldIs(w, "when") || foldIs(w, "that") {
			return clauseEnd
		}
		if foldIs(w, "each") {
			return clauseEach
		}
	case 5:
		if foldIs(w, "while") || foldIs(w, "which") || foldIs(w, "where") {
			return clauseEnd
		}
		if foldIs(w, "every") {
			return clauseEach
		}
	case 7:
		if foldLit(w, "whereas") {
			return clauseEnd
		}
	case 8:
		if foldIs(w[:6], "wherea") && w[6:] == "\u017f" {
			return clauseEnd
		}
	}
	return clauseOther
}
