package rules_test

import "testing"

// TestPartsOfSum checks that an article giving two parts and their sum
// under one key ("the bakery employs 400 people, the mill 1,100 staff;
// together 1,500") contradicts neither itself nor another outlet's
// figure for the whole, in its body or against its headline, and that a
// whole the parts do not make is still reported.
func TestPartsOfSum(t *testing.T) {
	body := "Two grocers agreed to merge on Monday.\n\nThe combined group would run 230 shops and employ about 15,800 people.\n\nOrlen, founded in Vask in 1971, runs 90 shops and employs about 4,600 people. Tarvik has 140 shops and 11,200 staff.\n"
	headline := "The combined group would run 230 shops and employ about 15,800 people.\n\nOrlen, founded in Vask in 1971, runs 90 shops and employs about 4,600 people. Tarvik has 140 shops and 11,200 staff.\n"
	whole := "The combined company would have 230 shops and about 15,800 staff.\n"
	also := "The deal will create a chain of 230 shops with more than 15,000 staff.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "two parts and their sum in the body",
			articles: []string{"a.txt", body, "b.txt", whole, "c.txt", also},
		},
		{
			name:     "two parts and their sum in the headline",
			articles: []string{"a.txt", headline, "b.txt", whole, "c.txt", also},
		},
		{
			// 4,600 and 11,200 make 15,800; the others' 17,800 is
			// another figure for the whole, which the parts do not
			// excuse.
			name:     "a part against a whole the parts do not make",
			articles: []string{"a.txt", body, "b.txt", "The combined company would have 230 shops and 17,800 staff.\n", "c.txt", "The deal will create a chain of 230 shops with 17,800 staff.\n"},
			want: []string{
				"a.txt:3:51: fact.mismatch: people: about 15,800 people here; 17,800 staff in b.txt:1, 17,800 staff in c.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
