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

// TestLocalDollarOfStory checks that the bare-"$" sums of an article
// that writes no dollar by a prefix are taken for the one local dollar
// the story's other copy writes ("NZ$3.6 million"), and compared with
// it; an article that writes the local prefix too keeps its bare "$"
// for the US dollar, so does a bare sum that fits another article's US
// sum, and a story of two local dollars takes neither.
func TestLocalDollarOfStory(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const local = "The rowing club paid NZ$3.6 million for the boatshed site, the council said."
	const convert = "The rowing club paid NZ$3.6 million ($2.1 million) for the boatshed site, the council said."
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"bare $ of an article naming no dollar", []string{local, local, "Rowers splashed out $6.3 MILLION on their new home by the water."}, true},
		{"the same sum", []string{local, local, "Rowers splashed out $3.6 MILLION on their new home by the water."}, false},
		{"an article naming the local dollar keeps $ for US", []string{local, local, convert}, false},
		{"bare $ that fits another's US sum", []string{convert, convert, "Rowers splashed out $2.1 MILLION on their new boatshed site."}, false},
		{"two local dollars in the story", []string{local, "Its rival club paid A$3.6 million for a boatshed site.", "Rowers splashed out $6.3 MILLION on their new boatshed site."}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, tc.texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
