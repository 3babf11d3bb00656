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
// claims' own are, and the claims keep them there: a claim's own may be
// shared with other claims, and an allocation per claim was most of the
// cost. A claim's companions are gathered apart, and merged into a copy
// of its context only where it has some: the copy and the sort of every
// claim's context, and the comparisons of whole Locations, were most of
// what this cost before.
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
	var extraRoom [8]wordID
	for k := range cs {
		c := &cs[k]
		// A story's times of day are many moments tied to the same
		// spans ("counting took 14 hours ... finished at about 4am",
		// "took 14 hours, with results at 10am"): a companion ties
		// them to nothing.
		if strings.HasPrefix(c.Key, quantity.TimeOfDay.Dimension) {
			continue
		}
		extra := extraRoom[:0]
		for m, id := range words {
			if id == 0 || samePlace(&cs[m], c) || slices.Contains(extra, id) || keyedAs(cs, m, c.Key) {
				continue
			}
			if slices.Contains(c.Context, id) {
				continue
			}
			extra = append(extra, id)
		}
		if len(extra) == 0 {
			continue
		}
		memo.keepRoom(len(c.Context) + len(extra))
		from := len(memo.kept)
		memo.kept = append(memo.kept, c.Context...)
		memo.kept = append(memo.kept, extra...)
		ctx := memo.kept[from:len(memo.kept):len(memo.kept)]
		if slices.IsSorted(ctx[:len(c.Context)]) {
			// The context is sorted (it always is): the few
			// companions are merged in from its end.
			slices.Sort(ctx[len(c.Context):])
			mergeSorted(ctx, len(c.Context))
		} else {
			slices.Sort(ctx)
		}
		c.Context = ctx
	}
}

// mergeSorted sorts ws, whose ws[:n] and ws[n:] are each sorted, in
// place: the elements of ws[n:] (a few) are moved down from the end.
func mergeSorted(ws []wordID, n int) {
	for k := n; k < len(ws); k++ {
		v, i := ws[k], k
		for i > 0 && ws[i-1] > v {
			ws[i] = ws[i-1]
			i--
		}
		ws[i] = v
	}
}

// keyedAs reports whether a claim of cs of claim m's quantity (its
// place) has key.
func keyedAs(cs []claim, m int, key string) bool {
	for i := range cs {
		if samePlace(&cs[i], &cs[m]) && cs[i].Key == key {
			return true
		}
	}
	return false
}

// samePlace reports whether two claims of one article have one Loc: a
// claim's Loc is its figure's span's, so the span's bytes tell it, where
// comparing whole Locations was a fifth of this file's cost.
func samePlace(x, y *claim) bool {
	return x.Loc.StartByte == y.Loc.StartByte && x.Loc.EndByte == y.Loc.EndByte
}

// figureSeed is the hash of the byte no word of copy holds that starts
// every companion word.
var figureSeed = fnvAdd(uint64(fnvOffset), "\x00figure")

// companionWord is the context word of a companion figure: a hash of
// its value in its dimension's base unit (to a thousandth), its
// dimension and its kind, after a byte no word of copy holds.
func companionWord(c *claim) wordID {
	v, dim := c.Q.Value, ""
	if c.Q.Unit != nil {
		v, dim = c.Q.Unit.ToBase(v), c.Q.Unit.Dimension
	}
	h := fnvAdd(figureSeed, dim)
	h = (h ^ uint64(c.Q.Kind)) * fnvPrime
	bits := math.Float64bits(math.Round(v*1000) / 1000)
	for range 8 {
		h = (h ^ bits&0xff) * fnvPrime
		bits >>= 8
	}
	return nonZero(h)
}
