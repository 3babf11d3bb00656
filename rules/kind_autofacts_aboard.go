package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// This file claims the count of everyone on board a craft, which outlets
// give whole or in its parts: "with 58 people on board" in one, "carrying
// 51 passengers and seven crew" in another. The parts are claimed again
// as their sum, under the key of the whole (aboardKey), so that a
// changed part, or a changed whole, disagrees with the other outlet's
// figure.
//
// Only what the grammar ties plainly: a count of a noun of wholes
// ("people", "souls") right before "on board" or "aboard"; a count of
// "passengers and crew" after a word of carrying ("with", "carrying");
// and two counts of the two parts joined by "and" after such a word,
// where nothing but the clause's end, or a word that opens another
// clause, follows them. "An outbreak sickened 31 passengers and 4 crew
// aboard" is a part of those on board, not all of them: no word of
// carrying stands before it.

// aboardKey is the key of the count of everyone on board.
const aboardKey = "count:people|aboard"

// onBoardConfig is the pack's on_board table: the nouns of the two
// parts ("passengers", "crew") and of the whole ("people"), the words
// of carrying ("with", "carrying"), the words or pairs of words after a
// whole that put it on board ("aboard", "on board"), and the words that
// may follow the parts and end their clause ("when", "bound").
type onBoardConfig struct {
	Parts  []string `toml:"parts"`
	Wholes []string `toml:"wholes"`
	Carry  []string `toml:"carry"`
	Aboard []string `toml:"aboard"`
	After  []string `toml:"after"`
}

// onBoard is the on_board table as the rule reads it: parts holds the
// noun of each part by its number (its place in Parts), so that two
// counts of one part ("31 passengers and 4 passengers") are no sum;
// aboard holds each phrase of Aboard as its words.
type onBoard struct {
	parts                [2]words
	wholes, carry, after words
	aboard               [][]string
}

func newOnBoard(t *tomlx.Table, id string, c onBoardConfig) (*onBoard, error) {
	if len(c.Parts) == 0 && len(c.Wholes) == 0 {
		return nil, nil
	}
	if len(c.Parts) != 2 || len(c.Carry) == 0 || len(c.Aboard) == 0 {
		return nil, t.Errorf("on_board", "rule %q: on_board needs two parts, words of carrying and of being aboard", id)
	}
	var parts [2]words
	for i, p := range c.Parts {
		parts[i] = wordSet([]string{p})
	}
	var aboard [][]string
	for _, p := range c.Aboard {
		if f := strings.Fields(strings.ToLower(p)); len(f) > 0 {
			aboard = append(aboard, f)
		}
	}
	return &onBoard{parts: parts, wholes: wordSet(c.Wholes), carry: wordSet(c.Carry), after: wordSet(c.After), aboard: aboard}, nil
}

// appendAboard appends to claims the claim of everyone on board that
// quantity qs[i] opens, made from claims[first], the claim made of
// qs[i] (its context and place), if it opens one. The caller has seen
// a noun of the whole or a part (classAboard) right after the figure.
func (r *autoFactsRule) appendAboard(a *Article, qs []quantity.Quantity, i int, claims []claim, first int) []claim {
	ob := r.onBoard
	q := &qs[i]
	if ob == nil || q.Kind != quantity.Cardinal || q.Unit != nil || q.Qualifier != nil || q.Range || q.Value <= 0 || strings.HasPrefix(claims[first].Key, "age|") {
		return claims
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[q.Sentence]
	n := q.Tokens[1] // the noun after the figure
	if n >= sent.Last || toks[n].Kind != segment.Word {
		return claims
	}
	end, sum := -1, figureOf(q)
	if ob.wholes.hasLower(toks[n].Text(text)) {
		// "58 people on board", "58 souls aboard".
		end = ob.aboardAfter(text, toks, sent, n+1)
	} else if first, ok := ob.part(text, toks[n]); ok && wordAt(text, toks, n+1, "and") &&
		q.Tokens[0]-1 >= sent.First && toks[q.Tokens[0]-1].Kind == segment.Word && ob.carry.hasLower(toks[q.Tokens[0]-1].Text(text)) {
		if second, ok := ob.part(text, toks[min(n+2, len(toks)-1)]); ok && n+2 < sent.Last && second != first {
			// "carrying 58 passengers and crew".
			if ob.clauseEndsAt(text, toks, sent, n+3) {
				end = n + 3
			}
		} else if i+1 < len(qs) && qs[i+1].Tokens[0] == n+2 {
			// "carrying 51 passengers and seven crew": the second
			// count right after "and", of the other part.
			p := &qs[i+1]
			m := p.Tokens[1]
			if p.Kind == quantity.Cardinal && p.Unit == nil && p.Qualifier == nil && !p.Range && p.Value > 0 && m < sent.Last {
				if second, ok := ob.part(text, toks[m]); ok && second != first && ob.clauseEndsAt(text, toks, sent, m+1) {
					end = m + 1
					sum.Value += p.Value
					sum.High = sum.Value
					sum.Step = min(q.Step, p.Step)
					sum.Round = max(q.Round, p.Round)
				}
			}
		}
	}
	if end < 0 {
		return claims
	}
	claims = append(claims, claims[first])
	c := &claims[len(claims)-1]
	c.Key, c.Label, c.Mods, c.Compl, c.Head, c.Role, c.Owner = aboardKey, "people on board", nil, "", "", -1, ""
	c.Q = sum
	c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[end-1].End})
	return claims
}

// nouns returns the nouns of the whole and of the parts, in one set.
func (ob *onBoard) nouns() words {
	ws := words{}
	for _, set := range []words{ob.wholes, ob.parts[0], ob.parts[1]} {
		for w := range set {
			ws[w] = true
		}
	}
	return ws
}

// part returns the number of the part noun t is, if it is one.
func (ob *onBoard) part(text string, t segment.Token) (int, bool) {
	if t.Kind != segment.Word {
		return 0, false
	}
	for k, ws := range ob.parts {
		if ws.hasLower(t.Text(text)) {
			return k, true
		}
	}
	return 0, false
}

// aboardAfter returns the token after a phrase of aboard ("aboard",
// "on board") at token j, or -1.
func (ob *onBoard) aboardAfter(text string, toks []segment.Token, sent segment.Sentence, j int) int {
	for _, ws := range ob.aboard {
		k := 0
		for k < len(ws) && j+k < sent.Last && wordAt(text, toks, j+k, ws[k]) {
			k++
		}
		if k == len(ws) {
			return j + k
		}
	}
	return -1
}

// clauseEndsAt reports whether the parts of the whole end their clause
// at token j: the sentence's end, a punctuation mark, a phrase of
// aboard, or a word of after ("when it struck", "and sank", "on a
// cruise", "bound for"). A word of a state after them ("31 passengers
// and 4 crew ill") makes them a part of those on board.
func (ob *onBoard) clauseEndsAt(text string, toks []segment.Token, sent segment.Sentence, j int) bool {
	if j >= sent.Last || toks[j].Kind == segment.Punct {
		return true
	}
	return toks[j].Kind == segment.Word && ob.after.hasLower(toks[j].Text(text)) || ob.aboardAfter(text, toks, sent, j) >= 0
}
