package rules_test

import "testing"

// TestPersonCount checks that a count an article gives of two people
// ("Ilves needed 31 stitches. Marr needed 9 stitches.") is compared
// with the same person's count in another outlet, whoever the name
// stands as (the subject opening the sentence, a possessive), while
// two people's counts stay apart and an owner no outlet writes beside
// the count leaves it as before.
func TestPersonCount(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "one person's count changed",
			articles: []string{
				"a.txt", "A boar attacked two hikers near Tervola on Sunday. Doctors at the clinic in Lanvik closed Ilves's wounds with 13 stitches. Marr needed 9 stitches to his left leg.\n",
				"b.txt", "A boar attacked two hikers near Tervola on Sunday. Ilves needed 31 stitches and is in hospital in Lanvik. Marr had 9 stitches to his left leg.\n",
				"c.txt", "A boar attacked two hikers near Tervola on Sunday. Ilves received 31 stitches at the clinic. Marr was given 9 stitches to his leg.\n",
			},
			want: []string{"a.txt:1:111: fact.mismatch: stitches: 13 stitches here; 31 stitches in b.txt:1, 31 stitches in c.txt:1"},
		},
		{
			name: "two people's counts stay apart",
			articles: []string{
				"a.txt", "A boar attacked two hikers near Tervola on Sunday. Ilves needed 31 stitches. Marr needed 9 stitches to his left leg.\n",
				"b.txt", "A boar attacked two hikers near Tervola on Sunday. Marr needed 9 stitches to his left leg. Ilves needed 31 stitches.\n",
				"c.txt", "A boar attacked two hikers near Tervola on Sunday. Ilves received 31 stitches. Marr was given 9 stitches to his leg.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
