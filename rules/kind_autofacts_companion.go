package rules

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
)

// companionFigures adds to the context of each claim a word for each
// exact figure of another fact that its sentence gives (companionWord):
// two sentences that give the same other figure beside a claim's tell
// of one fact, however differently they word it ("Of the 5,820 walkers
// who set out, 4,930 finished" and "4,930 reached the end of the 5,280
// who started"), as two that share their words do. sent holds the
// sentence of each claim, in the order of claims (text order, so a
// sentence's claims lie together). A companion is of another fact: a
// claim of a key none of the claim's own quantity has ("63.8%" beside
// "66.4%" in "turnout was 66.4%, above the average of 63.8%" is another
// value of the same key, and is left out), without a qualifier or a
// range and of no date: a figure the outlets give alike.
func companionFigures(claims []claim, sent []int32, memo *ctxMemo) {
	for i := 0; i < len(claims); {
		j := i + 1
		for j < len(claims) && sent[j] == sent[i] {
			j++
		}
		if j-i > 1 {
			companionsIn(claims[i:j], memo)
		}
		i = j
	}
}

// companionsIn adds the companion words of the claims of one sentence.
// The contexts it makes are kept in the memo's room (keep), as the
// claims' own are, until pack copies them out: a claim's own may be
// shared with other claims, and an allocation per claim was most of the
// cost.
func companionsIn(cs []claim, memo *ctxMemo) {
	var room [8]wordID
	words := room[:0]
	if len(cs) > len(room) {
		words = make([]wordID, 0, len(cs))
	}
	some := false
	for m := range cs {
		var id wordID
		if o := &cs[m]; o.When == nil && o.Q.Qualifier == nil && o.Q.High == o.Q.Value && o.Q.Kind != quantity.Year {
			id, some = companionWord(o), true
		}
		words = append(words, id)
	}
	if !some {
		return
	}
	for k := range cs {
		c := &cs[k]
		// A story's times of day are many moments tied to the same
		// spans ("counting took 14 hours ... finished at about 4am",
		// "took 14 hours, with results at 10am"): a companion ties
		// them to nothing.
		if strings.HasPrefix(c.Key, quantity.TimeOfDay.Dimension) {
			continue
		}
		from := len(memo.kept)
		memo.kept = append(memo.kept, c.Context...)
		added := false
		for m, id := range words {
			if id == 0 || cs[m].Loc == c.Loc || slices.Contains(memo.kept[from:], id) || keyedAs(cs, &cs[m], c.Key) {
				continue
			}
			memo.kept, added = append(memo.kept, id), true
		}
		if !added {
			memo.kept = memo.kept[:from]
			continue
		}
		ctx := memo.kept[from:len(memo.kept):len(memo.kept)]
		slices.Sort(ctx)
		c.Context = ctx
	}
}

// keyedAs reports whether a claim of cs of o's quantity (o's place) has
// key.
func keyedAs(cs []claim, o *claim, key string) bool {
	for i := range cs {
		if cs[i].Loc == o.Loc && cs[i].Key == key {
			return true
		}
	}
	return false
}

// companionWord is the context word of a companion figure: a hash of
// its value in its dimension's base unit (to a thousandth), its
// dimension and its kind, after a byte no word of copy holds.
func companionWord(c *claim) wordID {
	v, dim := c.Q.Value, ""
	if c.Q.Unit != nil {
		v, dim = c.Q.Unit.ToBase(v), c.Q.Unit.Dimension
	}
	h := fnvAdd(uint64(fnvOffset), "\x00figure")
	h = fnvAdd(h, dim)
	h = (h ^ uint64(c.Q.Kind)) * fnvPrime
	bits := math.Float64bits(math.Round(v*1000) / 1000)
	for range 8 {
		h = (h ^ bits&0xff) * fnvPrime
		bits >>= 8
	}
	return nonZero(h)
}
