package rules

import (
	"slices"
	"testing"
)

// TestHeadlineAgeOfBody checks that a headline's age of a role ("Swimmer,
// 52, swims ...") over a body whose one other age of that role differs
// ("a 57-year-old swimmer") is taken for the same person's: the body's age
// is compared with the other outlets', where at least two of them state
// the headline's figure, and reported. It stays silent where the body
// states the headline's age too (the body's other age is someone else's),
// where the two agree, where the body gives the role two ages, and where
// too few other outlets side with the headline. Invented copy.
func TestHeadlineAgeOfBody(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	other := "Ivo Tessel reports from Pelang.\n\nA 52-year-old swimmer swam the Tessan strait in record time on Sunday, the harbour office said."
	third := "Pelang harbour had a long day.\n\nThe 52-year-old swimmer swam the Tessan strait in nine hours on Sunday, officials said."
	for _, tc := range []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "the body's age against the headline's and the others'",
			texts: []string{
				"Pelang swimmer, 52, swims Tessan strait in record time\n\nA 57-year-old swimmer swam the Tessan strait in record time on Sunday, the harbour office said.",
				other, third,
			},
			want: []string{"a0.txt:3:3 age of the swimmer: 57-year-old swimmer here; swimmer, 52 at line 1 of this article, 52-year-old swimmer in a1.txt:3, 52-year-old swimmer in a2.txt:3"},
		},
		{
			name: "the same age",
			texts: []string{
				"Pelang swimmer, 52, swims Tessan strait in record time\n\nA 52-year-old swimmer swam the Tessan strait in record time on Sunday, the harbour office said.",
				other, third,
			},
		},
		{
			name: "the body states the headline's age too",
			texts: []string{
				"Pelang swimmer, 52, swims Tessan strait in record time\n\nAda Merrow, 52, swam the Tessan strait on Sunday. A 57-year-old swimmer rowed beside her, the harbour office said.",
				other, third,
			},
		},
		{
			name: "two ages of the role in the body",
			texts: []string{
				"Pelang swimmer, 52, swims Tessan strait in record time\n\nA 57-year-old swimmer swam the Tessan strait on Sunday. A 36-year-old swimmer rowed beside her, the harbour office said.",
				other, third,
			},
		},
		{
			name: "one other outlet",
			texts: []string{
				"Pelang swimmer, 52, swims Tessan strait in record time\n\nA 57-year-old swimmer swam the Tessan strait in record time on Sunday, the harbour office said.",
				other,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, tc.texts, nil)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
