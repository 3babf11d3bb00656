package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsSpecificCount checks the point a count of a specific noun
// earns when each article of the story states it once: outlets that word
// the sentence apart ("grounded 12 ferries", "Twelve ferries stayed in
// port") still state one fact, while a generic noun, a noun counted of
// two things in one article, a part of a total and a count with a
// modifier the others lack stay apart. The first two texts agree; the
// third gives another figure.
func TestAutoFactsSpecificCount(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const (
		first  = "Harbour officials grounded 12 ferries before dawn on Monday."
		second = "Twelve ferries stayed in port as the gale arrived."
	)
	for _, tc := range []struct {
		name, first, second, third string
		want                       bool
	}{
		{"specific noun, worded apart: kept", first, second, "The operator idled 15 ferries, a spokesman confirmed.", true},
		{"a day is no complement: kept", first, second, "The operator idled 15 ferries on Sunday, a spokesman confirmed.", true},
		{"a named complement narrows: silent", first, second, "The operator idled 15 ferries to Orlavik, a spokesman confirmed.", false},
		{"specific noun, same figure: silent", first, second, "The operator idled 12 ferries, a spokesman confirmed.", false},
		{"synonym verbs: kept", "The council shut 9 libraries on Friday.", "Nine libraries were closed by noon.", "Officials closed 11 libraries across the county.", true},
		{"generic noun: silent", "Harbour officials saw 12 people before dawn on Monday.", "Twelve people stayed in port as the gale arrived.", "The operator idled 15 people, a spokesman confirmed.", false},
		{"noun counted twice in an article: silent", first, second, "The operator idled 15 ferries, and 4 ferries sailed late.", false},
		// The others' count is a part of this one's total: the article
		// states their figure, and its total is not an error.
		{"part of a total: silent", first, second, "The operator idled 12 of the 15 ferries, a spokesman confirmed.", false},
		{"modifier the others lack: silent", first, second, "The operator idled 15 older ferries, a spokesman confirmed.", false},
		{"a count of another year: silent", first, second, "In 2019 the operator idled 15 ferries, a spokesman confirmed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{tc.first, tc.second, tc.third}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
