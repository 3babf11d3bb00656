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

// TestLexFilterKeepsStems checks that lex's filters (mayLex: the first
// two letters and the length, then the first three letters) let by
// every word whose stem is an event stem or which a list holds, for
// invented stems of every shape the filter must mark: a three-letter
// stem ending in "y" (its words have "i" third: "-ies"), a stem made
// with "or" (of "-our"), a two-letter stem (which turns the second
// filter off), and words in either case.
func TestLexFilterKeepsStems(t *testing.T) {
	words := []string{"spies", "Spies", "SPIES", "spy", "spy's", "spys", "harbours", "Harbour", "harbor", "cities", "city",
		"riots", "Rioting", "rioted", "still", "STILL", "Stills", "spa", "cat", "spin", "harp", "gone", "goes", "going", "go", "Go"}
	for _, events := range []map[string]int{
		{"spy": 0, "harbor": 1, "city": 2, "riot": 3},
		{"spy": 0, "go": 1},
	} {
		r := &dateFactsRule{events: events, continuation: map[string]bool{"still": true}}
		r.buildWords(nil)
		tri := 0
		for _, w := range words {
			lw := strings.ToLower(w)
			_, isEvent := events[stem(w)]
			if (isEvent || r.continuation[lw]) && !r.mayLex(w) {
				t.Errorf("events %v: mayLex(%q) = false; its stem %q is an event stem or the word is listed", events, w, stem(w))
			}
			if !r.noTri && !r.mayLex(w) {
				tri++
			}
		}
		if _, short := events["go"]; short != r.noTri {
			t.Errorf("events %v: noTri = %v", events, r.noTri)
		}
		if !r.noTri && tri == 0 {
			t.Errorf("events %v: the filters turned no word away", events)
		}
	}
}
