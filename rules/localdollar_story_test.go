package rules

import (
	"fmt"
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
	set, rule := defaultAutoFacts(t)
	const wire = "The council paid A$185,000 ($117,000) for the old ferry, the mayor said."
	for _, tc := range []struct {
		name, other, second string
		want                bool
	}{
		{"bare $ near the local sum", wire, "The council paid close to $190,000 for the old ferry, the mayor said.", false},
		{"bare $ in words of the local dollar", "The council paid 185,000 Australian dollars ($117,000) for the old ferry, the mayor said.", "The council paid close to $190,000 for the old ferry, the mayor said.", false},
		{"bare $ far from both sums", wire, "The council paid close to $250,000 for the old ferry, the mayor said.", true},
		{"US$ is the US dollar", wire, "The council paid US$190,000 for the old ferry, the mayor said.", true},
		{"no local dollar in the story", "The council paid $117,000 for the old ferry, the mayor said.", "The council paid close to $190,000 for the old ferry, the mayor said.", true},
		{"the local sums still compared", wire, "The council paid A$290,000 for the old ferry, the mayor said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.other, tc.second}
			facts := make([]any, len(texts))
			paths := make([]string, len(texts))
			for i, text := range texts {
				paths[i] = fmt.Sprintf("a%d.txt", i)
				a := articleAt(t, set, paths[i], []byte(text), i)
				facts[i] = rule.Check(a, NewReporter(a.Doc))
			}
			rep := NewReporter(nil)
			rule.CheckCorpus(&Corpus{Articles: len(texts), Stories: [][]int{{0, 1}}, Paths: paths, Jobs: 1}, facts, rep)
			var got []string
			for _, d := range rep.Diagnostics() {
				got = append(got, fmt.Sprintf("%s:%d:%d %s", d.File, d.Start.Line, d.Start.Column, d.Message))
			}
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
