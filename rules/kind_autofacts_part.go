package rules

import (
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
// returns the noun and the token that ends it.
func (r *autoFactsRule) partOf(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) (string, int, bool) {
	j := q.Tokens[1]
	if j+1 < sent.Last && foldIs(toks[j].Text(text), "out") {
		j++
	}
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "of") {
		return "", 0, false
	}
	const reach = 4 // tokens between "of" and the whole's figure
	qs := a.Quantities()
	for i := range qs {
		p := &qs[i]
		if p.Sentence != q.Sentence || p.Tokens[0] <= j {
			continue
		}
		if p.Tokens[0] > j+1+reach || p.Kind != quantity.Cardinal || p.Unit != nil || p.Qualifier != nil {
			return "", 0, false
		}
		for k := j + 1; k < p.Tokens[0]; k++ {
			if toks[k].Kind != segment.Word && toks[k].Kind != segment.Possessive {
				return "", 0, false
			}
		}
		np, ok := r.g.countedNounIn(text, toks, sent, p, memo)
		if !ok {
			return "", 0, false
		}
		return np.Head, np.End - 1, true
	}
	return "", 0, false
}
