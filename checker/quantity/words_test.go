package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestQuantitiesWhateverWordNumbers: infoAt reads a word's vocabulary
// entry by the segmenter's number of its spelling when it has one (one
// look-up per spelling and worker, wordInfo), by its text when not; the
// quantities are the same however the words were numbered (a Words per
// text, one for all, two in turn, none) and whichever table read the
// numbers before (the table of half the pack's units, in turn with the
// whole pack's).
func TestQuantitiesWhateverWordNumbers(t *testing.T) {
	full := pack(t)
	half := NewTable()
	half.AddFillers(packDefs.Quantities.Fillers)
	for _, u := range packDefs.Unit[:len(packDefs.Unit)/2] {
		if err := half.AddUnit(u); err != nil {
			t.Fatal(err)
		}
	}
	texts := []string{
		"The Varnholm ferry carried 310 passengers and 42 cars 18 km across the strait at 12 knots, burning 2.7 tonnes of fuel.",
		"Fares rose 12% to 48 kroner; a season ticket costs 1,150 kroner, up from 980 kroner in 2019, or about $110.",
		"Two hundred and six passengers sailed. The crossing took three hours and a quarter, about 195 minutes, over 13 miles.",
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 11}) {
		texts = append(texts, string(a.Text))
	}
	// show prints the quantities with what their unit and qualifier
	// pointers point at.
	show := func(qs []Quantity) string {
		var b strings.Builder
		for _, q := range qs {
			u, ql := q.Unit, q.Qualifier
			q.Unit, q.Qualifier = nil, nil
			fmt.Fprintf(&b, "%+v", q)
			if u != nil {
				fmt.Fprintf(&b, " unit %s", u.Name)
			}
			if ql != nil {
				fmt.Fprintf(&b, " qualifier %+v", *ql)
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	opt := &segment.Options{}
	block := func(text string) []segment.Block { return []segment.Block{{Start: 0, End: len(text)}} }
	tables := []*Table{full, half}
	want := map[[2]int]string{}
	for ti, tb := range tables {
		for i, text := range texts {
			want[[2]int{ti, i}] = show(tb.Extract(text, segment.Segment(text, block(text), opt)))
		}
	}
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	for pass := range 2 {
		for i, text := range texts {
			// The tables in turn on one Words's numbers.
			for how, words := range []*segment.Words{shared, turns[i%2]} {
				for ti, tb := range tables {
					s := segment.Into(&segment.Result{Words: words}, text, block(text), opt)
					if got := show(tb.Extract(text, s)); got != want[[2]int{ti, i}] {
						t.Errorf("pass %d, text %d, table %d, words %d:\n%s\nwant\n%s", pass, i, ti, how, got, want[[2]int{ti, i}])
					}
				}
			}
			for ti, tb := range tables {
				s := segment.Into(&segment.Result{Words: shared}, text, block(text), opt)
				for k := range s.Tokens {
					s.Tokens[k].Word = 0
				}
				if got := show(tb.Extract(text, s)); got != want[[2]int{ti, i}] {
					t.Errorf("pass %d, text %d, table %d, no numbers:\n%s\nwant\n%s", pass, i, ti, got, want[[2]int{ti, i}])
				}
			}
		}
	}
}
