package rules

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestSentenceReadByNumber checks what readSentence writes for each word
// token of the sentences it reads, its loop reading a spelling by the
// segmenter's number (lexTable.byWord, lexNum): the token's number in
// the claim table is the spelling's, and its context word is what
// wordAt finds from the token's text without the table (its case, its
// skip, and for a capitalised opener the article's names). The articles
// are numbered by one Words, as a worker's are, and their memos come
// from the pool, so later articles read entries filled by earlier ones;
// each article is read twice, the second time by a memo whose entries
// are all filled. The invented copy has openers used as names inside a
// sentence and not, words in capitals, and countSoFar's words, which
// the loop hands back.
func TestSentenceReadByNumber(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	words := new(segment.Words)
	texts := []string{
		"Velmora Quay reopened on Monday. Velmora said 42 berths were ready, and Quay staff counted 17 cranes.\n\n" +
			"Port staff said the number of ships is expected to rise above 30. NOTE: the 12 tugs stayed.\n",
		"Quay workers said 9 barges left. Harbour officials said the toll could climb to 14, though the count of 6 ferries held.\n",
	}
	var arts []*Article
	for i, x := range texts {
		arts = append(arts, articleWith(t, set, fmt.Sprintf("invented%d.txt", i), []byte(x), len(arts), words))
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 11}) {
		arts = append(arts, articleWith(t, set, g.Path, g.Text, len(arts), words))
	}
	read, capsAsked := 0, 0
	for pass := range 2 {
		for _, a := range arts {
			text, toks := a.Doc.Text, a.Seg.Tokens
			m := newCtxMemo(len(toks))
			m.g, m.classes = &r.g, r.classes
			qs := a.Quantities()
			for i := range qs {
				if q := &qs[i]; q.Kind != quantity.Ordinal {
					for j := q.Tokens[0]; j < q.Tokens[1]; j++ {
						m.inQuantity[j] = true
					}
				}
			}
			for si, sent := range a.Seg.Sentences {
				r.readSentence(m, a, si, m.inQuantity)
				for j := sent.First; j < sent.Last; j++ {
					tok := &toks[j]
					if tok.Kind != segment.Word {
						continue
					}
					s := tok.Text(text)
					where := fmt.Sprintf("pass %d %s token %d %q", pass, a.Doc.Path, j, s)
					if id, _ := m.lexed.find(s, keyOf(s)); id < 0 || m.lex[j] != id {
						t.Errorf("%s: number %d, want %d", where, m.lex[j], id)
					}
					capital := !isLowerWord(s)
					var want wordID
					if !m.inQuantity[j] && (!capital || (tok.Initial && !isAllCaps(s) && !m.nameUsedMid(a, j))) {
						want = r.g.synonym(r.g.contextID(s, capital))
					}
					if capital && tok.Initial && !isAllCaps(s) {
						capsAsked++
					}
					if !m.done[j] || m.word[j] != want {
						t.Errorf("%s: word %x (done %v), want %x", where, m.word[j], m.done[j], want)
					}
					read++
				}
			}
			m.release()
			if t.Failed() {
				return
			}
		}
	}
	if read < 10000 || capsAsked < 100 {
		t.Errorf("only %d words read, %d capitalised openers: the test proves little", read, capsAsked)
	}
}
