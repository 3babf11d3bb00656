package rules

import (
	"slices"
	"strconv"
	"strings"
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
	srcs := []numberedSrc{
		{"a.txt", []byte("Next week the Orvell council meets. Continued talks were held on Monday, officials said.\n\nThe vote will follow next week, and voting continued until Friday.")},
		{"b.txt", []byte("STILL no date for the Orvell vote. Still, officials said talks continued before the meeting's end on Tuesday.\n\nNEXT, the council met again.")},
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 11}) {
		srcs = append(srcs, numberedSrc{g.Path, g.Text})
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
	checkEachNumbering(t, set, srcs, other, check)
}

// TestDateTokShape checks the rest of a token's memo (lex): its id, its
// shape and its ordinal, which the walks over a clause read in place of
// the word (contentOf, leadNames, eventWord, earlierClause's break,
// earlierOrdinal), against each question asked of the word as the walks
// asked it, for every token of invented copy, the testdata and 40
// generated articles, with the words numbered per article, shared, in
// turn, not at all, and with an article of another lexicon. It checks
// contentOf, leadNames and earlierOrdinal of every sentence, with some
// tokens marked as dates, against walks of the text. It fails when a
// sentence's first capitalised word is read as a name, when a figure's
// token is not read as content, or when a spelling's answers are kept
// across Words.
func TestDateTokShape(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	other := &dates.Lexicon{Speech: map[string]bool{"said": true}}
	srcs := []numberedSrc{
		{"a.txt", []byte("First, the Dunhelm ferry that sank in 2014 carried 312 people. Its first voyage, which ran 4,500km, was in 2011.\n\nFIRST of all: Mr Okonta said the 3.15am sailing was the FIRST since May.")},
		{"b.txt", []byte("Which boat? The Kellan Star, whose crew of 14 left at 6:10 on Monday. Where it sank, divers found it.")},
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 13}) {
		srcs = append(srcs, numberedSrc{g.Path, g.Text})
	}
	for _, a := range walkArticles(t, set, 0) {
		srcs = append(srcs, numberedSrc{a.Doc.Path, []byte(a.Doc.Text)})
	}
	contentWant := func(text string, tok segment.Token) wordID {
		w := tok.Text(text)
		switch {
		case tok.Kind != segment.Word && tok.Kind != segment.Number:
		case w != "" && w[0] >= '0' && w[0] <= '9':
			return figureID(w)
		case tok.Kind == segment.Word && isLowerWord(w):
			return r.g.contextID(w, false)
		}
		return 0
	}
	nameWant := func(text string, tok segment.Token) wordID {
		w := tok.Text(text)
		if tok.Kind != segment.Word || tok.Initial || isLowerWord(w) || !isCapitalised(w) || r.titles[w] {
			return 0
		}
		return r.g.contextID(w, true)
	}
	ordWant := func(text string, toks []segment.Token, from, to int) string {
		for j := from; j < to; j++ {
			if toks[j].Kind != segment.Word {
				continue
			}
			for _, o := range r.earlierOrdinals {
				if w := toks[j].Text(text); len(w) == len(o) && strings.EqualFold(w, o) {
					return o
				}
			}
		}
		return ""
	}
	names, figures, ords, breaks := 0, 0, 0, 0
	check := func(a *Article, cal *dates.Lexicon, how string) {
		t.Helper()
		a.Calendar = cal
		s := r.newDateScratch(a, 0)
		defer s.release()
		text, toks := a.Doc.Text, a.Seg.Tokens
		for j, tok := range toks {
			w := tok.Text(text)
			m := r.lex(s, j)
			cw, nw := contentWant(text, tok), nameWant(text, tok)
			evWant := tok.Kind == segment.Word && (tok.Initial || isLowerWord(w))
			brWant := tok.Kind == segment.Word && r.isEarlierBreak(w)
			var gotC, gotN wordID
			if m.shape&tkContent != 0 {
				gotC = m.id
			}
			if m.shape&tkName != 0 {
				gotN = m.id
			}
			if gotC != cw || gotN != nw || (m.shape&tkEvent != 0) != evWant || (m.shape&tkBreak != 0) != brWant {
				t.Errorf("%s, %s: token %d %q (initial %v): content %x name %x shape %05b, want content %x name %x event %v break %v",
					how, a.Doc.Path, j, w, tok.Initial, gotC, gotN, m.shape, cw, nw, evWant, brWant)
			}
			if nw != 0 {
				names++
			}
			if cw != 0 && tok.Kind == segment.Number {
				figures++
			}
			if brWant {
				breaks++
			}
			if tok.Kind != segment.Word && (m.ev != -1 || m.is != 0) {
				t.Errorf("%s, %s: token %d %q is no word, but lex = %d %08b", how, a.Doc.Path, j, w, m.ev, m.is)
			}
		}
		// Every third word token a date's, as Check marks them.
		for j := range toks {
			s.inDate[j] = j%3 == 0 && toks[j].Kind == segment.Word
		}
		for _, sent := range a.Seg.Sentences {
			var wantC, wantN []wordID
			for j := sent.First; j < sent.Last; j++ {
				if s.inDate[j] {
					continue
				}
				if id := contentWant(text, toks[j]); id != 0 {
					wantC = append(wantC, id)
				}
				if id := nameWant(text, toks[j]); id != 0 {
					wantN = append(wantN, id)
				}
			}
			wantC, wantN = sortedIDs(wantC, 0), sortedIDs(wantN, 0)
			if got := r.contentOf(nil, s, sent.First, sent.Last); !slices.Equal(got, wantC) {
				t.Errorf("%s, %s: contentOf of tokens [%d, %d) = %x, want %x", how, a.Doc.Path, sent.First, sent.Last, got, wantC)
			}
			if got := r.leadNames(nil, s, sent.First, sent.Last); !slices.Equal(got, wantN) {
				t.Errorf("%s, %s: leadNames of tokens [%d, %d) = %x, want %x", how, a.Doc.Path, sent.First, sent.Last, got, wantN)
			}
			for from := sent.First; from < sent.Last; from += 4 {
				want := ordWant(text, toks, from, sent.Last)
				if got := r.earlierOrdinal(s, from, sent.Last); got != want {
					t.Errorf("%s, %s: earlierOrdinal of tokens [%d, %d) = %q, want %q", how, a.Doc.Path, from, sent.Last, got, want)
				}
				if want != "" {
					ords++
				}
			}
		}
	}
	if !checkEachNumbering(t, set, srcs, other, check) {
		return
	}
	if names < 1000 || figures < 100 || ords < 20 || breaks < 100 {
		t.Fatalf("only %d names, %d figures, %d ordinals and %d breaks", names, figures, ords, breaks)
	}
}

