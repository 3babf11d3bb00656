package rules

import "testing"

// TestSameFolded lists which pairs of spellings fold to one name.
func TestSameFolded(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Mirón", "Miron", true},
		{"MIRON", "Mirón", true},
		{"Ñuble", "nuble", true},
		{"Mirón", "Miròn", true},
		{"Mirón", "Mirán", false},
		{"Miron", "Miran", false},
		{"Mirón", "Miró", false},
		{"Søren", "Soren", false}, // ø is a letter of its own, not o with a mark
		{"Zoë", "Zoe", true},
	} {
		if got := sameFolded(tc.a, tc.b); got != tc.want {
			t.Errorf("sameFolded(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
