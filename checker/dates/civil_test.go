package dates

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// TestCivilAsTime compares Day.Civil and fromCivil, which count the
// days themselves, with the time package they replaced: Civil of every
// day from the year 1 to 9999 and of a million random days of the whole
// range, with its ends; fromCivil of every day of the years 1 to 9999
// and of dates with months and days out of their ranges (carried into
// the next or the last, as time.Date does), years before 1 and far out.
func TestCivilAsTime(t *testing.T) {
	civil := func(d Day) (int, int, int) {
		tm := time.Unix(int64(d)*86400, 0).UTC()
		return tm.Year(), int(tm.Month()), tm.Day()
	}
	viaTime := func(y, m, d int) Day {
		return Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	first, last := viaTime(1, 1, 1), viaTime(9999, 12, 31)
	days := []Day{MinDay, MaxDay, MinDay + 1, MaxDay - 1, math.MinInt32, math.MaxInt32, -1, 0, 1, 59, 60, -306, -307}
	for d := first - 800; d <= last+800; d++ {
		days = append(days, d)
	}
	for range 1_000_000 {
		days = append(days, Day(rng.Int32()))
	}
	for _, d := range days {
		y, m, dd := d.Civil()
		wy, wm, wd := civil(d)
		if y != wy || m != wm || dd != wd {
			t.Fatalf("Day(%d).Civil() = %d-%d-%d, want %d-%d-%d", d, y, m, dd, wy, wm, wd)
		}
		if d >= first-800 && d <= last+800 {
			if got := fromCivil(wy, wm, wd); got != d {
				t.Fatalf("fromCivil(%d, %d, %d) = %d, want %d", wy, wm, wd, got, d)
			}
		}
	}
	check := func(y, m, d int) {
		t.Helper()
		if got, want := fromCivil(y, m, d), viaTime(y, m, d); got != want {
			t.Fatalf("fromCivil(%d, %d, %d) = %d, want %d", y, m, d, got, want)
		}
	}
	for y := -1200; y <= 11200; y += 7 {
		for m := -26; m <= 27; m++ {
			for _, d := range []int{-400, -31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 366, 1000} {
				check(y, m, d)
			}
		}
	}
	for range 200_000 {
		check(rng.IntN(40_000_000)-20_000_000, rng.IntN(40_000_000)-20_000_000, rng.IntN(40_000_000)-20_000_000)
		check(rng.IntN(20_000)-5_000, rng.IntN(200)-100, rng.IntN(2000)-1000)
	}
	for _, y := range []int{civilReach, civilReach + 1, -civilReach, -civilReach - 1, 1 << 40, -(1 << 40)} {
		check(y, 1, 1)
		check(1970, y, 1)
		check(1970, 1, y)
	}
}
