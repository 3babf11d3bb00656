package quantity

import (
	"math"
	"testing"
)

// one extracts the single quantity of text.
func one(t *testing.T, text string) Quantity {
	t.Helper()
	qs := extract(t, text)
	if len(qs) != 1 {
		t.Fatalf("%q: %d quantities:\n%s", text, len(qs), dump(text, qs))
	}
	return qs[0]
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		text string
		p    Precision
		want Interval
	}{
		{"37 mph", Strict, Interval{Lo: 36.5, Hi: 37.5, HiOpen: true}},
		{"37 mph", Rounded, Interval{Lo: 36.5, Hi: 37.5, HiOpen: true}},
		{"80 miles", Strict, Interval{Lo: 79.5, Hi: 80.5, HiOpen: true}},
		{"80 miles", Rounded, Interval{Lo: 75, Hi: 85, HiOpen: true}},
		{"85 miles", Rounded, Interval{Lo: 82.5, Hi: 87.5, HiOpen: true}},
		{"1.5 million", Strict, Interval{Lo: 1.45e6, Hi: 1.55e6, HiOpen: true}},
		{"8.0%", Rounded, Interval{Lo: 7.5, Hi: 8.5, HiOpen: true}},
		{"at least 20", Strict, Interval{Lo: 20, Hi: inf}},
		{"more than 20", Strict, Interval{Lo: 20, Hi: inf, LoOpen: true}},
		{"up to 20", Strict, Interval{Lo: -inf, Hi: 20}},
		{"less than 20", Strict, Interval{Lo: -inf, Hi: 20, HiOpen: true}},
		{"about 70 minutes", Strict, Interval{Lo: 63, Hi: 77}},
		{"about 2", Strict, Interval{Lo: 1.5, Hi: 2.5}}, // the digit's half step beats 10%
		{"nearly 300", Strict, Interval{Lo: 270, Hi: 300}},
		// A count or measure hedged at three significant digits: a
		// quarter of the tolerance; not a sum, nor a figure rounded to
		// a five.
		{"about 1,047", Strict, Interval{Lo: 1020.825, Hi: 1073.175}},
		{"nearly 1,217", Strict, Interval{Lo: 1186.575, Hi: 1217}},
		{"about 1,047 km", Strict, Interval{Lo: 1020.825, Hi: 1073.175}},
		{"about 23,500 litres", Strict, Interval{Lo: 22912.5, Hi: 24087.5}},
		{"about 1,047 euros", Strict, Interval{Lo: 942.3, Hi: 1151.7}},
		{"about 21 km", Strict, Interval{Lo: 18.9, Hi: 23.1}},
		{"about 3,650", Strict, Interval{Lo: 3285, Hi: 4015}},
		{"about 6,700", Strict, Interval{Lo: 6030, Hi: 7370}},
		{"exactly 20", Strict, Interval{Lo: 19.5, Hi: 20.5, HiOpen: true}},
		{"10 to 12 days", Strict, Interval{Lo: 9.5, Hi: 12.5, HiOpen: true}},
		{"about 10 to 12 days", Strict, Interval{Lo: 9, Hi: 13.2}},
		{"at least 10 to 12 days", Strict, Interval{Lo: 10, Hi: inf}},
		{"up to 10 to 12 days", Strict, Interval{Lo: -inf, Hi: 12}},
		{"half", Strict, Interval{Lo: 0.25, Hi: 0.75, HiOpen: true}},
		{"less than half", Strict, Interval{Lo: -inf, Hi: 0.5, HiOpen: true}},
		{"an hour", Strict, Interval{Lo: 0.5, Hi: 1.5, HiOpen: true}},
	}
	for _, tc := range tests {
		text := "It was " + tc.text + " then."
		q := one(t, text)
		got := q.Interval(tc.p)
		if !near(got.Lo, tc.want.Lo) || !near(got.Hi, tc.want.Hi) || got.LoOpen != tc.want.LoOpen || got.HiOpen != tc.want.HiOpen {
			t.Errorf("%q %d: %+v, want %+v", tc.text, tc.p, got, tc.want)
		}
	}
}

func TestOverlaps(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		a, b Interval
		want bool
	}{
		{Interval{Lo: 1, Hi: 2}, Interval{Lo: 2, Hi: 3}, true},                                     // closed ends touch
		{Interval{Lo: 1, Hi: 2, HiOpen: true}, Interval{Lo: 2, Hi: 3}, false},                      // open end
		{Interval{Lo: 1, Hi: 2}, Interval{Lo: 2, Hi: 3, LoOpen: true}, false},                      // open start
		{Interval{Lo: 2, Hi: 3, LoOpen: true}, Interval{Lo: 1, Hi: 2}, false},                      // the other way round
		{Interval{Lo: 1, Hi: 2}, Interval{Lo: 2.5, Hi: 3}, false},                                  // apart
		{Interval{Lo: 1, Hi: 5}, Interval{Lo: 2, Hi: 3}, true},                                     // inside
		{Interval{Lo: -inf, Hi: inf}, Interval{Lo: 7, Hi: 7}, true},                                // everything
		{Interval{Lo: 20, Hi: inf, LoOpen: true}, Interval{Lo: 19.5, Hi: 20, HiOpen: true}, false}, // "more than 20" vs "19.5-20"
		{Interval{Lo: 20, Hi: inf}, Interval{Lo: 19.5, Hi: 20.5, HiOpen: true}, true},              // "at least 20" vs "20"
		{Interval{Lo: -inf, Hi: 0}, Interval{Lo: 0, Hi: inf}, true},                                // infinities touching at 0
		{Interval{Lo: -inf, Hi: 0, HiOpen: true}, Interval{Lo: 0, Hi: inf, LoOpen: true}, false},
		{Interval{Lo: inf, Hi: inf}, Interval{Lo: 1, Hi: inf}, true},
	}
	for _, tc := range tests {
		if got := tc.a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%+v overlaps %+v: %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := tc.b.Overlaps(tc.a); got != tc.want {
			t.Errorf("%+v overlaps %+v: %v, want %v (reversed)", tc.b, tc.a, got, tc.want)
		}
	}
	iv := Interval{Lo: 1, Hi: 2, HiOpen: true}
	if !iv.Contains(1) || iv.Contains(2) || !iv.Contains(1.999) {
		t.Error("Contains")
	}
}

