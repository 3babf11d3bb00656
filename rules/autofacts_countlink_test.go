package rules_test

import "testing"

// TestCountLinkedToItsNoun checks a bare figure that counts the noun of
// a count_groups group as the complement of its subject ("The
// attendance was 8,316"): it is keyed by the group, as "a crowd of
// 8,316" and "8,316 fans" are. A subject that is no noun of a group
// ("the figure was") keys nothing.
func TestCountLinkedToItsNoun(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the attendance against a crowd",
			articles: []string{
				"a.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"b.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"c.txt", "The attendance was 8,613 for the final at Brannock Park.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the workforce stood at",
			articles: []string{
				"a.txt", "The mill employs 2,140 staff, the company said.\n",
				"b.txt", "The mill employs 2,140 staff, the company said.\n",
				"c.txt", "Its workforce stood at 2,410, the company said.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the counts agree",
			articles: []string{
				"a.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"b.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"c.txt", "Attendance was 8,316 for the final at Brannock Park.\n",
			},
		},
		{
			name: "a subject that is no noun of a group",
			articles: []string{
				"a.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"b.txt", "A crowd of 8,316 watched the final at Brannock Park.\n",
				"c.txt", "The figure was 8,613 for the final at Brannock Park.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
