package rules_test

import (
	"slices"
	"testing"
)

// TestYearClosingClause checks that a year closing its clause with a
// comma dates the figure of that clause, not a nearer one after the
// comma: in "cost €58m, against a budget of €47m agreed in 2018, an
// overrun of 23 per cent" the year is the budget's, and the overrun is
// the one another outlet gives without a year. Invented copy.
func TestYearClosingClause(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	other := lead + "The Harwick tram depot opened on Friday. It cost €58m, 23% more than the €47m budget agreed in 2018, the transport board said.\n\nTrams will run from May."
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same overrun",
			text: lead + "The Harwick tram depot opened on Friday. It cost €58m, against a budget of €47m agreed when the tender was let in 2018, an overrun of 23 per cent.\n\nTrams will run from May.",
		},
		{
			name: "the overrun changed",
			text: lead + "The Harwick tram depot opened on Friday. It cost €58m, against a budget of €47m agreed when the tender was let in 2018, an overrun of 32 per cent.\n\nTrams will run from May.",
			want: []string{
				"a.txt:3:135: fact.mismatch: ratio: 32 per cent here; 23% in b.txt:3",
				"b.txt:3:56: fact.mismatch: ratio: 23% here; 32 per cent in a.txt:3",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.text, "b.txt", other)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
