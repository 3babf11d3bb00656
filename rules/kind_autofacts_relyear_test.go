package rules_test

import "testing"

// TestRelativeYearOfFigure checks that "last year", "this year" and
// "next year" date the figure nearest them from the article's date, as
// the year in digits another outlet writes does: a figure changed in
// the copy that says "last year" is compared with the others' figure of
// that year.
func TestRelativeYearOfFigure(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "last year against the year in digits",
			articles: []string{
				"a.txt", "date 2025-03-04 Wind farms generated 13.2% of the country's power last year, the regulator said. Gas plants made 40% of it.\n",
				"b.txt", "date 2025-03-04 Wind farms supplied 31.2% of the country's power in 2024, the regulator said. Gas plants made 40% of it.\n",
				"c.txt", "date 2025-03-05 Wind turbines produced 31.2% of the country's power in 2024, the regulator's report shows. Gas plants made 40% of it.\n",
			},
			want: []string{
				"a.txt:1:38: fact.mismatch: ratio: 13.2% here; 31.2% in b.txt:1, 31.2% in c.txt:1",
			},
		},
		{
			name: "next year is another year's figure",
			articles: []string{
				"a.txt", "date 2025-03-04 Wind farms will supply 40.5% of the country's power next year, the regulator said.\n",
				"b.txt", "date 2025-03-04 Wind farms supplied 31.2% of the country's power in 2024, the regulator said.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
