package rules_test

import "testing"

// TestRoleCountedApart checks that a count keyed by its role and head
// ("six parked cars were damaged") is not taken as stated by an article
// that gives its figure only as the count of another noun that the
// count's own article counts alike ("six goats" in both): the changed
// "SEVEN cars" of that article is compared with the others' six.
func TestRoleCountedApart(t *testing.T) {
	a := "Police in Harrowgate said the runaway bull walked through 11 gardens on Tuesday and six parked cars were damaged. It also let six goats out of a pen.\n"
	b := "The runaway bull walked through 11 gardens in Harrowgate on Tuesday and damaged six parked cars, police said. Six goats escaped from a pen it broke.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a changed count of cars beside six goats",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "The runaway bull of Harrowgate went on the rampage on Tuesday.\n\nIt stomped through ELEVEN gardens. It dented SEVEN cars. It freed six goats from a pen.\n",
			},
			want: []string{"c.txt:3:46: fact.mismatch: dented: SEVEN cars here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "The runaway bull of Harrowgate went on the rampage on Tuesday.\n\nIt stomped through ELEVEN gardens. It dented SIX cars. It freed six goats from a pen.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
