package rules_test

import (
	"slices"
	"strings"
	"testing"
)

// TestDateFactsDay checks the written-day comparison of fact.date: a day
// and month written out ("on 3 May", "by Oct. 14", "9 August 1907") are
// compared across the articles of a story whatever verb tells the event;
// one article whose day is one field away from a day that two others
// write is reported. The copy is invented.
func TestDateFactsDay(t *testing.T) {
	lead := "date 2024-06-20 The wreck of the trawler Tessa Vane has been found off the Skerry Banks.\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the days agree",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 3 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
		},
		{
			name: "one article moves the day: the odd one out is reported",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
			want: []string{"a.txt:3:58: fact.date: day of the event: on 8 May here; on May 3 in b.txt:3, on 3 May in c.txt:3"},
		},
		{
			name: "a full date of an earlier event, its month moved",
			articles: []string{
				"a.txt", lead + "The Tessa Vane was lost with all hands on 9 September 1931.",
				"b.txt", lead + "The trawler capsized in a squall late on Sunday 9 August 1931.",
				"c.txt", lead + "The Tessa Vane went under off the banks on August 9, 1931, with 14 men aboard.",
			},
			want: []string{"a.txt:3:43: fact.date: day of the event: on 9 September 1931 here; on Sunday 9 August 1931 in b.txt:3, on August 9, 1931 in c.txt:3"},
		},
		{
			name: "a deadline written without its year, half a year away",
			articles: []string{
				"a.txt", lead + "The maritime board's inquiry into the capsize is to end by December 24.",
				"b.txt", lead + "The board's inquiry into the capsize closes on 14 December.",
				"c.txt", lead + "The maritime board will close its inquiry into the capsize on Dec. 14.",
			},
			want: []string{"a.txt:3:60: fact.date: day of the event: by December 24 here; on 14 December in b.txt:3, on Dec. 14 in c.txt:3"},
		},
		{
			name: "one article against one: no finding",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
			},
		},
		{
			name: "another article writes the day too: no finding",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
				"d.txt", lead + "The team returned to port on 8 May with the first images of the hull.",
			},
		},
		{
			name: "the article writes the others' day elsewhere: two events",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.\n\nThe search began on 3 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
		},
		{
			name: "a day more than one field away is another event",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 11 April.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
		},
		{
			name: "the opposing days disagree among themselves",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 5 May by the salvage barge Tallow Bay.",
			},
		},
		{
			name: "a sentence that shares nothing with the others is not tied",
			articles: []string{
				"a.txt", lead + "Relatives will gather at the harbour chapel on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
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

// TestDateFactsWeekday checks the weekday comparison of fact.date: a
// weekday or a relative day resolved in the past is compared with the
// days of other articles' sentences that share three points with its
// own; one article against two that agree on another day within a week
// is reported. The copy is invented.
func TestDateFactsWeekday(t *testing.T) {
	// The lead's three sentences tell of the harbour, so that the
	// dates below are outside the lead comparison.
	lead := "date 2024-06-20 Trawler towed to Carrow after engine failure.\n\n" +
		"The harbour at Carrow was busy with small boats and visitors all week long. " +
		"Its lifeboat station has stood on the quay for more than a hundred years. " +
		"Local skippers say the fishing grounds to the west are the richest in the region.\n\n"
	a := lead + "Coastguard crews hoisted four fishermen from the Tessa Vane on Tuesday after its engine failed."
	c := lead + "The four fishermen were hoisted off the Tessa Vane by coastguard crews on Tuesday after the engine failed."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the weekdays agree",
			articles: []string{"a.txt", a, "b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Tuesday after its engine failed.", "c.txt", c},
		},
		{
			name:     "one article moves the weekday: the odd one out is reported",
			articles: []string{"a.txt", a, "b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Monday after its engine failed.", "c.txt", c},
			want:     []string{"b.txt:5:73: fact.date: day of the event: on Monday (Monday 17 June 2024) here; on Tuesday (Tuesday 18 June 2024) in a.txt:5, on Tuesday (Tuesday 18 June 2024) in c.txt:5"},
		},
		{
			// A time of the small hours belongs to the night of the day
			// before as well: "hoisted at 1.50am on Wednesday" and two
			// outlets' "on Tuesday" may tell the same night.
			name: "a weekday past midnight against the day before: no finding",
			articles: []string{
				"a.txt", a, "c.txt", c,
				"b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane at 1.50am on Wednesday after its engine failed.",
			},
		},
		{
			// Later in the morning, or two days on, it is another day.
			name: "a weekday of the morning against the day before: reported",
			articles: []string{
				"a.txt", a, "c.txt", c,
				"b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane at 5.50am on Wednesday after its engine failed.",
			},
			want: []string{"b.txt:5:83: fact.date: day of the event: on Wednesday (Wednesday 19 June 2024) here; on Tuesday (Tuesday 18 June 2024) in a.txt:5, on Tuesday (Tuesday 18 June 2024) in c.txt:5"},
		},
		{
			// The night before is the day before the others', not the
			// same night.
			name: "a weekday past midnight a day before the others': reported",
			articles: []string{
				"a.txt", a, "c.txt", c,
				"b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane at 1.50am on Monday after its engine failed.",
			},
			want: []string{"b.txt:5:83: fact.date: day of the event: on Monday (Monday 17 June 2024) here; on Tuesday (Tuesday 18 June 2024) in a.txt:5, on Tuesday (Tuesday 18 June 2024) in c.txt:5"},
		},
		{
			name:     "one article against one: no finding",
			articles: []string{"a.txt", a, "b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Monday after its engine failed."},
		},
		{
			name:     "the article's own day is the report's, no claim",
			articles: []string{"a.txt", a, "b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Thursday after its engine failed.", "c.txt", c},
		},
		{
			// A step the story plans is compared as a step it tells:
			// one outlet against two that plan it on another day.
			name: "a future weekday moved: the odd one out is reported",
			articles: []string{
				"a.txt", lead + "The Tessa Vane will be towed to the Carrow dry dock for repairs on Saturday.",
				"b.txt", lead + "The trawler will be towed to the dry dock at Carrow on Sunday for repairs to its engine.",
				"c.txt", lead + "A tug is due to tow the Tessa Vane to the dry dock on Sunday.",
			},
			want: []string{"a.txt:5:68: fact.date: day of the event: on Saturday (Saturday 22 June 2024) here; on Sunday (Sunday 23 June 2024) in b.txt:5, on Sunday (Sunday 23 June 2024) in c.txt:5"},
		},
		{
			name: "future weekdays agree",
			articles: []string{
				"a.txt", lead + "The Tessa Vane will be towed to the Carrow dry dock for repairs on Sunday.",
				"b.txt", lead + "The trawler will be towed to the dry dock at Carrow on Sunday for repairs to its engine.",
				"c.txt", lead + "A tug is due to tow the Tessa Vane to the dry dock on Sunday.",
			},
		},
		{
			// A plan and a step done are two things: "will be towed on
			// Saturday" and "was towed on Monday" are not set against
			// each other.
			name: "a future weekday against past ones: not compared",
			articles: []string{
				"a.txt", lead + "The Tessa Vane will be towed to the Carrow dry dock for repairs on Saturday.",
				"b.txt", lead + "The trawler was towed to the dry dock at Carrow on Monday for repairs to its engine.",
				"c.txt", lead + "A tug towed the Tessa Vane to the dry dock on Monday.",
			},
		},
		{
			// Plans move: papers days apart may each be right.
			name: "a future weekday in papers days apart: not compared",
			articles: []string{
				"a.txt", strings.Replace(lead, "2024-06-20", "2024-06-26", 1) + "The Tessa Vane will be towed to the Carrow dry dock for repairs on Saturday.",
				"b.txt", lead + "The trawler will be towed to the dry dock at Carrow on Sunday for repairs to its engine.",
				"c.txt", lead + "A tug is due to tow the Tessa Vane to the dry dock on Sunday.",
			},
		},
		{
			name: "another article gives the day in a sentence as like: support",
			articles: []string{
				"a.txt", a, "b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Monday after its engine failed.", "c.txt", c,
				"d.txt", lead + "Coastguard crews hoisted four fishermen from the Tessa Vane on Monday after its engine failed.",
			},
		},
		{
			name: "the article gives the others' day elsewhere",
			articles: []string{
				"a.txt", a, "c.txt", c,
				"b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Monday after its engine failed.\n\nA tug reached the trawler on Tuesday.",
			},
		},
		{
			// The other day of a sentence of two dates has words of its
			// own: "and a tug towed ... on Wednesday" does not support a
			// moved day of the winching.
			name: "a sentence of two dates: each day has its part",
			articles: []string{
				"a.txt", lead + "Coastguard crews hoisted four fishermen from the trawler on Tuesday after its engine failed, and a tug towed the Tessa Vane to Carrow on Wednesday.",
				"b.txt", lead + "Coastguard crews hoisted four fishermen from the stricken Tessa Vane on Wednesday after its engine failed.",
				"c.txt", c,
			},
			want: []string{"b.txt:5:73: fact.date: day of the event: on Wednesday (Wednesday 19 June 2024) here; on Tuesday (Tuesday 18 June 2024) in a.txt:5, on Tuesday (Tuesday 18 June 2024) in c.txt:5"},
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
