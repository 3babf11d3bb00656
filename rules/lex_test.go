package rules

import (
	"reflect"
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
	arts := walkArticles(t, set, 50)
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

// TestClaimRoomStaysZero checks what claimFor's in-place building rests
// on: after Check, the room after an article's claims holds only zero
// claims, those of quantities that turned out to have none included
// (dropClaim), so that the next claim built there starts from zero. It
// checks, too, that some quantities were dropped, or the test would
// prove nothing.
func TestClaimRoomStaysZero(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	claims, quantities := 0, 0
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 100, Seed: 9}) {
		a := articleAt(t, set, g.Path, g.Text, i)
		f, _ := r.Check(a, nil).(*autoFacts)
		quantities += len(a.Quantities())
		if f == nil {
			continue
		}
		claims += len(f.Claims)
		room := f.Claims[len(f.Claims):cap(f.Claims)]
		for k := range room {
			if !reflect.ValueOf(room[k]).IsZero() {
				t.Fatalf("%s: room slot %d after %d claims is not zero: %+v", g.Path, k, len(f.Claims), room[k])
			}
		}
	}
	if claims == 0 || claims >= quantities {
		t.Errorf("%d claims of %d quantities: want some, and some quantities without one", claims, quantities)
	}
}

// TestDropClaim checks, figure by figure, that a quantity claimFor
// begins a claim for and then drops leaves its slot of the room zero.
func TestDropClaim(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	for _, text := range []string{
		"He said he was 29 years old at the time.",
		"The engine alone weighs two tonnes, officials said.",
		"Police said one of them was arrested.",
	} {
		a := article(t, set, text)
		qs := a.Quantities()
		if len(qs) != 1 {
			t.Fatalf("%q: %d quantities, want 1", text, len(qs))
		}
		toks := a.Seg.Tokens
		memo := newCtxMemo(len(toks))
		memo.g, memo.classes = &r.g, r.classes
		room := memo.claimRoom(2)
		out := r.claimFor(a, &qs[0], a.Doc.Text, toks, memo.inQuantity, memo, room)
		if len(out) != 0 {
			t.Errorf("%q: %d claims, want none", text, len(out))
		}
		if slot := room[:1][0]; !reflect.ValueOf(slot).IsZero() {
			t.Errorf("%q: the dropped claim's slot is %+v, want zero", text, slot)
		}
		memo.release()
	}
}
