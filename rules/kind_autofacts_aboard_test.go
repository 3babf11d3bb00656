package rules_test

import "testing"

// TestOnBoard checks that everyone on board a craft, given whole by one
// outlet ("with 58 people on board") and in its two parts by another
// ("carrying 51 passengers and seven crew"), is one count: a changed
// part or a changed whole disagrees. Invented copy.
func TestOnBoard(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the parts agree with the whole",
			articles: []string{
				"a.txt", "The Sorrel Maiden, with 58 people on board, sank off Tarn Point on Monday night.\n",
				"b.txt", "The Sorrel Maiden was carrying 51 passengers and seven crew when it sank off Tarn Point on Monday night.\n",
			},
		},
		{
			name: "a changed part",
			articles: []string{
				"a.txt", "The Sorrel Maiden, with 58 people on board, sank off Tarn Point on Monday night.\n",
				"b.txt", "The Sorrel Maiden was carrying 61 passengers and seven crew when it sank off Tarn Point on Monday night.\n",
			},
			want: []string{
				"a.txt:1:25: fact.mismatch: people on board: 58 people on board here; 61 passengers and seven crew in b.txt:1",
				"b.txt:1:32: fact.mismatch: people on board: 61 passengers and seven crew here; 58 people on board in a.txt:1",
			},
		},
		{
			name: "a changed whole, a part of another whole",
			articles: []string{
				"a.txt", "Coastguards said 40 of the 68 people on board the Sorrel Maiden were rescued off Tarn Point.\n",
				"b.txt", "The Sorrel Maiden left Tarn Point with seven crew and 51 passengers, and sank on Monday night.\n",
				"c.txt", "The Sorrel Maiden sank off Tarn Point on Monday night with 58 souls aboard.\n",
			},
			want: []string{
				"a.txt:1:28: fact.mismatch: people on board: 68 people on board here; seven crew and 51 passengers in b.txt:1, 58 souls aboard in c.txt:1",
			},
		},
		{
			name: "passengers and crew, counted together",
			articles: []string{
				"a.txt", "The Sorrel Maiden, with 58 people on board, sank off Tarn Point on Monday night.\n",
				"b.txt", "The Sorrel Maiden, carrying 85 passengers and crew, sank off Tarn Point on Monday night.\n",
			},
			want: []string{
				"a.txt:1:25: fact.mismatch: people on board: 58 people on board here; 85 passengers and crew in b.txt:1",
				"b.txt:1:29: fact.mismatch: people on board: 85 passengers and crew here; 58 people on board in a.txt:1",
			},
		},
		{
			// No word of carrying: those taken ill are a part of
			// everyone on board.
			name: "a part of those on board",
			articles: []string{
				"a.txt", "The Sorrel Maiden, with 580 people on board, docked at Tarn Point on Monday.\n",
				"b.txt", "An outbreak sickened 51 passengers and seven crew aboard the Sorrel Maiden before it docked at Tarn Point on Monday.\n",
				"c.txt", "The Sorrel Maiden docked at Tarn Point on Monday with 51 passengers and seven crew ill.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
