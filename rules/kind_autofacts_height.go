package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// A length framed as a height is said in many words: "orbiting 260
// miles up", "305 km above the ground", "at an altitude of 61 km". The
// word after the figure was its modifier only where it was no grammar
// word ("30ft high", "a 40ft ketch"), so "up" and "above" framed
// nothing, and two outlets' "high" and "tall" were two modifiers, which
// keeps two lengths apart. The pack's height_frames groups the words of
// one kind of height; a length framed by a word of a group, right after
// the figure (past a conversion in brackets) or as the noun before "of"
// ("an altitude of"), gets the group's first word as its modifier: two
// outlets' heights share it, and a height and a length framed otherwise
// ("six metres long") still differ.

// lengthDimension is the dimension of the units of length.
const lengthDimension = "length"

// heightFrames maps each word of the height_frames groups, lower-cased,
// to its group's first word.
func heightFrames(t *tomlx.Table, id string, groups [][]string) (map[string]string, error) {
	if len(groups) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for g, group := range groups {
		if len(group) < 2 {
			return nil, t.Errorf("height_frames", "rule %q: height_frames[%d] needs at least two words", id, g)
		}
		first := stem(strings.ToLower(group[0]))
		for _, w := range group {
			w = strings.ToLower(w)
			if _, dup := m[w]; dup {
				return nil, t.Errorf("height_frames", "rule %q: %q is in height_frames twice", id, w)
			}
			m[w] = first
		}
	}
	return m, nil
}

// maxConversionTokens is how many tokens a bracketed conversion after a
// figure may take, its brackets left out ("(about 171 feet)").
const maxConversionTokens = 6

// heightFrame returns the modifier of the height_frames group that
// frames q, a length: a word of a group right after the figure ("258
// miles up", "305 km (190 miles) above"), or a word of a group before
// "of" right before it ("an altitude of 61 km"); "" if none.
func (r *autoFactsRule) heightFrame(memo *ctxMemo, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) string {
	if len(r.heights) == 0 || q.Unit == nil || q.Unit.Dimension != lengthDimension {
		return ""
	}
	j := q.Tokens[1]
	if j < sent.Last && isComma(text, toks[j], "(") {
		// "52 metres (171 feet) high": the word after the bracketed
		// conversion frames both.
		for k := j + 1; k < sent.Last && k <= j+maxConversionTokens; k++ {
			if isComma(text, toks[k], ")") {
				j = k + 1
				break
			}
		}
	}
	if j < sent.Last && toks[j].Kind == segment.Word && r.keyed(memo, text, toks, j, keyedHeight) {
		if h, ok := r.heights[strings.ToLower(toks[j].Text(text))]; ok {
			return h
		}
	}
	if i := q.Tokens[0]; i-2 >= sent.First && toks[i-1].Kind == segment.Word && foldIs(toks[i-1].Text(text), "of") && toks[i-2].Kind == segment.Word && r.keyed(memo, text, toks, i-2, keyedHeight) {
		if h, ok := r.heights[strings.ToLower(toks[i-2].Text(text))]; ok {
			return h
		}
	}
	return ""
}
