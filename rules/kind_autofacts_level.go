package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// This file holds the role of a toll's level (levelRole): the figure a
// running toll reached, given after a change word and "to".

// levelRole is the contrast group of the toll a count reaches ("the
// toll ... rose to nine"): for a cardinal right after a word of a
// changes group and "to" ("rose to", "had risen to", "climbed to"), the
// nearest word before the change word in its sentence that is of a
// running toll's group (rising_tolls, moving_tolls), with its text.
// Copy names the toll at the head of a long subject, further from the
// figure than the window ("The number of deaths from the fire at the
// old mill in the valley rose to 14 on Friday"), and the figure is the
// toll all the same; the other outlets state it beside its word ("14
// people died"). The walk stops at another number (a figure of its
// own), at a semicolon or colon (a clause of its own), and at a word of
// a group that is no running toll (what rose may be a price or a
// share): -1, "" then, as without a change word.
func (r *autoFactsRule) levelRole(a *Article, q *quantity.Quantity, memo *ctxMemo) (int, string) {
	g, j := r.levelAt(a, q, memo)
	if g < 0 {
		return -1, ""
	}
	return g, a.Seg.Tokens[j].Text(a.Doc.Text)
}

// levelAt is levelRole's group and the token of its word; -1, -1 if
// none.
func (r *autoFactsRule) levelAt(a *Article, q *quantity.Quantity, memo *ctxMemo) (int, int) {
	if q.Kind != quantity.Cardinal || q.Unit != nil || len(r.tolls) == 0 || q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
		return -1, -1
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[q.Sentence]
	to := q.Tokens[0] - 1
	if to-1 < sent.First || toks[to].Kind != segment.Word || !foldIs(toks[to].Text(text), "to") || toks[to-1].Kind != segment.Word {
		return -1, -1
	}
	if g := r.roleOf(text, toks, to-1, memo); g < 0 || g >= len(r.changes) || !r.changes[g] {
		return -1, -1
	}
	for j := to - 2; j >= sent.First; j-- {
		switch toks[j].Kind {
		case segment.Number:
			return -1, -1
		case segment.Word:
		default:
			if s := toks[j].Text(text); s == ";" || s == ":" {
				return -1, -1
			}
			continue
		}
		g := r.roleOf(text, toks, j, memo)
		if g < 0 {
			continue
		}
		if g >= len(r.tolls) || r.tolls[g] == notToll {
			return -1, -1
		}
		return g, j
	}
	return -1, -1
}

// levelRoleOf gives claim c, keyed by the toll a level reaches
// (levelRole) but with no contrast word in the window, the role of its
// key, and the words around the toll's word (up to levelWindow before
// it, and those after it up to the change word) as context: the claim
// states that toll as "14 people died" does, and is an edition's figure
// of it as that one is (tollUpdate); the toll's own words ("the death
// toll from the fire at the mill") tell which toll, as the words beside
// "died" do in the other outlets' copy.
func (r *autoFactsRule) levelRoleOf(a *Article, c *claim, q *quantity.Quantity, memo *ctxMemo) {
	if c.Role >= 0 || !strings.HasPrefix(c.Key, "role:") {
		return
	}
	g, at := r.levelAt(a, q, memo)
	if g < 0 || g >= len(r.roleKeys) || r.roleKeys[g] != c.Key {
		return
	}
	c.Role = g
	toks := a.Seg.Tokens
	sent := a.Seg.Sentences[q.Sentence]
	ctx := append([]wordID(nil), c.Context...)
	for j, n := at, 0; j >= sent.First && n <= levelWindow; j-- {
		if toks[j].Kind == segment.Word {
			n++
			if w := memo.word[j]; w != 0 {
				ctx = append(ctx, w)
			}
		}
	}
	for j := at + 1; j < q.Tokens[0]-2; j++ {
		if toks[j].Kind == segment.Word {
			if w := memo.word[j]; w != 0 {
				ctx = append(ctx, w)
			}
		}
	}
	ctx = append(ctx, levelMark)
	slices.Sort(ctx)
	c.Context = slices.Compact(ctx)
}

// levelMark is the context word that marks a claim of a toll's level
// (levelRoleOf): no stem has a space, so no word of the copy is it. It
// travels with the context, through an archive too.
var levelMark = wordHash(" level")

// levelPoint reports whether x and y, of one key, are a toll's level
// and another claim of the same toll: the level says outright which
// toll it is, as a counted noun says what a count counts (the Head
// point of match).
func levelPoint(x, y *claim) bool {
	if x.Role < 0 || x.Role != y.Role {
		return false
	}
	_, xl := slices.BinarySearch(x.Context, levelMark)
	if xl {
		return true
	}
	_, yl := slices.BinarySearch(y.Context, levelMark)
	return yl
}

// levelWindow is how many words before a toll's word are read as its
// context (levelRoleOf): "the death toll", "the number of people killed".
const levelWindow = 3
