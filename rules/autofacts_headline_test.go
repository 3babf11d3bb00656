package rules_test

import "testing"

// TestHeadlineOverChangedBody checks that a body figure is compared with
// the other outlets' figure although its own headline states theirs: a
// headline restates the body's main figure, so where the body gives
// another that no other outlet gives, and at least two outlets give the
// headline's, the body's figure is the one that changed. Where the body
// states the headline's figure too, another outlet the body's, too few
// outlets the headline's, or the body's figure is a bound, the headline's
// figure may be another fact, and nothing is reported.
func TestHeadlineOverChangedBody(t *testing.T) {
	head := "Storm leaves 6,180 homes shivering\n"
	body := "About 8,610 homes in the valley went without heat after the storm brought down lines on Sunday night.\n"
	headline := head + body
	b := "About 6,180 homes in the valley went without heat after the storm brought down lines on Sunday.\n"
	c := "The storm cut heating to 6,180 households, the council said.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the headline keeps the others' figure",
			articles: []string{"a.txt", headline, "b.txt", b, "c.txt", c},
			want: []string{
				"a.txt:2:1: fact.mismatch: homes: About 8,610 homes here; About 6,180 homes in b.txt:1",
			},
		},
		{
			name:     "one other outlet gives the headline's figure",
			articles: []string{"a.txt", headline, "b.txt", b},
		},
		{
			name: "another outlet states the body's figure",
			articles: []string{
				"a.txt", headline, "b.txt", b,
				"c.txt", "Some 6,180 homes in the valley went without heat on Sunday night after the storm brought down lines.\n",
				"d.txt", "Engineers had visited 8,610 businesses by Monday.\n",
			},
		},
		{
			name: "the body states the headline's figure too",
			articles: []string{
				"a.txt", head + "About 8,610 homes in the valley went without heat after the storm brought down lines on Sunday night. The valley has 6,180 farms.\n",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "a bound in the body",
			articles: []string{
				"a.txt", head + "More than 8,610 homes in the valley went without heat after the storm brought down lines on Sunday night.\n",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// A first line that ends in a full stop is the lead, not
			// a headline: the article gives two figures in its body.
			name: "no headline",
			articles: []string{
				"a.txt", "Storm leaves 6,180 homes shivering.\n" + body,
				"b.txt", b, "c.txt", c,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
