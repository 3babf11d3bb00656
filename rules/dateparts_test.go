package rules_test

import "testing"

// TestDateFactsDayParts checks that a word of lead_not right before a
// time of the day (day_parts) that comes right before a weekday ("before
// dawn on Monday") times that day: the date is compared as the event's,
// where "before" elsewhere ("before the storm on Monday") still makes it
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
				"a.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Monday, cutting off 40 homes.",
				"b.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Tuesday, cutting off 40 homes.",
				"c.txt", "date 2024-05-15 The mountain road above Tresk was covered by a landslide on Tuesday, cutting off 40 homes.",
			},
			want: []string{"a.txt:1:82: fact.date: date of the story's main event: on Monday (Monday 13 May 2024) here; on Tuesday (Tuesday 14 May 2024) in b.txt:1, on Tuesday (Tuesday 14 May 2024) in c.txt:1"},
		},
		{
			name: "before another event is no day of the event",
			articles: []string{
				"a.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before the storm on Monday, cutting off 40 homes.",
				"b.txt", "date 2024-05-15 A landslide covered the mountain road above Tresk before dawn on Tuesday, cutting off 40 homes.",
				"c.txt", "date 2024-05-15 The mountain road above Tresk was covered by a landslide on Tuesday, cutting off 40 homes.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
