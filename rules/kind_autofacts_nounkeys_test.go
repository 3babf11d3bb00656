package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
)

// TestCountGroupKey checks the memo's per-noun count keys (countGroupKey)
// against nounGroups.key of the noun's "count:" key, on every counted
// figure of testdata, of generated copy and of invented sentences with
// nouns of a group, a generic noun counted as a group's by the word
// before or after it, and a group's scope word on either side; with one
// memo kept across the articles, and handed to another rule's groups
// and back halfway, so that a noun's parts found for one rule's groups
// are not taken for another's.
func TestCountGroupKey(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	// A group of its own for the other rule: its keys differ from r's.
	r2.nouns = &nounGroups{keys: map[string]string{"count:worker": "count:hand"}, heads: map[string]string{}}
	invented := "The mill employs about 643 people, and 219 people work at the dye house.\n\n" +
		"Some 87 staff stayed on site overnight; the group has 1,913 employees.\n\n" +
		"On duty were 33 staffers, and 46 workers joined the late rota.\n\n" +
		"Of the 3,070 persons employed, 53 people were scalded.\n"
	arts := walkArticles(t, set, 60)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	m := &ctxMemo{}
	counted, scoped, as := 0, 0, 0
	for i, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		m.nameMid = make([]bool, len(toks))
		rule := r
		if i == len(arts)/2 {
			rule = r2
		}
		m.g, m.classes = &rule.g, rule.classes
		for k := range a.Quantities() {
			q := &a.Quantities()[k]
			if q.Unit != nil || q.Kind == quantity.Year || q.Kind == quantity.Ordinal || q.Sentence < 0 {
				continue
			}
			sent := a.Seg.Sentences[q.Sentence]
			np, ok := rule.g.countedNounIn(text, toks, sent, q, m)
			if !ok {
				continue
			}
			counted++
			want := rule.nouns.key(m.countKey(np.Head), np.Head, text, toks, sent, q.Tokens[0], np.End)
			for range 2 {
				if got := m.countGroupKey(rule.nouns, np.Head, text, toks, sent, q.Tokens[0], np.End); got != want {
					t.Errorf("%s: %q (%q): countGroupKey %q, want %q", a.Doc.Path, text[q.Span.Start:q.Span.End], np.Head, got, want)
				}
			}
			if strings.Contains(want, "|") {
				scoped++
			}
			if _, grouped := rule.nouns.keys[m.countKey(np.Head)]; !grouped && want != m.countKey(np.Head) {
				as++
			}
		}
	}
	if counted < 200 || as < 2 || scoped < 2 {
		t.Errorf("only %d counts, %d keyed by counted_as, %d by a scope", counted, as, scoped)
	}
}
