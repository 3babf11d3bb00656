package checker

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// TestYearOf checks the year a day of the month with no year takes from
// the dated articles near it: the nearest within MonthDayReach days, across
// a new year either way, the earlier on a tie, none when all are too far.
func TestYearOf(t *testing.T) {
	day := func(s string) dates.Day {
		d, ok := dates.ParseISO(s)
		if !ok {
			t.Fatalf("bad day %q", s)
		}
		return d
	}
	for _, tc := range []struct {
		monthDay string
		near     []string
		want     string
	}{
		{"11-08", []string{"2024-11-09"}, "2024-11-08"},
		{"12-31", []string{"2025-01-02"}, "2024-12-31"},
		{"01-02", []string{"2024-12-30"}, "2025-01-02"},
		{"02-29", []string{"2024-03-01"}, "2024-02-29"},
		{"02-29", []string{"2023-03-01"}, ""},
		{"11-08", []string{"2024-12-09"}, "2024-11-08"}, // 31 days
		{"11-08", []string{"2024-12-10"}, ""},           // 32 days
		{"11-08", []string{"2023-11-20", "2024-11-10"}, "2024-11-08"},
		{"07-01", []string{"2024-06-01", "2024-07-31"}, "2024-07-01"}, // 30 days each way: the same day
		{"06-16", []string{"2023-06-01", "2024-07-01"}, "2023-06-16"}, // 15 days each way: the earlier
		{"13-01", []string{"2024-01-01"}, ""},
		{"11-08", nil, ""},
	} {
		var near []dates.Day
		for _, n := range tc.near {
			near = append(near, day(n))
		}
		got, ok := yearOf(tc.monthDay, near)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("yearOf(%q, %v) = %q, %v; want %q", tc.monthDay, tc.near, got, ok, tc.want)
		}
	}
}
