package rules_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/factlint/factlint/rules"
)

// TestDateFactsLead checks the main-event comparison of fact.date: the
// days the leads of a story's articles give for the news, compared by
// the words, names and figures of their clauses whatever verb tells the
// event. None of the verbs below is an event word of the pack, so only
// the lead comparison can see them. The copy is invented.
func TestDateFactsLead(t *testing.T) {
	// Three outlets of Wednesday 8 May 2024 tell one wreck on Monday 6
	// May with three verbs.
	a := "date 2024-05-08 The freighter Corran Star ripped its hull open on the Skerry Banks at 2.40am on Monday, spilling timber along the shore."
	b := "date 2024-05-08 The Corran Star went down off the Skerry Banks at 2.40am on Monday with 14 crew aboard."
	c := "date 2024-05-08 Timber littered the beaches of Skerry Haven after the Corran Star foundered on the Skerry Banks at 2.40am on Monday with its 14 crew."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the leads agree",
			articles: []string{"a.txt", a, "b.txt", b, "c.txt", c},
		},
		// In the moved leads below the time stands apart from the day
		// ("at 2.40am on the Skerry Banks on Sunday"): written beside it,
		// the clock comparison (TestDateFactsClock) would tie them first.
		{
			name: "one lead moves the day: reported, with the others as related",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks on Sunday, spilling timber along the shore.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:1:97: fact.date: date of the story's main event: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in b.txt:1, on Monday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			// A relative clause in the past tells its event whatever the
			// main clause says of it: the "will" before it makes no
			// forecast of the day.
			name: "a relative clause in the past under a forecast: its day is the event's",
			articles: []string{
				"a.txt", "date 2024-05-08 Inspectors will ask whether the freighter Corran Star that ripped its hull open at 2.40am on the Skerry Banks on Sunday was overloaded with timber.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:1:130: fact.date: date of the story's main event: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in b.txt:1, on Monday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			name: "a relative clause in the past under a forecast, the day agreeing",
			articles: []string{
				"a.txt", "date 2024-05-08 Inspectors will ask whether the freighter Corran Star that ripped its hull open at 2.40am on the Skerry Banks on Monday was overloaded with timber.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// Without a past verb after it, "that" opens no clause of an
			// event: the forecast stands.
			name: "that without a past verb: the forecast keeps the day out",
			articles: []string{
				"a.txt", "date 2024-05-08 Inspectors will say that the freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks on Sunday.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "one other article alone never outvotes a lead",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks on Sunday, spilling timber along the shore.",
				"b.txt", b,
				"c.txt", "date 2024-05-08 Fishermen in Skerry Haven have been told to keep clear of the bay until the oil is gone.",
			},
		},
		{
			name: "the date of the report is not the event's",
			articles: []string{
				"a.txt", "date 2024-05-08 The coastguard said on Tuesday that the freighter Corran Star had ripped its hull open on the Skerry Banks at 2.40am.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// A statement closing the sentence (", police said") is the
			// source of the whole sentence, not the day's: the day before
			// the comma is the event's.
			name: "a lead closed by an attribution: its day is the event's",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks on Sunday, the coastguard said.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:1:97: fact.date: date of the story's main event: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in b.txt:1, on Monday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			// After a place set off by commas the date is read as
			// opening its clause, and the attribution after it is no
			// statement of the day: the clause is the sentence's.
			name: "a date after a place set off by commas, closed by an attribution",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am off Skerry Haven, Orkney, on Sunday, coastguard officers said.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:1:103: fact.date: date of the story's main event: on Sunday (Sunday 5 May 2024) here; on Monday (Monday 6 May 2024) in b.txt:1, on Monday (Monday 6 May 2024) in c.txt:1"},
		},
		{
			name: "a lead closed by an attribution, the day agreeing",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks on Monday, the coastguard said.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "the day of a statement closing the sentence is the statement's",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star ripped its hull open at 2.40am on the Skerry Banks, the coastguard said on Tuesday.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "an update on a later day that shares only names is not the event",
			articles: []string{
				"a.txt", "date 2024-05-08 Divers reached the wreck of the Corran Star on the Skerry Banks on Wednesday morning.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// Its clause shares the crew, their count and the ship with
			// b and c, but its own lead gives their Monday too.
			name: "an update whose own lead also gives the event's day",
			articles: []string{
				"a.txt", "date 2024-05-08 Rescuers brought the 14 crew of the Corran Star ashore from the Skerry Banks on Wednesday, two days after the freighter went down at 2.40am on Monday.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "an earlier event's date",
			articles: []string{
				"a.txt", "date 2024-05-08 The freighter Corran Star had previously ripped its hull open on the Skerry Banks at 2.40am on 3 March 2023, a survey shows.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "yesterday in a tabloid of the next day is the others' day",
			articles: []string{
				"a.txt", "date 2024-05-06 The freighter Corran Star ripped its hull open on the Skerry Banks at 2.40am today, spilling timber along the shore.",
				"b.txt", "date 2024-05-06 The Corran Star went down off the Skerry Banks at 2.40am on Monday with 14 crew aboard.",
				"c.txt", "date 2024-05-07 The Corran Star foundered on the Skerry Banks at 2.40am yesterday, leaving timber all over the beaches.",
			},
		},
		{
			name: "a wire dateline's day is the day of filing",
			articles: []string{
				"a.txt", a, "b.txt", b, "c.txt", c,
				"d.txt", "SKERRY HAVEN, Scotland, May 8 (Coast Wire) - The freighter Corran Star went down on the Skerry Banks at 2.40am on Monday, spilling timber along the shore.",
			},
		},
		{
			// Saturday 11 May's "on Sunday" is 5 May, Monday 13 May's is
			// 12 May: the copy agrees, the articles' dates do not.
			name: "one weekday written, resolved apart by the articles' dates",
			articles: []string{
				"a.txt", "date 2024-05-11 The freighter Corran Star ripped its hull open on the Skerry Banks at 2.40am on Sunday, spilling timber along the shore.",
				"b.txt", "date 2024-05-13 The Corran Star went down off the Skerry Banks at 2.40am on Sunday with 14 crew aboard.",
				"c.txt", "date 2024-05-13 Timber littered the beaches of Skerry Haven after the Corran Star foundered on the Skerry Banks at 2.40am on Sunday with its 14 crew.",
			},
		},
		{
			name: "a paper of a fortnight later leads on another moment",
			articles: []string{
				"a.txt", "date 2024-05-22 The freighter Corran Star ripped its hull open on the Skerry Banks again at 2.40am on 20 May, spilling timber along the shore.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "two events of one story on two days",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "date 2024-05-08 A second freighter, the Dunmore Bay, scraped a rock off Skerry Point at noon on Tuesday and reached harbour safely.",
			},
		},
		{
			name:     "a story of more articles than rules.MaxLeadStory: leads not compared",
			articles: longStory("date 2024-05-08 The freighter Corran Star ripped its hull open on the Skerry Banks at 2.40am on Sunday, spilling timber along the shore.", b, c),
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

// longStory is the three leads, as a.txt, b.txt and c.txt, and enough
// articles with no date after them to make a story one article longer
// than rules.MaxLeadStory.
func longStory(a, b, c string) []string {
	out := []string{"a.txt", a, "b.txt", b, "c.txt", c}
	for i := 3; i <= rules.MaxLeadStory; i++ {
		out = append(out, fmt.Sprintf("x%d.txt", i), "date 2024-05-08 Crews painted the harbour wall.")
	}
	return out
}
