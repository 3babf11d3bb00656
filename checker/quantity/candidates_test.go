package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestCandidatesCoverFlags checks that the parse, which visits only the
// candidates, misses no token it used to visit: every token whose flags
// are not 0 is a candidate, candidateFlags of a candidate are its flags,
// the candidates are in token order, and (so
// that the test proves something) they are a small part of the tokens.
// Generated articles, the seeds and odd spellings, each also upper-cased.
func TestCandidatesCoverFlags(t *testing.T) {
	tb := pack(t)
	texts := filterTexts(t, 4)
	tokens, candidates, flagged := 0, 0, 0
	for _, text := range texts {
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := seg(text)
			p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
			cands := p.candidates(nil)
			k := 0
			for i := range s.Tokens {
				isCand := k < len(cands) && int(cands[k]) == i
				if isCand {
					k++
					if got, want := p.candidateFlags(i), p.flags(i); got != want {
						t.Fatalf("candidateFlags(%q) = %b, flags = %b", s.Tokens[i].Text(text), got, want)
					}
				}
				if p.flags(i) != 0 {
					flagged++
					if !isCand {
						t.Fatalf("token %d %q has flags %b but is no candidate", i, s.Tokens[i].Text(text), p.flags(i))
					}
				}
			}
			if k != len(cands) {
				t.Fatalf("candidates out of order or out of range: %v", cands)
			}
			tokens += len(s.Tokens)
			candidates += len(cands)
		}
	}
	if flagged < 1000 || candidates*3 > tokens {
		t.Fatalf("%d tokens, %d candidates, %d flagged: the test proves little", tokens, candidates, flagged)
	}
	t.Logf("%d tokens, %d candidates, %d flagged", tokens, candidates, flagged)
}

// TestRangeNeedsCandidate checks what item relies on to skip most
// qualifiers and every "from" with no number after it: rangeOrCore (what
// a qualifier, "from" or "between" leads to) finds nothing at a token
// whose flags are 0, so that what it may find begins at a candidate.
// Every token of generated articles, the seeds and odd spellings, each
// also upper-cased; rangeOrCore must find quantities at enough of the
// others for the test to prove something.
func TestRangeNeedsCandidate(t *testing.T) {
	tb := pack(t)
	checked, hits := 0, 0
	for _, text := range filterTexts(t, 4) {
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := seg(text)
			p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
			for i := range s.Tokens {
				var it item
				st := p.rangeOrCore(&it, i, false)
				if p.flags(i) != 0 {
					if st == found {
						hits++
					}
					continue
				}
				checked++
				if st != none {
					t.Fatalf("rangeOrCore at %q (token %d, flags 0) = %d, want none", s.Tokens[i].Text(text), i, st)
				}
			}
		}
	}
	if checked < 10000 || hits < 1000 {
		t.Fatalf("%d tokens checked, %d quantities found: the test proves little", checked, hits)
	}
}

// TestMaxQualToks checks that the table knows its longest qualifier.
func TestMaxQualToks(t *testing.T) {
	tb := NewTable()
	if tb.maxQualToks != 0 {
		t.Fatalf("empty table: maxQualToks = %d", tb.maxQualToks)
	}
	for _, c := range []struct {
		words string
		want  int
	}{{"about", 1}, {"at least", 2}, {"close to", 2}, {"no more than", 3}, {"up to", 3}} {
		if err := tb.AddQualifier(QualifierDef{Bound: "about", Tolerance: 0.1, Words: []string{c.words}}); err != nil {
			t.Fatal(err)
		}
		if tb.maxQualToks != c.want {
			t.Fatalf("after %q: maxQualToks = %d, want %d", c.words, tb.maxQualToks, c.want)
		}
	}
}

// TestCandidatesBySpelling checks that the candidates read by a numbered
// spelling's entry (scanTokens with a wordInfo's cand) are those tested
// by the tokens' bytes: texts numbered by one Words shared by all, by two
// Words in turn, and upper-cased (other spellings of the same words),
// each read twice, so that most spellings are read from the entries the
// texts before left.
func TestCandidatesBySpelling(t *testing.T) {
	tb := pack(t)
	texts := filterTexts(t, 4)
	shared := new(segment.Words)
	turns := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	// The shared Words has a wordInfo of its own; the two in turn share
	// one, which must be emptied at each turn.
	wis := [2]*wordInfo{new(wordInfo), new(wordInfo)}
	block := func(text string) []segment.Block { return []segment.Block{{Start: 0, End: len(text)}} }
	read := 0
	for pass := range 2 {
		for i, text := range texts {
			for _, text := range []string{text, strings.ToUpper(text)} {
				want := fmt.Sprint(scanCands(tb, text, seg(text).Tokens, nil))
				for how, words := range []*segment.Words{shared, turns[i%2]} {
					s := segment.Into(&segment.Result{Words: words}, text, block(text), &segment.Options{})
					wi := wis[how]
					wi.sync(words, tb)
					for _, tk := range s.Tokens {
						if tk.Word != 0 && wi.cand[tk.Word] != 0 {
							read++
						}
					}
					if got := fmt.Sprint(scanCands(tb, text, s.Tokens, wi.cand)); got != want {
						t.Fatalf("pass %d, text %d, words %d: candidates\n%s\nwant\n%s", pass, i, how, got, want)
					}
				}
			}
		}
	}
	if read < 1000 {
		t.Fatalf("only %d tokens read by their spelling's entry: the test proves little", read)
	}
}

// scanCands is scanTokens's candidates.
func scanCands(tb *Table, text string, toks []segment.Token, byCand []uint8) []int32 {
	_, c := scanTokens(tb, text, toks, nil, byCand)
	return c
}
