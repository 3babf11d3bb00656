package rules_test

import "testing"

// TestPeopleNoStatementOfThings checks that a figure an outlet gives as
// a count of people in general ("seven people were injured") is no
// statement of another outlet's count of things ("seven vans"), which
// is still compared with that outlet's own count of the things: a
// changed "seven vans" was taken as supported by the seven people and
// never reported. A count of people under their own noun ("seven
// drivers") may be the people's count in other words, and so may a
// noun of people the other outlet gives ("seven members"): both still
// keep the counts apart, as they did.
func TestPeopleNoStatementOfThings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "people are no count of vans",
			articles: []string{
				"a.txt", "Seven vans outside the Orrin Lane depot were wrecked by the blast.\n",
				"b.txt", "Six vans were wrecked outside the Orrin Lane depot.\n\nThe blast left seven people injured.\n",
				"c.txt", "Six vans were wrecked outside the Orrin Lane depot.\n\nSeven people were injured by the blast.\n",
			},
			want: []string{"a.txt:1:1: fact.mismatch: vans: Seven vans here; Six vans in b.txt:1, Six vans in c.txt:1"},
		},
		{
			name: "people may be a count of drivers",
			articles: []string{
				"a.txt", "Seven drivers outside the Orrin Lane depot were hurt by the blast.\n",
				"b.txt", "Six drivers were hurt outside the Orrin Lane depot.\n\nThe blast left seven people injured.\n",
				"c.txt", "Six drivers were hurt outside the Orrin Lane depot.\n\nSeven people were injured by the blast.\n",
			},
		},
		{
			name: "a noun of people of the outlet's own",
			articles: []string{
				"a.txt", "Seven vans outside the Orrin Lane depot were wrecked by the blast.\n",
				"b.txt", "Six vans were wrecked outside the Orrin Lane depot.\n\nThe blast left seven members injured.\n",
				"c.txt", "Six vans were wrecked outside the Orrin Lane depot.\n\nSeven members were injured by the blast.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
