package quantity

import (
	"slices"
	"testing"
)

// TestGluesToNumber checks which currency prefixes are read against
// their number: letters in any case but a three-letter code in
// capitals, and never a symbol.
func TestGluesToNumber(t *testing.T) {
	for p, want := range map[string]bool{
		"RM": true, "Rs": true, "KSh": true, "Rp": true, "R": true,
		"USD": false, "RON": false, "$": false, "A$": false, "Rs.": false, "₹": false,
	} {
		if got := gluesToNumber(p); got != want {
			t.Errorf("gluesToNumber(%q) = %v, want %v", p, got, want)
		}
	}
	tb := NewTable()
	if err := tb.AddUnit(UnitDef{Name: "MYR", Dimension: "currency:MYR", Factor: 1, Prefixes: []string{"RM", "MYR"}}); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddUnit(UnitDef{Name: "RON", Dimension: "currency:RON", Factor: 1, Prefixes: []string{"RON"}}); err != nil {
		t.Fatal(err)
	}
	if got := tb.GluedPrefixes(); !slices.Equal(got, []string{"RM"}) {
		t.Errorf("GluedPrefixes() = %q, want [RM]", got)
	}
}
