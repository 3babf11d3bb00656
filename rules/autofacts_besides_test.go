package rules_test

import "testing"

// TestBesidesCounts checks that "another" before a count of a role that
// no figure before it in its article has counts that role whole
// ("Four people died. Another 31 were injured" gives the injured, as
// "killing four and injuring 31" does), while "another" before a count
// of a role a figure before it has ("Two died on Monday. Another three
// died on Tuesday") adds to it, and one before a count of no role stays
// a frame, unclaimed (TestBesidesClaims).
func TestBesidesCounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the whole of another role",
			articles: []string{
				"a.txt", "The ferry fire at Olden Quay killed four people and injured 31, the coastguard said.\n",
				"b.txt", "Four people lost their lives and 31 were injured in the ferry fire at Olden Quay, the coastguard said.\n",
				"c.txt", "Four people died in the ferry fire at Olden Quay. Another 38 were injured, the coastguard said.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "The ferry fire at Olden Quay killed four people and injured 31, the coastguard said.\n",
				"b.txt", "Four people lost their lives and 31 were injured in the ferry fire at Olden Quay, the coastguard said.\n",
				"c.txt", "Four people died in the ferry fire at Olden Quay. Another 31 were injured, the coastguard said.\n",
			},
		},
		{
			name: "a count of no role stays a frame",
			articles: []string{
				"a.txt", "Crews sent 31 firefighters to the ferry fire at Olden Quay.\n",
				"b.txt", "Crews sent 31 firefighters to the ferry fire at Olden Quay.\n",
				"c.txt", "Crews sent 12 engines to the ferry fire at Olden Quay. Another 38 firefighters came by boat.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
