package rules

import (
	"strings"
	"testing"
)

// TestBareFigureOfAVerb checks that a bare figure opening its clause as
// the subject of a verb ("By nightfall, 221 had been shuttled across") is
// compared with the count another outlet gives with the same verb and
// its noun ("shuttled 212 passengers across"), and with nothing else: not
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
			"Two barges shuttled 212 passengers across before nightfall on Tuesday, the harbour office said.",
			"By nightfall on Tuesday, 221 had been shuttled across by two barges, the harbour office said.", true},
		{"object against bare passive, same figure: silent",
			"Two barges shuttled 212 passengers across before nightfall on Tuesday, the harbour office said.",
			"By nightfall on Tuesday, 212 had been shuttled across by two barges, the harbour office said.", false},
		{"noun subject against bare subject: kept",
			"In all, 3,100 pupils have been screened at the county's schools since the spring.",
			"In all, 3,400 have been screened at the county's schools since the spring.", true},
		{"bare after and: kept",
			"Two barges shuttled 212 passengers across before nightfall on Tuesday, the harbour office said.",
			"The harbour office said the ship listed at noon, and 221 were shuttled across by two barges before nightfall on Tuesday.", true},
		{"another verb: silent",
			"Two barges shuttled 212 passengers across before nightfall on Tuesday, the harbour office said.",
			"By nightfall on Tuesday, 221 had been questioned across the quay by two officers, the harbour office said.", false},
		{"the verb said of two nouns: silent",
			"Two barges shuttled 212 passengers across before nightfall and shuttled 40 crew to the depot later on Tuesday.",
			"By nightfall on Tuesday, 221 had been shuttled across by two barges, the harbour office said.", false},
		{"no verb after the figure: silent",
			"Two barges shuttled 212 passengers across before nightfall on Tuesday, the harbour office said.",
			"By nightfall on Tuesday, 221 were over the age of 60, the harbour office said of those shuttled.", false},
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
