package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestKeyedBits checks the memo's per-spelling answers of wholeOfAt,
// ofNounAt and keyed (keyedBits: the height_frames and the forms of "be"
// that open a part's clause) against the look-ups of the lowered word in
// the rule's maps that they stand for, for every word token of testdata
// and of invented copy that writes each word of the pack's
// whole_synonyms, of_synonyms and height_frames and the forms of "be" in
// three cases,
// each asked twice, with one memo kept across the articles and handed to
// another rule's tables halfway. A rule whose maps differ (its synonyms
// emptied) reads the same memo last: its answers must be its own.
func TestKeyedBits(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	emptied, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2, r3 := autoFactsOf(t, set), autoFactsOf(t, other), autoFactsOf(t, emptied)
	for k := range r3.wholeOf {
		r3.ofNouns[k] = "of nothing"
	}
	for k := range r3.heights {
		r3.wholeOf[k] = "of nothing"
	}
	clear(r3.heights)
	var ws []string
	for w := range r.wholeOf {
		ws = append(ws, w)
	}
	for w := range r.ofNouns {
		ws = append(ws, w)
	}
	for w := range r.heights {
		ws = append(ws, w)
	}
	for w := range partVerb {
		ws = append(ws, w)
	}
	if len(r.wholeOf) == 0 || len(r.ofNouns) == 0 || len(r.heights) == 0 {
		t.Fatal("the default pack has no whole_synonyms, of_synonyms or height_frames")
	}
	slices.Sort(ws)
	var b strings.Builder
	for _, w := range ws {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			b.WriteString("Some 40% of " + v + " quarvels " + v + " 12 under ")
		}
		b.WriteString(".\n")
	}
	b.WriteString("Nine tonnes of İS and WAS and Kelvin.\n")
	arts := walkArticles(t, set, 12)
	arts = append(arts, articleAt(t, set, "invented.txt", []byte(b.String()), len(arts)))
	arts = append(arts, articleAt(t, set, "invented2.txt", []byte(b.String()), len(arts)))
	m := &ctxMemo{}
	whole, noun, part, height := 0, 0, 0, 0
	for i, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		rule := r
		switch {
		case i == len(arts)-1:
			rule = r3
		case i >= len(arts)/2:
			rule = r2
		}
		m.g, m.classes = &rule.g, rule.classes
		for range 2 {
			for j := range toks {
				if toks[j].Kind != segment.Word {
					continue
				}
				lower := strings.ToLower(toks[j].Text(text))
				got, ok := rule.wholeOfAt(m, text, toks, j)
				want, wok := rule.wholeOf[lower]
				if j+1 >= len(toks) || toks[j+1].Kind != segment.Word {
					want, wok = "", false
				}
				if got != want || ok != wok {
					t.Fatalf("%s token %d %q: wholeOfAt %q %v, want %q %v", a.Doc.Path, j, lower, got, ok, want, wok)
				}
				got, ok = rule.ofNounAt(m, text, toks, j)
				want, wok = rule.ofNouns[lower]
				if got != want || ok != wok {
					t.Fatalf("%s token %d %q: ofNounAt %q %v, want %q %v", a.Doc.Path, j, lower, got, ok, want, wok)
				}
				if got, want := rule.keyed(m, text, toks, j, keyedPart), partVerb[lower]; got != want {
					t.Fatalf("%s token %d %q: keyed part %v, want %v", a.Doc.Path, j, lower, got, want)
				}
				_, want2 := rule.heights[lower]
				if got := rule.keyed(m, text, toks, j, keyedHeight); got != want2 {
					t.Fatalf("%s token %d %q: keyed height %v, want %v", a.Doc.Path, j, lower, got, want2)
				}
				if got := rule.keyed(nil, text, toks, j, keyedHeight); got != want2 {
					t.Fatalf("%s token %d %q: keyed height without a memo %v, want %v", a.Doc.Path, j, lower, got, want2)
				}
				if want2 && rule == r {
					height++
				}
				if wok && rule == r {
					whole++
				}
				if _, ok := rule.ofNouns[lower]; ok && rule == r {
					noun++
				}
				if partVerb[lower] {
					part++
				}
			}
		}
	}
	if whole == 0 || noun == 0 || part == 0 || height == 0 {
		t.Errorf("asked %d words of whole_synonyms, %d of of_synonyms, %d of height_frames, %d forms of be", whole, noun, height, part)
	}
}
