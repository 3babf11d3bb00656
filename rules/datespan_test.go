package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsSpan checks the span comparison of fact.date: a duration
// in figures that two outlets give and a third gives with two digits
// swapped, in sentences of no word in common. The copy is invented.
func TestDateFactsSpan(t *testing.T) {
	lead := "date 2025-03-04 A cable car stalled above the Brevin gorge on Monday with 31 passengers aboard.\n\n"
	b := lead + "The passengers spent 137 minutes suspended over the gorge before the cabin moved again."
	c := lead + "Engineers restarted the drive after 137 minutes, the operator said."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the durations agree", articles: []string{"a.txt", lead + "They waited for 137 minutes.", "b.txt", b, "c.txt", c}},
		{
			name:     "two digits swapped against two outlets",
			articles: []string{"a.txt", lead + "They waited for 173 minutes.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:17: fact.date: duration: 173 minutes here; 137 minutes in b.txt:3, 137 minutes in c.txt:3"},
		},
		{
			name:     "two digits swapped against one outlet",
			articles: []string{"a.txt", lead + "They waited for 173 minutes.", "b.txt", b},
		},
		{
			// "137" against "139" is one digit, as a story's two
			// lengths often are.
			name:     "one digit changed",
			articles: []string{"a.txt", lead + "They waited for 139 minutes.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "another unit",
			articles: []string{"a.txt", lead + "The cabin swayed for 173 seconds.", "b.txt", b, "c.txt", c},
		},
		{
			name: "the story gives another duration of the unit and digits",
			articles: []string{
				"a.txt", lead + "They waited for 173 minutes.",
				"b.txt", b, "c.txt", c,
				"d.txt", lead + "A rescue crew took 115 minutes to reach the pylon.",
			},
		},
		{
			// "2 hours 17 minutes" is 137 minutes, in other words.
			name: "the others' figure written in parts",
			articles: []string{
				"a.txt", lead + "They waited for 173 minutes.",
				"b.txt", lead + "The passengers spent 2 hours 17 minutes suspended over the gorge.",
				"c.txt", lead + "Engineers restarted the drive after two hours and 17 minutes, the operator said.",
			},
			want: []string{"a.txt:3:17: fact.date: duration: 173 minutes here; 2 hours 17 minutes in b.txt:3, two hours and 17 minutes in c.txt:3"},
		},
		{
			name: "the article gives the others' figure in parts",
			articles: []string{
				"a.txt", lead + "They waited for 173 minutes.\n\nThe drive was off for 2 hours 17 minutes in all.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// "2.5 hours" is written to no minute: not 150 minutes.
			name: "the others' figure to a coarser unit",
			articles: []string{
				"a.txt", lead + "They waited for 105 minutes.",
				"b.txt", lead + "The passengers spent 2.5 hours suspended over the gorge.",
				"c.txt", lead + "Engineers restarted the drive after 2.5 hours, the operator said.",
			},
		},
		{
			// "24 hours" is a set phrase of a span ("in the past 24
			// hours") as often as a length measured.
			name: "the others' figure a whole number of days",
			articles: []string{
				"a.txt", lead + "Some passengers had been awake for 42 hours.",
				"b.txt", lead + "The operator has had three breakdowns in the past 24 hours.",
				"c.txt", lead + "Engineers will inspect every cabin within 24 hours.",
			},
		},
		{
			name:     "another outlet gives the swapped figure too",
			articles: []string{"a.txt", lead + "They waited for 173 minutes.", "b.txt", b, "c.txt", c, "d.txt", lead + "The road stays closed for 173 minutes of checks."},
		},
		{
			name:     "the article gives the others' figure in its body",
			articles: []string{"a.txt", lead + "They waited for 173 minutes.\n\nThe drive was off for 137 minutes in all.", "b.txt", b, "c.txt", c},
		},
		{
			// The headline restates the story's length: the body's
			// swapped figure is the slip.
			name: "the article gives the others' figure in its headline",
			articles: []string{
				"a.txt", "Passengers freed after 137-minute wait above gorge\n\n" + lead + "They waited for 173 minutes.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:5:17: fact.date: duration: 173 minutes here; 137 minutes in b.txt:3, 137 minutes in c.txt:3"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := load(t, "group = \"all\"\n[rules.\"fact.mismatch\"]\nenabled = false\n")
			if err != nil {
				t.Fatalf("loading rules: %v", err)
			}
			var got []string
			for _, d := range checkSet(t, set, tc.articles...) {
				if d.Rule == "fact.date" {
					got = append(got, line(d))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
