package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/english"
)

// TestEnglishAt checks the memo's per-spelling answers of englishAt,
// loweredAt, ofComplAt, ofKeyAt and ageKeyAt against english.IsWord of
// the lowered word, strings.ToLower, "of " and the word's stem (after a
// key and "|", for bases that change), and "age|" with the lowered word
// and "age of " with the word, for every word token
// of testdata and of invented copy, each asked twice, with one memo
// kept across the articles (its table carried from one to the next) and
// handed to another rule's tables halfway.
func TestEnglishAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	invented := "Thistlewick said the Pellock Row works would shut. Pellock cutters said Bellweather had sent them no word. ÉCLAIR, Éclair and éclair. The KELVIN scale.\n"
	arts := walkArticles(t, set, 20)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	m := &ctxMemo{}
	yes, no := 0, 0
	for i, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		rule := r
		if i == len(arts)/2 {
			rule = r2
		}
		m.g, m.classes = &rule.g, rule.classes
		for range 2 {
			for j := range toks {
				if toks[j].Kind != segment.Word {
					continue
				}
				w := toks[j].Text(text)
				if got, want := m.loweredAt(text, toks, j), strings.ToLower(w); got != want {
					t.Fatalf("%s token %d %q: loweredAt %q, want %q", a.Doc.Path, j, w, got, want)
				}
				if got, want := m.ofComplAt(text, toks, j), "of "+stem(w); got != want {
					t.Fatalf("%s token %d %q: ofComplAt %q, want %q", a.Doc.Path, j, w, got, want)
				}
				for _, base := range []string{"length", "length", "mass|ago"} {
					if compl, key := m.ofKeyAt(text, toks, j, base); compl != "of "+stem(w) || key != base+"|of "+stem(w) {
						t.Fatalf("%s token %d %q: ofKeyAt %q, %q", a.Doc.Path, j, w, compl, key)
					}
				}
				if key, label := m.ageKeyAt(text, toks, j); key != "age|"+strings.ToLower(w) || label != "age of "+w {
					t.Fatalf("%s token %d %q: ageKeyAt %q, %q", a.Doc.Path, j, w, key, label)
				}
				want := english.IsWord(strings.ToLower(w))
				if got := m.englishAt(text, toks, j); got != want {
					t.Fatalf("%s token %d %q: englishAt %v, want %v", a.Doc.Path, j, toks[j].Text(text), got, want)
				}
				if want {
					yes++
				} else {
					no++
				}
			}
		}
	}
	if yes < 1000 || no < 100 {
		t.Errorf("only %d English words and %d others asked", yes, no)
	}
}
