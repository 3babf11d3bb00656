package rules_test

import (
	"slices"
	"testing"
)

// TestFromPointScope checks that a scope word that is the object of
// "from" right after a figure is the point a distance is measured from,
// not the figure's own target or limit: "landed 260 metres from its
// target" is the distance other outlets give beside their own words for
// the point, while "a target of 260 metres" stays a target. Invented
// copy.
func TestFromPointScope(t *testing.T) {
	a := "The Veska probe came down on a plain near Orsk crater, 210 metres (689 feet) from its aim point, the agency said."
	b := "The Veska probe settled on a plain near Orsk crater just 210 metres from its chosen landing site."
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the same distance",
			text: "The Veska probe touched down near Orsk crater only 210 metres from its target on the plain.",
		},
		{
			name: "the distance changed",
			text: "The Veska probe touched down near Orsk crater only 260 metres from its target on the plain.",
			want: []string{"c.txt:1:52: fact.mismatch: length: 260 metres here; 210 metres (689 feet) in a.txt:1, 210 metres in b.txt:1"},
		},
		{
			name: "a target of its own",
			text: "The Veska probe near Orsk crater had a landing target of 260 metres across, after a long cruise.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", a, "b.txt", b, "c.txt", tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
