package rules_test

import "testing"

// TestHarmedNouns checks that a role count of a noun of harmed_nouns
// ("victims") is compared with the role count of "people": the noun
// says no more than the role does, where a noun of who is counted
// ("officers") keeps its count apart.
func TestHarmedNouns(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "victims taken to hospital against people taken to hospital",
			articles: []string{
				"a.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"b.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"c.txt", "A gas blast tore through a bakery in Orlen Street on Monday. EIGHT victims were carried to hospital.\n",
			},
			want: []string{"c.txt:1:62: fact.mismatch: hospital: EIGHT victims here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"b.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"c.txt", "A gas blast tore through a bakery in Orlen Street on Monday. NINE victims were carried to hospital.\n",
			},
		},
		{
			name: "a noun of who is counted stays apart",
			articles: []string{
				"a.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"b.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Nine people were taken to hospital.\n",
				"c.txt", "A gas blast tore through a bakery in Orlen Street on Monday. Two firefighters were taken to hospital.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
