package rules_test

import "testing"

// TestMeasureWithoutWhatItMeasures checks that a measure said with what
// it measures ("3,200 tonnes of ash a day", "£40,000 of savings") is
// compared with the same measure said without it, and that two measures
// of different things are still not compared.
func TestMeasureWithoutWhatItMeasures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a mass of something against the mass alone",
			articles: []string{
				"a.txt", "The smelter is releasing 3,200 tonnes of ash a day, officials said.\n",
				"b.txt", "Emissions from the smelter have reached 2,300 tonnes a day, officials said.\n",
			},
			want: []string{
				"a.txt:1:26: fact.mismatch: mass: 3,200 tonnes here; 2,300 tonnes in b.txt:1",
				"b.txt:1:41: fact.mismatch: mass: 2,300 tonnes here; 3,200 tonnes in a.txt:1",
			},
		},
		{
			name: "a sum of something against the sum alone",
			articles: []string{
				"a.txt", "The broker lost £40,000 of her savings on the scheme, the court heard.\n",
				"b.txt", "The broker lost £14,000 on the scheme, the court heard.\n",
			},
			want: []string{
				"a.txt:1:17: fact.mismatch: amount in GBP: £40,000 here; £14,000 in b.txt:1",
				"b.txt:1:17: fact.mismatch: amount in GBP: £14,000 here; £40,000 in a.txt:1",
			},
		},
		{
			name: "measures of two things",
			articles: []string{
				"a.txt", "The smelter is releasing 3,200 tonnes of ash a day, officials said.\n",
				"b.txt", "The smelter is releasing 2,300 tonnes of steam a day, officials said.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
