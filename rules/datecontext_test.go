package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

func dateFactsOf(t *testing.T, set *Set) *dateFactsRule {
	t.Helper()
	for _, r := range set.Rules {
		if d, ok := r.(*dateFactsRule); ok {
			return d
		}
	}
	t.Fatal("no fact.date rule in the default pack")
	return nil
}

// lexWant is what lex must answer of word token t of text: each question
// asked as the rule asked it with its maps.
func lexWant(r *dateFactsRule, cal *dates.Lexicon, text string, t segment.Token) (ev int, is uint8) {
	w := t.Text(text)
	ev = -1
	if g, ok := r.events[stem(w)]; ok {
		ev = g
	}
	lower := isLowerWord(w)
	lw := strings.Map(func(c rune) rune {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}, w)
	if len(w) <= r.longest && len(w) <= 32 && r.continuation[lw] {
		is |= qCont
	}
	sw := w
	if t.Initial {
		sw = strings.ToLower(w)
	}
	if r.sequence[sw] {
		is |= qSeq
	}
	for _, c := range []struct {
		m map[string]bool
		q uint8
	}{{r.modifiers, qMod}, {r.heads, qHead}, {r.leadBreaks, qBreak}, {r.leadEnds, qEnd}} {
		if lower && c.m[w] {
			is |= c.q
		}
	}
	if (lower || t.Initial) && len(w) <= 32 && (r.leadNot[lw] || cal != nil && cal.Speech[lw] || is&qCont != 0) {
		is |= qNotMain
	}
	if (lower || t.Initial) && len(w) <= 32 && (r.leadNot[lw] || is&qCont != 0) {
		is |= qNotEvent
	}
	return ev, is
}

// TestDateLex compares lex's answers, filtered and hashed, with the
// rule's maps asked directly, for every word of the testdata and 50
// generated articles, with the set's lexicon and with another one (whose
// speech words lex must look up).
func TestDateLex(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	other := &dates.Lexicon{Speech: map[string]bool{"said": true, "monday": true, "zoë": true}}
	arts := walkArticles(t, set, 50)
	words, events, flagged := 0, 0, 0
	for _, a := range arts {
		for _, cal := range []*dates.Lexicon{set.Dates, other} {
			a.Calendar = cal
			s := r.newDateScratch(a, 0)
			for j, tok := range a.Seg.Tokens {
				if tok.Kind != segment.Word {
					continue
				}
				m := r.lex(s, j)
				wantEv, wantIs := lexWant(r, cal, a.Doc.Text, tok)
				if int(m.ev) != wantEv || m.is != wantIs {
					t.Errorf("%s token %d %q (initial %v): lex = %d %08b, want %d %08b", a.Doc.Path, j, tok.Text(a.Doc.Text), tok.Initial, m.ev, m.is, wantEv, wantIs)
				}
				words++
				if wantEv >= 0 {
					events++
				}
				if wantIs != 0 {
					flagged++
				}
			}
			s.release()
		}
		if t.Failed() {
			return
		}
	}
	// The corpora must hold event words and listed words for the test
	// to say anything about them.
	if events < 500 || flagged < 500 {
		t.Fatalf("only %d event words and %d listed words among %d words", events, flagged, words)
	}
}

// TestDateLexWords is TestDateLex on words of every shape: case,
// sentence-initial, endings that stemming cuts, non-ASCII and long words.
func TestDateLexWords(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	text := "Next meeting NEXT next nExt Meetings meetings meeting's colouring's CONTINUED continued Continues still " +
		"Still from From of toll Toll tolls when When as before Before will Will said Said told " +
		"Élection élections quakes Quake's Zoë Kelvin naïve " + strings.Repeat("x", 47) + " a I"
	var toks []segment.Token
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			j = len(text) - i
		}
		toks = append(toks, segment.Token{Start: i, End: i + j, Kind: segment.Word})
		i += j + 1
	}
	for _, initial := range []bool{false, true} {
		for k := range toks {
			toks[k].Initial = initial
		}
		doc, err := document.Read("a.txt", []byte(text), set.Document)
		if err != nil || doc.Text != text {
			t.Fatalf("document.Read: %v, text %q", err, doc.Text)
		}
		a := &Article{Doc: doc, Calendar: set.Dates, Seg: &segment.Result{Tokens: toks}}
		s := r.newDateScratch(a, 0)
		for j, tok := range toks {
			m := r.lex(s, j)
			wantEv, wantIs := lexWant(r, set.Dates, text, tok)
			if int(m.ev) != wantEv || m.is != wantIs {
				t.Errorf("%q (initial %v): lex = %d %08b, want %d %08b", tok.Text(text), initial, m.ev, m.is, wantEv, wantIs)
			}
		}
		s.release()
	}
}

