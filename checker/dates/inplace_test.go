package dates

import (
	"reflect"
	"testing"
)

// TestReadingsFillTheirSlotWhole checks that an expression read in
// place, in the slot of the extraction's room where a failed reading
// left part of another (a month with no day before a weekday, "the
// last day", a year counted, a weekday of another day), is the one read
// with nothing before it: each sentence of dates after each sentence of
// failed readings gives the failures' expressions and then its own, in
// the same order, moved by the prefix's length. The copy is invented.
func TestReadingsFillTheirSlotWhole(t *testing.T) {
	fails := []string{
		"She left on the last day of the fair.",
		"They built in 2019 homes for the town.",
		"Following Monday's vote, Sun and Wed stayed shut.",
		"The crew of the Mayfair 12 sailed at 45 knots.",
		"Every Tuesday the previous Saturday's bins are emptied.",
		"In late spring the mid-field stand closed.",
		"Copies of the Sun June 2019 edition sold out.",
		"An early 4 July start suited the rowers.",
	}
	oks := []string{
		"The pier reopened on Thursday, 14 August 2025, after repairs.",
		"Ferries resumed last week and a barge sank three years ago.",
		"The board met on Sept. 9 and again early July and mid-2024.",
		"Work starts next Monday, not the 3rd of March 2026 as planned.",
		"Earlier this month the mayor spoke; 2025-06-01 was the date.",
		"Tolls rose in 2021 and fell on Wed. 4 June, two weeks ago.",
	}
	for _, f := range fails {
		for _, ok := range oks {
			text := f + " " + ok
			got := Extract(text, segmentText(text))
			want := Extract(f, segmentText(f))
			nf := len(segmentText(f).Tokens)
			for _, e := range Extract(ok, segmentText(ok)) {
				d := len(f) + 1
				e.Span.Start, e.Span.End = e.Span.Start+d, e.Span.End+d
				e.Phrase.Start, e.Phrase.End = e.Phrase.Start+d, e.Phrase.End+d
				if e.HasWeekday {
					e.WeekdaySpan.Start, e.WeekdaySpan.End = e.WeekdaySpan.Start+d, e.WeekdaySpan.End+d
				}
				e.Tokens[0], e.Tokens[1] = e.Tokens[0]+nf, e.Tokens[1]+nf
				e.Sentence++
				want = append(want, e)
			}
			if len(want) == len(Extract(f, segmentText(f))) {
				t.Fatalf("%q: no date read", ok)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q:\n got %+v\nwant %+v", text, got, want)
			}
		}
	}
}