// TestEarlierOrdinalMany checks earlierOrdinal with more words of
// earlier_ordinals than a token's memo numbers (manyOrdinals): a word
// past the 254th is looked up again, in any case.
func TestEarlierOrdinalMany(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := *dateFactsOf(t, set)
	r.earlierOrdinals = nil
	for k := range 300 {
		r.earlierOrdinals = append(r.earlierOrdinals, "zorth"+strconv.Itoa(k))
	}
	a := articleAt(t, set, "a.txt", []byte("The Zorth7 crossing and the zorth299 crossing, then ZORTH254 and zorth253 and zorth1000."), 0)
	a.Calendar = set.Dates
	s := r.newDateScratch(a, 0)
	defer s.release()
	var found []string
	for j, tok := range a.Seg.Tokens {
		want := ""
		for _, o := range r.earlierOrdinals {
			if w := tok.Text(a.Doc.Text); tok.Kind == segment.Word && strings.EqualFold(w, o) {
				want = o
			}
		}
		if got := r.earlierOrdinal(s, j, j+1); got != want {
			t.Errorf("earlierOrdinal of token %d %q = %q, want %q", j, tok.Text(a.Doc.Text), got, want)
		}
		if want != "" {
			found = append(found, want)
		}
	}
	if want := []string{"zorth7", "zorth299", "zorth254", "zorth253"}; !slices.Equal(found, want) {
		t.Fatalf("ordinals found %q, want %q", found, want)
	}
}

// numberedSrc is an article's path and text, for checkEachNumbering.
type numberedSrc struct {
	path string
	text []byte
}

// checkEachNumbering runs check on each of srcs read as articles of set
// with their words numbered every way a worker may number them: by a
// Words of its own, by one shared by every article, by two in turn (the
// same numbers then stand for other spellings), and not at all; and
// between them an article of another lexicon, other. Two passes are
// made, the second meeting every spelling numbered. It reports whether
// the checks passed (a failed pass ends it).
func checkEachNumbering(t *testing.T, set *Set, srcs []numberedSrc, other *dates.Lexicon, check func(a *Article, cal *dates.Lexicon, how string)) bool {
	t.Helper()
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
			return false
		}
	}
	return true
}