// inBase returns the interval of the single quantity of text, in the base
// unit.
func inBase(t *testing.T, text string, p Precision) (Interval, *Unit) {
	t.Helper()
	q := one(t, text)
	if q.Unit == nil {
		t.Fatalf("%q: no unit", text)
	}
	return q.Interval(p).ToBase(q.Unit), q.Unit
}

func TestConversions(t *testing.T) {
	tb := pack(t)
	// 59 km/h is 36.66 mph: inside "37 mph" as written.
	kmh := one(t, "It went 59 km/h.")
	v := kmh.Unit.ToBase(kmh.Value)
	mph := tb.Unit("mph")
	if got := mph.FromBase(v); math.Abs(got-36.66) > 0.01 {
		t.Errorf("59 km/h is %v mph", got)
	}
	i37, _ := inBase(t, "It went 37 mph.", Rounded)
	if !i37.Contains(v) {
		t.Errorf("59 km/h (%v m/s) is not in 37 mph %+v", v, i37)
	}
	i37s, _ := inBase(t, "It went 37mph.", Strict)
	if !i37s.Contains(v) {
		t.Errorf("59 km/h is not in 37mph strictly %+v", i37s)
	}

	// 130 km is 80.8 miles: "80 miles" rounded overlaps; "95 miles" does not.
	i130, _ := inBase(t, "It is 130 km away.", Rounded)
	i80, _ := inBase(t, "It is 80 miles away.", Rounded)
	i95, _ := inBase(t, "It is 95 miles away.", Rounded)
	if !i130.Overlaps(i80) {
		t.Errorf("130 km %+v and 80 miles %+v do not overlap", i130, i80)
	}
	if i130.Overlaps(i95) {
		t.Errorf("130 km %+v and 95 miles %+v overlap", i130, i95)
	}
	i90s, _ := inBase(t, "It is 90 miles away.", Strict)
	i130s, _ := inBase(t, "It is 130 km away.", Strict)
	if i130s.Overlaps(i90s) {
		t.Errorf("130 km and 90 miles overlap strictly: %+v %+v", i130s, i90s)
	}

	// 30C is 86F.
	c30, uc := inBase(t, "It was 30C.", Strict)
	f86, uf := inBase(t, "It was 86F.", Strict)
	if !Compatible(uc, uf) || !c30.Overlaps(f86) {
		t.Errorf("30C %+v and 86F %+v", c30, f86)
	}
	if got := uf.ToBase(86); math.Abs(got-30) > 1e-9 {
		t.Errorf("86F is %vC", got)
	}
	if got := uf.FromBase(100); math.Abs(got-212) > 1e-9 {
		t.Errorf("100C is %vF", got)
	}
	f100, _ := inBase(t, "It was 100F.", Strict)
	if c30.Overlaps(f100) {
		t.Errorf("30C overlaps 100F")
	}

	// Units of one dimension are compatible; currencies are not.
	if !Compatible(tb.Unit("km"), tb.Unit("mi")) || Compatible(tb.Unit("USD"), tb.Unit("EUR")) ||
		Compatible(tb.Unit("km"), nil) || !Compatible(nil, nil) {
		t.Error("Compatible")
	}
	// A year and a half is 18 months.
	y, _ := inBase(t, "It lasted a year and a half.", Strict)
	if m := tb.Unit("month"); !y.Contains(m.ToBase(18)) {
		t.Errorf("a year and a half %+v does not hold 18 months", y)
	}
}

// TestBareInterval checks BareInterval against Interval of a copy of the
// quantity without its qualifier, for qualified, ranged and bare figures
// at both precisions.
func TestBareInterval(t *testing.T) {
	tests := []struct {
		text string
		p    Precision
		want Interval
	}{
		{"at least 60 miles", Rounded, Interval{Lo: 55, Hi: 65, HiOpen: true}},
		{"more than 43 mph", Strict, Interval{Lo: 42.5, Hi: 43.5, HiOpen: true}},
		{"about 4.5 million", Strict, Interval{Lo: 4.45e6, Hi: 4.55e6, HiOpen: true}},
		{"nearly 350 tonnes", Rounded, Interval{Lo: 325, Hi: 375, HiOpen: true}},
		{"between 14 and 16 km", Strict, Interval{Lo: 13.5, Hi: 16.5, HiOpen: true}},
		{"up to 23 hours", Strict, Interval{Lo: 22.5, Hi: 23.5, HiOpen: true}},
		{"11 metres", Rounded, Interval{Lo: 10.5, Hi: 11.5, HiOpen: true}},
	}
	qualified := 0
	for _, tt := range tests {
		q := one(t, tt.text)
		if q.Qualifier != nil {
			qualified++
		}
		bare := q
		bare.Qualifier = nil
		if got, want := q.BareInterval(tt.p), bare.Interval(tt.p); got != want || got != tt.want {
			t.Errorf("%q: BareInterval(%v) = %+v, Interval without the qualifier %+v, want %+v", tt.text, tt.p, got, want, tt.want)
		}
	}
	if qualified < 4 {
		t.Errorf("only %d of the figures have a qualifier", qualified)
	}
}
