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

// TestYearsAgoOfFigure checks that "N years ago" right after a figure,
// in its clause, dates it from the article's date, as the year in digits
// another outlet writes does, and that "than two years ago" (a change)
// dates nothing.
func TestYearsAgoOfFigure(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "three years ago against the year in digits",
			articles: []string{
				"a.txt", "date 2024-06-03 Questions were asked about a £2.8m harbour plan agreed three years ago that has yet to start.\n",
				"b.txt", "date 2024-06-03 A £8.2m harbour plan for the quay was agreed in 2021 but has yet to start.\n",
				"c.txt", "date 2024-06-04 Councillors agreed an £8.2 million harbour plan in 2021, but work never began.\n",
			},
			want: []string{
				"a.txt:1:46: fact.mismatch: amount in GBP: £2.8m here; £8.2m in b.txt:1, £8.2 million in c.txt:1",
			},
		},
		{
			name: "the same sum three years ago",
			articles: []string{
				"a.txt", "date 2024-06-03 Questions were asked about a £8.2m harbour plan agreed three years ago that has yet to start.\n",
				"b.txt", "date 2024-06-03 A £8.2m harbour plan for the quay was agreed in 2021 but has yet to start.\n",
			},
		},
		{
			// The change is of the two years since, compared with
			// another outlet's, not a figure of 2022.
			name: "a change on two years ago names no year",
			articles: []string{
				"a.txt", "date 2024-06-03 Bread prices at the Helk bakeries are 14 per cent higher than two years ago, the bakers said.\n",
				"b.txt", "date 2024-06-03 Bread prices at the Helk bakeries are 41 per cent higher, the bakers said.\n",
			},
			want: []string{
				"a.txt:1:55: fact.mismatch: ratio: 14 per cent here; 41 per cent in b.txt:1",
				"b.txt:1:55: fact.mismatch: ratio: 41 per cent here; 14 per cent in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
