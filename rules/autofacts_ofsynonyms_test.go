package rules_test

import "testing"

// TestOfSynonyms checks that nouns of one of_synonyms group, as what a
// measure is "of", key it alike: "95,000 tonnes of foliage" is the
// measure "95,000 tonnes of vegetation" and "of greenery" give, with or
// without a word after the noun, while a noun of no group ("of timber")
// keeps its own key.
func TestOfSynonyms(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "three nouns of one group",
			articles: []string{
				"a.txt", "Officials said the beetles could strip about 95,000 tonnes of vegetation a week across the valley.\n",
				"b.txt", "The swarm can get through roughly 95,000 tonnes of greenery in seven days, officials said.\n",
				"c.txt", "Officials fear the beetles will chew through 59,000 tonnes of plants.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "Officials said the beetles could strip about 95,000 tonnes of vegetation a week across the valley.\n",
				"b.txt", "The swarm can get through roughly 95,000 tonnes of greenery in seven days, officials said.\n",
				"c.txt", "Officials fear the beetles will chew through 95,000 tonnes of plants.\n",
			},
		},
		{
			name: "the bound of an area",
			articles: []string{
				"a.txt", "Fire crews had contained about 45% of its perimeter by Tuesday night, the Dunmere fire service said.\n",
				"b.txt", "Fire crews had contained about 45% of its perimeter by Tuesday night, the Dunmere fire service said.\n",
				"c.txt", "By Tuesday night, crews in Dunmere had contained about 75 per cent of its edge.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "a noun of no group keeps its key",
			articles: []string{
				"a.txt", "Officials said the beetles could strip about 95,000 tonnes of vegetation a week across the valley.\n",
				"b.txt", "The swarm can get through roughly 95,000 tonnes of greenery in seven days, officials said.\n",
				"c.txt", "Officials said the mill will saw 59,000 tonnes of timber.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
