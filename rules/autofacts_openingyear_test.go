package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// sentenceOpeningYearRef is sentenceOpeningYear as it was before its
// scans were bounded: the mark nearest the year searched back to the
// sentence's start, every token from the clause's start to the year
// read, and all the article's quantities walked for another year.
func sentenceOpeningYearRef(text string, toks []segment.Token, sents []segment.Sentence, qs []quantity.Quantity, q *quantity.Quantity) int {
	if q.Kind != quantity.Year || q.Range || q.Sentence < 0 || q.Sentence >= len(sents) {
		return -1
	}
	sent := sents[q.Sentence]
	first := sent.First
	for j := q.Tokens[0] - 1; j > sent.First; j-- {
		if t := toks[j]; t.Kind == segment.Punct {
			if c := text[t.Start]; c == ':' || c == ';' {
				first = j + 1
			}
			break
		}
	}
	in := -1
	for j := first; j < q.Tokens[0]; j++ {
		if toks[j].Kind != segment.Word {
			return -1
		}
		if foldIs(toks[j].Text(text), "in") {
			in = j
		}
	}
	if in < 0 || q.Tokens[0]-first > 3 || in-first > 1 {
		return -1
	}
	for k := range qs {
		if p := &qs[k]; p != q && p.Sentence == q.Sentence && (p.Kind == quantity.Year || attributiveYear(text, toks, p)) {
			return -1
		}
	}
	return first
}

// TestSentenceOpeningYearBounded checks sentenceOpeningYear, given the
// year's sentence run of quantities as Check gives it, against the
// unbounded reference given all of them, on every year of testdata's
// articles and of invented copy whose years stand one to six tokens
// after a colon, a semicolon, a comma or the sentence's start.
func TestSentenceOpeningYearBounded(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	invented := "In 2018 the Orrin depot moved 40 vans.\n" +
		"The yard grew: in 2019 it held 52 buses.\n" +
		"The yard grew; back in May 2020 it held 61 buses.\n" +
		"The yard, which grew, had in 2021 some 70 buses.\n" +
		"Then the yard of the firm in 2022 held 75 buses.\n" +
		"Its plan: the yard of the firm in 2023 was to hold 80 buses.\n" +
		"Its plan: back then in early 2024 it held 83 buses and in 2025 90.\n" +
		"In 2026, the yard had 95 buses.\n"
	arts := walkArticles(t, set, 60)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(invented), len(arts)))
	opened, years := 0, 0
	for _, a := range arts {
		qs := a.Quantities()
		text, toks, sents := a.Doc.Text, a.Seg.Tokens, a.Seg.Sentences
		inOrder := sentencesInOrder(qs)
		for i := range qs {
			q := &qs[i]
			if q.Kind != quantity.Year {
				continue
			}
			years++
			lo, hi := 0, len(qs)
			if inOrder {
				lo, hi = sentenceRun(qs, i)
			}
			got, want := sentenceOpeningYear(text, toks, sents, qs[lo:hi], q), sentenceOpeningYearRef(text, toks, sents, qs, q)
			if got != want {
				t.Errorf("%s: year at byte %d: %d, want %d", a.Doc.Path, q.Span.Start, got, want)
			}
			if want >= 0 {
				opened++
			}
		}
	}
	if opened < 5 || years < 50 {
		t.Errorf("only %d years, %d opening a clause", years, opened)
	}
}
