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

// TestYearOpeningClauseAfterColon checks that a year opening a clause
// after a colon or a semicolon dates every figure of that clause, as a
// year opening the sentence does: "the van's second brake scare in four
// years: in May 2019 the firm called back 54,000 vans at a cost of €41m" gives the
// cost of 2019 that another outlet's "In May 2019 ... at a cost of €41m"
// gives, and a figure before the colon keeps no year.
func TestYearOpeningClauseAfterColon(t *testing.T) {
	other := "In May 2019 Halvers recalled about 54,000 of the vans over a brake fault, at a cost of €41 million.\n"
	third := "Halvers recalled about 54,000 vans in May 2019 over a brake fault. That recall cost €41 million.\n"
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same cost",
			text: "It is the van's second brake scare in four years: in May 2019 Halvers called back about 54,000 vans over faulty brakes at a cost of €41m.\n",
		},
		{
			name: "the cost changed after a colon",
			text: "It is the van's second brake scare in four years: in May 2019 Halvers called back about 54,000 vans over faulty brakes at a cost of €14m.\n",
			want: []string{"a.txt:1:133: fact.mismatch: amount in EUR: €14m here; €41 million in b.txt:1"},
		},
		{
			name: "the cost changed after a semicolon",
			text: "It is the van's second brake scare in four years; in May 2019 Halvers called back about 54,000 vans over faulty brakes at a cost of €14m.\n",
			want: []string{"a.txt:1:133: fact.mismatch: amount in EUR: €14m here; €41 million in b.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.text, "b.txt", other, "c.txt", third)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestYearBeforeAndVerb checks that a year after a verb of the start of
// a span (span_starts) dates the start, not a figure after "and" and a
// verb of its own: in "the dam's rebuilding started in 2011 and employed
// 870 people at its height" the workforce is no figure of 2011, and is
// compared with another outlet's undated "870 people worked on the
// rebuilding". A figure of the year's own verb ("hired 870 people in
// 2011") keeps the year, and so does one after a verb that is no start
// of a span ("rebuilt the dam in 2011 and employed 780 people": the work
// was done in 2011).
func TestYearBeforeAndVerb(t *testing.T) {
	lead := "By Ana Brevik, Tolmen, 3 May 2025\n\n"
	other := lead + "At its height, 870 people worked on the rebuilding of the Tolmen dam, the water board said.\n"
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same workforce",
			text: lead + "The rebuilding of the Tolmen dam started in 2011 and employed 870 people at its height, the water board said.\n",
		},
		{
			name: "the workforce changed",
			text: lead + "The rebuilding of the Tolmen dam started in 2011 and employed 780 people at its height, the water board said.\n",
			want: []string{
				"a.txt:3:63: fact.mismatch: people: 780 people here; 870 people in b.txt:3",
				"b.txt:3:16: fact.mismatch: people: 870 people here; 780 people in a.txt:3",
			},
		},
		{
			name: "after a verb that is no start: no rival",
			text: lead + "The water board rebuilt the Tolmen dam in 2011 and employed 780 people at its height, the board said.\n",
		},
		{
			name: "a figure of the year's own verb: no rival",
			text: lead + "The water board hired 780 people in 2011 for the rebuilding of the Tolmen dam.\n",
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
