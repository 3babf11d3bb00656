package rules_test

import (
	"slices"
	"testing"
)

// TestCalendarPageDay checks date.calendar's reading of a page's
// furniture: a weekday ending a line of the page's furniture dates the
// page, and must be the weekday of the article's date. The copy is
// invented.
func TestCalendarPageDay(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{name: "the page's weekday fits", text: "date 2024-06-20 Harbour reopens\nThe Carrow Post | News | Thursday, 6.05pm\nThe harbour reopened to small boats on Wednesday."},
		{
			name: "the page's weekday does not fit", text: "date 2024-06-20 Harbour reopens\nThe Carrow Post | News | Friday, 6.05pm\nThe harbour reopened to small boats on Wednesday.",
			want: []string{"a.txt:2:26: date.calendar: the page is dated Friday, but the article's date 2024-06-20 is a Thursday"},
		},
		{
			name: "a bar and a weekday alone", text: "date 2024-06-20 Harbour reopens\nThe Carrow Post | Harbour | Tuesday\nThe harbour reopened to small boats on Wednesday.",
			want: []string{"a.txt:2:29: date.calendar: the page is dated Tuesday, but the article's date 2024-06-20 is a Thursday"},
		},
		{
			name: "a byline with a weekday", text: "date 2024-06-20 Harbour reopens\nBy A Writer, Carrow, Monday\nThe harbour reopened to small boats on Wednesday.",
			want: []string{"a.txt:2:22: date.calendar: the page is dated Monday, but the article's date 2024-06-20 is a Thursday"},
		},
		{name: "a sentence of the copy is no furniture", text: "date 2024-06-20 Harbour reopens\nSmall boats were back in the harbour after a week tied up, Monday\nIt had been shut for a week."},
		{name: "further down, a weekday is not furniture", text: "date 2024-06-20 Harbour reopens\nOne.\nTwo.\nThree.\nThe Carrow Post | News | Friday"},
		{name: "no article date: nothing to check", text: "Harbour reopens\nThe Carrow Post | News | Friday, 6.05pm\nThe harbour reopened to small boats on Wednesday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "date.calendar", "a.txt", tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
