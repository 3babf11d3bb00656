package rules_test

import "testing"

// TestAgePair checks that the ages of two people given together ("aged
// 23 and 70", "the two brothers, 23 and 70,") are compared with another
// article's pair that shares one of the ages, whatever the order, and
// never with a pair that shares none or with an article that gives two
// pairs sharing the age.
// autoFactsPairs is autoFacts with age roles and "two", a word telling
// of two people.
const autoFactsPairs = autoFacts + `age_roles = ["man", "woman"]
age_others = ["another", "two"]
`

func TestAgePair(t *testing.T) {
	other := "Two sailors, aged 23 and 70, were winched to safety."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "the second age differs",
			text: "Two sailors, aged 23 and 76, were winched to safety.",
			want: []string{
				"a.txt:1:26: fact.mismatch: other age of the pair aged 23: aged 23 and 76 here; aged 23 and 70 in b.txt:1",
				"b.txt:1:26: fact.mismatch: other age of the pair aged 23: aged 23 and 70 here; aged 23 and 76 in a.txt:1",
			},
		},
		{
			name: "the first age differs, in the other order",
			text: "The pair, aged 70 and 28, were winched to safety.",
			want: []string{
				"a.txt:1:23: fact.mismatch: other age of the pair aged 70: aged 70 and 28 here; aged 23 and 70 in b.txt:1",
				"b.txt:1:19: fact.mismatch: other age of the pair aged 70: aged 23 and 70 here; aged 70 and 28 in a.txt:1",
			},
		},
		{
			name: "in words",
			text: "Two sailors, aged twenty-three and seventy-one, were winched to safety.",
			want: []string{
				"a.txt:1:36: fact.mismatch: other age of the pair aged 23: aged twenty-three and seventy-one here; aged 23 and 70 in b.txt:1",
				"b.txt:1:26: fact.mismatch: other age of the pair aged 23: aged 23 and 70 here; aged twenty-three and seventy-one in a.txt:1",
			},
		},
		{
			name: "bare figures set off by commas after two people",
			text: "The two sailors, 23 and 76, were winched to safety.",
			want: []string{
				"a.txt:1:25: fact.mismatch: other age of the pair aged 23: 23 and 76 here; aged 23 and 70 in b.txt:1",
				"b.txt:1:26: fact.mismatch: other age of the pair aged 23: aged 23 and 70 here; 23 and 76 in a.txt:1",
			},
		},
		{name: "the same pair", text: "Two sailors aged 70 and 23 were winched to safety."},
		{name: "a pair sharing no age", text: "Two sailors, aged 31 and 45, were winched to safety."},
		{name: "two pairs sharing the age", text: "Two sailors aged 23 and 76 were winched up. Two anglers aged 23 and 70 swam."},
		{name: "counts, not ages", text: "The storm sank 23 and damaged 76 boats."},
		{name: "bare figures without two people", text: "The sailors, 23 and 76, were winched to safety."},
		{name: "a range", text: "Two sailors, aged 23 to 76, were winched to safety."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsPairs, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
	// Without age_roles nothing is keyed so.
	expect(t, check(t, autoFacts, "a.txt", "Two sailors, aged 23 and 76, were winched to safety.", "b.txt", other))
}
