package quantity

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestIsWordFolds checks that isWord's early answer by length never
// differs from a plain case-folded comparison: for every word the parser
// asks about, against every word token of generated articles and of
// spellings whose runes fold to ASCII letters ("\u212Am" with the Kelvin
// sign, "ſix" with the long s), in their case and upper-cased.
func TestIsWordFolds(t *testing.T) {
	words := []string{"between", "from", "and", "to", "or", "minus", "s", "a", "an", "half", "quarter", "no", "another", "of"}
	odd := "from FROM From fRoM \u212Am \u017Fix \u017F \u212A A AN aN HALF half- Quarter \u212Aa between\u017F minu\u017F MINUS Or oR"
	texts := append(filterTexts(t, 2), odd)
	asked, matched := 0, 0
	for _, text := range texts {
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := seg(text)
			p := &parser{t: pack(t), text: text, toks: s.Tokens, lastEnd: -1}
			for i := range s.Tokens {
				for _, w := range words {
					want := s.Tokens[i].Kind == segment.Word && strings.EqualFold(s.Tokens[i].Text(text), w)
					if got := p.isWord(i, w); got != want {
						t.Fatalf("isWord(%q, %q) = %v, want %v", s.Tokens[i].Text(text), w, got, want)
					}
					asked++
					if want {
						matched++
					}
				}
			}
		}
	}
	if matched < 100 {
		t.Fatalf("%d of %d comparisons matched: the test proves little", matched, asked)
	}
	// The folding spellings must have been read as words and matched.
	s := seg("\u017Fix \u212Am")
	p := &parser{t: pack(t), text: "\u017Fix \u212Am", toks: s.Tokens, lastEnd: -1}
	if len(s.Tokens) != 2 || !p.isWord(0, "six") || !p.isWord(1, "km") {
		t.Fatalf("folding spellings not matched: %+v", s.Tokens)
	}
}

// TestEqualFoldLower checks equalFoldLower against strings.EqualFold on
// words in every case, punctuation, and the non-ASCII runes that fold to
// ASCII letters (KELVIN SIGN, LONG S).
func TestEqualFoldLower(t *testing.T) {
	words := []string{"and", "a", "km/h", "per", "s", "sq", "n.m.", "the", "1st", "-", "ander"}
	texts := []string{"and", "AND", "And", "aNd", "an", "ands", "a", "A", "@", "km/h", "KM/H", "Km/H", "kmoh", "KMOH",
		"\u212am/h", "per", "PER", "pe\u017f", "s", "S", "\u017f", "SQ", "sQ", "N.M.", "n.m.", "N\x0eM\x0e", "THE", "1ST", "1st", "{", "ANDER", "\u212aM/H", "anders", "bnd", "\u017fq"}
	for _, w := range words {
		for _, s := range texts {
			if got, want := equalFoldLower(s, w), strings.EqualFold(s, w); got != want {
				t.Errorf("equalFoldLower(%q, %q) = %t, EqualFold %t", s, w, got, want)
			}
		}
	}
}

// TestAndOr checks andOr against isWord on every word of the test texts
// and on spellings with runes that fold to ASCII letters.
func TestAndOr(t *testing.T) {
	tb := pack(t)
	texts := append(filterTexts(t, 2), "AND Or aNd oR an\u212ad \u017fr and. or, andor ands")
	hits := 0
	for _, text := range texts {
		s := seg(text)
		p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
		for i := -1; i <= len(s.Tokens); i++ {
			want := p.isWord(i, "and") || p.isWord(i, "or")
			if got := p.andOr(i); got != want {
				t.Fatalf("andOr(%d) = %t, isWord says %t", i, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 100 {
		t.Fatalf("only %d ands and ors: the test proves little", hits)
	}
}
