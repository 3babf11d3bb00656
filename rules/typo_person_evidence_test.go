package rules_test

import (
	"strings"
	"testing"
)

// personEvidenceRule is personRule with the plural and "-is" endings
// of the default pack among the related endings, which turn the main
// route away from "Hollies" for "Hollis", and "Dr" a person's title as
// well, as in the pack.
var personEvidenceRule = strings.NewReplacer(`suffixes = [`, `suffixes = ["es", "is", `,
	`person_titles = [`, `person_titles = ["Dr", `).Replace(personRule)

// TestTypoPersonEvidence covers the same_person route where what makes
// the name a person's is not a title before the given name: the family
// name used on its own, as news copy names a person on second reference;
// a slip that lands on an English word after a titled person's given
// name, or one edit from a family name written after a title; and a slip after a title where the story names one person of
// that family name, in full.
func TestTypoPersonEvidence(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a last letter left off a family name that is used on its own too",
			articles: []string{
				"a.txt", "The cup went to Ilse Vostrin on Sunday. Vostrin, 31, led from the start. Rivals said Vostrin was unbeatable.\n",
				"b.txt", "Officials said Ilse Vostri agreed.\n",
			},
			want: []string{`b.txt:1:21: name.typo: "Vostri" looks like a misspelling of "Vostrin" (named 3 times in 1 article, beside the same name)`},
		},
		{
			name: "a last letter left off a name only ever written after that word",
			articles: []string{
				"a.txt", "The cup went to Ilse Vostrin on Sunday. Rivals said Ilse Vostrin was unbeatable. Ilse Vostrin agreed.\n",
				"b.txt", "Officials said Ilse Vostri agreed.\n",
			},
		},
		{
			name: "a place after its first word stays a related word though named alone too",
			articles: []string{
				"a.txt", "Floods hit Vel Dorran on Monday. Crews in Vel Dorran worked late.\n",
				"b.txt", "Officials said Vel Dorra agreed.\n",
			},
		},
		{
			name: "an English word after a titled person's given name",
			articles: []string{
				"a.txt", "The agency hired Dr Wenna Hollis last year. Dr Hollis said so. Wenna Hollis agreed.\n",
				"b.txt", "Officials said Wenna Hollies agreed.\n",
			},
			want: []string{`b.txt:1:22: name.typo: "Hollies" looks like a misspelling of "Hollis" (named 3 times in 1 article, beside the same name)`},
		},
		{
			name: "an English word after a given name that no title says is a person's",
			articles: []string{
				"a.txt", "The firm hired Wenna Hollis. Staff said Wenna Hollis agreed. Wenna Hollis left.\n",
				"b.txt", "Officials said Wenna Hollies agreed.\n",
			},
		},
		{
			name: "an English word after a given name, the family name written after a title",
			articles: []string{
				"a.txt", "The firm hired Ilse Berris. Staff said Dr Berris agreed. Ilse Berris left.\n",
				"b.txt", "Officials said Ilse Berries agreed.\n",
			},
			want: []string{`b.txt:1:21: name.typo: "Berries" looks like a misspelling of "Berris" (named 3 times in 1 article, beside the same name)`},
		},
		{
			name: "an English word after a given name, the family name after no title",
			articles: []string{
				"a.txt", "The firm hired Ilse Berris. Staff said Berris agreed. Ilse Berris left.\n",
				"b.txt", "Officials said Ilse Berries agreed.\n",
			},
		},
		{
			name: "a slip after a title, where the story names one person of the name in full",
			articles: []string{
				"a.txt", "Dr Annike Vorster, a geologist, spoke. Dr Vorster said the ground moved.\n",
				"b.txt", "Officials said Dr Vorstel did not agree.\n",
			},
			want: []string{`b.txt:1:19: name.typo: "Vorstel" looks like a misspelling of "Vorster" (named 2 times in 1 article)`},
		},
		{
			name: "a slip after a title that opens the sentence",
			articles: []string{
				"a.txt", "The geologist Dr Annike Vorster spoke. Dr Vorster said the ground moved.\n",
				"b.txt", "Officials met. Dr Vorstel did not agree.\n",
			},
			want: []string{`b.txt:1:19: name.typo: "Vorstel" looks like a misspelling of "Vorster" (named 2 times in 1 article)`},
		},
		{
			name: "after a title, a name the story never gives in full may be another person",
			articles: []string{
				"a.txt", "Dr Vorster, a geologist, spoke. Dr Vorster said the ground moved.\n",
				"b.txt", "Officials said Dr Vorstel did not agree.\n",
			},
		},
		{
			name: "after a title, a family name of two people in the story",
			articles: []string{
				"a.txt", "Dr Annike Vorster spoke. Her brother, Piet Vorster, said the ground moved.\n",
				"b.txt", "Officials said Dr Vorstel did not agree.\n",
			},
		},
		{
			name: "after a title, two edits stay two people",
			articles: []string{
				"a.txt", "Dr Annike Vorster, a geologist, spoke. Dr Vorster said the ground moved.\n",
				"b.txt", "Officials said Dr Vurstel did not agree.\n",
			},
		},
		{
			name: "after a title, a spelling used twice is a second person",
			articles: []string{
				"a.txt", "Dr Annike Vorster, a geologist, spoke. Dr Vorster said the ground moved.\n",
				"b.txt", "Officials said Dr Vorstel did not agree. Dr Vorstel left.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, "group = \"all\"\n"+personEvidenceRule, tc.articles...), tc.want...)
		})
	}
}
