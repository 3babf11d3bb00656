package rules_test

import (
	"slices"
	"testing"
)

// TestTypoNotTargets checks that name.typo never takes a month or a day
// of the week (not_targets) for the name a spelling misspells: "Marcy
// Street" is a street, not a slip of the month the story's dates name,
// while a slip of a person's name in the same story is still reported.
func TestTypoNotTargets(t *testing.T) {
	lead := "By Ada Quill, Tamsworth, 16 March 2024\n\n"
	a := lead + "The bridge over the Tamble closed on 14 March after engineers found cracks. Councillor Ivo Pellegrin said repairs would begin in March. Pellegrin said the council had known since March."
	b := lead + "Engineers closed the Tamble bridge on 14 March. Traffic now runs along Marcy Street instead, Councillor Ivo Pellegrin said. Pellegrin said the work would take until late March."
	c := lead + "The Tamble bridge shut on 14 March. Pellegrin, a councillor, said the cracks were found in early March."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "a street one letter from a month", articles: []string{"a.txt", a, "b.txt", b, "c.txt", c}},
		{
			name:     "a person's name is still judged",
			articles: []string{"a.txt", a, "b.txt", b, "c.txt", lead + "The Tamble bridge shut on 14 March. Pellegrim, a councillor, said the cracks were found in early March."},
			want:     []string{`c.txt:3:37: name.typo: "Pellegrim" looks like a misspelling of "Pellegrin" (named 4 times in 2 articles) => Pellegrin`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
