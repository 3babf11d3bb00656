package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestOneWalkExtractsTheSame checks that an article's dates and
// quantities, read from the candidates one walk lists for both
// (listCandidates, dates.ExtractListed, quantity.Table.ExtractListed),
// are those each extractor reads walking the tokens on its own: for
// invented copy and generated articles, each as written and in capitals,
// their words numbered by one Words shared by all, by two in turn, and
// not numbered; asking the dates first and the quantities first.
func TestOneWalkExtractsTheSame(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The council met on Tuesday, 4 March 2031, and agreed to spend £2.5m on 14 new buses.",
		"Three weeks ago the ferry carried 1,200 passengers; the 9th of May was the busiest day, with 310.",
		"A fortnight later, on the 3rd, about 40 to 45 people — a third of them under 18 — came back.",
		"It rained for an hour. A day ago it was 12C (54F) at 6am; last Friday's storm brought 30mm.",
		"Shares fell 4% to $17.20 in 2029, the lowest since mid-2024, the firm said on Monday.",
		"Nothing here is counted or dated, and no word begins one.",
		"",
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 30, Seed: 7}) {
		texts = append(texts, string(g.Text))
	}
	var all []string
	for _, s := range texts {
		all = append(all, s, strings.ToUpper(s))
	}
	shared := new(segment.Words)
	pair := [2]*segment.Words{new(segment.Words), new(segment.Words)}
	listed, fromSeg := 0, 0
	for k, text := range all {
		for _, words := range []*segment.Words{shared, pair[k%2], nil} {
			for _, datesFirst := range []bool{true, false} {
				a := articleWith(t, set, "x.md", []byte(text), 0, words)
				a.Calendar = set.Dates
				if _, ok := a.Seg.ListedFor(set.Quantities); ok {
					fromSeg++
				}
				var gotD []dates.Expr
				var gotQ []quantity.Quantity
				if datesFirst {
					gotD = a.Dates()
				} else {
					gotQ = a.Quantities()
				}
				if a.cands != nil {
					listed++
				}
				if datesFirst {
					gotQ = a.Quantities()
				} else {
					gotD = a.Dates()
				}
				if a.cands != nil {
					t.Fatalf("%q: the candidates' room was not given back", text)
				}
				wantD := dates.Extract(a.Doc.Text, a.Seg)
				wantQ := set.Quantities.Extract(a.Doc.Text, a.Seg)
				if !reflect.DeepEqual(gotD, wantD) {
					t.Fatalf("%q: dates\n got %+v\nwant %+v", text, gotD, wantD)
				}
				if len(gotQ) != len(wantQ) || len(wantQ) > 0 && !reflect.DeepEqual(gotQ, wantQ) {
					t.Fatalf("%q: quantities\n got %+v\nwant %+v", text, gotQ, wantQ)
				}
			}
		}
	}
	if listed == 0 || fromSeg == 0 {
		t.Fatalf("%d articles read from listed candidates, %d from the segmenter's list: the test proves nothing", listed, fromSeg)
	}
}

// TestOneWalkTokensOutOfText checks that a segmentation whose tokens do
// not fit the article's text is not listed (the walk turns it away) and
// that its quantities are read by the extractor on its own, which stops
// at the first token that does not fit: no panic, and the quantities
// before it. (The date extractor never read such a segmentation: it is
// not asked here.)
func TestOneWalkTokensOutOfText(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	text := "The town has 40 boats and 12 cars."
	doc, err := document.Read("x.md", []byte(text), set.Document)
	if err != nil {
		t.Fatal(err)
	}
	seg := segment.Segment(doc.Text, []segment.Block{{Start: 0, End: len(doc.Text)}}, &set.Segment)
	longer := segment.Segment(doc.Text+" and 9 more", []segment.Block{{Start: 0, End: len(doc.Text) + 11}}, &set.Segment)
	for _, s := range []*segment.Result{seg, longer} {
		a := &Article{Doc: doc, Seg: s, Units: set.Quantities, Calendar: set.Dates}
		got := a.Quantities()
		if listed := a.cands != nil; listed != (s == seg) {
			t.Fatalf("listed %v for the segmentation of %d tokens", listed, len(s.Tokens))
		}
		if len(got) != 2 || got[0].Value != 40 || got[1].Value != 12 {
			t.Fatalf("quantities %+v, want 40 and 12", got)
		}
	}
}

// TestOneWalkLeavesOutThe checks that the dates' list of candidates
// leaves out "the" in any case (dates.Unlisted), as the segmenter's list
// then does, and that a date that starts at "the" ("the 3rd of June",
// "The 12th", "the 2nd" ending one sentence before a figure opening the
// next) is still read from the digits after it, as Extract reads it:
// with the words numbered, the first article and the next (whose
// segmenter's list is written by the marks the first set), and without.
func TestOneWalkLeavesOutThe(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"On the 3rd of June the ferry left, and The 9th of July it came back.",
		"The 12th of March was wet. The boat sank on the 2nd.\n\n14 people were saved, the third of them by the crew.",
		"Nothing is dated by the words of the copy; the end.",
	}
	for _, numbered := range []bool{true, false} {
		var words *segment.Words
		if numbered {
			words = new(segment.Words)
		}
		for round := 0; round < 2; round++ {
			for _, text := range texts {
				a := articleWith(t, set, "x.md", []byte(text), 0, words)
				a.Calendar = set.Dates
				c := a.listCandidates()
				if c == nil {
					t.Fatalf("%q: no candidates listed", text)
				}
				for _, k := range c.d {
					if w := a.Seg.Tokens[k].Text(a.Doc.Text); strings.EqualFold(w, "the") {
						t.Errorf("%q: %q (token %d) is listed for the dates", text, w, k)
					}
				}
				a.cands, a.candsTried = nil, false
				got := a.Dates()
				want := dates.Extract(a.Doc.Text, a.Seg)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q: dates\n got %+v\nwant %+v", text, got, want)
				}
				if text == texts[0] && (len(got) != 2 || got[0].Day != 3 || got[1].Day != 9 ||
					a.Doc.Text[got[0].Span.Start:got[0].Span.End] != "the 3rd of June") {
					t.Errorf("%q: dates %+v, want the 3rd of June and the 9th of July", text, got)
				}
			}
		}
	}
}
