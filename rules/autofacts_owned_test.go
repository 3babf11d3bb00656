package rules_test

import "testing"

// TestComplementOwnedElsewhere checks that a count whose name complement
// another outlet gives as the owner of the same count ("41 pupils on the
// Quenby coach", "a Quenby coach carrying 41 pupils") is
// compared as that count, not as a part of it: a changed "14 pupils on
// the Quenby coach" disagrees with the others' 41. Where no outlet
// owns the count by the name, the complement may still narrow it to a
// part ("14 pupils from Quenby" of "41 pupils"), left alone.
func TestComplementOwnedElsewhere(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the name owns the other outlet's count",
			articles: []string{
				"a.txt", "There were 14 pupils on the Quenby coach when it left the road near Dunlow.\n",
				"b.txt", "A Quenby coach carrying 41 pupils left the road near Dunlow.\n",
				"c.txt", "A Quenby coach carrying 41 pupils left the road near Dunlow on Friday.\n",
			},
			want: []string{"a.txt:1:12: fact.mismatch: pupils: 14 pupils here; 41 pupils in b.txt:1, 41 pupils in c.txt:1"},
		},
		{
			name: "no outlet owns the count by the name",
			articles: []string{
				"a.txt", "There were 14 pupils from Quenby on the coach when it left the road near Dunlow.\n",
				"b.txt", "A coach carrying 41 pupils left the road near Dunlow.\n",
				"c.txt", "A coach carrying 41 pupils left the road near Dunlow on Friday.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
