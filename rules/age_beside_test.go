package rules_test

import (
	"slices"
	"testing"
)

// TestAgeBesideName checks that an age of no named person ("a
// 54-year-old baker", "the 54-year-old") is the age of the person named
// in apposition to it ("a 54-year-old baker, Ada Merrow, who") or at the
// head of the sentence beside it, the next for "a", the one
// before for "the", as the subject of a verb, and is compared with that
// person's age by name in another outlet; but not where that sentence
// names a source ("said") or brings someone in with an apposition, nor
// where its article gives the figure as someone else's age, nor where
// the name stands on the other side or is one of two subjects; "the
// 54-year-old" with no role noun is left to resolveBareAges. Invented
// copy.
func TestAgeBesideName(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	named := lead + "Ada Merrow, 52, swam the Tessan strait in record time on Sunday."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "a lead that holds the name back",
			a:    lead + "A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow left the harbour at dawn.",
			want: []string{`a.txt:3:3: fact.mismatch: age of Merrow: 54-year-old here; Merrow, 52 in b.txt:3, Merrow, 52 in c.txt:3`},
		},
		{
			name: "the same age",
			a:    lead + "A 52-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow left the harbour at dawn.",
		},
		{
			name: "after a dateline",
			a:    "PELANG, March 16 (Wire) - A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow left the harbour at dawn.",
			want: []string{`a.txt:1:29: fact.mismatch: age of Merrow: 54-year-old here; Merrow, 52 in b.txt:3, Merrow, 52 in c.txt:3`},
		},
		{
			name: "a description referring back",
			a:    lead + "Ada Merrow was first into the water. The 54-year-old retired swimmer had trained for a year. Her grandsons, aged seven and nine, watched.",
			want: []string{`a.txt:3:42: fact.mismatch: age of Merrow: 54-year-old retired swimmer here; Merrow, 52 in b.txt:3, Merrow, 52 in c.txt:3`},
		},
		{
			name: "a source",
			a:    lead + "A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow said the water was cold.",
		},
		{
			name: "a name in apposition",
			a:    lead + "The boat was spotted by a 54-year-old baker, Ada Merrow, who swam out at dawn.",
			want: []string{`a.txt:3:27: fact.mismatch: age of Merrow: 54-year-old here; Merrow, 52 in b.txt:3, Merrow, 52 in c.txt:3`},
		},
		{
			name: "someone else's relative in apposition",
			a:    lead + "The boat was spotted by a 54-year-old baker, Ada Merrow's sister.",
		},
		{
			name: "one of two subjects",
			a:    lead + "A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow and Tom Pryde left the harbour at dawn.",
		},
		{
			name: "the 54-year-old with no role noun is left to the bare ages",
			a:    lead + "Ada Merrow was first into the water. The 54-year-old had trained for a year. Her grandsons, aged seven and nine, watched.",
		},
		{
			name: "someone brought in",
			a:    lead + "A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow, the club's coach, watched from the harbour.",
		},
		{
			name: "the figure is someone else's age",
			a:    lead + "A 54-year-old baker swam the Tessan strait on Sunday.\n\nAda Merrow set off at dawn. Her coach, Tom Pryde, 54, rowed beside her.",
		},
		{
			name: "an age at another time",
			a:    lead + "Ada Merrow, who first swam the Tessan strait as a nine-year-old, crossed it again on Sunday.",
		},
		{
			name: "the name on the other side",
			a:    lead + "Ada Merrow watched from the harbour. A 54-year-old baker swam the Tessan strait on Sunday.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", named, "c.txt", named)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestAgeAtAnotherTime checks that a role's age after "as a" is an age at
// another time, never set against another outlet's age of the role now.
func TestAgeAtAnotherTime(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	now := lead + "The youngest to swim the Tessan strait on Sunday was a 16-year-old swimmer from Pelang."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "as a, with a role noun",
			a:    lead + "The youngest to swim the Tessan strait on Sunday first entered the race as a 14-year-old swimmer from Pelang.",
		},
		{
			name: "the role's age now",
			a:    lead + "The youngest to swim the Tessan strait on Sunday was a 14-year-old swimmer from Pelang.",
			want: []string{`a.txt:3:56: fact.mismatch: age of the swimmer: 14-year-old swimmer here; 16-year-old swimmer in b.txt:3, 16-year-old swimmer in c.txt:3`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", now, "c.txt", now)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
