package rules

import (
	"math"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// partKey ends the key of a count given as a part of a whole: "40 of the
// 900 buses" is keyed "count:bus|part". Outlets give such a part in
// the same form ("only 40 out of 900 buses ran"), and it is no count
// of the whole: "900 buses" keeps its own key.
const partKey = "|part"

// partKey returns the key of a part of a whole counting head, interned
// in the memo as countKey's keys are.
func (m *ctxMemo) partKey(head string) string {
	if k, ok := m.partKeys[head]; ok {
		return k
	}
	if m.partKeys == nil || len(m.partKeys) >= maxInterned {
		m.partKeys = make(map[string]string)
	}
	k := m.countKey(head) + partKey
	m.partKeys[strings.Clone(head)] = k
	return k
}

// partOf finds the counted noun of the whole a bare count is a part of:
// "buses" for 40 in "40 of the 900 buses", "running 40 out of its
// usual 900 buses", "1,800 of the union's 2,500 nurses". Between
// "of" and the whole's figure may stand up to three words or an owner's
// possessive; the whole is a bare count with a noun of its own. It
// returns the noun, the token that ends it, and whether the whole's size
// is given.
func (r *autoFactsRule) partOf(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) (head string, last int, sized, ok bool) {
	j := q.Tokens[1]
	if j+1 < sent.Last && foldIs(toks[j].Text(text), "out") {
		j++
	}
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "of") {
		return "", 0, false, false
	}
	if foldIs(toks[j+1].Text(text), "them") {
		// "Auditors upheld 26 of them": the count of the sentence
		// before (pronounWhole).
		if head, ok := r.pronounWhole(a, text, toks, q, memo); ok {
			return head, j + 1, true, true
		}
		return "", 0, false, false
	}
	const reach = 4 // tokens between "of" and the whole's figure
	qs := a.Quantities()
	for i := range qs {
		p := &qs[i]
		if p.Sentence != q.Sentence || p.Tokens[0] <= j {
			continue
		}
		if p.Tokens[0] > j+1+reach {
			break // no whole's figure: "40 of the buses" (below)
		}
		if p.Kind != quantity.Cardinal || p.Unit != nil || p.Qualifier != nil {
			return "", 0, false, false
		}
		for k := j + 1; k < p.Tokens[0]; k++ {
			if toks[k].Kind != segment.Word && toks[k].Kind != segment.Possessive {
				return "", 0, false, false
			}
		}
		np, ok := r.g.countedNounIn(text, toks, sent, p, memo)
		if !ok {
			return "", 0, false, false
		}
		return np.Head, np.End - 1, true, true
	}
	// "about 659 of the tenants": a part of a whole whose size is
	// not given counts the whole's noun all the same.
	if k := r.wholeNoun(a, text, toks, sent, j+1, memo); k >= 0 {
		return strings.ToLower(toks[k].Text(text)), k, false, true
	}
	return "", 0, false, false
}

// partAgain claims once more the part at out[at], whose whole (counting
// head, the noun at token last) has no size ("650 of their cash
// machines", "about 80 of the town's lifeboats"), under the key of the
// bare count of its noun. Another outlet may give the part as a bare
// count ("320 ticket machines were out of order"), or give the whole
// ("1,400 cash machines"): either is at least the part, so the claim
// made again says only that (a figure with no upper bound, as a count
// in a named place made again does), and a bare count smaller than the
// part disagrees with it. It is compared on the evidence of the words
// around the two counts only (bareMark), as such claims are, and a
// noun right before the whole's is its modifier ("cash"): a bare count
// with another modifier ("ticket machines") is another count. A part
// after "all" ("all eight of its pumps") is the whole, and is claimed
// again as the bare count's figure itself.
func (r *autoFactsRule) partAgain(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, head string, last int, memo *ctxMemo, out []claim, at int) []claim {
	if q.Qualifier != nil && (q.Qualifier.Bound == quantity.AtMost || q.Qualifier.Bound == quantity.LessThan) {
		return out
	}
	bc := out[at]
	bc.Key = r.nouns.key(memo.countKey(head), head, text, toks, sent, q.Tokens[0], last+1)
	bc.Compl = bareMark + "of"
	bc.Mods = nil
	if m := last - 1; m > q.Tokens[1] && toks[m].Kind == segment.Word && !toks[m].Joined {
		if lw := memo.lexOf(text, toks, m); lw.lower && !lw.plural && !r.is(memo, text, toks, m, classStop) && !pastVerb(a, toks[m].Text(text)) {
			bc.Mods = []string{stem(strings.ToLower(toks[m].Text(text)))}
		}
	}
	if bc.Q.Qualifier != nil && (bc.Q.Qualifier.Bound == quantity.AtLeast || bc.Q.Qualifier.Bound == quantity.MoreThan) {
		bc.Q.Qualifier = nil
	}
	// "all eight of its pumps" is the whole: the bare count is the
	// part's figure, no bound.
	if k := q.Tokens[0] - 1; k < sent.First || !foldIs(toks[k].Text(text), "all") {
		bc.Q.High = math.Inf(1)
	}
	return append(out, bc)
}

