package quantity

import (
	"strings"
	"testing"
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
