package rules_test

import (
	"testing"

	"github.com/factlint/factlint/checker"
)

// checkFactDates runs the whole default pack over articles given as
// name, text pairs, all of one story, and returns only the fact.date
// findings: the event words under test are the pack's own.
func checkFactDates(t *testing.T, articles ...string) []string {
	t.Helper()
	set, err := load(t, `group = "all"`+"\n")
	if err != nil {
		t.Fatalf("loading rules: %v", err)
	}
	var inputs []checker.Input
	for i := 0; i+1 < len(articles); i += 2 {
		inputs = append(inputs, checker.Input{Path: articles[i], Src: []byte(articles[i+1])})
	}
	res, err := checker.Check(inputs, checker.Options{Rules: set, Jobs: 1, Group: set.Group})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range res.Diagnostics {
		if d.Rule == "fact.date" {
			out = append(out, line(d))
		}
	}
	return out
}

// TestDateFactsFresh checks fact.date with the default pack's events on
// copy written after the pack was tuned: dates of ongoing states are no
// claims, and the words of fresh copy name their events.
func TestDateFactsFresh(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a verb of continuation dates a state, not the event",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow blaze continued to burn out of control north of the town on Monday.",
				"b.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town.",
				"c.txt", "date 2023-09-11 The Harrow fire started on Saturday north of the town.",
			},
		},
		{
			name: "still, remained and kept date states too",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow fire was still burning north of the town on Monday.",
				"b.txt", "date 2023-09-11 The Harrow fire remained out of control north of the town on Sunday.",
				"c.txt", "date 2023-09-11 The Harrow fire kept spreading north of the town on Saturday.",
			},
		},
		{
			name: "a verb of continuation after the date leaves the event",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town and continued to burn.",
				"b.txt", "date 2023-09-11 The Harrow fire began on Friday north of the town and remained out of control.",
				"c.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town.",
			},
			want: []string{"b.txt:1:42: fact.date: date of the fire: on Friday (Friday 8 September 2023) here; on Saturday (Saturday 9 September 2023) in a.txt:1, on Saturday (Saturday 9 September 2023) in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
