package dates

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestDatesWhateverWordNumbers checks that the dates of a text are the
// same however its words are numbered: not at all, by one Words shared
// by every text, by two Words in turn, and with the numbers of one Words
// taken away from some tokens. The parser reads a numbered spelling's
// start flags and calendar word from its spellings (see spellings), kept
// from text to text; taken for another Words's numbers they would give
// other dates.
func TestDatesWhateverWordNumbers(t *testing.T) {
	if len(calendarList) >= 1<<(16-spCalShift) {
		t.Fatalf("%d calendar words do not fit a spelling's entry", len(calendarList))
	}
	texts := []string{
		benchText,
		"The Orvell ferry sailed on Monday, 4 March 2024, and again the 5th of March. MONDAY was calm; Mon. 11 March was not.",
		"An inquiry opened three years ago, a year ago and a decade ago; The hearing is Next Tuesday, and In May the board meets.",
		"Last week the council met. Early this month, the 12th, it voted; late 2023 it had not. The 2019 plan was dropped in 2021.",
		"Tomorrow, TODAY and Yesterday: the mayor spoke Thursday morning, 2024-03-07, at 10:30, since August and until Sept. 9.",
	}
	// The same in capitals and in lower case: spellings of the words
	// before in other cases.
	for _, text := range texts[:5] {
		texts = append(texts, strings.ToUpper(text), strings.ToLower(text))
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 5}) {
		texts = append(texts, string(a.Text))
	}
	opt := &segment.Options{Abbreviations: calendarAbbreviations}
	block := func(text string) []segment.Block { return []segment.Block{{Start: 0, End: len(text)}} }
	show := func(text string, es []Expr) string {
		var b strings.Builder
		for k := range es {
			fmt.Fprintf(&b, "%s %+v\n", describe(text, &es[k]), es[k])
		}
		return b.String()
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = show(text, Extract(text, segment.Segment(text, block(text), opt)))
		if i < 5 && want[i] == "" {
			t.Fatalf("text %d has no dates", i)
		}
	}
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	for pass := range 2 {
		for i, text := range texts {
			for how, words := range []*segment.Words{shared, turns[i%2]} {
				s := segment.Into(&segment.Result{Words: words}, text, block(text), opt)
				if got := show(text, Extract(text, s)); got != want[i] {
					t.Errorf("pass %d, text %d, words %d:\n%s\nwant\n%s", pass, i, how, got, want[i])
				}
			}
			s := segment.Into(&segment.Result{Words: shared}, text, block(text), opt)
			for k := range s.Tokens {
				if k%3 == pass {
					s.Tokens[k].Word = 0
				}
			}
			if got := show(text, Extract(text, s)); got != want[i] {
				t.Errorf("pass %d, text %d, some numbers taken away:\n%s\nwant\n%s", pass, i, got, want[i])
			}
		}
	}
}
