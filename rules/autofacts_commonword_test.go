package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestCommonWordAt checks the memo's reading of whether a capitalised
// word token is a common word of its article (commonWordAt, by the
// marks of the article's names) against the look-up of its text in the
// names' map (commonWord), on every capitalised word token of testdata
// and of invented copy whose page furniture line opens with a word the
// copy uses as a name inside a sentence: the name scan leaves the line
// out, and its words are looked up by their text.
func TestCommonWordAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	arts := walkArticles(t, set, 50)
	invented := "Brastow Echo | Local | Tuesday\n\n" +
		"Brastow firefighters said 23 homes lost power. Crews from Brastow restored 19 of them, Echo staff said.\n\n" +
		"Quellin Marr, 58, said the storm was the worst she had seen. Yesterday Marr said 4 roads stayed shut.\n"
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	asked, furniture := 0, 0
	for _, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		furnFrom, furnTo := furnitureLine(text)
		m := newCtxMemo(len(toks))
		for j := range toks {
			w := toks[j].Text(text)
			if toks[j].Kind != segment.Word || !isCapitalised(w) {
				continue
			}
			asked++
			if toks[j].Start >= furnFrom && toks[j].Start < furnTo {
				furniture++
			}
			if got, want := m.commonWordAt(a, j), a.commonWord(w); got != want {
				t.Errorf("%s token %d %q: commonWordAt = %v, want %v", a.Doc.Path, j, w, got, want)
			}
		}
		m.release()
	}
	if asked < 1000 || furniture < 3 {
		t.Fatalf("only %d capitalised words asked, %d of a furniture line", asked, furniture)
	}
}
