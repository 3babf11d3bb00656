package rules_test

import "testing"

// TestCompanionFigure checks that a figure of another fact given beside
// a claim in two outlets' sentences is evidence that the claims are one
// fact, as a shared word is: "Of the 5,820 walkers who paid the £15
// fee" and "5,310 walkers had each paid £15" share one word and the
// fee, and their counts then disagree. A fee only one sentence gives,
// or another fee beside the other count, is no such evidence, and one
// shared word is too little; nor is another value of the claim's own
// key beside it.
func TestCompanionFigure(t *testing.T) {
	a := "Of the 5,820 walkers who paid the £15 fee, most reached Harrowby by dusk. Medics later treated 960 walkers for blisters.\n"
	b := func(fee string) string {
		return "Organisers said 5,310 walkers had each paid" + fee + " to take part. Some 960 walkers needed treatment.\n"
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the same other figure beside both",
			articles: []string{"a.txt", a, "b.txt", b(" £15")},
			want: []string{
				"a.txt:1:8: fact.mismatch: walkers: 5,820 walkers here; 5,310 walkers in b.txt:1",
				"b.txt:1:17: fact.mismatch: walkers: 5,310 walkers here; 5,820 walkers in a.txt:1",
			},
		},
		{
			name:     "another figure beside the other",
			articles: []string{"a.txt", a, "b.txt", b(" £12")},
			// The fees disagree, the counts are not compared.
			want: []string{
				"a.txt:1:35: fact.mismatch: amount in GBP: £15 here; £12 in b.txt:1",
				"b.txt:1:45: fact.mismatch: amount in GBP: £12 here; £15 in a.txt:1",
			},
		},
		{
			name:     "no other figure",
			articles: []string{"a.txt", a, "b.txt", b("")},
		},
		{
			// A span both sentences give ties no two times of day:
			// one quay's loading ended at about 4am, the ferry sailed
			// at 10am.
			name: "times of day beside one span",
			articles: []string{
				"a.txt", "Crews in Narrow Bay finished loading at about 4am, six hours before the sailing, after 19 hours of loading.\n",
				"b.txt", "The loading took 19 hours, and the ferry sailed at 10am.\n",
				"c.txt", "The loading took 19 hours, with the sailing shortly after 10am on Monday.\n",
			},
		},
		{
			// 58.3 per cent is another value of the key, not a
			// figure of another fact beside the turnout.
			name: "another value of the key",
			articles: []string{
				"a.txt", "Turnout in Eastmere was 61.2 per cent, above the regional figure of 58.3 per cent.\n",
				"b.txt", "Turnout across the region was 58.3 per cent, up from 53.6 per cent four years ago.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
