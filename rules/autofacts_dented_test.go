package rules_test

import (
	"slices"
	"testing"
)

// TestDentedIsDamage checks fact.mismatch on a count of things "dented"
// against counts of things "damaged": the verb tells the same harm
// (the damaged contrast), so the counts are one fact.
func TestDentedIsDamage(t *testing.T) {
	got := checkDefaultRule(t, "fact.mismatch",
		"a.txt", "The runaway bull dented nine vans. Nobody was hurt.\n",
		"b.txt", "Police said eight parked vans were damaged in Tanner Street on Sunday.\n",
	)
	want := []string{
		"a.txt:1:25: fact.mismatch: dented: nine vans here; eight parked vans in b.txt:1",
		"b.txt:1:13: fact.mismatch: damaged: eight parked vans here; nine vans in a.txt:1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %q\nwant\n  %q", got, want)
	}
}
