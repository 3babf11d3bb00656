package rules_test

import "testing"

// TestTollLevel checks that a count after "rose to" or "had risen to" is
// the level of the toll its subject names, however long the subject
// ("The death toll from the fire at the old flour mill on the quay"),
// and is compared with the toll the other outlets give beside its word;
// and that a subject that names no running toll (a price, homes lost)
// makes no toll of the figure.
func TestTollLevel(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a level beyond the window is the toll",
			articles: []string{
				"a.txt", "The death toll from the fire at the old flour mill on the quay rose to 16 on Friday, officials said.\n",
				"b.txt", "Fourteen people were killed in the fire at the flour mill.\n",
				"c.txt", "The fire killed 14 people at the mill, officials said.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "had risen to",
			articles: []string{
				"a.txt", "By Friday evening the number of deaths from the fire at the mill had risen to 16, officials said.\n",
				"b.txt", "Fourteen people were killed in the fire at the flour mill.\n",
				"c.txt", "The fire killed 14 people at the mill, officials said.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "the level agrees",
			articles: []string{
				"a.txt", "The death toll from the fire at the old flour mill on the quay rose to 14 on Friday, officials said.\n",
				"b.txt", "Fourteen people were killed in the fire at the flour mill.\n",
				"c.txt", "The fire killed 14 people at the mill, officials said.\n",
			},
		},
		{
			// "lost" is a contrast word of no running toll: what
			// rose is not a toll, and 16 is not compared with it.
			name: "a subject of no running toll",
			articles: []string{
				"a.txt", "The number of homes the families lost in the fire at the old flour mill rose to 16 on Friday.\n",
				"b.txt", "Fourteen people were killed in the fire at the flour mill.\n",
				"c.txt", "The fire killed 14 people at the mill, officials said.\n",
			},
		},
		{
			name: "a price rose to a level",
			articles: []string{
				"a.txt", "After the fire at the old flour mill the price of a loaf in the town rose to 16 pence.\n",
				"b.txt", "Fourteen people were killed in the fire at the flour mill.\n",
				"c.txt", "The fire killed 14 people at the mill, officials said.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
