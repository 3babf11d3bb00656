package rules_test

import "testing"

// TestDateFactsEarlierWeak checks the second reading of earlier years: a
// year alone in its sentence that two other outlets give otherwise, each
// in a sentence that dates something else too (read alone, such a year
// only supports), is reported when the sentences share two points with
// its own, one of them three; one such outlet is not enough. The copy is
// invented.
func TestDateFactsEarlierWeak(t *testing.T) {
	lead := "date 2024-06-20 The Halver Bank raised its base rate to 5.25 per cent on Thursday.\n\n"
	b := lead + "Its base rate was last raised in May 2016, to 4.5 per cent, having stood at 3 per cent since 2009."
	c := lead + "The Halver Bank last raised its base rate in May 2016, to 4.5 per cent, and had held it since 2011."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the years agree",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2016, to 4.5 per cent.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "one outlet moves the year against two sentences of two dates",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2017, to 4.5 per cent.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:39: fact.date: year of the earlier event: in May 2017 here; in May 2016 in b.txt:3, in May 2016 in c.txt:3"},
		},
		{
			name:     "against one such sentence alone: no finding",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2017, to 4.5 per cent.", "b.txt", b},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
