package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsMoment checks the moment comparison of fact.date: an
// article that times the news to the minute without a day beside it
// gives that minute the one day its lead gives the news, and stands
// with or against the articles that write the minute beside a day. The
// copy is invented.
func TestDateFactsMoment(t *testing.T) {
	// Sentences that keep a's minute out of its lead: there the lead
	// comparison would tie it first.
	aLead := "Both men are in their forties and live in the village.\n\nThe store has been owned by one family for three generations.\n\n"
	// a writes the minute beside its day; b and c write it alone and date
	// the news in their leads (on Monday, yesterday in a paper of
	// Tuesday), Monday 6 May 2024.
	a := "date 2024-05-08 Two workers pulled from a collapsed grain store in Fellbrook were recovering in hospital.\n\n" + aLead + "The roof gave way at 6.17am on Monday under the weight of snow."
	b := "date 2024-05-08 The roof of the Fellbrook grain store caved in under heavy snow on Monday, trapping two workers for six hours.\n\nThe first beam cracked at about 6.17am as the night shift ended."
	c := "date 2024-05-07 A snow-laden roof collapsed at the Fellbrook grain store yesterday, burying two workers under timber.\n\nWitnesses heard a crack at 6.17am before the roof came down."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the days agree", articles: []string{"a.txt", a, "b.txt", b, "c.txt", c}},
		{
			name: "the minute moved to another day beside it: reported against the leads' day",
			articles: []string{
				"a.txt", "date 2024-05-08 Two workers pulled from a collapsed grain store in Fellbrook were recovering in hospital.\n\n" + aLead + "The roof gave way at 6.17am on Sunday under the weight of snow.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:7:32: fact.date: date of what happened at 6.17am: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in b.txt:1, yesterday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			name: "a lead's day moved: reported at the lead",
			articles: []string{
				"a.txt", a,
				"b.txt", "date 2024-05-08 The roof of the Fellbrook grain store caved in under heavy snow on Sunday, trapping two workers for six hours.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
				"c.txt", c,
			},
			want: []string{"b.txt:1:84: fact.date: date of what happened at 6.17am: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in a.txt:7, yesterday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			// An inferred day is weaker than one written beside the
			// minute: one article alone never outvotes another with it.
			name: "one article against one, the day inferred: quiet",
			articles: []string{
				"a.txt", "date 2024-05-08 Two workers pulled from a collapsed grain store in Fellbrook were recovering in hospital.\n\n" + aLead + "The roof gave way at 6.17am on Sunday under the weight of snow.",
				"b.txt", b,
			},
		},
		{
			// The lead tells a later day and the article names another:
			// its minute may be of that other day.
			name: "a lead of a later day in an article that names another day: no inference",
			articles: []string{
				"a.txt", a,
				"b.txt", "date 2024-05-08 Safety inspectors began their examination of the site on Tuesday, looking for what went wrong.\n\nSnow fell on Sunday and Monday.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
				"d.txt", "date 2024-05-08 Safety inspectors started work at the site on Tuesday, looking for what went wrong.\n\nSnow fell on Sunday and Monday.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
			},
		},
		{
			// The same articles without the other days named: their
			// minute is taken at their lead's day, and the article that
			// writes it beside another day stands alone. This is the
			// limit of the inference: a lead that tells only a later
			// day, in an article that names no other, is taken at its
			// word.
			name: "a lead of a later day alone: the inference is drawn",
			articles: []string{
				"a.txt", a,
				"b.txt", "date 2024-05-08 Safety inspectors began their examination of the site on Tuesday, looking for what went wrong.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
				"d.txt", "date 2024-05-08 Safety inspectors started work at the site on Tuesday, looking for what went wrong.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
			},
			want: []string{"a.txt:7:32: fact.date: date of what happened at 6.17am: on Monday (Monday 6 May 2024) here; on Tuesday (Tuesday 7 May 2024) in b.txt:1, on Tuesday (Tuesday 7 May 2024) in d.txt:1"},
		},
		{
			name: "a lead of two days: no inference",
			articles: []string{
				"a.txt", "date 2024-05-08 Two workers pulled from a collapsed grain store in Fellbrook were recovering in hospital.\n\n" + aLead + "The roof gave way at 6.17am on Sunday under the weight of snow.",
				"b.txt", "date 2024-05-08 Two workers trapped when the roof of the Fellbrook grain store caved in on Monday were released from hospital on Tuesday.\n\nThe first beam cracked at about 6.17am as the night shift ended.",
				"c.txt", c,
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
