package quantity

import (
	"math"
	"strings"

	"github.com/factlint/factlint/checker/document"
)

// Kind tells what a number counts.
type Kind uint8

// Kinds of quantity.
const (
	// Cardinal is an amount: "20 cars", "80 km/h", "half", "$5.7 billion".
	Cardinal Kind = iota
	// Ordinal is a rank: "10th", "tenth", "second".
	Ordinal
	// Year is a calendar year written as a bare number ("in 2019",
	// "2018-2019"); years are dates, not amounts, and are never compared
	// as quantities.
	Year
)

// Bound is what a qualifier does to the value it qualifies.
type Bound uint8

// Bounds. Tolerances are relative (0.1 is ten per cent of the value).
const (
	// Exact: the value with the precision it was written with.
	Exact Bound = iota
	// AtLeast is [v, +inf): "at least", "no fewer than".
	AtLeast
	// MoreThan is (v, +inf): "more than", "over".
	MoreThan
	// AtMost is (-inf, v]: "up to", "at most", "no more than".
	AtMost
	// LessThan is (-inf, v): "less than", "under", "fewer than".
	LessThan
	// About is [v-t*v, v+t*v]: "about", "roughly", "some", "around".
	About
	// Nearly is [v-t*v, v]: "nearly", "almost", "close to".
	Nearly
)

// Qualifier is a hedge written before a number.
type Qualifier struct {
	// Words is the qualifier as the table defines it ("at least").
	Words string
	Bound Bound
	// Tolerance is the relative tolerance of About and Nearly (halved
	// for a count of three significant digits or more: Interval).
	Tolerance float64
}

// Unit is a unit of measurement from the unit table.
type Unit struct {
	// Name is the canonical symbol ("km/h").
	Name string
	// Dimension groups units that convert into each other ("speed").
	// Currencies are one dimension each ("currency:USD"): they have no
	// fixed rate.
	Dimension string
	// A value v in this unit is v*Factor + Offset in the dimension's
	// base unit.
	Factor, Offset float64
}

// ToBase converts v from u to the dimension's base unit.
func (u *Unit) ToBase(v float64) float64 { return v*u.Factor + u.Offset }

// FromBase converts v from the dimension's base unit to u.
func (u *Unit) FromBase(v float64) float64 { return (v - u.Offset) / u.Factor }

// Compatible reports whether values in u and v can be compared: both are
// bare counts (nil), or both are units of one dimension.
func Compatible(u, v *Unit) bool {
	if u == nil || v == nil {
		return u == v
	}
	return u.Dimension == v.Dimension
}

// Quantity is one number found in the text, with what qualifies it and
// its unit. All spans are byte offsets into the document's Text.
type Quantity struct {
	// Span covers the qualifier, the number and the unit: "at least 20",
	// "80 km/h", "$5.7 billion", "between 10 and 12 km".
	Span document.Span
	// Number covers the number itself, as written ("20", "5.7 billion",
	// "twenty-one", "10 to 12").
	Number document.Span
	// Value is the number in Unit; for a range its low end.
	Value float64
	// High is the high end of a range; Value otherwise.
	High float64
	// Range is true for "10 to 12", "10-12", "between 10 and 12".
	Range bool
	Kind  Kind
	// Unit is nil for a bare count ("20 cars": the counted noun is left
	// to the caller, after Tokens).
	Unit *Unit
	// UnitSpan covers the unit as written (empty when Unit is nil).
	UnitSpan document.Span
	// Qualifier is nil for a bare number.
	Qualifier *Qualifier
	// Step is the place value of the last digit written: 1 for "37",
	// 0.1 for "1.5", 100000 for "1.5 million", 1 for "80" and for "nine".
	Step float64
	// Round is the place value of the last non-zero digit written, the
	// step a rounded figure may have been rounded to: 10 for "80", 10
	// for "130", 100 for "1,500", 1 for "37", 0.1 for "1.5". A 5 as last
	// non-zero digit counts half: 5 for "85", 50 for "150".
	Round float64
	// Words is true when the number is written in words ("nine").
	Words bool
	// List is the 1-based number of the list the quantity is an item of
	// ("122mm and 152mm shells": both have the same List); 0 when it is
	// not in a list.
	List int
	// Tokens are the segment tokens the quantity covers,
	// Tokens[0] <= i < Tokens[1], qualifier and unit included.
	Tokens [2]int
	// Sentence is the index of the sentence that holds the quantity.
	Sentence int
}

