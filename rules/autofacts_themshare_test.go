package rules_test

import "testing"

// TestShareOfThem checks that "N% of them" right after a count of its
// sentence ("plans 860 flats, 25% of them for social rent") is a share
// of that count's noun, set against another outlet's "25% of the flats";
// "of them" with no count before its comma is left to the words after.
func TestShareOfThem(t *testing.T) {
	const b = "Harl Estates said 25% of the flats at Corby Yard would be for social rent.\n"
	const c = "At Corby Yard, 25% of the flats will be let at a social rent, Harl Estates said.\n"
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "after a count",
			a:    "Harl Estates plans 860 flats at Corby Yard, 52% of them for social rent.\n",
			want: []string{"a.txt:1:45: fact.mismatch: ratio: 52% here; 25% in b.txt:1, 25% in c.txt:1"},
		},
		{
			name: "no count before the comma",
			a:    "Harl Estates plans flats at Corby Yard, 52% of them for social rent.\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", b, "c.txt", c), tc.want...)
		})
	}
}
