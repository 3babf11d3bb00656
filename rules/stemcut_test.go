package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestStemCut compares stemCut with stemParts of the lowered word, on
// words of every ending stemParts cuts, in both cases, and on random
// strings of the letters those endings are made of.
func TestStemCut(t *testing.T) {
	words := []string{"", "a", "s", "'", "'s", "is", "us", "ss", "ies", "ties", "lilies", "LILIES", "Ponies's",
		"glasses", "GLASSES", "kisses", "bus", "crisis", "boss", "trips", "Trip's", "walked", "Walked", "bed", "shed",
		"played", "running", "RUNNING", "sing", "rising", "colour", "colours", "Colouring's", "harbour'", "four", "flour",
		"tours'", "o'", "it's", "IT'S", "dogs'", "x'S", "rumoured", "Rumours"}
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "aeisdngourySIEDGNOUR'"
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(11) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		base, suffix := stemParts(strings.ToLower(w))
		keep, got := stemCut(w)
		if keep != len(base) || got != suffix || strings.ToLower(w[:keep]) != base {
			t.Fatalf("stemCut(%q) = %d %q, want %q %q", w, keep, got, base, suffix)
		}
	}
}
