package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// enumerationRule checks a stated count against the list that spells it
// out in the same sentence, after a colon or a dash: "three meetings - one
// in Oslo, one in Lima and one in Accra", "three countries:
// France, Germany and Italy". Lists that cannot be read with certainty
// are left alone.
type enumerationRule struct {
	info Info
	g    grammar
	// reach is how many tokens after the counted noun the colon or dash
	// may come.
	reach int
}

type enumerationConfig struct {
	Common
	Reach int `toml:"reach"`
}

func newEnumerationRule(t *tomlx.Table, info Info) (Rule, error) {
	c := enumerationConfig{Reach: 12}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if c.Reach < 0 || c.Reach > 50 {
		return nil, t.Errorf("reach", "rule %q: reach must be between 0 and 50 tokens, not %d", info.ID, c.Reach)
	}
	return &enumerationRule{info: info, reach: c.Reach}, nil
}

func (r *enumerationRule) Info() *Info { return &r.info }

// useSet takes the grammar words of the rule set.
func (r *enumerationRule) useSet(s *Set) { r.g = s.grammar }

// maxEnumerated bounds the counts that are checked against a list.
const maxEnumerated = 50

// Check looks for a list only after a count whose sentence has a colon or
// a dash after it: a list is opened by one (introducer), and most counts
// have neither, so the byte test skips reading the counted noun, the
// costly part, for them. The bare counts that a numbered list is read
// from are indexed only when a list opener is found.
func (r *enumerationRule) Check(a *Article, rep *Reporter) any {
	qs := a.Quantities()
	text, toks := a.Doc.Text, a.Seg.Tokens
	var starts bareCounts
	for i := range qs {
		q := &qs[i]
		if q.Unit != nil || q.Kind != quantity.Cardinal || q.Range || q.List != 0 ||
			q.Value < 2 || q.Value != math.Trunc(q.Value) || q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		// A large or qualified count ("about 2,600 posts - roughly 1,900
		// in depots and 700 at the yards") is checked against the sum of
		// a numbered list only, within the rounding of both.
		summed := q.Qualifier != nil || q.Value > maxEnumerated
		if summed && (q.Qualifier != nil && q.Qualifier.Bound != quantity.About && q.Qualifier.Bound != quantity.Nearly || q.Words) {
			continue
		}
		sent := a.Seg.Sentences[q.Sentence]
		// The introducer is a punctuation token after the count and
		// within its sentence, so it starts with a byte of this text.
		if sent.Last <= q.Tokens[0] || !strings.ContainsAny(text[toks[q.Tokens[0]].Start:toks[sent.Last-1].End], ":-") {
			continue
		}
		// The count's noun may be left out: "Four remained aboard - the
		// captain, ...".
		end := q.Tokens[1]
		if np, ok := r.g.countedNoun(text, toks, sent, q); ok {
			end = np.End
		} else if !q.Words || !toks[q.Tokens[0]].Initial {
			continue
		}
		intro := r.introducer(text, toks, end, sent)
		if intro < 0 {
			continue
		}
		if starts.qs == nil {
			starts = bareCountsOf(qs)
		}
		dashed := text[toks[intro].Start] == '-'
		n, lo, hi, listEnd, ok := countNumbered(text, toks, intro+1, sent, starts, dashed)
		if summed {
			iv := q.Interval(precisionOf(q))
			if !ok || hi >= iv.Lo && lo <= iv.Hi {
				continue
			}
			stated := document.Span{Start: q.Span.Start, End: toks[end-1].End}
			list := document.Span{Start: toks[intro+1].Start, End: toks[listEnd-1].End}
			rep.Report(r, stated, fmt.Sprintf("%s, but the figures that follow add up to %s", spanText(a, stated), withThousands(n)),
				[]diag.Related{{Location: rep.At(list), Message: "the parts"}}, nil)
			continue
		}
		if !ok {
			n, listEnd, ok = countNames(text, toks, intro+1, sent, dashed, text[toks[intro].Start] == ':', r.g.stop)
		}
		if !ok || n < 2 || n == int(q.Value) {
			continue
		}
		stated := document.Span{Start: q.Span.Start, End: toks[end-1].End}
		list := document.Span{Start: toks[intro+1].Start, End: toks[listEnd-1].End}
		rep.Report(r, stated, fmt.Sprintf("%s, but the list that follows counts %d", spanText(a, stated), n),
			[]diag.Related{{Location: rep.At(list), Message: "the list"}}, nil)
	}
	return nil
}

