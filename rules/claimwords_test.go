package rules

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestClaimsWhateverWordNumbers: fact.mismatch reads a word's spelling
// by the segmenter's number of it (lexTable.byWord) when it has one, and
// by its bytes when not, so its claims are the same however the words
// were numbered: each article with Words of its own, all with one Words
// (as a checker's worker), two Words taken in turn (one memo serving
// articles of two workers' Words, whose numbers mean other spellings),
// or no numbers at all.
func TestClaimsWhateverWordNumbers(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	type src struct {
		path string
		text []byte
	}
	srcs := []src{
		{"a.txt", []byte("Flooding in Tarnow left 14 dead and 230 hurt, the county announced on Tuesday. The river rose 3.5 metres.\n\nRescuers counted 14 dead; another 40 were missing.")},
		{"b.txt", []byte("The Tarnow floods left 12 dead, police said. About 230 suffered injuries; 40 are missing.\n\nThe river crested at 3.2 metres, a record for the Tarnow gauge.")},
		{"c.txt", []byte("KILLED 14. Officials in Tarnow said 12 died and 230 were hurt. The toll is expected to rise.")},
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 60, Seed: 7}) {
		srcs = append(srcs, src{g.Path, g.Text})
	}
	encode := func(a *Article) []byte {
		f := rule.Check(a, nil)
		b, err := EncodeFacts(f)
		if err != nil {
			t.Fatal(err)
		}
		RecycleFacts(f)
		return b
	}
	var want [][]byte
	for i, s := range srcs {
		want = append(want, encode(articleWith(t, set, s.path, s.text, i, nil)))
	}
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	for pass := range 2 { // the second pass meets every spelling numbered
		// Article after article on one Words, then on two in turn.
		for how := range 2 {
			for i, s := range srcs {
				words := shared
				if how == 1 {
					words = turns[i%2]
				}
				if got := encode(articleWith(t, set, s.path, s.text, i, words)); !bytes.Equal(got, want[i]) {
					t.Errorf("pass %d, %s, words %d: claims differ from those of an article with Words of its own", pass, s.path, how)
				}
			}
		}
		for i, s := range srcs {
			a := articleWith(t, set, s.path, s.text, i, shared)
			for k := range a.Seg.Tokens {
				a.Seg.Tokens[k].Word = 0
			}
			if got := encode(a); !bytes.Equal(got, want[i]) {
				t.Errorf("pass %d, %s: claims without numbers differ", pass, s.path)
			}
		}
	}
}

// TestNamesWhateverWordNumbers: the article's table of capitalised words
// (scanCaps), which finds a numbered spelling by its number and any
// other by its text, is the same however the words were numbered, as
// TestClaimsWhateverWordNumbers has it for the claims; so are the name
// statistics built from it.
func TestNamesWhateverWordNumbers(t *testing.T) {
	set, _ := defaultAutoFacts(t)
	type src struct {
		path string
		text []byte
	}
	srcs := []src{
		{"a.txt", []byte("Mayor Ilse Marrowdine of Tarnow said the Tarnow Water Board had met. Marrowdine told reporters its members met on Monday.\n\nMs Marrowdine, 52, and Mr Oskar Lind left Tarnow.")},
		{"b.txt", []byte("MARROWDINE SPEAKS. Ilse Marrowdine told the Board: \"Tarnow will rebuild.\" Lind, of the Tarnow Water Board, agreed.")},
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 9}) {
		srcs = append(srcs, src{g.Path, g.Text})
	}
	dump := func(a *Article) string {
		sc := a.capWords()
		st := a.Names()
		var b bytes.Buffer
		for _, nt := range sc.toks {
			fmt.Fprintf(&b, "%d:%d ", nt.tok, nt.form)
		}
		for i, w := range sc.words {
			tl := sc.tallies[i]
			fmt.Fprintf(&b, "|%s %d %d %d %d %d", w, tl.count, tl.mid, tl.first, st.Form(w).Count, st.Form(w).Mid)
		}
		return b.String()
	}
	var want []string
	for i, s := range srcs {
		want = append(want, dump(articleWith(t, set, s.path, s.text, i, nil)))
	}
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	for pass := range 2 {
		// Article after article on one Words, then on two in turn.
		for how := range 2 {
			for i, s := range srcs {
				words := shared
				if how == 1 {
					words = turns[i%2]
				}
				if got := dump(articleWith(t, set, s.path, s.text, i, words)); got != want[i] {
					t.Errorf("pass %d, %s, words %d:\n%s\nwant\n%s", pass, s.path, how, got, want[i])
				}
			}
		}
		for i, s := range srcs {
			a := articleWith(t, set, s.path, s.text, i, shared)
			for k := range a.Seg.Tokens {
				a.Seg.Tokens[k].Word = 0
			}
			if got := dump(a); got != want[i] {
				t.Errorf("pass %d, %s, no numbers:\n%s\nwant\n%s", pass, s.path, got, want[i])
			}
		}
	}
}
