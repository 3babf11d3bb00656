package rules_test

import "testing"

// TestAgeOfTheNamedSubjectDescribed checks that "the 38-year-old" with
// a nationality after it ("the 38-year-old Chilean slept") is still the
// age of the person the article has named (age_descriptions in the
// default pack), and that a capitalised word of no nationality, or one
// that opens a compound, leaves it the age of a thing. Invented copy.
func TestAgeOfTheNamedSubjectDescribed(t *testing.T) {
	named := "Hanna Lodreth, 36, crossed the strait on Tuesday.\n"
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "a nationality and a verb in the past",
			a:    "Hanna Lodreth landed at dawn.\n\nThe 38-year-old Chilean slept for a day.\n",
			want: []string{
				"a.txt:3:5: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:3",
			},
		},
		{
			name: "a nationality and a comma",
			a:    "Hanna Lodreth landed at dawn.\n\nThe 38-year-old Peruvian, who trains at night, was tired.\n",
			want: []string{
				"a.txt:3:5: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:3",
			},
		},
		{
			name: "the same age",
			a:    "Hanna Lodreth landed at dawn.\n\nThe 36-year-old Chilean slept for a day.\n",
		},
		{
			name: "a capitalised word of no nationality",
			a:    "Hanna Lodreth landed at dawn.\n\nThe 38-year-old Fokker landed after her.\n",
		},
		{
			name: "a nationality that opens a compound",
			a:    "Hanna Lodreth landed at dawn.\n\nThe 38-year-old Danish-built ferry sailed after her.\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", named), tc.want...)
		})
	}
}
