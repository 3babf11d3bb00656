package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsQuiet checks fact.date on pairs of invented articles that
// agree, each written so that a misreading of one date makes a false
// alarm, beside a pair that truly disagrees so that the rule is shown to
// speak on the same copy.
func TestDateFactsQuiet(t *testing.T) {
	fined := "date 2024-11-15 Brookhaven Water was fined £3.1m on Thursday for pumping raw sewage into the Tamsey river.\n\n"
	glider := "date 2024-06-10 A glider landed hard near Tarnby on Sunday, injuring its pilot.\n\n"
	bridge := "date 2024-11-15 The Harrowgate bridge reopened on Thursday after repairs.\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			// "last year" after a month without its year moves it to
			// the year before the article's.
			name: "a month and last year agrees with the year written",
			articles: []string{
				"a.txt", bridge + "The bridge was closed in March last year after inspectors found cracks in its deck.",
				"b.txt", bridge + "The bridge was closed in March 2023 after inspectors found cracks in its deck.",
			},
		},
		{
			name: "a month and last year disagrees with the article's year",
			articles: []string{
				"a.txt", bridge + "The bridge was closed in March last year after inspectors found cracks in its deck.",
				"b.txt", bridge + "The bridge was closed in March 2024 after inspectors found cracks in its deck.",
			},
			want: []string{
				"a.txt:3:26: fact.date: date of the closure: in March (March 2023) here; in March 2024 in b.txt:3",
				"b.txt:3:26: fact.date: date of the closure: in March 2024 here; in March (March 2023) in a.txt:3",
			},
		},
		{
			name: "a day and next year",
			articles: []string{
				"a.txt", bridge + "The bridge will be closed again on 3 February next year for painting.",
				"b.txt", bridge + "The bridge will be closed again on 3 February 2025 for painting.",
			},
		},
		{
			// A dateline under a headline labels the article's date;
			// the copy after it dates the event.
			name: "a labelled date under a headline is the article's, not the event's",
			articles: []string{
				"a.txt", "Thousands without power after storm in Dunmere\n\ndate 2024-05-06 The storm hit Dunmere on Sunday, cutting power to 4,000 homes.",
				"b.txt", "date 2024-05-06 The storm hit Dunmere on Sunday, cutting power to 4,000 homes.",
			},
		},
		{
			// The same copy, one day moved: the article under the
			// headline reads its date from the labelled line, and the
			// event is named by its own group.
			name: "a storm moved in the article under a headline",
			articles: []string{
				"a.txt", "Thousands without power after storm in Dunmere\n\ndate 2024-05-06 The storm hit Dunmere on Saturday, cutting power to 4,000 homes.",
				"b.txt", "date 2024-05-06 The storm hit Dunmere on Sunday, cutting power to 4,000 homes.",
			},
			want: []string{
				"a.txt:3:42: fact.date: date of the storm: on Saturday (Saturday 4 May 2024) here; on Sunday (Sunday 5 May 2024) in b.txt:1",
				"b.txt:1:42: fact.date: date of the storm: on Sunday (Sunday 5 May 2024) here; on Saturday (Saturday 4 May 2024) in a.txt:3",
			},
		},
		{
			// A storm and the flooding after it are two events.
			name: "a storm and a flood on different days",
			articles: []string{
				"a.txt", "date 2024-05-08 The storm hit Dunmere on Sunday and cut power to 4,000 homes in the town.",
				"b.txt", "date 2024-05-08 Flooding hit Dunmere on Monday and cut power to 4,000 homes in the town.",
			},
		},
		{
			// Two convictions of one firm share the story's words; the
			// first is one occurrence, the other a later one.
			name: "a first conviction and a later one are two earlier events",
			articles: []string{
				"a.txt", fined + "The company was convicted of polluting the river before, its first conviction in 2011 for a sewage leak near the Tamsey weir.",
				"b.txt", fined + "The company was convicted of polluting the river in 2017 for a smaller spill of sewage near the Tamsey weir.",
			},
		},
		{
			name: "two first convictions on different years disagree",
			articles: []string{
				"a.txt", fined + "The company was convicted of polluting the river before, its first conviction in 2011 for a sewage leak near the Tamsey weir.",
				"b.txt", fined + "The company was first convicted of polluting the river in 2012, for a sewage leak near the Tamsey weir.",
			},
			want: []string{
				"a.txt:3:82: fact.date: year of the earlier event: in 2011 here; in 2012 in b.txt:3",
				"b.txt:3:59: fact.date: year of the earlier event: in 2012 here; in 2011 in a.txt:3",
			},
		},
		{
			// "since" a year dates the start of a state of its own
			// clause: the pilot's flying and the firm's trading are two
			// onsets, though the sentences share the verb and the firm.
			name: "since a year of a person and since a year of a firm",
			articles: []string{
				"a.txt", glider + "Dorrance, 48, who hurt his wrist, has flown gliders since 1994 and has logged more than 2,100 hours, according to Skyreach Gliding, the Tarnby club that ran the flight.",
				"b.txt", glider + "Skyreach Gliding, which has flown from Marsh Lane since 2003, is one of Tarnby's oldest clubs, and its gliders are a familiar sight over the town.",
			},
		},
		{
			// The same onset, one year moved, is still found.
			name: "since a year of one state moved",
			articles: []string{
				"a.txt", glider + "Skyreach Gliding, which has flown gliders from Marsh Lane since 2003, is one of the oldest clubs in Tarnby.",
				"b.txt", glider + "Skyreach Gliding, which has flown gliders from Marsh Lane since 2005, is one of Tarnby's best-known clubs.",
				"c.txt", glider + "Skyreach Gliding, which has flown gliders from Marsh Lane since 2003, runs 40 flights a week.",
			},
			want: []string{
				"b.txt:3:65: fact.date: year of the earlier event: since 2005 here; since 2003 in a.txt:3, since 2003 in c.txt:3",
			},
		},
		{
			// "were scheduled" looks ahead from a day gone by: the
			// Wednesday may be the one before the article's Thursday or
			// the one after, and is not compared. Read as the future, it
			// was the next Wednesday, set against the past one of b.
			name: "a future word after a past one has no tense",
			articles: []string{
				"a.txt", "date 2024-03-21 Some 14 verdicts were scheduled in Calder on Wednesday when the clerks went home.",
				"b.txt", "date 2024-03-21 Local lawyers challenged 14 verdicts on Wednesday while the town waited.",
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
