package rules

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestLexTableAgrees checks that what the memo's table of spellings
// gives for every token of the testdata corpora and of generated
// articles (lexOf: classes, stem, context word, synonym, case, contrast
// group) is what the functions it stands for give for the token's text.
// One memo serves all the articles, so the table is asked about
// spellings it read in earlier articles, as the checker's pooled memos
// are; a second rule's grammar in between must empty it.
func TestLexTableAgrees(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	m := &ctxMemo{}
	tokens, carried := 0, 0
	for i, a := range walkArticles(t, set, 50) {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		if i == 20 {
			// Another rule's tables: the spellings read for r are not
			// taken for r2's, nor r2's for r's after.
			m.g, m.classes = &r2.g, r2.classes
			m.lexOf(text, toks, 0)
			if len(m.lexed.words) != 2 || m.lexed.g != &r2.g {
				t.Fatalf("table not emptied for another rule: %d words", len(m.lexed.words)-1)
			}
			clear(m.lex)
		}
		m.g, m.classes = &r.g, r.classes
		before := len(m.lexed.words)
		for j := range toks {
			w := toks[j].Text(text)
			if m.lex[j] == 0 && before > 1 {
				if k, _ := m.lexed.find(w, fnvAdd(fnvOffset, w)); k > 0 {
					carried++
				}
			}
			lw := m.lexOf(text, toks, j)
			where := fmt.Sprintf("%s token %d %q", a.Doc.Path, j, w)
			checkClasses(t, r, w, lw.class)
			if id, ok := stemID(w); lw.stemOK != ok || (ok && lw.stem != id) {
				t.Errorf("%s: stem %x %v, stemID %x %v", where, lw.stem, lw.stemOK, id, ok)
			}
			ctx := r.g.contextID(w, !isLowerWord(w))
			if lw.ctx != ctx {
				t.Errorf("%s: ctx %x, contextID %x", where, lw.ctx, ctx)
			}
			word := ctx
			if k := r.synonyms.get(ctx); ctx != 0 && k >= 0 {
				word = r.canon[k]
			}
			if lw.word != word {
				t.Errorf("%s: context word %x, want %x", where, lw.word, word)
			}
			if lw.lower != isLowerWord(w) || lw.allCaps != isAllCaps(w) {
				t.Errorf("%s: lower %v allCaps %v, want %v %v", where, lw.lower, lw.allCaps, isLowerWord(w), isAllCaps(w))
			}
			if toks[j].Kind == segment.Word {
				id, ok := stemID(w)
				if got, want := r.roleOf(text, toks, j, m), r.roleOfWord(w, id, ok); got != want {
					t.Errorf("%s: role %d, want %d", where, got, want)
				}
				tokens++
			}
		}
		if t.Failed() {
			return
		}
	}
	if tokens < 10000 || carried < 1000 {
		t.Errorf("only %d word tokens read, %d of them spellings from earlier articles", tokens, carried)
	}
}

// TestRoleOfWord checks the contrast group of spellings against the
// pack's groups, looked up by stem in the map (stemIn).
func TestRoleOfWord(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	killed, injured := r.roles[stem("killed")], r.roles[stem("injured")]
	if killed == injured {
		t.Fatal("killed and injured in one contrast group")
	}
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"killed", killed}, {"Killed", killed}, {"KILLED", killed}, {"deaths", killed},
		{"injured", injured}, {"the", -1}, {"", -1}, {"Ärzte", -1},
	} {
		id, ok := stemID(tc.w)
		if got := r.roleOfWord(tc.w, id, ok); got != tc.want {
			t.Errorf("roleOfWord(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

// TestLexTableGrows checks the table's numbering of spellings through
// its growth: each spelling keeps its number, is found by its bytes, and
// a spelling never added is not found.
func TestLexTableGrows(t *testing.T) {
	var tb lexTable
	tb.reset(nil, nil)
	n := 3 * firstLexSlots
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		h := fnvAdd(fnvOffset, w)
		k, at := tb.find(w, h)
		if k >= 0 {
			t.Fatalf("%q found before it was added", w)
		}
		if got := tb.add(w, h, at, lexWord{role: int32(i)}); got != int32(i+1) {
			t.Fatalf("%q numbered %d, want %d", w, got, i+1)
		}
	}
	if len(tb.slots) < 2*n {
		t.Fatalf("%d slots for %d words", len(tb.slots), n)
	}
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		k, _ := tb.find(w, fnvAdd(fnvOffset, w))
		if k != int32(i+1) || tb.words[k].role != int32(i) {
			t.Errorf("%q: number %d, want %d", w, k, i+1)
		}
	}
	if k, _ := tb.find("w", fnvAdd(fnvOffset, "w")); k >= 0 {
		t.Errorf("w found, number %d", k)
	}
	tb.reset(nil, nil)
	if k, _ := tb.find("w1", fnvAdd(fnvOffset, "w1")); k >= 0 || len(tb.words) != 1 {
		t.Errorf("after reset: w1 number %d, %d words", k, len(tb.words)-1)
	}
}
