package rules_test

import (
	"strings"
	"testing"
)

// TestDateFactsDayParts checks that a word of lead_not right before a
// time of the day (day_parts) that comes right before a weekday ("before
// dawn on Friday") times that day: the date is compared as the event's,
// where "before" elsewhere ("before the storm on Friday") still makes it
// no claim of the event.
func TestDateFactsDayParts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "before dawn on a weekday is that weekday",
			articles: []string{
				"a.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Friday, cutting off 40 homes.",
				"b.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Monday, cutting off 40 homes.",
				"c.txt", "date 2024-05-15 The mountain road above Tresk was covered by a landslide on Monday, cutting off 40 homes.",
			},
			want: []string{"a.txt:1:82: fact.date: date of the story's main event: on Friday (Friday 10 May 2024) here; on Monday (Monday 13 May 2024) in b.txt:1, on Monday (Monday 13 May 2024) in c.txt:1"},
		},
		{
			name: "before another event is no day of the event",
			articles: []string{
				"a.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before the storm on Friday, cutting off 40 homes.",
				"b.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Monday, cutting off 40 homes.",
				"c.txt", "date 2024-05-15 The mountain road above Tresk was covered by a landslide on Monday, cutting off 40 homes.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsDayPair checks that one full date is set against one
// other, both reported, when their sentences tell one thing in many of
// the same words and figures (dayPairShared), and not when they share
// fewer or when either is written without its year.
func TestDateFactsDayPair(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "one full date against one, in like sentences",
			articles: []string{
				"a.txt", "The survey counted 48,215 nesting pairs on the Irla cliffs on 9 June 2022, against 51,940 in 2017.",
				"b.txt", "Wardens counted 48,215 nesting pairs on the Irla cliffs on June 8, 2022, against 51,940 pairs in 2017.",
			},
			want: []string{
				"a.txt:1:63: fact.date: day of the event: on 9 June 2022 here; on June 8, 2022 in b.txt:1",
				"b.txt:1:60: fact.date: day of the event: on June 8, 2022 here; on 9 June 2022 in a.txt:1",
			},
		},
		{
			// The third's month sides with a: not one against one (the
			// pair alone would report both).
			name: "a third article's month sides with one",
			articles: []string{
				"a.txt", "The survey counted 48,215 nesting pairs on the Irla cliffs on 9 June 2022, against 51,940 in 2017.",
				"b.txt", "Wardens counted 48,215 nesting pairs on the Irla cliffs on July 9, 2022, against 51,940 pairs in 2017.",
				"c.txt", "The count of 48,215 nesting pairs on the Irla cliffs was made in June 2022.",
			},
		},
		{
			name: "sentences that share less",
			articles: []string{
				"a.txt", "The survey counted 48,215 nesting pairs on the Irla cliffs on 9 June 2022.",
				"b.txt", "Wardens began a new count of the Irla colony on June 8, 2022.",
			},
		},
		{
			name: "days written without their year",
			articles: []string{
				"a.txt", "The survey counted 48,215 nesting pairs on the Irla cliffs on 9 June, against 51,940 in 2017.",
				"b.txt", "Wardens counted 48,215 nesting pairs on the Irla cliffs on June 8, against 51,940 pairs in 2017.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsFiledBefore checks that a day and month of no year in a
// clause of the past is set against another outlet's weekday of the
// past for the same thing under a dateline of no year before that day:
// copy filed on 9 March tells an event of 9 March or earlier.
func TestDateFactsFiledBefore(t *testing.T) {
	const wire = "Hask mill fire cause named\n\nDUNMERE, 9 March (Coast Wire) — The inquiry panel on Tuesday named the cause of the fire at the Hask mill, a faulty boiler in its drying shed.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a day after the other's dateline",
			articles: []string{
				"a.txt", wire,
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 10 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
			want: []string{"b.txt:3:4: fact.date: day of the event: On Tuesday 10 March here; on Tuesday (filed 9 March) in a.txt:3"},
		},
		{
			name: "the dateline's own day",
			articles: []string{
				"a.txt", wire,
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 9 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
		},
		{
			name: "the dateline's own day, where the copy tells the day after the weekday's",
			articles: []string{
				"a.txt", strings.TrimSuffix(wire, "\n") + " The mill's owners accepted the finding on Wednesday.\n",
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 9 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
			want: []string{"b.txt:3:4: fact.date: day of the event: On Tuesday 9 March here; on Tuesday (by 8 March, filed 9 March) in a.txt:3"},
		},
		{
			name: "the dateline's own day, where the copy's weekdays spread over the week",
			articles: []string{
				"a.txt", strings.TrimSuffix(wire, "\n") + " The mill's owners accepted the finding on Wednesday. The fire had broken out on Saturday.\n",
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 9 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
		},
		{
			// The copy's last weekday, Tuesday, is by 9 March, the day
			// b.txt writes out; its Monday, by 8 March, tells another
			// event of the story in like words.
			name: "the copy's later weekday tells the day written out",
			articles: []string{
				"a.txt", strings.TrimSuffix(wire, "\n") + " Surveyors had traced the faulty boiler in the drying shed of the Hask mill late on Monday.\n",
				"b.txt", "Mill fire inquiry\n\nOn 9 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
		},
		{
			name: "the dateline's own day, where the copy's later weekday is in a span of days",
			articles: []string{
				"a.txt", strings.TrimSuffix(wire, "\n") + " The council kept the mill's yard shut on Tuesday and Wednesday.\n",
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 9 March, the inquiry panel named the cause of the fire at the Hask mill: a faulty boiler.\n",
			},
		},
		{
			name: "a day to come",
			articles: []string{
				"a.txt", wire,
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 10 March, the inquiry panel will name the cause of the fire at the Hask mill in full.\n",
			},
		},
		{
			name: "a sentence of other words",
			articles: []string{
				"a.txt", wire,
				"b.txt", "Mill fire inquiry\n\nOn Tuesday 10 March, workers returned to the Hask mill.\n",
			},
		},
		{
			name: "a day beside the minute that the dateline's weekday holds, in other words",
			articles: []string{
				"a.txt", "Crane falls\n\nTARVIN, 14 June (Coast Wire) — A tower crane toppled onto a car park in Tarvin on Sunday. The jib came down at 3.26pm, crews said.\n",
				"b.txt", "Crane inquiry\n\nThe collapse, at about 3.26pm on 15 June, crushed eleven parked vehicles.\n",
			},
			want: []string{"b.txt:3:34: fact.date: day of the event: on 15 June here; on Sunday (the day of 3.26pm) (filed 14 June) in a.txt:3"},
		},
		{
			name: "a day beside the minute on the dateline's day",
			articles: []string{
				"a.txt", "Crane falls\n\nTARVIN, 14 June (Coast Wire) — A tower crane toppled onto a car park in Tarvin on Sunday. The jib came down at 3.26pm, crews said.\n",
				"b.txt", "Crane inquiry\n\nThe collapse, at about 3.26pm on 14 June, crushed eleven parked vehicles.\n",
			},
		},
		{
			name: "a day beside another minute",
			articles: []string{
				"a.txt", "Crane falls\n\nTARVIN, 14 June (Coast Wire) — A tower crane toppled onto a car park in Tarvin on Sunday. The jib came down at 3.26pm, crews said.\n",
				"b.txt", "Crane inquiry\n\nThe crane's owners will meet the council at about 3.41pm on 15 June.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
