package rules

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestDateLexWhateverWordNumbers checks that fact.date's answers of a
// word token (lex, idAt), which are kept by the segmenter's spelling
// number from article to article (dateScratch.spell), are those of the
// maps however the words were numbered, and so are the ids of the
// names leadNames gathers (kept by number too): with a Words per article, one
// shared by every article, two in turn (the same numbers then stand for
// other spellings), none, and with an article of a lexicon other than
// the rule's between them. It fails when the scratch keeps its
// spellings' answers across Words, or answers a token by its spelling
// alone where the answer asks the token too (a sentence's first word).
func TestDateLexWhateverWordNumbers(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	other := &dates.Lexicon{Speech: map[string]bool{"said": true, "monday": true}}
	type src struct {
		path string
		text []byte
	}
	srcs := []src{
		{"a.txt", []byte("Next week the Orvell council meets. Continued talks were held on Monday, officials said.\n\nThe vote will follow next week, and voting continued until Friday.")},
		{"b.txt", []byte("STILL no date for the Orvell vote. Still, officials said talks continued before the meeting's end on Tuesday.\n\nNEXT, the council met again.")},
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 11}) {
		srcs = append(srcs, src{g.Path, g.Text})
	}
	check := func(a *Article, cal *dates.Lexicon, how string) {
		t.Helper()
		a.Calendar = cal
		s := r.newDateScratch(a, 0)
		defer s.release()
		for j, tok := range a.Seg.Tokens {
			if tok.Kind != segment.Word {
				continue
			}
			w := tok.Text(a.Doc.Text)
			m := r.lex(s, j)
			wantEv, wantIs := lexWant(r, cal, a.Doc.Text, tok)
			if int(m.ev) != wantEv || m.is != wantIs {
				t.Errorf("%s, %s: token %d %q (initial %v): lex = %d %08b, want %d %08b", how, a.Doc.Path, j, w, tok.Initial, m.ev, m.is, wantEv, wantIs)
			}
			if isLowerWord(w) {
				if got, want := r.idAt(s, j), r.g.contextID(w, false); got != want {
					t.Errorf("%s, %s: token %d %q: idAt = %x, want %x", how, a.Doc.Path, j, w, got, want)
				}
			}
		}
		// leadNames of each sentence, against the words' ids read
		// from their text.
		for _, sent := range a.Seg.Sentences {
			var want []wordID
			for j := sent.First; j < sent.Last; j++ {
				tok := a.Seg.Tokens[j]
				w := tok.Text(a.Doc.Text)
				if tok.Kind != segment.Word || tok.Initial || isLowerWord(w) || !isCapitalised(w) || r.titles[w] {
					continue
				}
				if id := r.g.contextID(w, true); id != 0 {
					want = append(want, id)
				}
			}
			want = sortedIDs(want, 0)
			if got := r.leadNames(nil, s, sent.First, sent.Last); !slices.Equal(got, want) {
				t.Errorf("%s, %s: leadNames of tokens [%d, %d) = %x, want %x", how, a.Doc.Path, sent.First, sent.Last, got, want)
			}
		}
	}
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	for pass := range 2 { // the second pass meets every spelling numbered
		for i, s := range srcs {
			check(articleWith(t, set, s.path, s.text, i, nil), set.Dates, "own words")
			check(articleWith(t, set, s.path, s.text, i, shared), set.Dates, "shared words")
			check(articleWith(t, set, s.path, s.text, i, turns[(i+pass)%2]), set.Dates, "words in turn")
			check(articleWith(t, set, s.path, s.text, i, shared), other, "another lexicon")
			a := articleWith(t, set, s.path, s.text, i, shared)
			for k := range a.Seg.Tokens {
				a.Seg.Tokens[k].Word = 0
			}
			check(a, set.Dates, "no numbers")
		}
		if t.Failed() {
			return
		}
	}
}
