package rules

import "strings"

// A measure said with what it measures ("3,200 tonnes of ash a day") and
// the same measure said without it ("emissions reached 3,200 tonnes a
// day") were keyed apart, "mass|of ash" and "mass", and never compared.
// For the dimensions the pack's measured_of names, a measure with an
// "of" complement is claimed a second time under the key without it
// ("£40,000 of savings" as "£40,000" too), marked as a claim made again
// without its complement (bareMark): it is compared only with measures
// of no complement, and only where the words
// around them or each article's having one such measure say it is the
// same fact, as "40 medics to Port Ellin" is with "30 medics". Unlike a
// count's complement, an "of" names what is measured, not a part: the
// figure is kept as written.

// measuredOf appends to out the claim at at made again without its "of"
// complement, when its dimension is one of measured_of.
func (r *autoFactsRule) measuredOf(out []claim, at int) []claim {
	c := &out[at]
	if !strings.HasPrefix(c.Compl, "of ") || c.Q.Unit == nil {
		return out
	}
	if !r.measuredOfDim(c.Q.Unit.Dimension) {
		return out
	}
	bc := *c
	bc.Key = cutCompl(bc.Key, bc.Compl)
	bc.Compl = bareMark + bc.Compl
	return append(out, bc)
}

// cutCompl is strings.Replace(key, "|"+compl, "", 1), found without
// joining "|" and compl: the first "|" that compl follows is cut out
// with compl. Where compl ends the key, as it does unless a suffix
// follows it, the key without it is a piece of key, not a copy: the
// two strings were joined and the key copied for every claim made again.
func cutCompl(key, compl string) string {
	for from := 0; ; {
		i := strings.IndexByte(key[from:], '|')
		if i < 0 {
			return key
		}
		i += from
		if strings.HasPrefix(key[i+1:], compl) {
			if i+1+len(compl) == len(key) {
				return key[:i]
			}
			return key[:i] + key[i+1+len(compl):]
		}
		from = i + 1
	}
}

// measuredOfDim reports whether measures of dimension dim are claimed
// again without their complement: "currency" stands for every
// currency's dimension ("currency:GBP").
func (r *autoFactsRule) measuredOfDim(dim string) bool {
	if r.measuredOfDims[dim] {
		return true
	}
	return strings.HasPrefix(dim, currencyPrefix) && r.measuredOfDims[strings.TrimSuffix(currencyPrefix, ":")]
}

// dimensionSet is the set of the dimensions ds, as written: a currency's
// is "currency:GBP", not to be lower-cased as words are.
func dimensionSet(ds []string) map[string]bool {
	if len(ds) == 0 {
		return nil
	}
	m := make(map[string]bool, len(ds))
	for _, d := range ds {
		m[d] = true
	}
	return m
}

// currencyPrefix starts the dimension of every currency.
const currencyPrefix = "currency:"
