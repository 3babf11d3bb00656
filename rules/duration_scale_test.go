package rules_test

import "testing"

// TestDurationScalesApart checks that durations written in units of far
// different scale are not compared: a writer gives a time in the unit
// that suits its size, so "three decades" and "400 weeks" are two spans,
// while "three days" and "80 hours" are one span told two ways.
func TestDurationScalesApart(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "units a day apart",
			a:    "The blockade of the harbour lasted two days.",
			b:    "The blockade of the harbour lasted 70 hours.",
			want: []string{
				"a.txt:1:36: fact.mismatch: duration: two days here; 70 hours in b.txt:1",
				"b.txt:1:36: fact.mismatch: duration: 70 hours here; two days in a.txt:1",
			},
		},
		{
			name: "units years apart",
			a:    "The blockade of the harbour lasted three decades.",
			b:    "The blockade of the harbour lasted 400 weeks.",
		},
		{
			name: "units a minute apart",
			a:    "The blockade of the harbour lasted 50 seconds.",
			b:    "The blockade of the harbour lasted two minutes.",
			want: []string{
				"a.txt:1:36: fact.mismatch: duration: 50 seconds here; two minutes in b.txt:1",
				"b.txt:1:36: fact.mismatch: duration: two minutes here; 50 seconds in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.a, "b.txt", tc.b), tc.want...)
		})
	}
}
