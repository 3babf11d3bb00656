package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsEarlier checks the earlier-event comparison of fact.date:
// the year an article gives for an earlier event, alone in its sentence,
// is compared with the years other articles give in sentences that share
// its figures, words and names, whatever verb tells the event. The copy
// is invented.
func TestDateFactsEarlier(t *testing.T) {
	lead := "date 2025-03-12 Flood water reached the market square of Oldbury on Tuesday night.\n\n"
	a := lead + "The river last burst its banks in 2009, when the water reached 4.2 metres at the weir."
	b := lead + "The previous record of 4.2 metres at the weir was set in 2009."
	c := lead + "Oldbury last flooded in 2009, when the river reached 4.2 metres at the old weir."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the years agree", articles: []string{"a.txt", a, "b.txt", b, "c.txt", c}},
		{
			name:     "one article moves the year: the odd one out is reported",
			articles: []string{"a.txt", lead + "The river last burst its banks in 2008, when the water reached 4.2 metres at the weir.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:35: fact.date: year of the earlier event: in 2008 here; in 2009 in b.txt:3, in 2009 in c.txt:3"},
		},
		{
			name:     "a month with its year agrees with its year",
			articles: []string{"a.txt", lead + "The river last burst its banks in March 2009, when the water reached 4.2 metres at the weir.", "b.txt", b},
		},
		{
			name:     "one article against one: both reported",
			articles: []string{"a.txt", lead + "The river last burst its banks in 2008, when the water reached 4.2 metres at the weir.", "b.txt", b},
			want: []string{
				"a.txt:3:35: fact.date: year of the earlier event: in 2008 here; in 2009 in b.txt:3",
				"b.txt:3:58: fact.date: year of the earlier event: in 2009 here; in 2008 in a.txt:3",
			},
		},
		{
			name: "two earlier events that share too little are two",
			articles: []string{
				"a.txt", lead + "The river last burst its banks in 2009, when the water reached 4.2 metres at the weir.",
				"b.txt", lead + "A new pumping station opened beside the river in 2014 at a cost of 3 million pounds.",
			},
		},
		{
			name: "the article's own year and later are not earlier events",
			articles: []string{
				"a.txt", lead + "The council expects the new river walls to cost 12 million pounds in 2026.",
				"b.txt", lead + "The council expects the new river walls to cost 12 million pounds in 2027.",
			},
		},
		{
			name: "an article that gives both years tells two events",
			articles: []string{
				"a.txt", lead + "The river last burst its banks in 2008, when the water reached 4.2 metres at the weir.\n\nIt flooded again in 2009.",
				"b.txt", b,
			},
		},
		{
			// "The first flood since 2009" dates the flood before it: the
			// ordinal counts from the year and picks no occurrence, so it
			// stands with sentences that give that flood without one.
			name: "an ordinal before since: the year of the event before",
			articles: []string{
				"a.txt", lead + "It was the first flood of the market square since 2008.",
				"b.txt", lead + "The previous flood of the market square was in 2009.",
				"c.txt", lead + "The market square last saw a flood in 2009.",
			},
			want: []string{"a.txt:3:51: fact.date: year of the earlier event: since 2008 here; in 2009 in b.txt:3, in 2009 in c.txt:3"},
		},
		{
			name: "an ordinal after since still picks an occurrence",
			articles: []string{
				"a.txt", lead + "The market square has been rebuilt since 2008, the year of its first flood.",
				"b.txt", lead + "The previous flood of the market square was in 2009.",
				"c.txt", lead + "The market square last saw a flood in 2009.",
			},
		},
		{
			name: "a sentence of two dates supports, never opposes",
			articles: []string{
				"a.txt", lead + "The river last burst its banks in 2008, when the water reached 4.2 metres at the weir.",
				"b.txt", lead + "The record of 4.2 metres at the weir, set in 2009, was broken on Tuesday.",
				"c.txt", lead + "The water reached 4.2 metres at the weir in 2008, in the town's worst flood.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkFactDates(t, tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
