package rules_test

import "testing"

// TestHedgedWhole checks that a hedged count of a noun several times an
// exact count of it in the same article ("about 40 seals breed there"
// beside "SIX seals beached") is taken for the whole, not a rival: the
// exact count is still its article's only one, and the noun is still
// counted once in each article, so it is compared with the other
// outlets' count.
func TestHedgedWhole(t *testing.T) {
	a := "A pod of five seals beached on the Quenby Sands near Fenwold at dawn on Sunday, coastguards said.\n"
	b := "Coastguards at Fenwold said a group of five seals had come ashore on the Quenby Sands on Sunday.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a hedged whole beside the count",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "SIX seals, the largest of them a bull, lay on the sand for hours.\n\nAbout 40 seals breed on the banks off the point every winter.\n",
			},
			want: []string{"c.txt:1:1: fact.mismatch: seals: SIX seals here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "FIVE seals, the largest of them a bull, lay on the sand for hours.\n\nAbout 40 seals breed on the banks off the point every winter.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
