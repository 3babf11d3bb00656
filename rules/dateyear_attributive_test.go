package rules_test

import "testing"

// TestDateFactsAttributiveYear checks that a year naming an earlier
// event before its noun ("the 2009 flood", "since the 2009 flood that
// ...") is that event's year, compared with the years the other outlets
// give it in other words ("in 2009", "In March 2009"), and that a bound
// word before it leaves it out. The copy is invented.
func TestDateFactsAttributiveYear(t *testing.T) {
	const (
		b = "date 2024-05-02 The Tarrow bridge was shut in March 2009, when the river rose 4.2 metres and swept away two cars near the Dunmill weir.\n"
		c = "date 2024-05-02 The river last rose 4.2 metres in 2009, sweeping away two cars near the Dunmill weir.\n"
	)
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the year before the noun agrees",
			articles: []string{
				"a.txt", "date 2024-05-02 Residents have feared the river since the 2009 flood that swept away two cars near the Dunmill weir. The council met on Tuesday to discuss new barriers.\n",
				"b.txt", b,
				"c.txt", c,
			},
		},
		{
			name: "the year before the noun moved",
			articles: []string{
				"a.txt", "date 2024-05-02 Residents have feared the river since the 2007 flood that swept away two cars near the Dunmill weir. The council met on Tuesday to discuss new barriers.\n",
				"b.txt", b,
				"c.txt", c,
			},
			want: []string{"a.txt:1:59: fact.date: year of the earlier event: the 2007 flood here; in March 2009 in b.txt:1, in 2009 in c.txt:1"},
		},
		{
			name: "a bound word before the year",
			articles: []string{
				"a.txt", "date 2024-05-02 Residents had feared the river before the 2007 flood that swept away two cars near the Dunmill weir. The council met on Tuesday to discuss new barriers.\n",
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
