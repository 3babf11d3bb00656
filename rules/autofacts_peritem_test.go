package rules_test

import "testing"

// TestPerItemCounts checks that a count said of each of several things
// ("Each hiker was roped to two guides", "two guides per hiker", "the
// crews each carried three ladders") is keyed apart from the count of
// the whole ("Fourteen guides"): it is no rival of it, and the article's
// count of the whole is then its one count of the noun, as in the other
// outlets' copy. "Each of the 14 guides" and "every day" are no such
// count, nor is one past a comma or a relative word after "every" ("every
// family has someone at the mill, which employs 600 people").
func TestPerItemCounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a count per item is no rival of the whole",
			articles: []string{
				"a.txt", "Fourteen guides worked on the glacier crossing.\n",
				"b.txt", "Fourteen guides worked on the glacier crossing.\n",
				"c.txt", "Each hiker was roped to two guides for the glacier crossing.\n",
			},
		},
		{
			name: "a count per item after its noun",
			articles: []string{
				"a.txt", "Fourteen guides worked on the glacier crossing.\n",
				"b.txt", "Fourteen guides worked on the glacier crossing.\n",
				"c.txt", "The hikers were roped to two guides per hiker for the glacier crossing.\n",
			},
		},
		{
			name: "the whole beside a count per item is the article's one count",
			articles: []string{
				"a.txt", "Fourteen guides led the party to the summit.\n",
				"b.txt", "Fourteen guides led the party to the summit.\n",
				"c.txt", "Sixteen guides were hired by the club. Each hiker was roped to two guides.\n",
			},
			want: []string{"c.txt:1:1:"},
		},
		{
			name: "a relative clause's count is not the item's",
			articles: []string{
				"a.txt", "The sawmill at Quillbeck employs about 900 people.\n",
				"b.txt", "The sawmill at Quillbeck employs about 900 people.\n",
				"c.txt", "Almost every family has someone at the sawmill at Quillbeck, which employs about 600 people.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "nor one past a comma",
			articles: []string{
				"a.txt", "The sawmill at Quillbeck employs about 900 people.\n",
				"b.txt", "The sawmill at Quillbeck employs about 900 people.\n",
				"c.txt", "Every family in the valley is waiting, the sawmill at Quillbeck employs about 600 people.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "each of the whole is the whole",
			articles: []string{
				"a.txt", "Fourteen guides worked on the glacier crossing.\n",
				"b.txt", "Fourteen guides worked on the glacier crossing.\n",
				"c.txt", "Each of the 16 guides worked on the glacier crossing.\n",
			},
			want: []string{"c.txt:1:"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
