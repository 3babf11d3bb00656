package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/segment"
)

// referenceTitleCase is titleCase as first written: every longer word
// of the sentence counted, then four in five of them capitalised.
func referenceTitleCase(text string, toks []segment.Token) bool {
	long, caps := 0, 0
	for _, t := range toks {
		if t.Kind != segment.Word || utf8.RuneCountInString(text[t.Start:t.End]) < 4 {
			continue
		}
		long++
		if capitalisedAt(text, t.Start, t.End) {
			caps++
		}
	}
	return long >= 3 && caps*5 >= long*4
}

// TestTitleCaseOf holds titleCaseOf, given the number of capitalised
// words of the sentence from the article's table, and titleCase to the
// reference on every sentence of the test corpora but the pages'
// furniture lines, whose words the table leaves out; some of them must
// be title case, or the test shows nothing.
func TestTitleCaseOf(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	sentences, titles := 0, 0
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		text, toks, caps := a.Doc.Text, a.Seg.Tokens, a.capWords().toks
		k := 0
		furnFrom, furnTo := furnitureLine(text)
		for _, s := range a.Seg.Sentences {
			for k < len(caps) && int(caps[k].tok) < s.First {
				k++
			}
			if start := toks[s.First].Start; start >= furnFrom && start < furnTo {
				continue // the table leaves out the furniture line's words (furnitureLine)
			}
			n := 0
			for k+n < len(caps) && int(caps[k+n].tok) < s.Last {
				n++
			}
			want := referenceTitleCase(text, toks[s.First:s.Last])
			if got := titleCaseOf(text, toks[s.First:s.Last], n); got != want {
				t.Errorf("%s: sentence %q (%d capitalised): titleCaseOf = %v, want %v", path, text[toks[s.First].Start:toks[s.Last-1].End], n, got, want)
			}
			if got := titleCase(text, toks[s.First:s.Last]); got != want {
				t.Errorf("%s: sentence %q: titleCase = %v, want %v", path, text[toks[s.First].Start:toks[s.Last-1].End], got, want)
			}
			sentences++
			if want {
				titles++
			}
		}
	}
	t.Logf("%d sentences, %d in title case", sentences, titles)
	if titles == 0 || sentences < 1000 {
		t.Errorf("%d sentences, %d in title case: not the corpora the test expects", sentences, titles)
	}
}
