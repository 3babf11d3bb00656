package rules

import (
	"strings"
	"testing"
)

// TestBareFigureOfAVerb checks that a bare figure opening its clause as
// the subject of a verb ("By dawn, 221 had been ferried ashore") is
// compared with the count another outlet gives with the same verb and
// its noun ("ferried 212 passengers ashore"), and with nothing else: not
// with a count of another verb, nor where the verb is said of two nouns
// in the other copy, nor a figure that is no subject of a verb. Two
// articles give the first text, a third the second.
func TestBareFigureOfAVerb(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"object against bare passive: kept",
			"Two launches ferried 212 passengers ashore before dawn on Tuesday, the harbour office said.",
			"By dawn on Tuesday, 221 had been ferried ashore by two launches, the harbour office said.", true},
		{"object against bare passive, same figure: silent",
			"Two launches ferried 212 passengers ashore before dawn on Tuesday, the harbour office said.",
			"By dawn on Tuesday, 212 had been ferried ashore by two launches, the harbour office said.", false},
		{"noun subject against bare subject: kept",
			"In all, 3,100 pupils have been screened at the county's schools since the spring.",
			"In all, 3,400 have been screened at the county's schools since the spring.", true},
		{"bare after and: kept",
			"Two launches ferried 212 passengers ashore before dawn on Tuesday, the harbour office said.",
			"The harbour office said the ship listed at midnight, and 221 were ferried ashore by two launches before dawn on Tuesday.", true},
		{"another verb: silent",
			"Two launches ferried 212 passengers ashore before dawn on Tuesday, the harbour office said.",
			"By dawn on Tuesday, 221 had been questioned ashore by two officers, the harbour office said.", false},
		{"the verb said of two nouns: silent",
			"Two launches ferried 212 passengers ashore before dawn and ferried 40 crew to the mainland later on Tuesday.",
			"By dawn on Tuesday, 221 had been ferried ashore by two launches, the harbour office said.", false},
		{"no verb after the figure: silent",
			"Two launches ferried 212 passengers ashore before dawn on Tuesday, the harbour office said.",
			"By dawn on Tuesday, 221 were over the age of 60, the harbour office said of those ferried.", false},
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
