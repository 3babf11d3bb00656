package rules

import (
	"strings"
	"testing"
)

// TestCutCompl checks cutCompl against strings.Replace(key, "|"+compl,
// "", 1), which it stands for, on keys with the complement at the end,
// in the middle, twice, as a piece of a longer part, and absent.
func TestCutCompl(t *testing.T) {
	keys := []string{
		"mass|of grain", "mass|of grain|dry", "mass|of grainy|of grain", "mass|of grain|of grain",
		"mass", "", "|of grain", "mass|of grai", "mass|", "currency:XQZ|of savings|scope",
		"mass|of gr|of grain", "mass||of grain",
	}
	compls := []string{"of grain", "of savings", "of", "", "grain"}
	for _, k := range keys {
		for _, c := range compls {
			if got, want := cutCompl(k, c), strings.Replace(k, "|"+c, "", 1); got != want {
				t.Errorf("cutCompl(%q, %q) = %q, want %q", k, c, got, want)
			}
		}
	}
}
