package rules_test

import (
	"slices"
	"testing"
)

// TestYearOfEarlierClause checks that a year with another year between
// it and a figure dates an earlier clause, not the figure: "won in 2015
// and was re-elected in May 2022 with 61.2%" is the 2022 result, as
// another outlet's "re-elected in May 2022 with 61.2%" is.
func TestYearOfEarlierClause(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	other := lead + "Orvell, a former teacher, was first elected in 2015 and re-elected in May 2022 with 61.2% of the vote.\n\nHe will stand down in June."
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same share",
			text: lead + "She won in 2015 and was easily re-elected in May 2022 with 61.2 per cent of the vote.\n\nShe will stand down in June.",
		},
		{
			name: "the share changed",
			text: lead + "She won in 2015 and was easily re-elected in May 2022 with 16.2 per cent of the vote.\n\nShe will stand down in June.",
			want: []string{
				"a.txt:3:60: fact.mismatch: ratio: 16.2 per cent here; 61.2% in b.txt:3",
				"b.txt:3:85: fact.mismatch: ratio: 61.2% here; 16.2 per cent in a.txt:3",
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
