package rules_test

import (
	"testing"
)

// checkTypos runs the default pack over the articles (path, text pairs)
// and returns its name.typo findings.
func checkTypos(t *testing.T, articles ...string) []string {
	t.Helper()
	return checkDefaultRule(t, "name.typo", articles...)
}

// TestTypoShortForms checks that a given name cut short where it stands
// alone is a familiar form of the name, not a slip, while the same cut
// beside the family name, or a family name cut short, is still judged.
func TestTypoShortForms(t *testing.T) {
	const named = "The driver, Halvard Brenning, 61, died. Halvard Brenning drove for years.\n"
	const other = "Halvard Brenning was named by police. Halvard Brenning was a grandfather.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a short form of a given name standing alone",
			articles: []string{"a.txt", named, "b.txt", other, "c.txt", "\"Everyone knew Halvar,\" said a colleague.\n"},
		},
		{
			name:     "the short form beside the family name is judged",
			articles: []string{"a.txt", named, "b.txt", other, "c.txt", "Police named the driver as Halvar Brenning on Monday.\n"},
			want:     []string{`c.txt:1:28: name.typo: "Halvar" looks like a misspelling of "Halvard"`},
		},
		{
			name:     "a family name cut short is judged",
			articles: []string{"a.txt", named, "b.txt", other, "c.txt", "Police said Brennin was driving.\n"},
			want:     []string{`c.txt:1:13: name.typo: "Brennin" looks like a misspelling of "Brenning"`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkTypos(t, tc.articles...), tc.want...)
		})
	}
}
