package rules_test

import (
	"slices"
	"testing"
)

// TestChangeWords: a figure right after a word of a rise ("rise 1.2%")
// is not compared with one after a word of a fall ("fell 4.7%"): a
// rival's gain is not the subject's loss. Two falls are still compared,
// and a change word just before "to" leads to a level, not a change: the
// figure keeps the toll's role.
func TestChangeWords(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "a rise against a fall",
			a:    "Its shares fell 4.7% on Monday.",
			b:    "Rival Norwick Foods, which also cut prices, saw its shares rise 1.2%.",
		},
		{
			name: "two falls",
			a:    "Its shares fell 4.7% on Monday.",
			b:    "Its shares fell 7.4% on Monday.",
			want: []string{
				"a.txt:1:17: fact.mismatch: ratio: 4.7% here; 7.4% in b.txt:1",
				"b.txt:1:17: fact.mismatch: ratio: 7.4% here; 4.7% in a.txt:1",
			},
		},
		{
			name: "a rise to a toll",
			a:    "Flood deaths rise to 31 as the river keeps climbing.",
			b:    "The floods have killed 38 people, officials said.",
			want: []string{
				"a.txt:1:22: fact.mismatch: deaths: 31 here; 38 people in b.txt:1",
				"b.txt:1:24: fact.mismatch: killed: 38 people here; 31 in a.txt:1",
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