// wholeNoun returns the token of the plural noun that names a whole
// without its size, from token k: after up to three grammar words or an
// owner's possessive ("the", "its", "the firm's"), a plural noun in lower
// case that is no grammar word and owns nothing itself; or -1. A
// pronoun ("of them", "of those") names no noun.
func (r *autoFactsRule) wholeNoun(a *Article, text string, toks []segment.Token, sent segment.Sentence, k int, memo *ctxMemo) int {
	for n := 0; k < sent.Last && n < 4; n++ {
		if toks[k].Kind != segment.Word {
			return -1
		}
		if k+1 < sent.Last && toks[k+1].Kind == segment.Possessive {
			k += 2 // "the firm's tenants": the owner is no whole
			continue
		}
		if r.is(memo, text, toks, k, classStop) {
			k++
			continue
		}
		lw := memo.lexOf(text, toks, k)
		if !lw.lower {
			return -1
		}
		if !lw.plural {
			// "of his expense claims": one noun that modifies the
			// whole's, right before it, after a determiner or an
			// owner (not after "them": "38 of them failed the check";
			// nor a verb's past).
			if n == 0 || a == nil || pastVerb(a, toks[k].Text(text)) || foldIs(toks[k-1].Text(text), "them") || k+1 >= sent.Last || toks[k+1].Kind != segment.Word || toks[k+1].Joined {
				return -1
			}
			if next := memo.lexOf(text, toks, k+1); !next.lower || !next.plural || r.is(memo, text, toks, k+1, classStop) {
				return -1
			}
			return k + 1
		}
		return k
	}
	return -1
}

// frontedPartOf finds the counted noun of the whole a bare count is a
// part of when the whole opens the sentence: "Of the 1,457 tenants,
// about 659 are pensioners"; "Of the firm's staff, 671 will stay". The
// sentence opens with "of", the figure follows the first comma, and
// between them stands a whole with a noun: a bare count's ("the 1,457
// tenants") or a plural noun without a size. A whole without a noun
// ("Of the 1,457, 659 left", "Of the 73 injured, 29 ...") names none.
func (r *autoFactsRule) frontedPartOf(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) (string, bool) {
	const reach = 8 // tokens between "of" and the comma
	f, comma := sent.First, q.Tokens[0]-1
	if comma <= f+1 || comma > f+1+reach || toks[comma].Kind != segment.Punct || text[toks[comma].Start] != ',' ||
		toks[f].Kind != segment.Word || !foldIs(toks[f].Text(text), "of") {
		return "", false
	}
	for k := f + 1; k < comma; k++ {
		if toks[k].Kind == segment.Punct {
			return "", false // the first comma only
		}
	}
	qs := a.Quantities()
	for i := range qs {
		p := &qs[i]
		if p.Sentence != q.Sentence || p.Tokens[0] <= f {
			continue
		}
		if p.Tokens[0] >= comma {
			break
		}
		if p.Kind != quantity.Cardinal || p.Unit != nil || p.Qualifier != nil || p.Tokens[1] > comma {
			return "", false
		}
		np, ok := r.g.countedNounIn(text, toks, sent, p, memo)
		if !ok || np.End > comma {
			return "", false
		}
		return np.Head, true
	}
	if k := r.wholeNoun(a, text, toks, sent, f+1, memo); k >= 0 && k < comma {
		return strings.ToLower(toks[k].Text(text)), true
	}
	return "", false
}

// pronounWhole returns the counted noun "them" stands for in a part "N
// of them" (q is N): the noun of the one count of the sentence before
// ("The firm filed 140 claims. Auditors upheld 26 of them." is a part
// of the claims, as another outlet's "26 of its 140 claims" is). Only
// where that sentence has exactly one bare count with a noun of its
// own and N's sentence has no figure before N, which "them" might stand
// for instead ("took 14 penalty kicks and scored 12 of them" is told by
// its own sentence, and is left alone).
func (r *autoFactsRule) pronounWhole(a *Article, text string, toks []segment.Token, q *quantity.Quantity, memo *ctxMemo) (string, bool) {
	if q.Sentence < 1 {
		return "", false
	}
	prev := a.Seg.Sentences[q.Sentence-1]
	head, n := "", 0
	for i := range a.Quantities() {
		p := &a.Quantities()[i]
		if p.Sentence == q.Sentence && p.Tokens[0] < q.Tokens[0] {
			return "", false
		}
		if p.Sentence != q.Sentence-1 || p.Kind == quantity.Year {
			continue
		}
		if p.Kind != quantity.Cardinal || p.Unit != nil {
			continue
		}
		np, ok := r.g.countedNounIn(text, toks, prev, p, memo)
		if !ok {
			continue
		}
		head = np.Head
		n++
	}
	return head, n == 1
}
