package dates

import (
	"fmt"
	"testing"
	"time"
)

// TestLongAsSprintf compares Day.Long, appended on the stack, with the
// fmt.Sprintf it replaces, on every day of years far before and after
// the copy's and at the ends of the range.
func TestLongAsSprintf(t *testing.T) {
	var days []Day
	for _, y := range []int{-50, 0, 1, 999, 1900, 2000, 2024, 2025, 9999, 12345} {
		start, _ := Date(y, 1, 1)
		end, _ := Date(y+1, 1, 1)
		for d := start; d < end; d++ {
			days = append(days, d)
		}
	}
	for d := Day(-1_000_000); d < 3_000_000; d += 997 {
		days = append(days, d)
	}
	if len(days) < 5000 {
		t.Fatalf("only %d days", len(days))
	}
	days = append(days, MinDay, MaxDay, MinDay+1, MaxDay-1)
	for _, d := range days {
		y, m, dd := d.Civil()
		want := fmt.Sprintf("%s %d %s %d", d.Weekday(), dd, time.Month(m), y)
		if got := d.Long(); got != want {
			t.Fatalf("Day(%d).Long() = %q, want %q", d, got, want)
		}
	}
}
