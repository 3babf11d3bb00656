package rules_test

import "testing"

// TestCoarseFigureIsNoSupport checks that a figure written more coarsely
// than a claim ("a decade" against "twelve years") is no statement of
// it: counted as support for each of two figures that disagree, it hid
// the disagreement.
func TestCoarseFigureIsNoSupport(t *testing.T) {
	decade := "The council raised the levy for the first time in a decade on Monday.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a decade supports neither ten years nor twelve",
			articles: []string{
				"a.txt", "It was the first rise in the harbour levy in ten years, the council said.\n",
				"b.txt", decade,
				"c.txt", "It was the first rise in the harbour levy in twelve years, the council said.\n",
			},
			want: []string{
				"a.txt:1:46: fact.mismatch: duration: ten years here; twelve years in c.txt:1",
				"c.txt:1:46: fact.mismatch: duration: twelve years here; ten years in a.txt:1",
			},
		},
		{
			name: "ten years stated elsewhere still supports ten years",
			articles: []string{
				"a.txt", "It was the first rise in the harbour levy in ten years, the council said.\n",
				"b.txt", "The council raised the levy on Monday. Its chief has led it for ten years.\n",
				"c.txt", "It was the first rise in the harbour levy in twelve years, the council said.\n",
			},
			want: []string{"c.txt:1:46: fact.mismatch: duration: twelve years here; ten years in a.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
