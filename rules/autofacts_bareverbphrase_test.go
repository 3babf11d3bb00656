package rules_test

import "testing"

// TestBareVerbPhrases checks that a bare figure whose verb is a phrase
// of bare_verb_phrases ending its clause ("41 were kept in") is keyed by
// the verb the phrase stands for ("41 were admitted"), and that the
// phrase with more of its clause after it ("kept in custody") is none.
func TestBareVerbPhrases(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "kept in against admitted",
			articles: []string{
				"a.txt", "Clinics in Darrow treated 530 people after the chemical leak. Of those treated, 41 were admitted.\n",
				"b.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 41 of them were admitted.\n",
				"c.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 44 were kept in.\n",
			},
			want: []string{"c.txt:1:67: fact.mismatch: number admitted: 44 here"},
		},
		{
			name: "the same figure: silent",
			articles: []string{
				"a.txt", "Clinics in Darrow treated 530 people after the chemical leak. Of those treated, 41 were admitted.\n",
				"b.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 41 of them were admitted.\n",
				"c.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 41 were kept in.\n",
			},
		},
		{
			name: "kept in custody is no admission",
			articles: []string{
				"a.txt", "Clinics in Darrow treated 530 people after the chemical leak. Of those treated, 41 were admitted.\n",
				"b.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 41 of them were admitted.\n",
				"c.txt", "Clinics in Darrow treated 530 people after the chemical leak, and 44 were kept in custody.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
