package rules

import (
	"slices"
	"strings"
	"testing"
)

// TestNearBits checks the count keys' near-word walks by the spellings'
// bits (ctxMemo.nearAfter, ctxMemo.scopeOf) against the walks by
// string they stand for (nounGroups.nearAfter, countScope.of), from
// every token of testdata articles and of invented copy that writes
// every near word of the pack's counted_as and count_scopes in three
// cases after stop words, each asked twice, with one memo kept across
// the articles and handed to another rule's groups halfway.
func TestNearBits(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	n := r.nouns
	if n == nil || len(n.as) == 0 || len(n.scopes) == 0 {
		t.Fatal("the default pack has no counted_as or count_scopes")
	}
	var ws []string
	for i := range n.as {
		for w := range n.as[i].near {
			ws = append(ws, w)
		}
	}
	for _, sc := range n.scopes {
		for w := range sc.near {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	var b strings.Builder
	for _, w := range ws {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			b.WriteString("About 900 quarvels will " + v + " there and 40 more " + v + ", the " + v + " said.\n")
		}
	}
	arts := walkArticles(t, set, 12)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(b.String()), len(arts)))
	arts = append(arts, articleAt(t, set, "invented2.txt", []byte(b.String()), len(arts)))
	m := &ctxMemo{}
	hits, scoped := 0, 0
	for ai, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		rule := r
		if ai >= len(arts)/2 {
			rule = r2
		}
		g := rule.nouns
		m.g, m.classes = &rule.g, rule.classes
		if m.headsOf != g {
			clear(m.lexed.near)
			m.headsOf = g
		}
		for range 2 {
			for _, sent := range a.Seg.Sentences {
				for j := sent.First; j < sent.Last; j++ {
					for i := range g.as {
						got, want := m.nearAfter(g, i, text, toks, sent, j), g.nearAfter(&g.as[i], text, toks, sent, j)
						if got != want {
							t.Fatalf("%s token %d counted_as[%d]: nearAfter %v, want %v", a.Doc.Path, j, i, got, want)
						}
						if want {
							hits++
						}
					}
					for _, sc := range g.scopes {
						got, want := m.scopeOf(g, &sc, "k", text, toks, sent, j, j+1), sc.of("k", text, toks, sent, j, j+1)
						if got != want {
							t.Fatalf("%s token %d scope %q: scopeOf %q, want %q", a.Doc.Path, j, sc.key, got, want)
						}
						if want != "k" {
							scoped++
						}
					}
				}
			}
		}
	}
	if hits < 10 || scoped < 10 {
		t.Errorf("only %d near words after a noun and %d scopes found", hits, scoped)
	}
}
