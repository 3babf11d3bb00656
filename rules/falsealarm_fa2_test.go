package rules_test

import (
	"slices"
	"testing"
)

// TestPastEventWhenClauseAndVolumes: a figure in a ", when" clause after
// a year is that year's event, not this story's, and a volume is not the
// value; the same figures without the year or the volume are still
// compared.
func TestPastEventWhenClauseAndVolumes(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "a past event's distance after a year and when",
			a:    "The gang was last seen in Orford, some 30 miles away.",
			b:    "It is the first raid since May 2015, when two men were caught at Orford, 18 miles away.",
		},
		{
			name: "a past event's distance, since and a bare year",
			a:    "The gang was last seen in Orford, some 30 miles away.",
			b:    "It is the first raid since 2015, when two men were caught at Orford, 18 miles away.",
		},
		{
			name: "the same distance with no year is still compared",
			a:    "The gang was last seen in Orford, some 30 miles away.",
			b:    "Two men were caught at Orford, 18 miles away.",
			want: []string{
				"a.txt:1:35: fact.mismatch: length: some 30 miles here; 18 miles in b.txt:1",
				"b.txt:1:32: fact.mismatch: length: 18 miles here; some 30 miles in a.txt:1",
			},
		},
		{
			name: "volumes against sales",
			a:    "Sales at the brewer fell 6.3% in the quarter.",
			b:    "Sales volumes at the brewer fell 3.1% in the quarter.",
		},
		{
			name: "volumes against volumes are still compared",
			a:    "Sales volumes at the brewer fell 3.1% in the quarter.",
			b:    "Sales volumes at the brewer fell 3.8% in the quarter.",
			want: []string{
				"a.txt:1:34: fact.mismatch: ratio: 3.1% here; 3.8% in b.txt:1",
				"b.txt:1:34: fact.mismatch: ratio: 3.8% here; 3.1% in a.txt:1",
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