// TestDateContext compares dateContext, which reads the article's memo
// and walks the clause only, with grammar.context asked as Check asked
// it before (skipping dates, words outside the clause and event words
// found by stemIn), for every date of the testdata and 100 generated
// articles, with the clause Check reads and with the clause cut to the
// date's own words.
func TestDateContext(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	arts := walkArticles(t, set, 100)
	checked, nonEmpty := 0, 0
	for _, a := range arts {
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		es := a.Dates()
		text, toks := a.Doc.Text, a.Seg.Tokens
		s := r.newDateScratch(a, len(es))
		for i := range es {
			for j := es[i].Tokens[0]; j < es[i].Tokens[1]; j++ {
				s.inDate[j] = true
			}
		}
		for i := range es {
			e := &es[i]
			if e.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			sent := a.Seg.Sentences[e.Sentence]
			cf, ct, _ := r.clause(text, toks, sent, e)
			for _, c := range [][2]int{{cf, ct}, {e.Tokens[0], e.Tokens[1]}, {sent.First, sent.Last}} {
				from, to := c[0], c[1]
				skip := func(j int) bool {
					_, ev := stemIn(r.events, toks[j].Text(text))
					return s.inDate[j] || j < from || j >= to || toks[j].Kind == segment.Word && ev
				}
				want := r.g.context(text, toks, sent, e.Tokens[0], e.Tokens[1], 2*r.window, skip)
				start := r.dateContext(s, sent, e, from, to)
				got := s.ctx[start:]
				if len(got) != len(want) || len(got) > 0 && !slices.Equal(got, want) {
					t.Errorf("%s date %q, clause [%d, %d): dateContext = %x, context %x", a.Doc.Path, e.Text(text), from, to, got, want)
				}
				checked++
				if len(want) > 0 {
					nonEmpty++
				}
			}
		}
		s.release()
		if t.Failed() {
			return
		}
	}
	if nonEmpty < 1000 {
		t.Fatalf("only %d of %d contexts hold words", nonEmpty, checked)
	}
}

// TestFigureID compares figureID with the hash of the string figureWord
// builds, on figures of every shape and every token of the testdata and
// 50 generated articles that starts with a digit.
func TestFigureID(t *testing.T) {
	want := func(w string) wordID {
		if f := figureWord(w); f != "" {
			return wordHash("#" + f)
		}
		return 0
	}
	for _, w := range []string{"3.15am", "3.15", "6:10", "1,500", "1,500.5", "7", "7th", "42", "12:", "1.", "2024-05-06", "9/11", "10,", "0.5km", "3..4"} {
		if got := figureID(w); got != want(w) {
			t.Errorf("figureID(%q) = %x, want %x (figureWord %q)", w, got, want(w), figureWord(w))
		}
	}
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	figures := 0
	for _, a := range walkArticles(t, set, 50) {
		for _, tok := range a.Seg.Tokens {
			w := tok.Text(a.Doc.Text)
			if w == "" || w[0] < '0' || w[0] > '9' {
				continue
			}
			if got := figureID(w); got != want(w) {
				t.Errorf("%s: figureID(%q) = %x, want %x", a.Doc.Path, w, got, want(w))
			}
			if figureWord(w) != "" {
				figures++
			}
		}
	}
	if figures < 1000 {
		t.Fatalf("only %d figures", figures)
	}
}

// TestContinuationSpanMemo compares isContinuationSpan, which reads the
// article's memo (lex's qCont), with isContinuation asked of every word
// of the span, for every sentence of the testdata and 50 generated
// articles and for each sentence's first half.
func TestContinuationSpanMemo(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	found := 0
	for _, a := range walkArticles(t, set, 50) {
		a.Calendar = set.Dates
		s := r.newDateScratch(a, 0)
		for _, sent := range a.Seg.Sentences {
			for _, to := range []int{sent.Last, (sent.First + sent.Last) / 2} {
				want := false
				for j := sent.First; j < to; j++ {
					if a.Seg.Tokens[j].Kind == segment.Word && r.isContinuation(a.Seg.Tokens[j].Text(a.Doc.Text)) {
						want = true
					}
				}
				if got := r.isContinuationSpan(s, sent.First, to); got != want {
					t.Errorf("%s tokens [%d, %d): isContinuationSpan = %v, want %v", a.Doc.Path, sent.First, to, got, want)
				}
				if want {
					found++
				}
			}
		}
		s.release()
	}
	if found < 20 {
		t.Fatalf("only %d spans with a word of continuation", found)
	}
}
