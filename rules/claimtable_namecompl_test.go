package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestNameComplAt checks the name complements and their keys kept by
// pair of spellings (nameComplAt, nameComplKey) against the words
// lowered and joined, on every pair of word tokens one and two apart in
// testdata's articles and invented copy, with one memo kept across the
// articles and handed to another rule's grammar halfway (its table is
// then emptied: a pair's number stands for other words), and with
// bases that change, come back and are scoped.
func TestNameComplAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	invented := "The Wystan Trust sent 40 stewards to Tollbury, and 12 more went TO TOLLBURY on foot.\n" +
		"Some 9 ferries sailed for Quarrow; 7 ferries sailed for QUARROW later.\n"
	arts := walkArticles(t, set, 20)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	m := &ctxMemo{}
	pairs := 0
	for i, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		rule := r
		if i == len(arts)/2 {
			rule = r2
		}
		m.g, m.classes = &rule.g, rule.classes
		for j := range toks {
			for k := j + 1; k < len(toks) && k <= j+2; k++ {
				if toks[j].Kind != segment.Word || toks[k].Kind != segment.Word {
					continue
				}
				want := strings.ToLower(toks[j].Text(text)) + " " + strings.ToLower(toks[k].Text(text))
				got, id := m.nameComplAt(text, toks, j, k)
				if got != want || id == 0 {
					t.Fatalf("%s tokens %d, %d: nameComplAt %q (%d), want %q", a.Doc.Path, j, k, got, id, want)
				}
				pairs++
				for _, base := range []string{"count:steward", "count:steward", "count:ferri|night", "count:steward"} {
					if key := m.nameComplKey(id, base, got); key != base+"|"+want {
						t.Fatalf("%s tokens %d, %d: nameComplKey(%q) %q, want %q", a.Doc.Path, j, k, base, key, base+"|"+want)
					}
				}
				if key := m.nameComplKey(0, "count:steward", want); key != "count:steward|"+want {
					t.Fatalf("nameComplKey without a pair: %q", key)
				}
			}
		}
	}
	if pairs < 5000 {
		t.Errorf("only %d pairs asked", pairs)
	}
}
