package rules

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// autoFactsOf returns the default pack's fact.mismatch rule.
func autoFactsOf(t *testing.T, set *Set) *autoFactsRule {
	t.Helper()
	for _, r := range set.Rules {
		if a, ok := r.(*autoFactsRule); ok {
			return a
		}
	}
	t.Fatal("no autofacts rule in the default pack")
	return nil
}

// TestClassTable checks the word classes of the default pack's
// fact.mismatch against the word sets they stand for, on words in every
// case, outside ASCII and longer than the words lowered on the stack.
func TestClassTable(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	long := strings.Repeat("x", 40)
	for _, tc := range []struct {
		word string
		want wordClass
	}{
		{"the", classStop | classDeterminer},
		{"The", classStop | classDeterminer},
		{"THE", classStop | classDeterminer},
		{"said", classReporting},
		{"Said", classReporting},
		{"constituency", classScope},
		{"Constituency", classScope},
		{"those", classFrame | classStop},
		{"were", classClauseVerb | classStop},
		{"harbour", 0},
		{"", 0},
		{"x", 0},
		{"Zürich", 0},
		{long, 0},
		{long + "É", 0},
	} {
		got := r.classes.of(tc.word)
		// The pack decides which sets hold a word; the test asks only
		// the classes it names, and that no other bit disagrees with
		// the sets.
		if got&tc.want != tc.want {
			t.Errorf("of(%q) = %b, want at least %b", tc.word, got, tc.want)
		}
		checkClasses(t, r, tc.word, got)
	}
}

// checkClasses reports where classes c of token text w disagree with
// the word sets asked directly.
func checkClasses(t *testing.T, r *autoFactsRule, w string, c wordClass) {
	t.Helper()
	for _, s := range []struct {
		name string
		ws   words
		c    wordClass
	}{
		{"stop", r.g.stop, classStop}, {"preps", r.g.preps, classPrep}, {"modifiers", r.g.modifiers, classModifier},
		{"frames", r.frames, classFrame}, {"reporting", r.reporting, classReporting}, {"scopes", r.scopes, classScope},
		{"determiners", determiners, classDeterminer}, {"clause verbs", clauseVerbs, classClauseVerb},
	} {
		if got, want := c&s.c != 0, s.ws.hasLower(w); got != want {
			t.Errorf("%q: class %s = %v, the set says %v", w, s.name, got, want)
		}
	}
}

// TestLexAt checks that what the memo reads of each token once (lexAt:
// classes, stem wordID, context word) agrees with the functions it
// replaces, for every token of the testdata corpora and of generated
// articles.
func TestLexAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	var arts []*Article
	err = filepath.WalkDir(filepath.Join("..", "testdata"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "bad" {
			return filepath.SkipDir // files that fail to read, on purpose
		}
		if d.IsDir() || !strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".md") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		arts = append(arts, articleAt(t, set, p, src, len(arts)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 50 {
		t.Fatalf("only %d testdata articles", len(arts))
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 50, Seed: 3}) {
		arts = append(arts, articleAt(t, set, g.Path, g.Text, len(arts)))
	}
	tokens := 0
	for _, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		m.g, m.classes = &r.g, r.classes
		for j := range toks {
			w := toks[j].Text(text)
			checkClasses(t, r, w, m.classOf(text, toks, j))
			id, ok := m.stemAt(text, toks, j)
			wantID, wantOK := stemID(w)
			if ok != wantOK || (ok && id != wantID) {
				t.Errorf("%s token %d %q: stemAt = %x %v, stemID %x %v", a.Doc.Path, j, w, id, ok, wantID, wantOK)
			}
			if got, want := m.ctxAt(text, toks, j), r.g.contextID(w, !isLowerWord(w)); got != want {
				t.Errorf("%s token %d %q: ctxAt = %x, contextID %x", a.Doc.Path, j, w, got, want)
			}
			if toks[j].Kind == segment.Word {
				tokens++
			}
		}
		m.release()
		if t.Failed() {
			return
		}
	}
	if tokens < 10000 {
		t.Errorf("only %d word tokens read", tokens)
	}
}
