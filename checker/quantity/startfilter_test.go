package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestStartFilter checks that the start filter of flags turns away only
// tokens whose vocabulary entry begins nothing: for every token of
// generated articles, the seeds and odd spellings, flags equals what the
// vocabulary entry alone says.
func TestStartFilter(t *testing.T) {
	tb := pack(t)
	texts := filterTexts(t, 3)
	flagged := 0
	for _, text := range texts {
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := seg(text)
			p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
			for i, tok := range s.Tokens {
				var want uint8
				switch tok.Kind {
				case segment.Number:
					want = startDigits
				case segment.Word:
					if isDigit(text[tok.Start]) {
						want = startDigits
					} else if v := tb.info(tok.Text(text)); v != nil {
						want = v.start
					}
				case segment.Punct:
					if v := tb.info(tok.Text(text)); v != nil {
						want = v.start & startPrefix
					}
				}
				if got := p.flags(i); got != want {
					t.Fatalf("flags(%q) = %b, want %b", tok.Text(text), got, want)
				}
				if want != 0 && want != startDigits {
					flagged++
				}
			}
		}
	}
	if flagged < 100 {
		t.Fatalf("only %d words flagged: the test proves little", flagged)
	}
}

// TestStartFilterKelvin checks a start word with a "k" inside it: a token
// that writes the "k" as KELVIN SIGN (three bytes) lower-cases to it,
// and the filter must let that longer token through.
func TestStartFilterKelvin(t *testing.T) {
	tb := NewTable()
	if err := tb.AddQualifier(QualifierDef{Bound: "about", Tolerance: 0.1, Words: []string{"bakers of"}}); err != nil {
		t.Fatal(err)
	}
	text := "ba\u212aers of 5 and BA\u212aERS of 6"
	s := seg(text)
	p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
	for _, i := range []int{0, 4} {
		if f := p.flags(i); f&startQualifier == 0 {
			t.Errorf("flags(%q) = %b: the qualifier is turned away", s.Tokens[i].Text(text), f)
		}
	}
	if qs := tb.Extract(text, s); len(qs) != 2 || qs[0].Qualifier == nil || qs[1].Qualifier == nil {
		t.Errorf("Extract = %+v, want two qualified quantities", qs)
	}
}

// filterTexts are the texts the start filter and the candidate list are
// checked on: the benchmark's article, odd spellings, 100 generated
// articles (of the seed given) and the seeds.
func filterTexts(t *testing.T, seed uint64) []string {
	t.Helper()
	texts := []string{
		benchText,
		"ABOUT 20, At Least 5, MORE THAN $5, Between 10 AND 12, US$5m, £5, €3.2bn, " +
			"Twenty-One, A DOZEN, Half An Hour, Über 5, ÉTÉ 3, \u212a 5, İn 2019, nEARLY 9, H\u212a$5m, h\u212A$ 3.",
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 100, Seed: seed}) {
		texts = append(texts, string(a.Text))
	}
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(src))
	}
	return texts
}

// TestNumberFilter checks numberBits, by which the parse passes over a
// word that may only begin a qualifier: mayBeginNumber lets through
// every word or symbol whose vocabulary entry may begin a number, a
// currency prefix or a range, and turns away qualifier words such as
// "in" and "at". Every token of generated articles, the seeds and odd
// spellings, each also upper-cased; at least a thousand qualifier words
// must be turned away for the filter to be of use.
func TestNumberFilter(t *testing.T) {
	tb := pack(t)
	numberish, turned := 0, 0
	for _, text := range filterTexts(t, 3) {
		for _, text := range []string{text, strings.ToUpper(text)} {
			for _, tok := range seg(text).Tokens {
				w := tok.Text(text)
				if tok.Kind == segment.Number || isDigit(w[0]) {
					continue
				}
				v := tb.info(w)
				if v != nil && v.start&^startQualifier != 0 {
					numberish++
					if !tb.mayBeginNumber(w) {
						t.Fatalf("mayBeginNumber(%q) = false; its start flags are %b", w, v.start)
					}
				}
				if v != nil && v.start == startQualifier && !tb.mayBeginNumber(w) {
					turned++
				}
			}
		}
	}
	if numberish < 1000 || turned < 1000 {
		t.Fatalf("%d words may begin a number, %d qualifier words turned away: the test proves little", numberish, turned)
	}
}
