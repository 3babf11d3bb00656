package rules_test

import "testing"

// TestCompoundMeasure checks that a measure written as a compound
// modifier ("a 3.2-tonne load of timber", "the 900-tonne press") is
// compared with the plain measure other outlets give ("3.2 tonnes of
// timber", "weighs 900 tonnes"), and not with a measure of another
// thing.
func TestCompoundMeasure(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "what the modified noun is of",
			articles: []string{
				"a.txt", "The hoist was raising a 3.2-tonne load of timber when it snapped.\n",
				"b.txt", "The hoist was raising 2.3 tonnes of timber when it snapped.\n",
			},
			want: []string{
				"a.txt:1:25: fact.mismatch: mass: 3.2-tonne here; 2.3 tonnes in b.txt:1",
				"b.txt:1:23: fact.mismatch: mass: 2.3 tonnes here; 3.2-tonne in a.txt:1",
			},
		},
		{
			name: "the weight a compound leaves unsaid",
			articles: []string{
				"a.txt", "Engineers moved the 900-tonne press, named Bertha, into place.\n",
				"b.txt", "Each of them is 14 metres tall and would weigh 700 tonnes.\n",
			},
			want: []string{
				"a.txt:1:21: fact.mismatch: mass: 900-tonne here; 700 tonnes in b.txt:1",
				"b.txt:1:48: fact.mismatch: mass: 700 tonnes here; 900-tonne in a.txt:1",
			},
		},
		{
			name: "a load of another thing",
			articles: []string{
				"a.txt", "The hoist was raising a 3.2-tonne load of timber when it snapped.\n",
				"b.txt", "The hoist was raising 2.3 tonnes of gravel when it snapped.\n",
			},
		},
		{
			name: "a name after of is no material",
			articles: []string{
				"a.txt", "The 900-tonne press of Harrow Works was moved on Monday.\n",
				"b.txt", "The press weighs 700 tonnes and was moved on Monday.\n",
			},
			want: []string{
				"a.txt:1:5: fact.mismatch: mass: 900-tonne here; 700 tonnes in b.txt:1",
				"b.txt:1:18: fact.mismatch: mass: 700 tonnes here; 900-tonne in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
