package rules_test

import "testing"

// TestRolePhrases checks that an idiom of role_phrases tells its role:
// "five of them fighting for their lives" are the critically hurt that
// "five of them in a critical condition" gives, compared with them, and
// no toll of the dead, which "lives" alone tells ("claimed 12 lives");
// the finding names the role, not the idiom's last word.
func TestRolePhrases(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the critically hurt in an idiom",
			articles: []string{
				"a.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, three of them in a critical condition.\n",
				"b.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, three of them in a critical condition.\n",
				"c.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, five of them fighting for their lives.\n",
			},
			want: []string{"c.txt:1:63: fact.mismatch: critical: five here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, three of them in a critical condition.\n",
				"b.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, three of them in a critical condition.\n",
				"c.txt", "Nineteen people were hurt in the pile-up on the Brenn bypass, three of them fighting for their lives.\n",
			},
		},
		{
			name: "no toll of the dead",
			articles: []string{
				"a.txt", "Two people died in the pile-up on the Brenn bypass.\n",
				"b.txt", "Two people died in the pile-up on the Brenn bypass.\n",
				"c.txt", "Two people died in the pile-up on the Brenn bypass and four were fighting for their lives.\n",
			},
		},
		{
			name: "one person fighting for her life",
			articles: []string{
				"a.txt", "Two people died in the pile-up on the Brenn bypass.\n",
				"b.txt", "Two people died in the pile-up on the Brenn bypass.\n",
				"c.txt", "A woman was fighting for her life after the pile-up on the Brenn bypass, in which two people died.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
