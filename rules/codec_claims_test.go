package rules

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
)

// TestClaimRecords: claims of every shape that claimFlagsOf and claimLoc
// tell apart decode to what was encoded, in every order of locations
// (deltas back and forth, a figure over two lines, a column that is not
// the byte count, offsets far apart), and a claim that lacks the optional
// fields is written in fewer bytes than one that has them empty: the
// record leaves them out, where they were written as empty ones.
func TestClaimRecords(t *testing.T) {
	unit := &quantity.Unit{Name: "furlong", Dimension: "length", Factor: 201.168}
	qual := &quantity.Qualifier{Words: "roughly", Bound: quantity.Bound(1), Tolerance: 0.1}
	at := func(line, col, endLine, endCol, start, end int) diag.Location {
		return diag.Location{File: "gazette.txt", Start: document.Position{Line: line, Column: col}, End: document.Position{Line: endLine, Column: endCol}, StartByte: start, EndByte: end}
	}
	bare := claim{Key: "count:otter", Label: "otters", Loc: at(3, 5, 3, 7, 40, 42), Shown: "17", Q: figure{Value: 17, High: 17, Step: 1, Round: 1}, Role: -1}
	cases := []struct {
		name string
		c    claim
	}{
		{"bare", bare},
		{"a high of its own", func() claim { c := bare; c.Q.High = 19; return c }()},
		{"a round other than its step", func() claim { c := bare; c.Q.Round = 10; return c }()},
		{"NaN and infinities", func() claim { c := bare; c.Q.Value, c.Q.High = math.Inf(-1), math.Inf(1); return c }()},
		{"a unit and a qualifier", func() claim { c := bare; c.Q.Unit, c.Q.Qualifier = unit, qual; return c }()},
		{"empty lists, not nil", func() claim { c := bare; c.Years, c.Mods, c.Names = []float64{}, []string{}, []string{}; return c }()},
		{"full lists", func() claim {
			c := bare
			c.Years, c.Mods, c.Names = []float64{1911, 1987.5}, []string{"river"}, []string{"marlow", "quince"}
			return c
		}()},
		{"strings", func() claim { c := bare; c.Head, c.Compl, c.Owner = "otter", "to the weir", "quince"; return c }()},
		{"role 0, unique, rel, dated", func() claim {
			c := bare
			c.Role, c.Unique, c.Rel = 0, true, true
			c.When = &dates.Range{Lo: 700000, Hi: 700006, Unit: dates.Unit(2)}
			return c
		}()},
		{"role 3 and an article", func() claim { c := bare; c.Role, c.Article = 3, 41; return c }()},
		{"over two lines", func() claim { c := bare; c.Loc = at(3, 80, 4, 2, 118, 124); return c }()},
		{"a column that is not the byte count", func() claim { c := bare; c.Loc = at(6, 9, 6, 12, 300, 305); return c }()},
		{"far on", func() claim { c := bare; c.Loc = at(1<<20, 1<<16, 1<<20, 1<<16+3, 1<<40, 1<<40+3); return c }()},
		{"before the start", func() claim { c := bare; c.Loc = at(-2, -1, -2, 0, -9, -8); return c }()},
		{"a conversion in brackets", func() claim {
			c := bare
			c.Q.Unit = unit
			c.Conv = &figure{Value: 4023, High: 4023, Step: 1, Round: 1, Unit: &quantity.Unit{Name: "ft", Dimension: "length", Factor: 0.3048}}
			return c
		}()},
		{"a conversion in the claim's unit, rounded", func() claim {
			c := bare
			c.Conv = &figure{Value: 420, High: 420, Step: 1, Round: 10, Unit: unit}
			return c
		}()},
	}
	var all []claim
	for i, tc := range cases {
		// Keys of their own, so that none is written as a repeat of
		// another (sameFact) and every record is read in full.
		c := tc.c
		c.Key = fmt.Sprintf("count:otter%d", i)
		all = append(all, c)
		data, err := EncodeFacts([]claim{tc.c})
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeFacts(data)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got, []claim{tc.c}) {
			t.Errorf("%s: decoded\n %#v\nwant\n %#v", tc.name, got, []claim{tc.c})
		}
	}
	// All at once, in the order above and reversed: each location is a
	// delta from the one before.
	for _, cs := range [][]claim{all, reversed(all)} {
		data, err := EncodeFacts(cs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeFacts(data)
		if err != nil {
			t.Fatal(err)
		}
		gs, _ := got.([]claim)
		if len(gs) != len(cs) {
			t.Fatalf("%d claims together decode to %d", len(cs), len(gs))
		}
		for i := range cs {
			if !reflect.DeepEqual(gs[i], cs[i]) {
				t.Errorf("claim %d of %d together decodes to\n %#v\nwant\n %#v", i, len(cs), gs[i], cs[i])
			}
		}
	}
	// A bare claim takes fewer bytes than the same with its lists empty
	// and its strings set: absent fields are not written.
	size := func(c claim) int {
		data, err := EncodeFacts([]claim{c})
		if err != nil {
			t.Fatal(err)
		}
		return len(data)
	}
	if a, b := size(cases[0].c), size(cases[5].c); a >= b {
		t.Errorf("a bare claim takes %d bytes, with empty lists %d", a, b)
	}
	// Its location is a delta from the claim before: a second claim
	// ten bytes on costs as many bytes late in a long article as near
	// its start, where offsets of four figures took a byte more each.
	pair := func(start int) int {
		first, second := bare, bare
		first.Loc = at(40, 300, 40, 302, start, start+2)
		second.Loc = at(40, 310, 40, 312, start+10, start+12)
		second.Q.Value, second.Q.High = 18, 18
		return len(mustEncode(t, []claim{first, second})) - size(first)
	}
	if near, far := pair(50), pair(9000); near != far {
		t.Errorf("a second claim takes %d bytes near the start, %d far on", near, far)
	}
	// The claims of one article number it once: a second claim costs
	// as many bytes in the article numbered 20,000 of a run as in the
	// first.
	second := func(article int) int {
		first, next := bare, bare
		first.Article, next.Article = article, article
		next.Q.Value, next.Q.High = 18, 18
		return len(mustEncode(t, []claim{first, next})) - size(first)
	}
	if a, b := second(0), second(20000); a != b {
		t.Errorf("a second claim takes %d bytes in article 0, %d in article 20,000", a, b)
	}
}

