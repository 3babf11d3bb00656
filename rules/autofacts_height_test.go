package rules_test

import (
	"slices"
	"testing"
)

// TestHeightFrames checks that a length framed as a height by a word of
// the pack's height_frames ("33 miles up", "53 km above", "an altitude
// of 53 km", "61 metres tall", "70 metres high") is compared with the
// same kind of height in another outlet's words, while a length framed
// otherwise ("12 metres long") or another kind of height (a position
// above the ground against a thing's own height) is not. Invented copy.
func TestHeightFrames(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "up and above, one height",
			a:    "Its makers said the weather balloon burst 33 miles up.",
			b:    "Radar lost the craft at about 53 km above the Orrin valley.",
		},
		{
			name: "up and above, changed",
			a:    "Its makers said the weather balloon burst 39 miles up.",
			b:    "Radar lost the craft at about 53 km above the Orrin valley.",
			want: []string{
				"a.txt:1:43: fact.mismatch: length: 39 miles here; about 53 km in b.txt:1",
				"b.txt:1:25: fact.mismatch: length: about 53 km here; 39 miles in a.txt:1",
			},
		},
		{
			name: "an altitude of, changed",
			a:    "Its makers said the weather balloon burst 39 miles up.",
			b:    "Radar lost the craft at an altitude of 53 km over the Orrin valley.",
			want: []string{
				"a.txt:1:43: fact.mismatch: length: 39 miles here; 53 km in b.txt:1",
				"b.txt:1:40: fact.mismatch: length: 53 km here; 39 miles in a.txt:1",
			},
		},
		{
			name: "tall and high, changed",
			a:    "Its owners said the signal mast is 61 metres tall.",
			b:    "Engineers climbed to the top of the Corve structure, 70 metres high.",
			want: []string{
				"a.txt:1:36: fact.mismatch: length: 61 metres here; 70 metres in b.txt:1",
				"b.txt:1:54: fact.mismatch: length: 70 metres here; 61 metres in a.txt:1",
			},
		},
		{
			// The frame word after a bracketed conversion frames
			// the figure before it.
			name: "high after a conversion, changed",
			a:    "Its owners said the signal mast is 61 metres tall.",
			b:    "Engineers climbed the Corve structure, which is 70 metres (230 feet) high.",
			want: []string{
				"a.txt:1:36: fact.mismatch: length: 61 metres here; 70 metres (230 feet) in b.txt:1",
				"b.txt:1:49: fact.mismatch: length: 70 metres (230 feet) here; 61 metres in a.txt:1",
			},
		},
		{
			name: "a length after a conversion",
			a:    "Its owners said the signal mast is 61 metres tall.",
			b:    "Engineers climbed the Corve structure, which is 70 metres (230 feet) long.",
		},
		{
			name: "a height and a length",
			a:    "The new sea wall at Corve will be 12 metres long, its owners said.",
			b:    "Engineers inspected the new sea wall at Corve, which is 14 metres high.",
		},
		{
			name: "a position and a thing's own height",
			a:    "The survey drone at Corve flew 120 metres up, its owners said.",
			b:    "Engineers checked the survey drone at Corve beside a mast 130 metres tall.",
		},
		{
			name: "deep and down, changed",
			a:    "Over two days the team dug out the chest, which was buried about 30 inches deep.",
			b:    "Just 22 inches down lay a box of 640 letters.",
			want: []string{
				"a.txt:1:60: fact.mismatch: length: about 30 inches here; 22 inches in b.txt:1",
				"b.txt:1:6: fact.mismatch: length: 22 inches here; about 30 inches in a.txt:1",
			},
		},
		{
			name: "deep and down, one depth",
			a:    "Over two days the team dug out the chest, which was buried about 22 inches deep.",
			b:    "Just 22 inches down lay a box of 640 letters.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", tc.b)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
