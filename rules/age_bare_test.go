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

// TestAgeOfAQuotationsSpeaker checks that the age of the speaker of a
// quotation whose attribution puts the verb first (`"...," said the
// 38-year-old mother of two`) is read as a person's age, described by
// the words after it, and taken as "the 38-year-old" is for the person
// the article names before it; and that an age after a reporting verb
// that closes no quotation, or after "a", is not.
func TestAgeOfAQuotationsSpeaker(t *testing.T) {
	named := "Nella Strand, 36, lost her barn to the fire."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "a description after the age",
			a:    `Nella Strand lost her barn on Sunday. "It went in minutes," said the 38-year-old mother of two.`,
			want: []string{
				"a.txt:1:70: fact.mismatch: age of Strand: 38-year-old here; Strand, 36 in b.txt:1",
				"b.txt:1:15: fact.mismatch: age of Strand: Strand, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "a question quoted",
			a:    `Nella Strand lost her barn on Sunday. "Where do we go now?" asked the 38-year-old retired nurse.`,
			want: []string{
				"a.txt:1:71: fact.mismatch: age of Strand: 38-year-old here; Strand, 36 in b.txt:1",
				"b.txt:1:15: fact.mismatch: age of Strand: Strand, 36 here; 38-year-old in a.txt:1",
			},
		},
		{
			name: "the same age",
			a:    `Nella Strand lost her barn on Sunday. "It went in minutes," said the 36-year-old mother of two.`,
		},
		{
			name: "no quotation closed before the verb",
			a:    `Nella Strand lost her barn on Sunday. Her insurer said the 38-year-old barn had been sound.`,
		},
		{
			name: "a person brought in",
			a:    `Nella Strand lost her barn on Sunday. "It went in minutes," said a 38-year-old neighbour of hers.`,
		},
		{
			name: "a second unnamed age in the article",
			a:    `Nella Strand lost her barn on Sunday. "It went in minutes," said the 38-year-old mother of two. A 70-year-old man was hurt.`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsRoles+`reporting_verbs = ["said", "asked"]`+"\n", "a.txt", tc.a, "b.txt", named), tc.want...)
		})
	}
}

// TestAgeOfTheNamedSubjectOfASharedSurname checks that "the
// 38-year-old" is taken for a person aged by name in another article
// whose surname the story gives another person too (a mother and her
// son), where the article names that person, by the given name, before
// it and ages only the other: it is compared with the ages given with
// the same given name.
func TestAgeOfTheNamedSubjectOfASharedSurname(t *testing.T) {
	a := `Ivo Brandel, 39, flew out on Monday. At home, Wenna Brandel watched the launch. "I cried," said the 70-year-old, a retired nurse.`
	expect(t, check(t, autoFactsRoles+`reporting_verbs = ["said"]`+"\n", "a.txt", a, "b.txt", "Ivo Brandel, 39, flew out. His mother Wenna, 68, watched it on television."),
		"a.txt:1:101: fact.mismatch: age of Brandel: 70-year-old here; Wenna, 68 in b.txt:1",
		"b.txt:1:46: fact.mismatch: age of Brandel: Wenna, 68 here; 70-year-old in a.txt:1")
	// The son's age in the other article is no rival of it.
	expect(t, check(t, autoFactsRoles+`reporting_verbs = ["said"]`+"\n", "a.txt", a, "b.txt", "Ivo Brandel, 39, flew out. His mother Wenna, 70, watched it on television."))
	// Named after the age, she is not whom it stands for.
	expect(t, check(t, autoFactsRoles+`reporting_verbs = ["said"]`+"\n", "a.txt", `Ivo Brandel, 39, flew out on Monday. "I cried," said the 70-year-old, a retired nurse. Wenna Brandel watched.`,
		"b.txt", "Ivo Brandel, 39, flew out. His mother Wenna, 68, watched it on television."))
}
