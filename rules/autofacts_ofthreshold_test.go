package rules_test

import "testing"

// TestShareOfNumberedPart checks shares of one whole where one copy
// bounds the part by a number after a form of "be": "of members are 30
// or younger" is a share of the younger members, not of all of them.
func TestShareOfNumberedPart(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a numbered part and a part of words are two facts",
			articles: []string{
				"a.txt", "The guild has grown. Only 11.2 per cent of members are 30 or younger, against 19.5 per cent a decade ago.\n",
				"b.txt", "The guild has grown. Some 41.6% of members were trained abroad, up from 38.9%.\n",
			},
		},
		{
			name: "the same numbered part is compared",
			articles: []string{
				"a.txt", "The guild has grown. Only 11.2 per cent of members are 30 or younger, the report said.\n",
				"b.txt", "The guild has grown. Just 14.2% of members are 30 or younger, the report found.\n",
			},
			want: []string{
				"a.txt:1:27: fact.mismatch: ratio: 11.2 per cent here; 14.2% in b.txt:1",
				"b.txt:1:27: fact.mismatch: ratio: 14.2% here; 11.2 per cent in a.txt:1",
			},
		},
		{
			name: "a sum after the whole is no numbered part",
			articles: []string{
				"a.txt", "The guild has grown. Only 11.2 per cent of members are paid 1,500 pounds, the report said.\n",
				"b.txt", "The guild has grown. Just 14.2% of members are paid 1,500 pounds, the report found.\n",
			},
			want: []string{
				"a.txt:1:27: fact.mismatch: ratio: 11.2 per cent here; 14.2% in b.txt:1",
				"b.txt:1:27: fact.mismatch: ratio: 14.2% here; 11.2 per cent in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
