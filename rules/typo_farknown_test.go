package rules_test

import (
	"slices"
	"testing"
)

// TestTypoFarKnown checks that name.typo takes a spelling two edits from
// a known place (the gazetteer's) for a slip only where the place is
// named more often in the story than the spelling is. A place named once
// beside another named once, two edits apart ("Colorado" and
// "Coronado"), is two places as likely as one place and a slip: the
// gazetteer knows the great names, not every town or island near them.
func TestTypoFarKnown(t *testing.T) {
	lead := "By Ada Prell, Velmont, 16 March 2025\n\n"
	story := func(place, other string) []string {
		return []string{
			"a.txt", lead + "Some 400 growers met in Velmont on Sunday to hear the new quota.",
			"b.txt", lead + "In Velmont, 400 growers heard the quota " + place + " had asked for.",
			"c.txt", lead + "The 400 growers who met in Velmont were told the quota would stand.",
			"d.txt", lead + "The growers' union said farms in " + other + " would lose most.",
		}
	}
	for _, tc := range []struct {
		name, place, other string
		want               []string
	}{
		{name: "a known place named once, another spelling once", place: "that Colorado", other: "Coronado"},
		{
			name:  "a known place named more often than the spelling",
			place: "that Colorado's board and Colorado's growers", other: "Coronado",
			want: []string{`d.txt:3:34: name.typo: "Coronado" looks like a misspelling of "Colorado" (named 2 times in 1 article) => Colorado`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", story(tc.place, tc.other)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestTypoCompoundWord checks that a word of the language two edits from
// a known place is taken for its slip only where it stands alone: before
// a generic word ("Canal Square", "Castle Hill") it heads a name of its
// own.
func TestTypoCompoundWord(t *testing.T) {
	lead := "By Ada Prell, Velmont, 16 March 2025\n\n"
	story := func(use string) []string {
		return []string{
			"a.txt", lead + "Crews from Canada reached Velmont on Sunday to clear the lines.",
			"b.txt", lead + "In Velmont, crews lent by Canada worked through the night.",
			"c.txt", lead + "The depot " + use + " stayed open for the crews.",
		}
	}
	for _, tc := range []struct {
		name, use string
		want      []string
	}{
		{name: "before a generic word", use: "on Canal Square"},
		{
			name: "alone", use: "near Canal",
			want: []string{`c.txt:3:16: name.typo: "Canal" looks like a misspelling of "Canada" (named 2 times in 2 articles) => Canada`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", story(tc.use)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
