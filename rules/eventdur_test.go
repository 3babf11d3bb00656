package rules_test

import (
	"slices"
	"testing"
)

// TestDurationFromEvent: a duration measured from a named event ("four
// hours after the blast") is that span only and is not compared with a
// duration of something else ("freed after 40 minutes"); two durations
// from the same event still are.
func TestDurationFromEvent(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "from an event, against a plain span",
			a:    "The first miner was freed after 40 minutes, the fire chief said.",
			b:    "The operation ended when the last miner was freed, more than four hours after the blast.",
		},
		{
			name: "from the same event",
			a:    "The last miner was freed four hours after the blast.",
			b:    "The last miner was freed nine hours after the blast.",
			want: []string{
				"a.txt:1:26: fact.mismatch: duration: four hours here; nine hours in b.txt:1",
				"b.txt:1:26: fact.mismatch: duration: nine hours here; four hours in a.txt:1",
			},
		},
		{
			name: "a measured event is no anchor",
			a:    "The jury deliberated for 14 hours after a two-week trial.",
			b:    "The jury deliberated for 41 hours in all.",
			want: []string{
				"a.txt:1:26: fact.mismatch: duration: 14 hours here; 41 hours in b.txt:1",
				"b.txt:1:26: fact.mismatch: duration: 41 hours here; 14 hours in a.txt:1",
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
