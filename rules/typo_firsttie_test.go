package rules_test

import (
	"slices"
	"testing"
)

// TestTypoFirstLetterTie checks that a person's family name written once
// each way after the same given name, the two spellings differing in
// their first letter alone, is reported on both sides with no fix: "Wenna
// Vell, 52," in one outlet and "Wenna Dell, 52," in another are one person
// spelt two ways, and a slip of the first letter makes a word as often as
// any other slip. Two uses of one spelling, a given name that is a title
// or opens the sentence, or another given name keep it quiet. The copy is
// invented.
func TestTypoFirstLetterTie(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "one use each after the same given name",
			articles: []string{
				"a.txt", "Crews fought the warehouse blaze in Tarnow overnight.\n\nSecurity guard Wenna Vell, 52, raised the alarm at the Tarnow depot.\n",
				"b.txt", "A warehouse in Tarnow burned overnight.\n\nThe alarm at the depot was raised by guard Wenna Dell, 52, who saw smoke.\n",
			},
			want: []string{
				`a.txt:3:22: name.typo: "Vell" here; "Dell" in b.txt:3, after the same given name (one use each: which is right?)`,
				`b.txt:3:50: name.typo: "Dell" here; "Vell" in a.txt:3, after the same given name (one use each: which is right?)`,
			},
		},
		{
			name: "another given name: two people",
			articles: []string{
				"a.txt", "Crews fought the warehouse blaze in Tarnow overnight.\n\nSecurity guard Wenna Vell, 52, raised the alarm at the Tarnow depot.\n",
				"b.txt", "A warehouse in Tarnow burned overnight.\n\nThe alarm at the depot was raised by guard Isaura Dell, 52, who saw smoke.\n",
			},
		},
		{
			name: "one spelling used twice: two people",
			articles: []string{
				"a.txt", "Crews fought the warehouse blaze in Tarnow overnight.\n\nSecurity guard Wenna Vell, 52, raised the alarm at the Tarnow depot. Wenna Vell called the brigade.\n",
				"b.txt", "A warehouse in Tarnow burned overnight.\n\nThe alarm at the depot was raised by guard Wenna Dell, 52, who saw smoke.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
