package rules_test

import "testing"

// TestPartOfAnUnsizedWhole checks that a part of a whole whose size is
// not given ("720 of its ticket gates") is also a bound of the bare
// count of its noun: another outlet's smaller bare count of the same
// noun and modifier disagrees with it, while a bare count as large or
// larger (the part again, or the whole), a count of another modifier,
// or a count in other words stays silent.
func TestPartOfAnUnsizedWhole(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a bare count smaller than the part",
			articles: []string{
				"a.txt", "The fault spread overnight, and 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight, and 270 ticket gates run by the operator were stuck open by dawn.\n",
			},
			want: []string{
				"a.txt:1:33: fact.mismatch: gates: 720 of its ticket gates here; 270 ticket gates in b.txt:1",
				"b.txt:1:33: fact.mismatch: ticket gates: 270 ticket gates here; 720 of its ticket gates in a.txt:1",
			},
		},
		{
			name: "the same count",
			articles: []string{
				"a.txt", "The fault spread overnight, and 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight, and 720 ticket gates run by the operator were stuck open by dawn.\n",
			},
		},
		{
			name: "the whole, larger",
			articles: []string{
				"a.txt", "The fault spread overnight, and 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight across the operator's 2,300 ticket gates, many stuck open by dawn.\n",
			},
		},
		{
			// "all" makes the part the whole: a larger bare count
			// disagrees too.
			name: "all of them, against a larger bare count",
			articles: []string{
				"a.txt", "The fault spread overnight, and all 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight, and 740 ticket gates run by the operator were stuck open by dawn.\n",
			},
			want: []string{
				"a.txt:1:37: fact.mismatch: gates: 720 of its ticket gates here; 740 ticket gates in b.txt:1",
				"b.txt:1:33: fact.mismatch: ticket gates: 740 ticket gates here; 720 of its ticket gates in a.txt:1",
			},
		},
		{
			name: "all of them, the same count",
			articles: []string{
				"a.txt", "The fault spread overnight, and all 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight, and 720 ticket gates run by the operator were stuck open by dawn.\n",
			},
		},
		{
			name: "another modifier",
			articles: []string{
				"a.txt", "The fault spread overnight, and 720 of its ticket gates were stuck open by dawn.\n",
				"b.txt", "The fault spread overnight, and 270 barrier gates run by the operator were stuck open by dawn.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
