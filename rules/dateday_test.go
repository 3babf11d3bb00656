package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsDay checks the written-day comparison of fact.date: a day
// and month written out ("on 3 May", "by Oct. 14", "9 August 1907") are
// compared across the articles of a story whatever verb tells the event;
// one article whose day is one field away from a day that two others
// write is reported. The copy is invented.
func TestDateFactsDay(t *testing.T) {
	lead := "date 2024-06-20 The wreck of the trawler Morwen Grey has been found off the Skerry Banks.\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the days agree",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 3 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
			},
		},
		{
			name: "one article moves the day: the odd one out is reported",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
			},
			want: []string{"a.txt:3:60: fact.date: day of the event: on 8 May here; on May 3 in b.txt:3, on 3 May in c.txt:3"},
		},
		{
			name: "a full date of an earlier event, its month moved",
			articles: []string{
				"a.txt", lead + "The Morwen Grey went down with all hands on 9 September 1931.",
				"b.txt", lead + "The trawler sank in a gale on the night of Sunday 9 August 1931.",
				"c.txt", lead + "The Morwen Grey foundered off the banks on August 9, 1931, with 14 men aboard.",
			},
			want: []string{"a.txt:3:45: fact.date: day of the event: on 9 September 1931 here; of Sunday 9 August 1931 in b.txt:3, on August 9, 1931 in c.txt:3"},
		},
		{
			name: "a deadline written without its year, half a year away",
			articles: []string{
				"a.txt", lead + "The maritime board must finish its inquiry by December 24.",
				"b.txt", lead + "The board has until 14 December to finish its inquiry into the sinking.",
				"c.txt", lead + "The maritime board's inquiry into the sinking must close by Dec. 14.",
			},
			want: []string{"a.txt:3:47: fact.date: day of the event: by December 24 here; until 14 December in b.txt:3, by Dec. 14 in c.txt:3"},
		},
		{
			name: "one article against one: no finding",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
			},
		},
		{
			name: "another article writes the day too: no finding",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
				"d.txt", lead + "The team returned to port on 8 May with the first images of the hull.",
			},
		},
		{
			name: "the article writes the others' day elsewhere: two events",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 8 May.\n\nThe search began on 3 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
			},
		},
		{
			name: "a day more than one field away is another event",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 11 April.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
			},
		},
		{
			name: "the opposing days disagree among themselves",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe survey team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 5 May by the survey ship Tallow Bay.",
			},
		},
		{
			name: "a sentence that shares nothing with the others is not tied",
			articles: []string{
				"a.txt", lead + "Relatives will gather at the harbour chapel on 8 May.",
				"b.txt", lead + "The Halcombe team's sonar picked up the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the survey ship Tallow Bay.",
			},
		},
		{
			name: "the article's own day is the report's, a byline's",
			articles: []string{
				"a.txt", "Trawler found\n\nBy A Writer, Skerry, 21 June 2024\n\nThe Halcombe team found the hull of the trawler in deep water.",
				"b.txt", "Trawler wreck found\n\nBy B Writer, Skerry, 20 June 2024\n\nThe Halcombe team found the hull of the trawler in deep water.",
				"c.txt", "Wreck of trawler found\n\nBy C Writer, Skerry, 20 June 2024\n\nThe Halcombe team found the hull of the trawler in deep water.",
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
