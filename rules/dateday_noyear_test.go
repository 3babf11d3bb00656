package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsDayNoYear checks the written-day comparison of fact.date
// on copy of no year: a day and month written without a year in an
// article whose own date is not known (no dateline, or one of day and
// month only) is compared, by its day and month, with the days the other
// outlets write, with their years or without. The article's own day, a
// day of a list and a day one field away in a sentence sharing nothing
// are no claims or no opponents. One article against one is reported,
// both ways, only when both write their days beside one minute of the
// clock. The copy is invented.
func TestDateFactsDayNoYear(t *testing.T) {
	lead := "Wreck of the trawler Tessa Vane found off the Skerry Banks\n\n"
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
			name: "one undated article moves the day: the odd one out is reported",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
			want: []string{"a.txt:3:58: fact.date: day of the event: on 8 May here; on May 3 in b.txt:3, on 3 May in c.txt:3"},
		},
		{
			name: "a day of no year against a full date and a day of no year",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3, 2031, after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
			want: []string{"a.txt:3:58: fact.date: day of the event: on 8 May here; on May 3, 2031 in b.txt:3, on 3 May in c.txt:3"},
		},
		{
			name: "a weekday beside the moved day does not hide it",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on Thursday 8 May.",
				"b.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"c.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
			want: []string{"a.txt:3:58: fact.date: day of the event: on Thursday 8 May here; on May 3 in b.txt:3, on 3 May in c.txt:3"},
		},
		{
			name: "the datelines' days are the reports' days, not claims",
			articles: []string{
				"a.txt", lead + "SKERRY, 9 May — Divers from the Halcombe dive team have found the hull of the trawler.",
				"b.txt", lead + "SKERRY, 8 May — Divers from the Halcombe dive team have found the hull of the trawler.",
				"c.txt", lead + "SKERRY, 8 May — Divers from the Halcombe dive team have found the hull of the trawler.",
			},
		},
		{
			name: "a day of a list of days is no claim",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team searched the wreck on 3 and 4 May.",
				"b.txt", lead + "The Halcombe team's divers searched the wreck on May 3 and 4 after weeks of waiting.",
				"c.txt", lead + "The wreck was searched by the Halcombe divers on May 3 and 4.",
			},
		},
		{
			name: "a near day whose sentence shares nothing opposes nothing",
			articles: []string{
				"a.txt", lead + "Divers from the Halcombe dive team first saw the hull on 8 May.",
				"b.txt", lead + "Relatives will gather at the chapel on 1 May.",
				"c.txt", lead + "The Halcombe team's divers reached the hull on May 3 after weeks of searching.",
				"d.txt", lead + "The hull was located on 3 May by the salvage barge Tallow Bay.",
			},
			want: []string{"a.txt:3:58: fact.date: day of the event: on 8 May here; on May 3 in c.txt:3, on 3 May in d.txt:3"},
		},
		{
			name: "one against one beside the same minute: both are reported",
			articles: []string{
				"a.txt", lead + "The harbour master said the trawler struck the pier at 5.35am on 9 May in thick fog.",
				"b.txt", lead + "In thick fog the trawler struck the pier at 5.35am on 8 May, the harbour master said.",
			},
			want: []string{
				"a.txt:3:66: fact.date: day of the event: on 9 May here; on 8 May in b.txt:3",
				"b.txt:3:55: fact.date: day of the event: on 8 May here; on 9 May in a.txt:3",
			},
		},
		{
			name: "one against one beside the same minute, one word shared besides it: both are reported",
			articles: []string{
				"a.txt", lead + "The trawler ran onto rocks at 5.35am on 9 May, its skipper told the coastguard.",
				"b.txt", lead + "Fog hid the outer mole when the trawler came aground at 5.35am on 8 May with six crew aboard.",
			},
			want: []string{
				"a.txt:3:41: fact.date: day of the event: on 9 May here; on 8 May in b.txt:3",
				"b.txt:3:67: fact.date: day of the event: on 8 May here; on 9 May in a.txt:3",
			},
		},
		{
			name: "one against one beside the same minute sharing nothing else: no finding",
			articles: []string{
				"a.txt", lead + "The vessel ran onto rocks at 5.35am on 9 May, its skipper told the coastguard.",
				"b.txt", lead + "Fog hid the outer mole when the trawler came aground at 5.35am on 8 May with six crew aboard.",
			},
		},
		{
			name: "one against one beside two minutes: no finding",
			articles: []string{
				"a.txt", lead + "The harbour master said the trawler struck the pier at 5.35am on 9 May in thick fog.",
				"b.txt", lead + "In thick fog the trawler struck the pier at 5.05am on 8 May, the harbour master said.",
			},
		},
		{
			name: "one against one with no minute: no finding",
			articles: []string{
				"a.txt", lead + "The harbour master said the trawler struck the pier early on 9 May in thick fog.",
				"b.txt", lead + "In thick fog the trawler struck the pier early on 8 May, the harbour master said.",
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
