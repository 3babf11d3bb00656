package rules

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// checkMargin reads figure qs[i] as the margin between two totals of its
// sentence, the way results copy states a lead:
//
//	"won with 418.5 points, 9.8 points ahead of Orlen on 408.7"
//	"finished on 408.7 points, 9.8 behind Ysolde Krane on 418.5"
//
// M is qs[i], followed by its noun (or unit) or by none, then a word of
// margin_words ("ahead", "clear", "behind") and "of" where the copy
// puts one; then the name of the other side, capitalised words and
// possessives only ("Vasko's Mira Quisk"), and "on" or "with" right
// before Y, the other side's total. W is the figure the sentence gives
// "with" or "on" before M, the nearest such of M's noun or unit: the
// subject's own total. M must be the distance between W and Y,
// whichever is the larger (a lead in points is W - Y, one in seconds Y
// - W), each figure taken with the rounding it was written with.
//
// Nothing else is read: a margin over something the copy does not
// quantify ("ahead of the field", "ahead of his average of 25"), a
// total not tied by "with" or "on", or figures of other nouns or units
// are left alone.
func (r *arithmeticRule) checkMargin(a *Article, rep *Reporter, qs []quantity.Quantity, i int, sent segment.Sentence) {
	if len(r.margins) == 0 {
		return
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	m := &qs[i]
	if m.Range || isRatio(m) || m.Kind != quantity.Cardinal {
		return
	}
	// M's noun, if it is a bare count with one: "9.8 points ahead".
	// The words are asked of margin_words as written (hasLower): the
	// noun is lowered only once a margin word follows it.
	j := m.Tokens[1]
	if j >= sent.Last || toks[j].Kind != segment.Word {
		return
	}
	noun := ""
	if !r.isMargin(toks[j].Text(text)) {
		if m.Unit != nil {
			return
		}
		j++
		if j >= sent.Last || toks[j].Kind != segment.Word || !r.isMargin(toks[j].Text(text)) {
			return
		}
		noun = strings.ToLower(toks[j-1].Text(text))
	}
	j++
	if wordAt(text, toks, j, "of") {
		j++
	}
	// The other side's name: capitalised words and possessives, then
	// "on" or "with" and Y.
	n := 0
	for ; j < sent.Last && n < maxMarginName; j, n = j+1, n+1 {
		t := toks[j]
		if t.Kind == segment.Possessive {
			continue
		}
		if t.Kind != segment.Word {
			return
		}
		w := t.Text(text)
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			break
		}
	}
	if n == 0 || !wordAt(text, toks, j, "on") && !wordAt(text, toks, j, "with") {
		return
	}
	k := quantityIndexAt(qs, j+1)
	if k < 0 || qs[k].Sentence != m.Sentence {
		return
	}
	y := &qs[k]
	// W: the nearest figure before M that "with" or "on" opens, of M's
	// noun or unit.
	var w *quantity.Quantity
	want := marginOf(m, noun) // "" for a bare M: any noun or unit
	for k := i - 1; k >= 0 && qs[k].Sentence == m.Sentence; k-- {
		q := &qs[k]
		if !wordAt(text, toks, q.Tokens[0]-1, "with") && !wordAt(text, toks, q.Tokens[0]-1, "on") {
			continue
		}
		if q.Kind != quantity.Cardinal || q.Range || isRatio(q) {
			continue
		}
		if u := marginUnit(text, toks, q); u != "" && (want == "" || u == want) {
			w = q
			break
		}
	}
	if w == nil || y.Kind != quantity.Cardinal || y.Range || isRatio(y) {
		return
	}
	// Y is bare, or of W's noun or unit: "on 408.7", "on 408.7
	// points"; "on 408.7 after" may count something else.
	if yu := marginUnit(text, toks, y); yu != "" && yu != marginUnit(text, toks, w) {
		return
	}
	mlo, mhi, ok1 := countBounds(m)
	wlo, whi, ok2 := countBounds(w)
	ylo, yhi, ok3 := countBounds(y)
	if !ok1 || !ok2 || !ok3 {
		return
	}
	lo := max(0, wlo-yhi, ylo-whi)
	hi := max(whi-ylo, yhi-wlo)
	// A hair of slack for the binary fractions of decimal figures.
	const eps = 1e-9
	if hi+eps >= mlo && lo-eps <= mhi {
		return
	}
	d := max(decimalsOf(w.Step), decimalsOf(y.Step), 0)
	right := formatNumber(math.Abs(w.Value-y.Value), d)
	if d == 0 {
		right = withThousands(int(math.Round(math.Abs(w.Value - y.Value))))
	}
	msg := fmt.Sprintf("%s and %s are %s apart, not %s", spanText(a, w.Span), spanText(a, y.Span), right, spanText(a, m.Span))
	rep.Report(r, document.Span{Start: m.Span.Start, End: m.Span.End}, msg,
		[]diag.Related{{Location: rep.At(w.Span), Message: "the total"}, {Location: rep.At(y.Span), Message: "the other's total"}}, nil)
}

// isMargin reports whether word w, in lower case, is one of margin_words.
// A word whose first byte is ASCII lowers to a word that starts with that
// byte lowered, so most words are told apart by their first byte alone
// (marginFirst), before a copy and a look-up (hasLower); a word that
// starts with any other byte may lower to anything, and is looked up.
func (r *arithmeticRule) isMargin(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		c := w[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if r.marginFirst[c>>6]&(1<<(c&63)) == 0 {
			return false
		}
	}
	return r.margins.hasLower(w)
}

// asciiFirsts marks the first byte of each word of ws that starts with an
// ASCII byte, for isMargin: one test of a word's first byte, where
// firstBytes.may (util.go) reads a folded word whole to know it ASCII.
func asciiFirsts(ws words) [2]uint64 {
	var m [2]uint64
	for w := range ws {
		if w != "" && w[0] < utf8.RuneSelf {
			m[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return m
}

// maxMarginName bounds the tokens of the other side's name in a margin
// ("ahead of Vasko's Mira Quisk on").
const maxMarginName = 6

// marginUnit is what figure q counts or measures, for a margin: its
// unit's name, or the lower-case noun right after a bare count, or "".
func marginUnit(text string, toks []segment.Token, q *quantity.Quantity) string {
	if q.Unit != nil {
		return "unit:" + q.Unit.Name
	}
	if j := q.Tokens[1]; j < len(toks) && toks[j].Kind == segment.Word && isLowerWord(toks[j].Text(text)) {
		return strings.ToLower(toks[j].Text(text))
	}
	return ""
}

// marginOf is marginUnit of margin m whose noun is noun.
func marginOf(m *quantity.Quantity, noun string) string {
	if m.Unit != nil {
		return "unit:" + m.Unit.Name
	}
	return noun
}