func reversed(cs []claim) []claim {
	out := make([]claim, len(cs))
	for i, c := range cs {
		out[len(cs)-1-i] = c
	}
	return out
}

func mustEncode(t *testing.T, fact any) []byte {
	t.Helper()
	data, err := EncodeFacts(fact)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestAnchorRecords: an article's anchors of every shape decode to what
// was encoded (a rounded reading equal to the strict one, one that
// differs only in a zero's sign or an open side, a headline figure, each
// kind), and an anchor whose rounded reading is its strict one is written
// in fewer bytes than one whose rounded reading differs in a figure of
// the same size.
func TestAnchorRecords(t *testing.T) {
	iv := func(lo, hi float64, loOpen, hiOpen bool) quantity.Interval {
		return quantity.Interval{Lo: lo, Hi: hi, LoOpen: loOpen, HiOpen: hiOpen}
	}
	strict := iv(16.5, 17.5, false, true)
	anchors := []anchor{
		{Dim: "", Kind: quantity.Cardinal, Strict: strict, Rounded: strict},
		{Dim: "length", Kind: quantity.Cardinal, Unit: "furlong", Strict: strict, Rounded: iv(15, 20, false, true)},
		{Dim: "", Kind: quantity.Ordinal, Strict: iv(0, 1, true, false), Rounded: iv(math.Copysign(0, -1), 1, true, false)},
		{Dim: "", Kind: quantity.Year, Strict: strict, Rounded: iv(16.5, 17.5, true, true), Head: true},
		{Dim: "", Kind: quantity.Cardinal, Strict: iv(math.Inf(-1), math.Inf(1), true, true), Rounded: iv(math.Inf(-1), math.Inf(1), true, true), Head: true},
	}
	facts := &autoFacts{Claims: []claim{}, Anchors: anchors, Dated: true, Day: 700001}
	got, err := DecodeFacts(mustEncode(t, facts))
	if err != nil {
		t.Fatal(err)
	}
	gf, _ := got.(*autoFacts)
	if gf == nil || len(gf.Anchors) != len(anchors) {
		t.Fatalf("decoded %#v", got)
	}
	for i := range anchors {
		a, g := anchors[i], gf.Anchors[i]
		if !reflect.DeepEqual(g, a) || math.Signbit(g.Rounded.Lo) != math.Signbit(a.Rounded.Lo) {
			t.Errorf("anchor %d decodes to %#v, want %#v", i, g, a)
		}
	}
	size := func(a anchor) int { return len(mustEncode(t, &autoFacts{Anchors: []anchor{a}})) }
	same := anchor{Strict: strict, Rounded: strict}
	other := anchor{Strict: strict, Rounded: iv(18.5, 19.5, false, true)}
	if a, b := size(same), size(other); a >= b {
		t.Errorf("an anchor read alike both ways takes %d bytes, one read two ways %d", a, b)
	}
}
