package rules_test

import "testing"

// TestUpToBound: "up to N" and "as many as N" state the maximum, as "at
// least N" states the floor, so open_bound caps their open bottom: a
// maximum far above another maximum of the same fact is another figure,
// one a little above may be the same. "Under N" stays open.
func TestUpToBound(t *testing.T) {
	capped := autoFacts + "open_bound = 0.25\n"
	for _, tc := range []struct {
		name    string
		config  string
		a, b, c string
		want    []string
	}{
		{
			name:   "far above up to is another maximum",
			config: capped,
			a:      "Forecasters warned of gusts of up to 120 mph across the coast.",
			b:      "Forecasters warned of gusts of up to 90 mph across the coast.",
			c:      "Gusts of up to 90 mph were forecast across the coast.",
			want:   []string{"a.txt:1:32: fact.mismatch: speed: up to 120 mph here; up to 90 mph in b.txt:1, up to 90 mph in c.txt:1"},
		},
		{
			name:   "without the cap up to has no bottom",
			config: autoFacts,
			a:      "Forecasters warned of gusts of up to 120 mph across the coast.",
			b:      "Forecasters warned of gusts of up to 90 mph across the coast.",
			c:      "Gusts of up to 90 mph were forecast across the coast.",
		},
		{
			// Two maxima of one fact are one figure quoted twice: a
			// little above is another figure, not its rounding
			// (kind_autofacts_bounds.go).
			name:   "a little above another maximum disagrees",
			config: capped,
			a:      "Forecasters warned of gusts of up to 100 mph across the coast.",
			b:      "Forecasters warned of gusts of up to 90 mph across the coast.",
			c:      "Gusts of as many as 90 mph were forecast across the coast.",
			want:   []string{"a.txt:1:32: fact.mismatch: speed: up to 100 mph here; up to 90 mph in b.txt:1, as many as 90 mph in c.txt:1"},
		},
		{
			name:   "a figure under a maximum agrees",
			config: capped,
			a:      "Forecasters warned of gusts of up to 100 mph across the coast.",
			b:      "Forecasters warned of gusts of 90 mph across the coast.",
			c:      "Gusts of up to 100 mph were forecast across the coast.",
		},
		{
			name:   "under stays open",
			config: capped,
			a:      "Forecasters warned of gusts of under 120 mph across the coast.",
			b:      "Forecasters warned of gusts of under 90 mph across the coast.",
			c:      "Gusts of under 90 mph were forecast across the coast.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, tc.config, "a.txt", tc.a, "b.txt", tc.b, "c.txt", tc.c), tc.want...)
		})
	}
}
