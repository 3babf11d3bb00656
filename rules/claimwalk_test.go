package rules

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// walkArticles reads every article of testdata (but the unreadable ones
// of bad/) and n generated ones.
func walkArticles(t *testing.T, set *Set, n int) []*Article {
	t.Helper()
	var arts []*Article
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "bad" {
			return filepath.SkipDir
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
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: n, Seed: 5}) {
		arts = append(arts, articleAt(t, set, g.Path, g.Text, len(arts)))
	}
	return arts
}

// TestRoleWithinCoversRole pins what claimFor relies on to skip role: for
// the same figure and end, role finds a contrast word only where
// roleWithin finds one (role's tokens are among roleWithin's), on every
// figure of testdata and generated copy, ending at the figure and at its
// counted noun.
func TestRoleWithinCoversRole(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	found, none := 0, 0
	for _, a := range walkArticles(t, set, 100) {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		m.g, m.classes = &r.g, r.classes
		for i := range a.Quantities() {
			q := &a.Quantities()[i]
			if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			sent := a.Seg.Sentences[q.Sentence]
			ends := []int{q.Tokens[1]}
			if np, ok := r.g.countedNounIn(text, toks, sent, q, m); ok && q.Kind != quantity.Year {
				ends = append(ends, np.End)
			}
			for _, end := range ends {
				within, _ := r.roleWithin(a, q.Sentence, q.Tokens[0], end, r.window, m.inQuantity, m)
				role := r.role(text, toks, sent, q.Tokens[0], end, m)
				if role >= 0 && within < 0 {
					t.Errorf("%s: %q: role = %d where roleWithin finds none", a.Doc.Path, text[q.Span.Start:q.Span.End], role)
				}
				if role >= 0 {
					found++
				} else {
					none++
				}
			}
		}
		m.release()
	}
	// Both outcomes must occur, or the test proves nothing.
	if found < 100 || none < 100 {
		t.Fatalf("role found %d times, none %d times: too few to test", found, none)
	}
}

// TestNameUsedMidCorpus checks the memo's binary search of the capitalised
// words against the names' map (a.commonWord) on every word token.
func TestNameUsedMidCorpus(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	mid := 0
	for _, a := range walkArticles(t, set, 50) {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		furnFrom, furnTo := furnitureLine(text)
		for j := range toks {
			// wordAt asks about word tokens only.
			if w := toks[j].Text(text); w != "" && toks[j].Kind == segment.Word {
				got := m.nameUsedMid(a, j)
				// A word of the page's furniture line is no name's use
				// (furnitureLine).
				want := !a.commonWord(w) && (toks[j].Start < furnFrom || toks[j].Start >= furnTo)
				if got != want {
					t.Errorf("%s token %d %q: nameUsedMid = %v, want %v", a.Doc.Path, j, w, got, want)
				}
				if got {
					mid++
				}
			}
		}
		m.release()
	}
	if mid < 100 {
		t.Fatalf("only %d tokens used mid-sentence", mid)
	}
}

// TestSentenceCuesCover pins what claimExtras relies on to skip
// speakerOwner and groupTotal: each finds something only in a sentence
// whose cues (readSentence) hold the words it needs, on every figure of
// testdata, of generated copy and of invented sentences made to have
// them.
func TestSentenceCuesCover(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	arts := walkArticles(t, set, 100)
	invented := "Between them, the three glasshouses grew 6,200 trays of seedlings.\n\n" +
		"Quillfeather said she had spent £2,300 on new glass, and the co-op said it had paid out 14 claims.\n\n" +
		"Between you, you cleared 900 saplings, the warden said. He said he had counted 31 nests.\n"
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	speakers, groups := 0, 0
	for _, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		m.g, m.classes = &r.g, r.classes
		for i := range a.Quantities() {
			q := &a.Quantities()[i]
			if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			sent := a.Seg.Sentences[q.Sentence]
			if got := m.cuesAt(q.Sentence); got != allCues && (q.Sentence >= len(m.sentRead) || !m.sentRead[q.Sentence]) {
				t.Fatalf("%s: sentence %d not read, cues %b", a.Doc.Path, q.Sentence, got)
			}
			r.readSentence(m, a, q.Sentence, m.inQuantity)
			cues := m.cuesAt(q.Sentence)
			if r.speakerOwner(text, toks, sent, q, m) != "" {
				speakers++
				if cues&cuePronoun == 0 || cues&cueReporting == 0 {
					t.Errorf("%s: %q has a speaker owner, cues %b", a.Doc.Path, text[q.Span.Start:q.Span.End], cues)
				}
			}
			if groupTotal(text, toks, sent, q) {
				groups++
				if cues&cueBetween == 0 {
					t.Errorf("%s: %q is a group's total, cues %b", a.Doc.Path, text[q.Span.Start:q.Span.End], cues)
				}
			}
		}
		m.release()
	}
	if speakers < 3 || groups < 2 {
		t.Errorf("only %d speaker owners and %d group totals walked", speakers, groups)
	}
}
