package rules_test

import "testing"

// autoFactsRoles is autoFacts with the nouns that key the ages of
// unnamed people.
const autoFactsRoles = autoFacts + `age_roles = ["man", "woman", "driver", "gunman", "pilot", "victim"]
age_others = ["another", "second"]
`

// TestAgeOfUnnamedRole checks that the age of a person the copy does not
// name is keyed by the role noun it is said of, and compared only where
// each article gives that role one age, never with a named person's age.
func TestAgeOfUnnamedRole(t *testing.T) {
	other := "Police said a 52-year-old man had been arrested at the depot."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "the noun the age modifies",
			text: "The 57-year-old man was held overnight at the depot.",
			want: []string{
				"a.txt:1:5: fact.mismatch: age of the man: 57-year-old man here; 52-year-old man in b.txt:1",
				"b.txt:1:15: fact.mismatch: age of the man: 52-year-old man here; 57-year-old man in a.txt:1",
			},
		},
		{
			name: "past a modifier",
			text: "A 57-year-old local man was held overnight.",
			want: []string{
				"a.txt:1:3: fact.mismatch: age of the man: 57-year-old local man here; 52-year-old man in b.txt:1",
				"b.txt:1:15: fact.mismatch: age of the man: 52-year-old man here; 57-year-old local man in a.txt:1",
			},
		},
		{
			name: "aged",
			text: "A man aged 57 was held overnight at the depot.",
			want: []string{
				"a.txt:1:12: fact.mismatch: age of the man: man aged 57 here; 52-year-old man in b.txt:1",
				"b.txt:1:15: fact.mismatch: age of the man: 52-year-old man here; man aged 57 in a.txt:1",
			},
		},
		{name: "the same age", text: "The 52-year-old man was held overnight at the depot."},
		{name: "another role", text: "The 57-year-old driver was held overnight at the depot."},
		{name: "no role after the age", text: "The 57-year-old was held overnight at the depot."},
		{name: "a named person", text: "Piet Varga, a 57-year-old man from the town, was held overnight."},
		{name: "two men of one article", text: "A 57-year-old man and a 31-year-old man were held overnight."},
		{name: "another man of the same age", text: "A 57-year-old man was held. Another 57-year-old man was freed."},
		{name: "an age range", text: "Two men aged 30 to 40 were held overnight at the depot."},
		{name: "a list of ages", text: "A man aged 57 and 31 was held overnight."},
		{name: "a past year", text: "In 2019, a 57-year-old man was held at the same depot."},
		{name: "his wife", text: "The 57-year-old man's wife was held overnight at the depot."},
		{name: "years old", text: "The man said he was 57 years old."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsRoles, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
}

// TestAgeOfUnnamedRoleInApposition checks the apposition forms: "the
// gunman, 38," and "the gunman, a 38-year-old from the town".
func TestAgeOfUnnamedRoleInApposition(t *testing.T) {
	other := "Officers said the gunman, 38, surrendered at dusk."
	expect(t, check(t, autoFactsRoles, "a.txt", "The gunman, a 36-year-old from the town, fired twice.", "b.txt", other),
		"a.txt:1:15: fact.mismatch: age of the gunman: 36-year-old here; gunman, 38 in b.txt:1",
		"b.txt:1:27: fact.mismatch: age of the gunman: gunman, 38 here; 36-year-old in a.txt:1")
	expect(t, check(t, autoFactsRoles, "a.txt", "It ended when the gunman, 36.", "b.txt", other),
		"a.txt:1:27: fact.mismatch: age of the gunman: gunman, 36 here; gunman, 38 in b.txt:1",
		"b.txt:1:27: fact.mismatch: age of the gunman: gunman, 38 here; gunman, 36 in a.txt:1")
	expect(t, check(t, autoFactsRoles, "a.txt", "The gunman, a 38-year-old from the town, fired twice.", "b.txt", other))
	// A man's age and the gunman's are not one fact.
	expect(t, check(t, autoFactsRoles, "a.txt", "A 36-year-old man was held.", "b.txt", other))
	// Without age_roles nothing is keyed so.
	expect(t, check(t, autoFacts, "a.txt", "It ended when the gunman, 36.", "b.txt", other))
}
