package rules_test

import "testing"

// TestDateFactsHeldWeekday checks that a time of day to the minute told
// in a sentence of no date, after a weekday named in the past in an
// undated article, is of that weekday (heldClaims): another outlet that
// writes the same minute beside another weekday has moved the day, and
// so has an outlet whose weekday holds for a minute that two others
// date otherwise, one of them beside the minute. The copy is invented.
func TestDateFactsHeldWeekday(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the weekdays agree",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Tuesday.\n",
				"b.txt", "A grain silo collapsed in Pellory on Tuesday, burying two lorries. Its roof gave way at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
		},
		{
			name: "a weekday beside the minute against two outlets whose weekday holds for it",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Monday.\n",
				"b.txt", "A grain silo collapsed in Pellory on Tuesday, burying two lorries. Its roof gave way at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
			want: []string{"a.txt:1:47: fact.date: day of the event: on Monday here; on Tuesday (the day of 5.17am) in b.txt:1, on Tuesday (the day of 5.17am) in c.txt:1"},
		},
		{
			name: "a weekday holding for the minute against one written beside it and one held",
			articles: []string{
				"a.txt", "A grain silo collapsed in Pellory on Monday, burying two lorries. Its roof gave way at 5.17am.\n",
				"b.txt", "Night workers heard a loud crack at 5.17am on Tuesday.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
			want: []string{"a.txt:1:38: fact.date: day of the event: on Monday (the day of 5.17am) here; on Tuesday in b.txt:1, on Tuesday (the day of 5.17am) in c.txt:1"},
		},
		{
			name: "held weekdays alone never report a held one",
			articles: []string{
				"a.txt", "A grain silo collapsed in Pellory on Monday, burying two lorries. Its roof gave way at 5.17am.\n",
				"b.txt", "Cranes worked at a flattened farm shed on Tuesday. It had come down at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
		},
		{
			name: "a date between the weekday and the time: the time's day is not known",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Monday.\n",
				"b.txt", "A grain silo collapsed in Pellory on Tuesday, burying two lorries. It was built in 1961. Its roof gave way at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. In 2019 it had been rebuilt. It fell in at 5.17am.\n",
			},
		},
		{
			name: "a time of the small hours against the night before: no finding",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 1.17am on Wednesday.\n",
				"b.txt", "A grain silo collapsed in Pellory on Tuesday night, burying two lorries. Its roof gave way at 1.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday night. It had fallen in at 1.17am.\n",
			},
		},
		{
			name: "before and a verb open the date's clause",
			articles: []string{
				"a.txt", "Engineers argued for nine hours before shutting the gates at 5.17am on Monday.\n",
				"b.txt", "Night workers heard a loud crack at 5.17am on Tuesday.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
			want: []string{"a.txt:1:72: fact.date: day of the event: on Monday here; on Tuesday in b.txt:1, on Tuesday (the day of 5.17am) in c.txt:1"},
		},
		{
			name: "a clause after the weekday is not its own: an earlier year there leaves it the event's",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Monday.\n",
				"b.txt", "Lorry drivers slept in their cabs late on Tuesday after the worst gale since 1987 reached Pellory. A silo roof buckled at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
			want: []string{"a.txt:1:47: fact.date: day of the event: on Monday here; on Tuesday (the day of 5.17am) in b.txt:1, on Tuesday (the day of 5.17am) in c.txt:1"},
		},
		{
			name: "a relative clause of a noun after the weekday is the noun's: its modal leaves the weekday the event's",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Monday.\n",
				"b.txt", "A grain silo collapsed in Pellory on Tuesday, starting a fire that crews said could smoulder for days. Its roof gave way at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
			want: []string{"a.txt:1:47: fact.date: day of the event: on Monday here; on Tuesday (the day of 5.17am) in b.txt:1, on Tuesday (the day of 5.17am) in c.txt:1"},
		},
		{
			name: "a clause opened right after the weekday is the weekday's own: its modal makes it no event's",
			articles: []string{
				"a.txt", "Night workers heard a loud crack at 5.17am on Monday.\n",
				"b.txt", "Pellory's council agreed on Tuesday that the grain silo could come down. Its roof gave way at 5.17am.\n",
				"c.txt", "Firefighters searched the wreck of a farm store on Tuesday. It had fallen in at 5.17am.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
