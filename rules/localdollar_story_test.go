package rules

import (
	"strings"
	"testing"
)

// TestBareDollarInLocalStory checks a bare "$" in a story whose other
// article names a dollar other than the US one: a local outlet's "$"
// is then ambiguous, and a figure that fits the other article's local
// sum within its qualifier ("close to") is not compared as US dollars
// against its bracketed US conversion. A figure that fits neither sum,
// a story with no local dollar and an explicit "US$" are still
// compared.
func TestBareDollarInLocalStory(t *testing.T) {
	const wire = "The council paid A$240,000 ($158,000) for the old ferry, the mayor said."
	for _, tc := range []struct {
		name, other, second string
		want                bool
	}{
		{"bare $ near the local sum", wire, "The council paid close to $245,000 for the old ferry, the mayor said.", false},
		{"bare $ in words of the local dollar", "The council paid 240,000 Australian dollars ($158,000) for the old ferry, the mayor said.", "The council paid close to $245,000 for the old ferry, the mayor said.", false},
		{"bare $ far from both sums", wire, "The council paid close to $330,000 for the old ferry, the mayor said.", true},
		{"US$ is the US dollar", wire, "The council paid US$245,000 for the old ferry, the mayor said.", true},
		{"no local dollar in the story", "The council paid $158,000 for the old ferry, the mayor said.", "The council paid close to $245,000 for the old ferry, the mayor said.", true},
		{"the local sums still compared", wire, "The council paid A$380,000 for the old ferry, the mayor said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pairFindings(t, tc.other, tc.second)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
