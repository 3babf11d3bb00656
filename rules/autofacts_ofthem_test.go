package rules_test

import "testing"

// TestPartOfThem checks that "N of them" is a part of the count of the
// sentence before when that sentence has one count with a noun and N's
// sentence no figure before N ("The board heard 140 appeals. It upheld
// 26 of them."), compared with other outlets' parts of the same noun;
// and that "them" after a figure of its own sentence, or after a
// sentence of two counts, stands for no noun.
func TestPartOfThem(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the count of the sentence before",
			articles: []string{
				"a.txt", "The board heard 140 appeals this year.\n\nIt upheld 62 of them in full.\n",
				"b.txt", "The board upheld 26 of the 140 appeals it heard this year.\n",
				"c.txt", "The board upheld 26 of its 140 appeals this year.\n",
			},
			want: []string{"a.txt:3:11: fact.mismatch: appeals: 62 of them here; 26 of the 140 appeals in b.txt:1, 26 of its 140 appeals in c.txt:1"},
		},
		{
			name: "a figure of its own sentence",
			articles: []string{
				"a.txt", "The board heard 140 appeals this year.\n\nIt sat 30 times and upheld 62 of them in full.\n",
				"b.txt", "The board upheld 26 of the 140 appeals it heard this year.\n",
				"c.txt", "The board upheld 26 of its 140 appeals this year.\n",
			},
		},
		{
			name: "two counts before",
			articles: []string{
				"a.txt", "The board heard 140 appeals from 90 tenants this year.\n\nIt upheld 62 of them in full.\n",
				"b.txt", "The board upheld 26 of the 140 appeals it heard this year.\n",
				"c.txt", "The board upheld 26 of its 140 appeals this year.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
