package rules

import (
	"strings"
	"testing"
)

// TestBareDollarAsLocalDollar checks that a sum written with a bare "$"
// is taken for the local dollar where the other article gives that
// figure in a dollar of the pack's local_dollars, and compared as US
// dollars otherwise: an explicit "US$", or a figure no article gives in
// another dollar, is still reported.
func TestBareDollarAsLocalDollar(t *testing.T) {
	const wire = "The satellite cost A$86 million ($56 million) to build, the company said."
	for _, tc := range []struct {
		name, other, second string
		want                bool
	}{
		{"bare $ gives the local figure", wire, "The satellite cost $86 million to build, the company said.", false},
		{"bare $ gives the US figure", wire, "The satellite cost $56 million to build, the company said.", false},
		{"bare $ gives neither figure", wire, "The satellite cost $96 million to build, the company said.", true},
		{"US$ is never the local dollar", wire, "The satellite cost US$86 million to build, the company said.", true},
		{"NZ$ is a local dollar", "The satellite cost NZ$86 million ($51 million) to build, the company said.", "The satellite cost $86 million to build, the company said.", false},
		{"no local dollar in the pair", "The satellite cost $56 million to build, the company said.", "The satellite cost $86 million to build, the company said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pairFindings(t, tc.other, tc.second)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestBareDollar lists which written sums give a bare "$".
func TestBareDollar(t *testing.T) {
	for shown, want := range map[string]bool{
		"$86 million":       true,
		"about $86 million": true,
		"(A-$86)":           true, // a "$" after punctuation is still bare
		"US$86 million":     false,
		"A$86 million":      false,
		"86 million":        false,
	} {
		if got := bareDollar(shown); got != want {
			t.Errorf("bareDollar(%q) = %v, want %v", shown, got, want)
		}
	}
}
