package dates

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// refTenseAt is tenseAt as it asked the lexicon's maps of each word
// before the words' classes (WordClass) answered it.
func refTenseAt(l *Lexicon, text string, toks []segment.Token, s segment.Sentence, j int, perfect bool) (Tense, bool) {
	if toks[j].Kind != segment.Word {
		return Unknown, false
	}
	raw := toks[j].Text(text)
	if !toks[j].Initial && hasUpperASCII(raw) {
		return Unknown, false
	}
	w := lowerASCII(raw)
	if l.Future[w] {
		if k := j - 1; k >= s.First && toks[k].Kind == segment.Word && hasLower(l.Past, toks[k].Text(text)) {
			return Unknown, true
		}
		return Future, true
	}
	past := l.Past[w] || (len(w) > 4 && strings.HasSuffix(w, "ed") && !l.NotPast[w] && w == raw)
	if !past {
		return Unknown, false
	}
	for k := j - 1; k >= max(s.First, j-2); k-- {
		// "the order to leave was given": "to" before a verb of its own
		// opens an infinitive, no auxiliary of the word after it.
		if k == j-2 && toks[k].Kind == segment.Word && toks[k].Text(text) == "to" &&
			(toks[j-1].Kind != segment.Word || !hasLower(l.Auxiliaries, toks[j-1].Text(text))) {
			break
		}
		if toks[k].Kind == segment.Word && hasLower(l.Auxiliaries, toks[k].Text(text)) {
			if perfect && hasLower(l.Perfect, toks[k].Text(text)) {
				return Past, true
			}
			return Unknown, false
		}
	}
	return Past, true
}

// TestWordClasses checks the words' classes, which TenseOf and
// Attributed ask in place of the lexicon's maps: WordClass of every word
// of the test texts (as written, in capitals and in title case) and of
// words of other shapes against the maps, with the test lexicon and one
// of one-letter and non-ASCII words; tenseAt of every word token, with
// and without a perfect, against refTenseAt; and TenseOf and Attributed
// of every date against TenseOfWith and AttributedWith with classes
// kept, by token alone and by token and spelling, with the words of all
// the texts numbered by one segment.Words and the spellings' classes
// kept for each lexicon, as fact.date keeps them.
func TestWordClasses(t *testing.T) {
	other := &Lexicon{Future: set("vá", "will"), Past: set("a", "zoë", "élu", "was"), NotPast: set("seed"), Auxiliaries: set("ça", "be", "has"),
		Perfect: set("has", "ça"), Speech: set("dit", "said", "déclaré")}
	extra := "Zoë dit ÇA a élu. Ça a élu Zoë. VÁ will be SEED seeded. It has déclaré on Monday. Crews told the tale on Monday. Was it BOOKED Monday? It was booked " +
		strings.Repeat("x", 40) + "ed on Monday."
	var texts []string
	for _, text := range append(dateTexts(t), extra) {
		texts = append(texts, text, strings.ToUpper(text), title(text))
	}
	classes, dates := 0, 0
	for _, l := range []*Lexicon{testLexicon, other} {
		words := new(segment.Words)
		var spellings []uint8
		for _, text := range texts {
			seg := segment.Into(&segment.Result{Words: words}, text, []segment.Block{{Start: 0, End: len(text)}}, &segment.Options{Abbreviations: testAbbrevs})
			toks := seg.Tokens
			for _, tok := range toks {
				if tok.Kind != segment.Word {
					continue
				}
				w := tok.Text(text)
				lw := lowerASCII(w)
				want := uint8(0)
				if hasUpperASCII(w) {
					want |= ClassUpper
				}
				if l.Future[lw] {
					want |= ClassFuture
				}
				if l.Past[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") && !l.NotPast[lw] && lw == w {
					want |= ClassPast
				}
				if l.Past[lw] {
					want |= ClassPastWord
				}
				if l.Auxiliaries[lw] {
					want |= ClassAux
					if l.Perfect[lw] {
						want |= ClassPerfect
					}
				}
				if l.Speech[lw] {
					want |= ClassSpeech
				}
				if got := l.WordClass(w); got != want {
					t.Fatalf("WordClass(%q) = %07b, want %07b", w, got, want)
				}
				if want&^ClassUpper != 0 {
					classes++
				}
			}
			none := &WordClasses{}
			none.set(l, text, seg)
			for _, s := range seg.Sentences {
				for j := s.First; j < s.Last; j++ {
					for _, perfect := range []bool{false, true} {
						gt, gok := l.tenseAt(toks, s, j, perfect, none)
						wt, wok := refTenseAt(l, text, toks, s, j, perfect)
						if gt != wt || gok != wok {
							t.Fatalf("%q: tenseAt of token %d %q (perfect %v) = %v %v, want %v %v", text, j, toks[j].Text(text), perfect, gt, gok, wt, wok)
						}
					}
				}
			}
			for len(spellings) < words.Len() {
				spellings = append(spellings, 0)
			}
			byToken := &WordClasses{Tokens: make([]uint8, len(toks))}
			bySpelling := &WordClasses{Tokens: make([]uint8, len(toks)), Spellings: spellings}
			for _, e := range Extract(text, seg) {
				for _, c := range []*WordClasses{byToken, bySpelling} {
					if got, want := l.TenseOfWith(text, seg, &e, c), l.TenseOf(text, seg, &e); got != want {
						t.Fatalf("%q: TenseOfWith of %q = %v, TenseOf %v", text, e.Text(text), got, want)
					}
					if got, want := l.AttributedWith(text, seg, &e, c), l.Attributed(text, seg, &e); got != want {
						t.Fatalf("%q: AttributedWith of %q = %v, Attributed %v", text, e.Text(text), got, want)
					}
				}
				dates++
			}
		}
	}
	if classes < 1000 || dates < 5000 {
		t.Fatalf("only %d words of a class and %d dates", classes, dates)
	}
}
