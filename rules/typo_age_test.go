package rules_test

import (
	"slices"
	"testing"
)

// TestTypoSameAge checks a family name written two ways, two edits
// apart, by two outlets that each name the person once, after the same
// given name and with the same age in apposition: "Verna Gaskin, 61" and
// "Verna Gasket, 61". The same_given route takes one edit only; the age
// says it is one person, though the slip makes a word. Each is used once,
// so both are reported, with no fix.
func TestTypoSameAge(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(first, second string) []string {
		return []string{
			"a.txt", lead + "Among the winners was " + first + " a baker from the old town, who took home the cup.",
			"b.txt", lead + "Baker " + second + " said the cup would stand in her shop window.",
			"c.txt", lead + "The show drew a record crowd to the old town on Saturday.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the same given name and age",
			articles: story("Verna Gaskin, 61,", "Verna Gasket, 61,"),
			want: []string{
				`a.txt:3:29: name.typo: "Gaskin" here; "Gasket" in b.txt:3, after the same given name and age (one use each: which is right?)`,
				`b.txt:3:13: name.typo: "Gasket" here; "Gaskin" in a.txt:3, after the same given name and age (one use each: which is right?)`,
			},
		},
		{
			name:     "the age closing its sentence",
			articles: story("Verna Gaskin, 61,", "Verna Gasket, 61."),
			want: []string{
				`a.txt:3:29: name.typo: "Gaskin" here; "Gasket" in b.txt:3, after the same given name and age (one use each: which is right?)`,
				`b.txt:3:13: name.typo: "Gasket" here; "Gaskin" in a.txt:3, after the same given name and age (one use each: which is right?)`,
			},
		},
		// Another age, another given name, no age, or a title for a
		// given name: as likely two people.
		{name: "another age", articles: story("Verna Gaskin, 61,", "Verna Gasket, 16,")},
		{name: "another given name", articles: story("Verna Gaskin, 61,", "Norah Gasket, 61,")},
		{name: "no age", articles: story("Verna Gaskin,", "Verna Gasket,")},
		{name: "a title", articles: story("Mrs Gaskin, 61,", "Mrs Gasket, 61,")},
		// Three edits are too many, age or not.
		{name: "three edits", articles: story("Verna Gaskin, 61,", "Verna Basket, 61,")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
