package rules_test

import (
	"strings"
	"testing"
)

// TestTypoAccentDropped checks that a name written with and without its
// diacritics is one name, not a misspelling either way, with the default
// pack: outlets differ in whether they keep an accent ("Mirón" and
// "Miron"), and a wire that drops it is not wrong. A real slip beside an
// accented name is still found.
func TestTypoAccentDropped(t *testing.T) {
	const wire = "Coach Tomás Mirón said the squad was ready. Mirón added that the squad had trained for weeks. " +
		"Tomás Mirón has led the side since spring. Mirón will name his team on Friday.\n"
	plain := strings.NewReplacer("á", "a", "ó", "o").Replace(wire)
	for _, tc := range []struct {
		name, wire, other string
		want              int
	}{
		{"accent dropped on both names", wire, "Coach Tomas Miron said his squad was ready for the final.\n", 0},
		{"accent dropped, capitals kept in a headline", wire, "COACH TOMAS MIRON READY\n\nCoach Tomas Miron said his squad was ready.\n", 0},
		{"accent moved to another letter", wire, "Coach Tomás Miròn said his squad was ready for the final.\n", 0},
		{"accent kept where the wires drop it", plain, "Coach Tomás Mirón said his squad was ready for the final.\n", 0},
		{"accent kept on the given name only", plain, "Coach Tomás Miron said his squad was ready for the final.\n", 0},
		{"a slip of the keys, the wires plain", plain, "Coach Tomas Miran said his squad was ready for the final.\n", 1},
		{"a slip of the keys beside the accent", wire, "Coach Tomás Mirán said his squad was ready for the final.\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", "wire.txt", tc.wire, "local.txt", tc.other)
			if len(got) != tc.want {
				t.Fatalf("got %d findings, want %d: %q", len(got), tc.want, got)
			}
		})
	}
}
