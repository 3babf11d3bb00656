package rules_test

import "testing"

// TestAgeOfTheNamedSubject checks that "the 38-year-old", an age that
// names no one, is taken for the age of the person the story gives an
// age by name whom its article names before it, where that is one
// person and the article gives no other age, and is compared with it;
// and left alone wherever whose age it is may be in doubt.
func TestAgeOfTheNamedSubject(t *testing.T) {
	named := "Hanna Lodreth, 36, crossed the strait on Tuesday."
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "the next sentence",
			a:    "Hanna Lodreth landed at dawn. The 38-year-old, who trains at night, was tired.",
			b:    named,
			want: []string{
				"a.txt:1:35: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "a verb in the past after it",
			a:    "Hanna Lodreth landed at dawn. On Friday the 38-year-old slept for a day.",
			b:    named,
			want: []string{
				"a.txt:1:45: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "the same age",
			a:    "Hanna Lodreth landed at dawn. The 36-year-old, who trains at night, was tired.",
			b:    named,
		},
		{
			name: "two ages that name no one",
			a:    "Hanna Lodreth landed at dawn. The 38-year-old was tired. The 61-year-old wept.",
			b:    named,
		},
		{
			name: "the one of two people aged by name that the article names before it",
			a:    "Hanna Lodreth landed at dawn. The 38-year-old was tired. Ivo Brandel steered.",
			b:    "Hanna Lodreth, 36, and Ivo Brandel, 41, crossed the strait on Tuesday.",
			want: []string{
				"a.txt:1:35: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "another person aged by name in the article",
			a:    "Hanna Lodreth landed at dawn. The 38-year-old was tired, said Ivo Brandel, 41.",
			b:    named,
			want: []string{
				"a.txt:1:35: fact.mismatch: age of Lodreth: 38-year-old here; Lodreth, 36 in b.txt:1",
				"b.txt:1:16: fact.mismatch: age of Lodreth: Lodreth, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "the age of another person aged by name in the article, restated",
			a:    "Ivo Brandel, 38, met Hanna Lodreth at dawn. The 38-year-old was tired.",
			b:    named,
		},
		{
			name: "an unnamed person's age too",
			a:    "Hanna Lodreth landed at dawn. The 38-year-old was tired. A 60-year-old man helped.",
			b:    named,
		},
		{
			name: "two people aged by name, both named before it",
			a:    "Hanna Lodreth and Ivo Brandel landed at dawn. The 38-year-old was tired.",
			b:    "Hanna Lodreth, 36, and Ivo Brandel, 41, crossed the strait on Tuesday.",
		},
		{
			name: "the article does not name the person",
			a:    "A swimmer landed at dawn. The 38-year-old was tired.",
			b:    named,
		},
		{
			name: "the age of a thing",
			a:    "Hanna Lodreth broke a 38-year-old record at dawn.",
			b:    named,
		},
		{
			name: "another age of the article, of someone else",
			a:    "Hanna Lodreth landed with her 40-year-old brother. The 38-year-old was tired.",
			b:    named,
		},
		{
			name: "another person of the article",
			a:    "Hanna Lodreth landed at dawn. Another 38-year-old was tired.",
			b:    named,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsRoles, "a.txt", tc.a, "b.txt", tc.b), tc.want...)
		})
	}
	// Without age_roles nothing is keyed so.
	expect(t, check(t, autoFacts, "a.txt", "Hanna Lodreth landed at dawn. The 38-year-old was tired.", "b.txt", named))
}
