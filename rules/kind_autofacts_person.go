package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// This file holds the owner of a count that one article gives of two
// people (personOwners): "Ilves needed 31 stitches. Marr needed 9
// stitches." counts one noun twice, so neither count is its article's
// only one of its key and neither is compared as that; yet each is
// owned by a name the other outlets write beside the same count ("Ilves
// received 31 stitches", "surgeons closed Ilves's wounds with 31
// stitches"). The name keys the count apart from the other person's,
// as the subject of a clause does a party's share (ownerOf), so that one
// person's counts are compared and two people's stay apart.

// personOwners sets the owner of each count of claims that is not its
// article's only one of its key and has no owner yet, to the person
// that personOwner finds for it. claimQ[i] is the quantity of claim i.
func (r *autoFactsRule) personOwners(a *Article, qs []quantity.Quantity, claims []claim, claimQ []int32, memo *ctxMemo) {
	text, toks := a.Doc.Text, a.Seg.Tokens
	for i := range claims {
		c := &claims[i]
		if c.Unique || c.Owner != "" || i >= len(claimQ) || !strings.HasPrefix(c.Key, "count:") {
			continue
		}
		q := &qs[claimQ[i]]
		if q.Unit != nil || q.Kind != quantity.Cardinal {
			continue
		}
		c.Owner = r.personOwner(text, toks, a.Seg.Sentences[q.Sentence], q, memo)
	}
}

// personOwner returns the person who owns the count q, lower-cased, or
// "": the sentence's first word when it is a name followed only by
// lower-case words up to the figure, one of them at least (the verb:
// "Ilves needed 31 stitches"), or a name in the possessive with only
// lower-case words between it and the figure ("closed Ilves's wounds
// with 31 stitches"). A name is a capitalised word that is no English
// word, no grammar word and not in capitals: "Doctors needed 46
// stitches" has no owner. A reporting verb between them leaves the
// count without one ("Marr said 31 were hurt").
func (r *autoFactsRule) personOwner(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	from := q.Tokens[0]
	for j := from - 1; j >= sent.First && j >= from-ownerWindow-2; j-- {
		t := &toks[j]
		if t.Kind == segment.Possessive {
			if j-1 < sent.First || j == from-1 {
				return ""
			}
			return r.personAt(text, toks, j-1, memo)
		}
		if t.Kind != segment.Word {
			return ""
		}
		lw := memo.lexOf(text, toks, j)
		if lw.lower {
			if lw.class&classReporting != 0 {
				return ""
			}
			continue
		}
		if j != sent.First || j == from-1 {
			return ""
		}
		return r.personAt(text, toks, j, memo)
	}
	return ""
}

// personAt returns the name at word token j, lower-cased, or "" when
// the word there is no name (personOwner).
func (r *autoFactsRule) personAt(text string, toks []segment.Token, j int, memo *ctxMemo) string {
	if toks[j].Kind != segment.Word || !startsUpper(toks[j].Text(text)) {
		return ""
	}
	lw := memo.lexOf(text, toks, j)
	if lw.allCaps || lw.class&classStop != 0 || memo.englishAt(text, toks, j) {
		return ""
	}
	return memo.loweredAt(text, toks, j)
}

// personOnlyCounts marks each count that is not its article's only
// one of its key and is its owner's only one of it there (personOnly):
// "Ilves needed 31 stitches" beside "Marr needed 9 stitches".
func personOnlyCounts(perArticle [][]claim) {
	for _, cs := range perArticle {
		for i := range cs {
			x := &cs[i]
			if x.Unique || x.Owner == "" || !strings.HasPrefix(x.Key, "count:") || strings.HasPrefix(x.Owner, speakerMark) {
				continue
			}
			x.personOnly = true
			for j := range cs {
				if y := &cs[j]; j != i && y.Key == x.Key && y.Owner == x.Owner {
					x.personOnly = false
					break
				}
			}
		}
	}
}

// personCount reports whether x and y are counts of a specific noun
// (not people, years, times) that each article counts more than once,
// each its owner's only one there, owned by one person (personOnly):
// that person's count, whatever the contrast words around it ("closed
// her wounds with 31 stitches", "31 stitches in hospital"). Like a
// count of a specific noun each article states once, it is one fact
// (match): the roles of the words nearest the figures do not part
// them.
func (r *autoFactsRule) personCount(x, y *claim) bool {
	return x.personOnly && y.personOnly && x.Owner == y.Owner && x.Key == y.Key && !r.genericCounts[x.Key]
}