// bareCounts indexes an article's bare counts (no unit, cardinal, not a
// range) by the token they start at: the quantities are in text order,
// so their first tokens ascend and a binary search finds one, where a
// map built for every article cost more than the rest of the rule.
type bareCounts struct {
	qs  []quantity.Quantity
	idx []int32 // indexes into qs of the bare counts, in text order
}

func bareCountsOf(qs []quantity.Quantity) bareCounts {
	b := bareCounts{qs: qs, idx: []int32{}}
	for i := range qs {
		if q := &qs[i]; q.Unit == nil && q.Kind == quantity.Cardinal && !q.Range {
			b.idx = append(b.idx, int32(i))
		}
	}
	return b
}

// at returns the bare count that starts at token tok, or nil. Where two
// start at the same token, the later one is returned, as a map filled in
// text order kept it.
func (b bareCounts) at(tok int) *quantity.Quantity {
	lo, hi := 0, len(b.idx)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if b.qs[b.idx[m]].Tokens[0] <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && b.qs[b.idx[lo-1]].Tokens[0] == tok {
		return &b.qs[b.idx[lo-1]]
	}
	return nil
}

// introducer finds the colon or spaced dash that opens a list, within reach
// tokens from tok in the sentence; -1 when there is none or when another
// clause starts first.
func (r *enumerationRule) introducer(text string, toks []segment.Token, tok int, sent segment.Sentence) int {
	for j := tok; j < sent.Last && j <= tok+r.reach; j++ {
		t := toks[j]
		if t.Kind != segment.Punct {
			continue
		}
		switch text[t.Start] {
		case ':':
			return j
		case '-':
			if !t.Joined && j+1 < sent.Last && !toks[j+1].Joined {
				return j
			}
		case ';', '(', ')':
			return -1
		}
	}
	return -1
}

// countNumbered reads "one in Oslo, one in Lima and two in Accra":
// items that each start with a bare count, separated by commas and "and".
// It returns the sum of the items' counts, the bounds of that sum as the
// items were written (each within its rounding and qualifier:
// "roughly 1,900 in depots and 700 at the yards" is 2,500 to 2,700), and
// the token after the list.
// A list with an item counted per something ("four per story", "two in
// each city") is not read: its total is not the sum of its counts.
//
// The list ends with the sentence, at a semicolon or bracket, or, when a
// dash opened it, at the dash that closes the aside: "three goals - one
// from A, one from B and one from C - lifted them to third, two behind".
func countNumbered(text string, toks []segment.Token, from int, sent segment.Sentence, startsAt bareCounts, dashed bool) (total int, lo, hi float64, end int, ok bool) {
	q := startsAt.at(from)
	if q == nil {
		return 0, 0, 0, 0, false
	}
	items := 0
	end = from
	for j := from; j < sent.Last; {
		q := startsAt.at(j)
		if q == nil || q.Value != math.Trunc(q.Value) || q.Value < 1 {
			break
		}
		if ageLike(text, toks, q, sent) {
			// "two Malaysians, aged 38 and 45, a Nigerian, 51, and
			// ...": the people's ages, not counts of them; such a
			// list cannot be summed.
			return 0, 0, 0, 0, false
		}
		total += int(q.Value)
		iv := q.Interval(precisionOf(q))
		lo, hi = lo+iv.Lo, hi+iv.Hi
		items++
		// The item runs to the next separator followed by a count.
		k := q.Tokens[1]
		next := -1
		closed := false
		for ; k < sent.Last; k++ {
			w := strings.ToLower(toks[k].Text(text))
			if w == ";" || w == "(" || (dashed && w == "-" && !toks[k].Joined) {
				closed = true
				break
			}
			if w == "per" || w == "each" || w == "every" {
				// "four per story, and three more": a rate, not a
				// part of the total; the list cannot be summed.
				return 0, 0, 0, 0, false
			}
			if w != "," && w != "and" {
				continue
			}
			s := k + 1
			if w == "," && s < sent.Last && strings.EqualFold(toks[s].Text(text), "and") {
				s++
			}
			if startsAt.at(s) != nil {
				next = s
				break
			}
		}
		if next < 0 {
			end = sent.Last
			if closed {
				end = k
			}
			break
		}
		end = k
		j = next
	}
	return total, lo, hi, end, items >= 2
}

