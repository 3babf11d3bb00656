package rules

import (
	"strings"
	"testing"
)

// TestNumberedLabel checks that a number after a noun of label_nouns
// ("resigned on move 41") is read as the label of one move, compared
// with the same label or rank in other copy ("on the 41st move"), and
// never with a count of the noun ("after 44 moves"). Two articles give
// the first text, a third the second.
func TestNumberedLabel(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"two labels: kept",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.",
			"The challenger Arvo Tammsaar resigned on move 44 of the sixth game in Tallinn.", true},
		{"the same label: silent",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.", false},
		{"a label against a rank: kept",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.",
			"The challenger Arvo Tammsaar resigned on the 44th move of the sixth game in Tallinn.", true},
		{"a label against a count: silent",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.",
			"The challenger Arvo Tammsaar resigned after 44 moves of the sixth game in Tallinn.", false},
		{"a noun of no label: silent",
			"The challenger Arvo Tammsaar resigned on move 41 of the sixth game in Tallinn.",
			"The challenger Arvo Tammsaar resigned on time 44 of the sixth game in Tallinn.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
