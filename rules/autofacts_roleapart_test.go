package rules_test

import "testing"

// TestRoleCountedApart checks that a count keyed by its role and head
// ("four parked vans were damaged") is not taken as stated by an article
// that gives its figure only as the count of another noun that the
// count's own article counts alike ("four goats" in both): the changed
// "FIVE vans" of that article is compared with the others' four.
func TestRoleCountedApart(t *testing.T) {
	a := "Police in Harrowgate said the runaway bull walked through 9 gardens on Tuesday and four parked vans were damaged. It also let four goats out of a pen.\n"
	b := "The runaway bull walked through 9 gardens in Harrowgate on Tuesday and damaged four parked vans, police said. Four goats escaped from a pen it broke.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a changed count of vans beside four goats",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "The runaway bull of Harrowgate went on the rampage on Tuesday.\n\nIt trampled NINE gardens. It dented FIVE vans. It freed four goats from a pen.\n",
			},
			want: []string{"c.txt:3:37: fact.mismatch: dented: FIVE vans here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", a, "b.txt", b,
				"c.txt", "The runaway bull of Harrowgate went on the rampage on Tuesday.\n\nIt trampled NINE gardens. It dented FOUR vans. It freed four goats from a pen.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
