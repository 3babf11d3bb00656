package rules

import (
	"sort"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// pastRestatement returns the token after q, or after the restatement of
// q in other units in brackets that follows it ("2.4 million litres
// (630,000 gallons) of floodwater"): what the measure is of is written
// after the restatement, and another outlet gives it with no
// restatement between ("2.4 million litres of floodwater").
func pastRestatement(a *Article, toks []segment.Token, q *quantity.Quantity) int {
	end := q.Tokens[1]
	text := a.Doc.Text
	if end >= len(toks) || toks[end].Kind != segment.Punct || text[toks[end].Start] != '(' {
		return end
	}
	qs, conv := a.Quantities(), a.Conversions()
	k := sort.Search(len(qs), func(k int) bool { return qs[k].Tokens[0] >= end+1 })
	if k == 0 || k >= len(qs) || qs[k].Tokens[0] != end+1 || conv[k] != k-1 || &qs[k-1] != q {
		return end
	}
	if after := qs[k].Tokens[1]; after < len(toks) && toks[after].Kind == segment.Punct && text[toks[after].Start] == ')' {
		return after + 1
	}
	return end
}
