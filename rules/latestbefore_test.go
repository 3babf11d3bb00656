package rules

import (
	"testing"
	"time"
)

// TestLatestBefore checks how many days a weekday of the past lies
// before the last of the weekdays its copy tells in the past: known only
// when they fall in one short run of days, with one last day.
func TestLatestBefore(t *testing.T) {
	bits := func(ws ...time.Weekday) int {
		set := 0
		for _, w := range ws {
			set |= 1 << w
		}
		return set
	}
	for _, tc := range []struct {
		name string
		set  int
		w    time.Weekday
		want int
	}{
		{"a weekday alone is the last", bits(time.Saturday), time.Saturday, 0},
		{"the day before the last", bits(time.Saturday, time.Sunday), time.Saturday, 1},
		{"the last itself", bits(time.Saturday, time.Sunday), time.Sunday, 0},
		{"a run of three days across the week's end", bits(time.Friday, time.Saturday, time.Sunday), time.Friday, 2},
		{"a run of three with a day left out", bits(time.Monday, time.Wednesday), time.Monday, 2},
		{"days spread over the week tell nothing", bits(time.Monday, time.Thursday), time.Monday, 0},
		{"two days opposite in the week tell nothing", bits(time.Monday, time.Friday), time.Monday, 0},
		{"a weekday the copy does not tell", bits(time.Saturday, time.Sunday), time.Tuesday, 0},
	} {
		if got := latestBefore(tc.set, tc.w); got != tc.want {
			t.Errorf("%s: latestBefore = %d, want %d", tc.name, got, tc.want)
		}
	}
}
