package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// TestRunningTollsAcrossDates checks how fact.mismatch compares a running
// toll in articles of different dates: two articles of one date agree,
// and a third, of the date given, gives its own figure. A toll that only
// rises may be higher in a later article (an update), never lower; one
// that moves both ways is not compared across dates; articles of one date
// or of no known date, and figures that are not running counts, are
// compared as ever. The facts go through the archive encoding, so that a
// draft checked against an archive keeps its articles' dates.
func TestRunningTollsAcrossDates(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const day1, day2, day0 = "2024-11-08", "2024-11-09", "2024-11-07"
	for _, tc := range []struct {
		name string
		// first is said by the two articles of day1, third by the
		// article of date thirdDate ("" for none).
		first, third, thirdDate string
		// allUndated leaves the first two articles without a date too.
		allUndated bool
		want       bool
	}{
		{"later article more dead: an update", "At least 23 people have died in the flooding.", "The toll rose to 31 people dead in the flooding.", day2, false, false},
		{"later article fewer dead: impossible", "At least 31 people have died in the flooding.", "The toll stood at 23 people dead in the flooding.", day2, false, true},
		{"earlier article more dead: reported", "At least 23 people have died in the flooding.", "The toll stood at 31 people dead in the flooding.", day0, false, true},
		{"later article more injured: an update", "Officials said 120 people were injured in the flooding.", "Officials said 150 people were injured in the flooding.", day2, false, false},
		{"missing moves both ways: later fewer", "Officials said 12 people were still missing after the flooding.", "Officials said ten people were still missing after the flooding.", day2, false, false},
		{"missing moves both ways: later more", "Officials said 10 people were still missing after the flooding.", "Officials said 14 people were still missing after the flooding.", day2, false, false},
		{"same date: reported", "At least 23 people have died in the flooding.", "The toll rose to 31 people dead in the flooding.", day1, false, true},
		{"third article of unknown date: reported", "At least 23 people have died in the flooding.", "The toll rose to 31 people dead in the flooding.", "", false, true},
		{"no article dated: reported", "At least 23 people have died in the flooding.", "The toll rose to 31 people dead in the flooding.", "", true, true},
		{"a past event's toll across dates: reported", "In 2011, a flood in the valley killed 41 people.", "In 2011, a flood in the valley killed 57 people.", day2, false, true},
		{"a sum across dates: reported", "The council paid £4.3 million for the new flood barrier.", "The council paid £5.1 million for the new flood barrier.", day2, false, true},
		{"a distance across dates: reported", "The river burst its banks 22 km north of the city.", "The river burst its banks 31 km north of the city.", day2, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			refs := []string{day1, day1, tc.thirdDate}
			if tc.allUndated {
				refs = []string{"", "", ""}
			}
			got := storyFindings(t, set, rule, texts, refs)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// storyFindings runs fact.mismatch over one story of texts, each its own
// article, through the archive encoding, and returns the findings as
// "file:line:col message". refs, when not nil, gives each article's
// date ("" for none).
func storyFindings(t *testing.T, set *Set, rule *autoFactsRule, texts, refs []string) []string {
	t.Helper()
	facts := storyFacts(t, set, rule, texts, refs)
	paths := make([]string, len(texts))
	story := make([]int, len(texts))
	for i := range texts {
		paths[i], story[i] = fmt.Sprintf("a%d.txt", i), i
	}
	rep := NewReporter(nil)
	rule.CheckCorpus(&Corpus{Articles: len(texts), Stories: [][]int{story}, Paths: paths, Jobs: 1}, facts, rep)
	var got []string
	for _, d := range rep.Diagnostics() {
		got = append(got, fmt.Sprintf("%s:%d:%d %s", d.File, d.Start.Line, d.Start.Column, d.Message))
	}
	return got
}

// storyFacts is each text's fact.mismatch facts, article i at path
// "ai.txt", through the archive encoding; refs as for storyFindings.
func storyFacts(t *testing.T, set *Set, rule *autoFactsRule, texts, refs []string) []any {
	t.Helper()
	facts := make([]any, len(texts))
	for i, text := range texts {
		a := articleAt(t, set, fmt.Sprintf("a%d.txt", i), []byte(text), i)
		a.Calendar = set.Dates
		if refs != nil {
			a.Ref = dates.RefOf(refs[i])
		}
		data, err := EncodeFacts(rule.Check(a, NewReporter(a.Doc)))
		if err != nil {
			t.Fatal(err)
		}
		if facts[i], err = DecodeFacts(data); err != nil {
			t.Fatal(err)
		}
	}
	return facts
}
