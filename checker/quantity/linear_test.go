package quantity

import (
	"strings"
	"testing"
)

// TestLinear checks that runs of troublesome tokens are read in linear
// time: each token is read as a number a bounded number of times.
func TestLinear(t *testing.T) {
	tb := pack(t)
	for _, unit := range []string{"1, ", "1 ", "a ", "one ", "1-", "1 to ", "between 1 and ", "from 1 to ", "half a ",
		"2019, ", "1:", "1/", "- ", "$", "$1, ", "about ", "about 1, ", "one hundred and ", "twenty-", "5 km, ",
		"10th and ", "and a half ", "a year and a half ", "1, 2 and ", "1-2, ", "one, two, ", "1 2 ", "0", "1,"} {
		text := strings.Repeat(unit, 5000)
		s := seg(text)
		_, reads := tb.extract(nil, text, s)
		if reads > 8*len(s.Tokens)+8 {
			t.Errorf("%q×5000: %d numbers read for %d tokens", unit, reads, len(s.Tokens))
		}
	}
}
