package rules

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestLearnFormsPairsTable holds learnForms, which finds a pair of
// numbered spellings met before by their numbers (learnScratch.pairs),
// to the reference on an invented article with more pairs than the
// table's first size (so that it grows), each written several times,
// some with a hyphen, and pairs of different spellings with one key
// ("Dova Rinth", "Dova-rinth").
func TestLearnFormsPairsTable(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	givens := []string{"Alvo", "Brena", "Cosk", "Dova", "Elsy", "Firo", "Gantry", "Hesk", "Ivel", "Jorna"}
	families := []string{"Rinth", "Molv", "Tasker", "Quell", "Sorrow", "Vantz", "Worrall"}
	for round := range 3 {
		for i, g := range givens {
			for j, f := range families {
				switch (i + j + round) % 3 {
				case 0:
					fmt.Fprintf(&b, "Yesterday %s %s spoke to the council. ", g, f)
				case 1:
					fmt.Fprintf(&b, "The mayor met %s-%s at noon. ", g, strings.ToLower(f))
				default:
					fmt.Fprintf(&b, "Later %s %s, a clerk, left early. ", g, f)
				}
			}
			b.WriteString("\n\n")
		}
	}
	text := []byte(b.String())
	var r namesRule
	shared := new(segment.Words)
	for pass, words := range []*segment.Words{shared, nil, shared} {
		a := articleWith(t, set, "pairs.txt", text, 0, words)
		got := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
		want := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
		r.learnForms(a, got)
		referenceLearnForms(a, want, NewReporter(a.Doc))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pass %d:\n got %+v\nwant %+v", pass, got, want)
		}
		if n := len(got.learned); n < len(givens)*len(families) {
			t.Errorf("pass %d: %d learned keys, want at least %d", pass, n, len(givens)*len(families))
		}
		if !got.compound["dovarinth"] || len(got.learned["dovarinth"]) != 3 {
			t.Errorf("pass %d: dovarinth compound %v, uses %d", pass, got.compound["dovarinth"], len(got.learned["dovarinth"]))
		}
	}
}