// ageLike reports whether a count in a list reads as an age or another
// figure set beside an item rather than a number of things: after "aged"
// or "age", or a bare figure closed by punctuation or the sentence's end
// ("a Nigerian, 51, and ..."), where an item's count is followed by what
// it counts ("one in Oslo", "two from Peru").
func ageLike(text string, toks []segment.Token, q *quantity.Quantity, sent segment.Sentence) bool {
	if first := q.Tokens[0]; first > sent.First {
		if w := toks[first-1].Text(text); strings.EqualFold(w, "aged") || strings.EqualFold(w, "age") {
			return true
		}
	}
	next := q.Tokens[1]
	if next >= sent.Last {
		return true
	}
	switch toks[next].Text(text) {
	case ",", ".", ";", ")", "-":
		return true
	}
	return false
}

// countNames reads "France, Germany and Italy" or "the captain, the chief
// engineer and an electrician" up to the end of the sentence: each item
// one to four capitalised words, or a determiner and one to four words,
// separated by commas and a final "and". A list opened by a dash may also
// end at the dash that closes the aside ("- the captain and an engineer -
// stayed").
//
// After a colon, items may also be one to three lower-case words, when the
// list ends the sentence: "three counts: fraud, forgery and money
// laundering".
func countNames(text string, toks []segment.Token, from int, sent segment.Sentence, dashed, colon bool, stop words) (int, int, bool) {
	items, words := 0, 0
	led := false   // the item opened with a determiner
	lower := false // an item is lower-case words
	upper := false // an item is a name
	last := from
	sawAnd := false
	for j := from; j < sent.Last; j++ {
		t := toks[j]
		w := t.Text(text)
		lw := strings.ToLower(w)
		switch {
		case t.Kind == segment.Word && lw == "and" && words > 0:
			if sawAnd {
				return 0, 0, false
			}
			sawAnd = true
			items++
			words, led = 0, false
		case t.Kind == segment.Word && words == 0 && !led && determiners[lw]:
			led = true
		case t.Kind == segment.Word && (isCapitalised(w) || (led && isLowerWord(w))):
			if lower && !led {
				return 0, 0, false // names and lower-case items mixed
			}
			upper = upper || !led
			words++
			if words > 4 {
				return 0, 0, false
			}
			last = j + 1
		case t.Kind == segment.Word && colon && isLowerWord(w) && !stop[lw] && !upper:
			words++
			lower = true
			if words > 3 {
				return 0, 0, false
			}
			last = j + 1
		case t.Kind == segment.Possessive && words > 0:
			// "the Farmers' League"
		case t.Kind == segment.Punct && w == "," && words > 0 && !sawAnd:
			items++
			words, led = 0, false
		case t.Kind == segment.Punct && w == "-" && t.Joined && words > 0:
			// "Jae-in": part of a name.
		case t.Kind == segment.Punct && w == "-" && dashed && words > 0 && sawAnd && !lower:
			return items + 1, last, true
		case t.Kind == segment.Punct && strings.ContainsAny(w, ".!?\"')") && words > 0:
			// Closing punctuation: the list must end with the sentence.
			for k := j; k < sent.Last; k++ {
				if toks[k].Kind != segment.Punct {
					return 0, 0, false
				}
			}
			return items + 1, last, sawAnd
		default:
			return 0, 0, false
		}
	}
	if words == 0 || !sawAnd {
		return 0, 0, false
	}
	return items + 1, last, true
}

// determiners may open an item of a list.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}
