package rules_test

import "testing"

// TestDateFactsYearList checks that years listed after an earlier
// event's year ("wins in 2014 and 2018") are claims of their places in
// the list: a list whose second year moved is set against the outlets
// listing the same first year and another second, and a list of another
// length, or a bare number that is no year, is not. The copy is invented.
func TestDateFactsYearList(t *testing.T) {
	const (
		b = "date 2024-05-02 The Velmor sculler won the Harrowgate Sculls on Saturday. Her earlier wins in the race came in 2014 and 2018, both on the lower reach.\n"
		c = "date 2024-05-02 Ilsa Velmor took the Harrowgate Sculls on Saturday. It was her third title there, after victories in 2014 and 2018.\n"
	)
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the lists agree",
			articles: []string{
				"a.txt", "date 2024-05-02 Ilsa Velmor won the Harrowgate Sculls on Saturday. It is her third title, after wins in 2014 and 2018.\n",
				"b.txt", b,
				"c.txt", c,
			},
		},
		{
			name: "the second year moved",
			articles: []string{
				"a.txt", "date 2024-05-02 Ilsa Velmor won the Harrowgate Sculls on Saturday. It is her third title, after wins in 2014 and 2017.\n",
				"b.txt", b,
				"c.txt", c,
			},
			want: []string{"a.txt:1:114: fact.date: year of the earlier event: 2017 here; 2018 in b.txt:1, 2018 in c.txt:1"},
		},
		{
			name: "a list of three",
			articles: []string{
				"a.txt", "date 2024-05-02 Ilsa Velmor won the Harrowgate Sculls on Saturday. It is her fourth title, after wins in 2014, 2017 and 2018.\n",
				"b.txt", b,
				"c.txt", c,
			},
		},
		{
			name: "a count after the year",
			articles: []string{
				"a.txt", "date 2024-05-02 Ilsa Velmor won the Harrowgate Sculls on Saturday. It is her third title, after wins in 2014 and 2017 rowers entered.\n",
				"b.txt", b,
				"c.txt", c,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
