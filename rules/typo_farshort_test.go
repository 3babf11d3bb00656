package rules_test

import (
	"slices"
	"testing"
)

// TestTypoFarShort checks that name.typo takes a spelling two edits from
// a name of five letters for a slip only where something says it is one:
// a name beside it that the name stands beside too, or the spelling's
// being a word of the language, capitalised where only names are. A
// spelling that is no word and stands alone is as likely another name
// (a river beside a town).
func TestTypoFarShort(t *testing.T) {
	lead := "By Ada Prell, Dolsk, 16 March 2025\n\n"
	story := func(slip string) []string {
		return []string{
			"a.txt", lead + "Floodwater reached Dolsk on Sunday, and mayor Ilse Dolsk ordered 400 homes cleared.",
			"b.txt", lead + "In Dolsk, 400 homes were cleared on the orders of Ilse Dolsk, the town's mayor.",
			"c.txt", lead + "Residents of Dolsk said the 400 homes cleared by Ilse Dolsk were those nearest the river.",
			"d.txt", lead + "Some 400 homes were cleared " + slip + " on Sunday.",
		}
	}
	for _, tc := range []struct {
		name, slip string
		want       []string
	}{
		{name: "a spelling that is no word, alone", slip: "along the Dalsko ridge"},
		{
			name: "the same spelling beside the name's given name",
			slip: "by Ilse Dalsko",
			want: []string{`d.txt:3:37: name.typo: "Dalsko" looks like a misspelling of "Dolsk" (named 10 times in 4 articles) => Dolsk`},
		},
		{
			name: "a word of the language capitalised alone",
			slip: "near Dolls",
			want: []string{`d.txt:3:34: name.typo: "Dolls" looks like a misspelling of "Dolsk" (named 10 times in 4 articles) => Dolsk`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", story(tc.slip)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