// Interval is a set of real numbers between two bounds, which may be
// infinite.
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Overlaps reports whether the intervals share a point.
func (i Interval) Overlaps(j Interval) bool {
	if i.Hi < j.Lo || j.Hi < i.Lo {
		return false
	}
	if i.Hi == j.Lo && (i.HiOpen || j.LoOpen) {
		return false
	}
	if j.Hi == i.Lo && (j.HiOpen || i.LoOpen) {
		return false
	}
	return true
}

// Contains reports whether v lies in the interval.
func (i Interval) Contains(v float64) bool {
	return i.Overlaps(Interval{Lo: v, Hi: v})
}

// ToBase converts an interval in u to the base unit of u's dimension; a
// nil u leaves it as it is.
func (i Interval) ToBase(u *Unit) Interval {
	if u == nil {
		return i
	}
	out := Interval{Lo: u.ToBase(i.Lo), Hi: u.ToBase(i.Hi), LoOpen: i.LoOpen, HiOpen: i.HiOpen}
	if out.Lo > out.Hi { // a negative factor; no table has one, but stay correct
		out.Lo, out.Hi, out.LoOpen, out.HiOpen = out.Hi, out.Lo, out.HiOpen, out.LoOpen
	}
	return out
}

// Precision selects how much rounding a bare number is allowed.
type Precision uint8

const (
	// Strict allows half the last digit written: "37" is [36.5, 37.5).
	Strict Precision = iota
	// Rounded allows half the rounding step of the last non-zero digit:
	// "80" is [75, 85], as a converted or estimated figure may be.
	Rounded
)

// BareInterval is Interval(p) of the number as written, its qualifier
// left out: what a copy of q without its qualifier would claim.
func (q *Quantity) BareInterval(p Precision) Interval {
	half := q.Step / 2
	if p == Rounded && q.Round/2 > half {
		half = q.Round / 2
	}
	return Interval{Lo: q.Value - half, Hi: q.High + half, HiOpen: true}
}

// Interval returns the set of values the quantity claims, in its own
// unit, after its qualifier and the precision it was written with.
func (q *Quantity) Interval(p Precision) Interval {
	if q.Qualifier == nil {
		return q.BareInterval(p)
	}
	half := q.Step / 2
	if p == Rounded && q.Round/2 > half {
		half = q.Round / 2
	}
	lo, hi := q.Value, q.High
	inf := math.Inf(1)
	t := q.Qualifier.Tolerance
	if (q.Unit == nil || !strings.HasPrefix(q.Unit.Dimension, "currency:")) && q.Round > 0 && math.Abs(lo) >= 100*q.Round {
		// A count or a measure hedged at three significant digits or
		// more ("about 1,047 tenants", "about 258,000 square feet"):
		// its writer rounded no further than the last digits, and the
		// hedge covers them, not a tenth of the whole; a quarter of the
		// tolerance. Half of it let two such figures whose middle
		// digits are swapped pass as agreeing ("about 34,200" and
		// "about 32,400" overlap at 5% each, not at 2.5%). A measure
		// of fewer digits keeps it all, as copy restates one converted
		// or worked out ("about 21 km (13
		// miles)"); so does a sum at any precision, whose conversion
		// or share is worked out at a rate of the writer's choosing,
		// and a figure ending in a 5 (Round counts it half: "about
		// 3,650" is rounded to the fifty).
		t /= 4
	}
	switch q.Qualifier.Bound {
	case AtLeast:
		return Interval{Lo: lo, Hi: inf}
	case MoreThan:
		return Interval{Lo: lo, Hi: inf, LoOpen: true}
	case AtMost:
		return Interval{Lo: -inf, Hi: hi}
	case LessThan:
		return Interval{Lo: -inf, Hi: hi, HiOpen: true}
	case About:
		return Interval{Lo: lo - max(half, t*math.Abs(lo)), Hi: hi + max(half, t*math.Abs(hi))}
	case Nearly:
		return Interval{Lo: lo - max(half, t*math.Abs(lo)), Hi: hi}
	}
	return Interval{Lo: lo - half, Hi: hi + half, HiOpen: true}
}
