package rules_test

import (
	"slices"
	"testing"
)

// TestAgeLeads checks that a person's age after a word of the pack's
// age_leads between the comma and the figure ("Ada Merrow, aged 41,",
// "Ada Merrow, just 39.") is the person's age, compared with another
// outlet's "Ada Merrow, 37,", while a count after such a word ("just 36
// homes") is no one's age. Invented copy.
func TestAgeLeads(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	named := lead + "Ada Merrow, 37, died in the crash.\n\nTom Pryde, 44, steered the boat."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "just, the same age",
			a:    lead + "Those killed included Ada Merrow, just 37.",
		},
		{
			name: "just, changed",
			a:    lead + "Those killed included Ada Merrow, just 39.",
			want: []string{`a.txt:3:40: fact.mismatch: age of Merrow: Merrow, 39 here; Merrow, 37 in b.txt:3, Merrow, 37 in c.txt:3`},
		},
		{
			name: "aged, changed",
			a:    lead + "Tom Pryde, aged 41, steered the boat.",
			want: []string{`a.txt:3:17: fact.mismatch: age of Pryde: Pryde, 41 here; Pryde, 44 in b.txt:5, Pryde, 44 in c.txt:5`},
		},
		{
			name: "a count, no age",
			a:    lead + "Ada Merrow taught in Tarrow. In Tarrow, just 36 homes still stand.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", named, "c.txt", named)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
