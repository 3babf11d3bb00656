package segment

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// TestSentencesPassOverMatchesWalk checks that sentences, which passes
// over the words between two marks once nothing about them can change
// the sentence, gives the tokens (with their Initial flags) and the
// sentences of the walk of every token, on generated articles, on the
// repository's copy and on both upper-cased. The walk is sentences given
// every token as a mark: the next mark is then always the next token.
func TestSentencesPassOverMatchesWalk(t *testing.T) {
	opt := &Options{Abbreviations: map[string]Abbreviation{"Mr": Title, "Gen": Title, "Sept": Other, "U.S": Other, "No": Other}}
	var texts []string
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 200, Seed: 3}) {
		texts = append(texts, string(a.Text))
	}
	// The fresh sets' articles are a level down: "fresh*/*" is their
	// story folders and injected.toml.
	texts = append(texts, golden.Texts(t, "../../testdata/seeds/*", "../../testdata/stories/*/*", "../../testdata/fresh*/*/*.txt")...)
	if len(texts) < 200+300 { // the generated ones, and the copy of testdata (about 350 files)
		t.Fatalf("only %d texts", len(texts))
	}
	passed, sentences := 0, 0
	for _, src := range texts {
		for _, src := range []string{src, strings.ToUpper(src)} {
			d, err := document.Read("a.txt", []byte(src), document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var blocks []Block
			for _, b := range d.Blocks {
				blocks = append(blocks, Block{Start: b.Start, End: b.End})
			}
			got := Into(&Result{}, d.Text, blocks, opt) // Into numbers the words, as the checker's does
			want := &Result{}
			for _, b := range blocks {
				first := len(want.Tokens)
				var marks []int32
				want.Tokens, marks = tokenize(d.Text, b.Start, b.End, want.Tokens, nil, nil, nil)
				passed += len(want.Tokens) - first - len(marks)
				every := make([]int32, 0, len(want.Tokens)-first)
				for i := first; i < len(want.Tokens); i++ {
					every = append(every, int32(i))
				}
				want.sentences(d.Text, first, every, opt)
			}
			// The words numbered by got's Words, which knows them all:
			// the same numbers.
			got.Words.number(d.Text, want.Tokens)
			if !slices.Equal(got.Tokens, want.Tokens) || !slices.Equal(got.Sentences, want.Sentences) {
				for i := range got.Tokens {
					if i < len(want.Tokens) && got.Tokens[i] != want.Tokens[i] {
						t.Fatalf("token %d %q: %+v, the walk %+v", i, got.Tokens[i].Text(d.Text), got.Tokens[i], want.Tokens[i])
					}
				}
				t.Fatalf("%d sentences, the walk %d", len(got.Sentences), len(want.Sentences))
			}
			sentences += len(got.Sentences)
		}
	}
	if sentences < 10000 || passed < 100000 {
		t.Fatalf("only %d sentences, %d tokens between marks: the comparison proves little", sentences, passed)
	}
}
