package rules_test

import (
	"slices"
	"testing"
)

// TestClockDurations: a race time written as a clock ("2:08:15") is a
// duration in seconds, compared with the same time in words and with
// another outlet's clock; the times of different runners are different
// facts, and a time of day ("10:30") is no duration: it is compared as
// a time of day.
func TestClockDurations(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "the same race time, two clocks",
			a:    "Mara Lindqvist won the city marathon in 2:24:10 on Sunday.",
			b:    "Mara Lindqvist won the city marathon in 2:42:10 on Sunday.",
			want: []string{
				"a.txt:1:41: fact.mismatch: duration: 2:24:10 here; 2:42:10 in b.txt:1",
				"b.txt:1:41: fact.mismatch: duration: 2:42:10 here; 2:24:10 in a.txt:1",
			},
		},
		{
			name: "a clock and the same time in words agree",
			a:    "Mara Lindqvist won the city marathon in 2:24:10 on Sunday.",
			b:    "Mara Lindqvist won the city marathon in 2 hours 24 minutes 10 seconds on Sunday.",
		},
		{
			name: "a clock and a different time in words",
			a:    "Mara Lindqvist won the city marathon in 2:24:10 on Sunday.",
			b:    "Mara Lindqvist won the city marathon in 2 hours 24 minutes 1 second on Sunday.",
			want: []string{
				"a.txt:1:41: fact.mismatch: duration: 2:24:10 here; 2 hours 24 minutes 1 second in b.txt:1",
				"b.txt:1:41: fact.mismatch: duration: 2 hours 24 minutes 1 second here; 2:24:10 in a.txt:1",
			},
		},
		{
			name: "different runners, different times",
			a:    "Mara Lindqvist won the city marathon in 2:24:10 and Ines Okafor was second in 2:25:02.",
			b:    "Ines Okafor finished second in 2:25:02, behind Mara Lindqvist, who won in 2:24:10.",
		},
		{
			name: "times of day are not durations",
			a:    "The city marathon started at 10:30 on Sunday.",
			b:    "The city marathon started at 10:45 on Sunday.",
			// Compared as times of day (checker/quantity TimeOfDay),
			// never as durations.
			want: []string{
				"a.txt:1:30: fact.mismatch: time of day: 10:30 here; 10:45 in b.txt:1",
				"b.txt:1:30: fact.mismatch: time of day: 10:45 here; 10:30 in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", tc.b)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
