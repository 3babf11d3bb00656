package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsShoutedNoun checks that a count's noun written in
// capitals in a sentence of mixed case, as tabloids shout it ("87
// PUPPIES"), is the noun the figure counts, compared with another
// outlet's count of the same noun in lower case; an acronym in capitals
// (not an English word) is no counted noun, and neither is a word of a
// line all in capitals, whose capitals say nothing. Two articles give
// the first text, a third the second.
func TestAutoFactsShoutedNoun(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"shouted noun, another figure: kept", "Inspectors took 87 puppies from the Brackley kennels.", "Inspectors took 78 PUPPIES from the Brackley kennels.", true},
		{"shouted noun, same figure: silent", "Inspectors took 87 puppies from the Brackley kennels.", "Inspectors took 87 PUPPIES from the Brackley kennels.", false},
		{"shouted modifier and noun: kept", "A crowd of fans filled the Wexcombe ground, and 3,000 fans queued for tickets.", "A WHOPPING 3,570 FANS queued for tickets at the Wexcombe ground.", true},
		{"another shouted noun: silent", "Inspectors took 87 puppies from the Brackley kennels.", "Inspectors took 78 KITTENS from the Brackley kennels.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Inspectors took 87 PUPPIES from the kennels.", []string{"87 PUPPIES | count:puppy"}},
		// Not an English word: an acronym, no noun counted.
		{"The bank installed 40 QXTS at the depot.", nil},
		// A line all in capitals: its capitals tell no noun from a name.
		{"INSPECTORS TAKE 87 PUPPIES FROM KENNELS", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
