package rules_test

import (
	"slices"
	"testing"
)

// TestTypoSameSurname checks the route of a given name slipped before
// the same family name ("Isbath Varrow" where another outlet writes
// "Isbeth Varrow"), inside a sentence or opening it: one use each is a tie, both reported; named more
// often the other way, the spelling is its slip. Another family name, a
// generic word after it, related names, an English word or one article
// naming both stays quiet.
func TestTypoSameSurname(t *testing.T) {
	lead := "By Pim Dovecott, Tamsworth, 16 March 2024\n\n"
	story := func(a, b string) []string {
		return []string{
			"a.txt", lead + "At noon the wall fell on " + a + ", a nurse.",
			"b.txt", lead + "Among those hurt when the wall fell was " + b + ", a nurse.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "one use each",
			articles: story("Isbeth Varrow", "Isbath Varrow"),
			want: []string{
				`a.txt:3:26: name.typo: "Isbeth" here; "Isbath" in b.txt:3, before the same family name (one use each: which is right?)`,
				`b.txt:3:41: name.typo: "Isbath" here; "Isbeth" in a.txt:3, before the same family name (one use each: which is right?)`,
			},
		},
		{
			name: "named twice the other way",
			articles: append(story("Isbeth Varrow", "Isbath Varrow"),
				"c.txt", lead+"A nurse, Isbeth Varrow, was taken to hospital."),
			want: []string{`b.txt:3:41: name.typo: "Isbath" looks like a misspelling of "Isbeth" (named 2 times in 2 articles, beside the same name) => Isbeth`},
		},
		{
			name: "opening a sentence",
			articles: []string{
				"a.txt", lead + "At noon the wall fell on Isbeth Varrow, a nurse.",
				"b.txt", lead + "The wall fell at noon. Isbath Varrow, a nurse, was hurt.",
			},
			// The other, named inside a sentence, is judged only
			// against names used inside one.
			want: []string{
				`b.txt:3:24: name.typo: "Isbath" here; "Isbeth" in a.txt:3, before the same family name (one use each: which is right?)`,
			},
		},
		{name: "another family name", articles: story("Isbeth Varrow", "Isbath Corrin")},
		{name: "a generic word after", articles: story("Isbeth Street", "Isbath Street")},
		{name: "related names", articles: story("Marita Varrow", "Marite Varrow")},
		{name: "an English word", articles: story("Wanda Varrow", "Wand Varrow")},
		{
			name: "one article names both",
			articles: []string{
				"a.txt", lead + "The wall fell on Isbeth Varrow and her sister Isbath Varrow.",
				"b.txt", lead + "Among those hurt when the wall fell were two nurses.",
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
