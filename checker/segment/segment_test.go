package segment_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"

	_ "github.com/factlint/factlint/internal/golden"
)

var opts = &segment.Options{Abbreviations: map[string]segment.Abbreviation{
	"Mr": segment.Title, "Gen": segment.Title, "Sept": segment.Other,
}}

// describe renders a token as text/kind with "+" for Joined and "^" for
// Initial: "Kim/W^", "./P+", "'s/S+", "1,500/N".
func describe(text string, t segment.Token) string {
	kind := map[segment.Kind]string{segment.Word: "W", segment.Number: "N", segment.Possessive: "S", segment.Punct: "P"}[t.Kind]
	s := t.Text(text) + "/" + kind
	if t.Joined {
		s += "+"
	}
	if t.Initial {
		s += "^"
	}
	return s
}

func describeAll(text string, r *segment.Result) (toks, sents []string) {
	for _, t := range r.Tokens {
		toks = append(toks, describe(text, t))
	}
	for _, s := range r.Sentences {
		sents = append(sents, text[s.Start:s.End])
	}
	return toks, sents
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		tokens    string // space-separated descriptions
		sentences []string
	}{
		{
			name:      "titles, dotted abbreviation, month",
			text:      "Mr. Kim met Gen. Lee in the U.S. on Sept. 11.",
			tokens:    "Mr/W^ ./P+ Kim/W met/W Gen/W ./P+ Lee/W in/W the/W U.S./W on/W Sept/W ./P+ 11/N ./P+",
			sentences: []string{"Mr. Kim met Gen. Lee in the U.S. on Sept. 11."},
		},
		{
			name:      "initial",
			text:      "John F. Kennedy was here. Then he left.",
			tokens:    "John/W^ F/W ./P+ Kennedy/W was/W here/W ./P+ Then/W^ he/W left/W ./P+",
			sentences: []string{"John F. Kennedy was here.", "Then he left."},
		},
		{
			name:      "quoted sentence",
			text:      `He said: "Go." She went.`,
			tokens:    `He/W^ said/W :/P+ "/P Go/W+^ ./P+ "/P+ She/W^ went/W ./P+`,
			sentences: []string{`He said: "Go."`, "She went."},
		},
		{
			name:      "numbers",
			text:      "It cost 1,500 or 1.5 million.",
			tokens:    "It/W^ cost/W 1,500/N or/W 1.5/N million/W ./P+",
			sentences: []string{"It cost 1,500 or 1.5 million."},
		},
		{
			name:      "number then full stop",
			text:      "He is 75. She is 70.",
			tokens:    "He/W^ is/W 75/N ./P+ She/W^ is/W 70/N ./P+",
			sentences: []string{"He is 75.", "She is 70."},
		},
		{
			// The full stop after a decimal figure ends its sentence; a
			// dotted abbreviation keeps its own.
			name:      "decimal then full stop",
			text:      "The tremor was of magnitude 4.7. She is 70.",
			tokens:    "The/W^ tremor/W was/W of/W magnitude/W 4.7/N ./P+ She/W^ is/W 70/N ./P+",
			sentences: []string{"The tremor was of magnitude 4.7.", "She is 70."},
		},
		{
			name:      "possessives",
			text:      "Korea's leaders' summit and KIM'S plan",
			tokens:    "Korea/W^ 's/S+ leaders/W '/S+ summit/W and/W KIM/W 'S/S+ plan/W",
			sentences: []string{"Korea's leaders' summit and KIM'S plan"},
		},
		{
			name:      "apostrophe inside words",
			text:      "O'Brien didn't see O'Sullivan.",
			tokens:    "O'Brien/W^ didn't/W see/W O'Sullivan/W ./P+",
			sentences: []string{"O'Brien didn't see O'Sullivan."},
		},
		{
			name:      "hyphenated name",
			text:      "Kim Jong-un arrived.",
			tokens:    "Kim/W^ Jong/W -/P+ un/W+ arrived/W ./P+",
			sentences: []string{"Kim Jong-un arrived."},
		},
		{
			name:      "initial after colon",
			text:      "Headline: Putin arrives",
			tokens:    "Headline/W^ :/P+ Putin/W^ arrives/W",
			sentences: []string{"Headline: Putin arrives"},
		},
		{
			name:      "initial after opening quote, not after closing quote",
			text:      `He called it "fake" and Putin agreed.`,
			tokens:    `He/W^ called/W it/W "/P fake/W+^ "/P+ and/W Putin/W agreed/W ./P+`,
			sentences: []string{`He called it "fake" and Putin agreed.`},
		},
		{
			name:      "quote closed after a comma",
			text:      `"No," Putin said.`,
			tokens:    `"/P No/W+^ ,/P+ "/P+ Putin/W said/W ./P+`,
			sentences: []string{`"No," Putin said.`},
		},
		{
			name:      "not initial mid-sentence",
			text:      "According to media, Putting has arrived.",
			tokens:    "According/W^ to/W media/W ,/P+ Putting/W has/W arrived/W ./P+",
			sentences: []string{"According to media, Putting has arrived."},
		},
		{
			name:      "initial after bracket",
			text:      "Kim (Putin's ally) left.",
			tokens:    "Kim/W^ (/P Putin/W+^ 's/S+ ally/W )/P+ left/W ./P+",
			sentences: []string{"Kim (Putin's ally) left."},
		},
		{
			name:      "spaced dash opens a clause, joined one does not",
			text:      "SEOUL - Kim left Pyongyang-Moscow.",
			tokens:    "SEOUL/W^ -/P Kim/W^ left/W Pyongyang/W -/P+ Moscow/W+ ./P+",
			sentences: []string{"SEOUL - Kim left Pyongyang-Moscow."},
		},
		{
			// An aside: "Margaret" is capitalised as a name, not as
			// the first word of a clause.
			name:      "spaced dash after a word in lower case opens no clause",
			text:      "Three clients - Margaret Dunmore and Peter Okafor - spoke.",
			tokens:    "Three/W^ clients/W -/P Margaret/W Dunmore/W and/W Peter/W Okafor/W -/P spoke/W ./P+",
			sentences: []string{"Three clients - Margaret Dunmore and Peter Okafor - spoke."},
		},
		{
			name:      "spaced dash after a dateline of several words",
			text:      "OLVAN, Kestria (Wire) - Rescuers dug through rubble.",
			tokens:    "OLVAN/W^ ,/P+ Kestria/W (/P Wire/W+^ )/P+ -/P Rescuers/W^ dug/W through/W rubble/W ./P+",
			sentences: []string{"OLVAN, Kestria (Wire) - Rescuers dug through rubble."},
		},
		{
			// Capitalised by the headline's style, not as names.
			name:      "every word of a sentence in title case is initial",
			text:      "In Serevia, a Former Mayor Rides a Wave of Discontent to Power",
			tokens:    "In/W^ Serevia/W^ ,/P+ a/W^ Former/W^ Mayor/W^ Rides/W^ a/W^ Wave/W^ of/W^ Discontent/W^ to/W^ Power/W^",
			sentences: []string{"In Serevia, a Former Mayor Rides a Wave of Discontent to Power"},
		},
		{
			name:      "a sentence of names is not title case",
			text:      "Kim Jong Un met Vladimir Putin.",
			tokens:    "Kim/W^ Jong/W Un/W met/W Vladimir/W Putin/W ./P+",
			sentences: []string{"Kim Jong Un met Vladimir Putin."},
		},
		{
			name:      "two long capitalised words are not title case",
			text:      "Mayor Varnek won.",
			tokens:    "Mayor/W^ Varnek/W won/W ./P+",
			sentences: []string{"Mayor Varnek won."},
		},
		{
			name:      "one long word in lower case is prose",
			text:      "Anna Vetamor and Daniel Wenbadun spoke.",
			tokens:    "Anna/W^ Vetamor/W and/W Daniel/W Wenbadun/W spoke/W ./P+",
			sentences: []string{"Anna Vetamor and Daniel Wenbadun spoke."},
		},
		{
			name:      "ellipsis before lower case",
			text:      "He paused... then left.",
			tokens:    "He/W^ paused/W ./P+ ./P+ ./P+ then/W left/W ./P+",
			sentences: []string{"He paused... then left."},
		},
		{
			name:      "ellipsis before capital",
			text:      "He paused... Then he left.",
			tokens:    "He/W^ paused/W ./P+ ./P+ ./P+ Then/W^ he/W left/W ./P+",
			sentences: []string{"He paused...", "Then he left."},
		},
		{
			name:      "question and exclamation",
			text:      "Really?! Yes! Why? No.",
			tokens:    "Really/W^ ?/P+ !/P+ Yes/W^ !/P+ Why/W^ ?/P+ No/W^ ./P+",
			sentences: []string{"Really?!", "Yes!", "Why?", "No."},
		},
		{
			name:      "unknown abbreviation ends the sentence",
			text:      "Dr. Kim spoke.",
			tokens:    "Dr/W^ ./P+ Kim/W^ spoke/W ./P+",
			sentences: []string{"Dr.", "Kim spoke."},
		},
		{
			name:      "abbreviations are case-sensitive",
			text:      "He met mr. Kim.",
			tokens:    "He/W^ met/W mr/W ./P+ Kim/W^ ./P+",
			sentences: []string{"He met mr.", "Kim."},
		},
		{
			name:      "dotted abbreviation before a capital stays in the sentence",
			text:      "He lives in the U.S. Then he left.",
			tokens:    "He/W^ lives/W in/W the/W U.S./W Then/W he/W left/W ./P+",
			sentences: []string{"He lives in the U.S. Then he left."},
		},
		{
			name:      "a.m. and web address",
			text:      "At 9 a.m. Kim read example.com today.",
			tokens:    "At/W^ 9/N a.m./W Kim/W read/W example/W ./P+ com/W+ today/W ./P+",
			sentences: []string{"At 9 a.m. Kim read example.com today."},
		},
		{
			name:      "closing quote and bracket taken along",
			text:      `(He left.) "Why?" she asked.`,
			tokens:    `(/P He/W+^ left/W ./P+ )/P+ "/P Why/W+^ ?/P+ "/P+ she/W^ asked/W ./P+`,
			sentences: []string{"(He left.)", `"Why?"`, "she asked."},
		},
		{
			name:      "non-Latin scripts",
			text:      "Ким сказал. 김정은 위원장.",
			tokens:    "Ким/W^ сказал/W ./P+ 김정은/W^ 위원장/W ./P+",
			sentences: []string{"Ким сказал.", "김정은 위원장."},
		},
		{
			name:      "combining mark inside a word",
			text:      "Cafe\u0301 Kim",
			tokens:    "Cafe\u0301/W^ Kim/W",
			sentences: []string{"Cafe\u0301 Kim"},
		},
		{
			name:      "digits then letters",
			text:      "The 2nd G7 summit",
			tokens:    "The/W^ 2nd/W G7/W summit/W",
			sentences: []string{"The 2nd G7 summit"},
		},
		{
			name:      "no full stop at the end",
			text:      "Kim arrives",
			tokens:    "Kim/W^ arrives/W",
			sentences: []string{"Kim arrives"},
		},
		{
			name:      "punctuation only",
			text:      "...",
			tokens:    "./P ./P+ ./P+",
			sentences: []string{"..."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := segment.Segment(tc.text, []segment.Block{{Start: 0, End: len(tc.text)}}, opts)
			toks, sents := describeAll(tc.text, r)
			if got := strings.Join(toks, " "); got != tc.tokens {
				t.Errorf("tokens\n got %s\nwant %s", got, tc.tokens)
			}
			if fmt.Sprintf("%q", sents) != fmt.Sprintf("%q", tc.sentences) {
				t.Errorf("sentences\n got %q\nwant %q", sents, tc.sentences)
			}
			checkInvariants(t, tc.text, []segment.Block{{Start: 0, End: len(tc.text)}}, r)
		})
	}
}

func TestSegmentBlocks(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		blocks    []segment.Block
		tokens    string
		sentences []string
	}{
		{
			name:      "block ends a sentence without a full stop",
			text:      "Headline without stop\n\nBody text here.",
			blocks:    []segment.Block{{0, 21}, {23, 38}},
			tokens:    "Headline/W^ without/W stop/W Body/W^ text/W here/W ./P+",
			sentences: []string{"Headline without stop", "Body text here."},
		},
		{
			name:      "block ends a sentence after an abbreviation",
			text:      "He met Mr.\n\nKim left.",
			blocks:    []segment.Block{{0, 10}, {12, 21}},
			tokens:    "He/W^ met/W Mr/W ./P+ Kim/W^ left/W ./P+",
			sentences: []string{"He met Mr.", "Kim left."},
		},
		{
			name:      "block ends a sentence after a dotted abbreviation",
			text:      "He went to the U.S.\n\nThen left.",
			blocks:    []segment.Block{{0, 19}, {21, 31}},
			tokens:    "He/W^ went/W to/W the/W U.S./W Then/W^ left/W ./P+",
			sentences: []string{"He went to the U.S.", "Then left."},
		},
		{
			name:      "tokens are not joined across blocks",
			text:      "end-\n\n-start",
			blocks:    []segment.Block{{0, 4}, {6, 12}},
			tokens:    "end/W^ -/P+ -/P start/W+^",
			sentences: []string{"end-", "-start"},
		},
		{
			name:      "possessive not across blocks",
			text:      "Korea\n\n's",
			blocks:    []segment.Block{{0, 5}, {7, 9}},
			tokens:    "Korea/W^ '/P s/W+^",
			sentences: []string{"Korea", "'s"},
		},
		{
			name:      "text outside blocks is ignored",
			text:      "skip Kim met Putin. skip",
			blocks:    []segment.Block{{5, 19}},
			tokens:    "Kim/W^ met/W Putin/W ./P+",
			sentences: []string{"Kim met Putin."},
		},
		{
			name:      "empty and blank blocks",
			text:      "   \n\nKim.",
			blocks:    []segment.Block{{0, 0}, {0, 3}, {5, 9}},
			tokens:    "Kim/W^ ./P+",
			sentences: []string{"Kim."},
		},
		{
			name:      "block cut inside a word",
			text:      "Kimberly",
			blocks:    []segment.Block{{0, 3}},
			tokens:    "Kim/W^",
			sentences: []string{"Kim"},
		},
		{
			name:      "number cut at block end",
			text:      "It was 1.5",
			blocks:    []segment.Block{{0, 9}},
			tokens:    "It/W^ was/W 1/N ./P+",
			sentences: []string{"It was 1."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := segment.Segment(tc.text, tc.blocks, opts)
			toks, sents := describeAll(tc.text, r)
			if got := strings.Join(toks, " "); got != tc.tokens {
				t.Errorf("tokens\n got %s\nwant %s", got, tc.tokens)
			}
			if fmt.Sprintf("%q", sents) != fmt.Sprintf("%q", tc.sentences) {
				t.Errorf("sentences\n got %q\nwant %q", sents, tc.sentences)
			}
			checkInvariants(t, tc.text, tc.blocks, r)
		})
	}
}

// checkInvariants checks that tokens lie inside blocks in order, that the
// sentences partition the tokens, that no sentence crosses a block and
// that each sentence's first word or number is Initial.
func checkInvariants(t *testing.T, text string, blocks []segment.Block, r *segment.Result) {
	t.Helper()
	blockOf := func(tok segment.Token) int {
		for i, b := range blocks {
			if tok.Start >= b.Start && tok.End <= b.End {
				return i
			}
		}
		return -1
	}
	for i, tok := range r.Tokens {
		if tok.Start >= tok.End || blockOf(tok) < 0 {
			t.Errorf("token %d %v empty or outside the blocks", i, tok)
		}
		if i > 0 && tok.Start < r.Tokens[i-1].End {
			t.Errorf("token %d %v overlaps token %d", i, tok, i-1)
		}
		if strings.TrimSpace(tok.Text(text)) != tok.Text(text) {
			t.Errorf("token %d %q holds white space", i, tok.Text(text))
		}
	}
	next := 0
	for i, s := range r.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(r.Tokens) {
			t.Errorf("sentence %d = %+v does not follow token %d", i, s, next)
			return
		}
		first, last := r.Tokens[s.First], r.Tokens[s.Last-1]
		if s.Start != first.Start || s.End != last.End {
			t.Errorf("sentence %d span [%d,%d) is not its tokens' [%d,%d)", i, s.Start, s.End, first.Start, last.End)
		}
		if blockOf(first) != blockOf(last) {
			t.Errorf("sentence %d %q crosses a block boundary", i, text[s.Start:s.End])
		}
		for _, tok := range r.Tokens[s.First:s.Last] {
			if tok.Kind == segment.Word || tok.Kind == segment.Number {
				if !tok.Initial {
					t.Errorf("sentence %d: first word %q is not Initial", i, tok.Text(text))
				}
				break
			}
		}
		next = s.Last
	}
	if next != len(r.Tokens) {
		t.Errorf("sentences cover %d of %d tokens", next, len(r.Tokens))
	}
}

func TestSegmentNilOptionsAndEmpty(t *testing.T) {
	r := segment.Segment("Mr. Kim left.", []segment.Block{{0, 13}}, nil)
	_, sents := describeAll("Mr. Kim left.", r)
	if want := []string{"Mr.", "Kim left."}; fmt.Sprint(sents) != fmt.Sprint(want) {
		t.Errorf("without abbreviations: sentences %q, want %q", sents, want)
	}
	for _, text := range []string{"", " \n\t "} {
		r := segment.Segment(text, []segment.Block{{0, len(text)}}, opts)
		if len(r.Tokens) != 0 || len(r.Sentences) != 0 {
			t.Errorf("Segment(%q) = %+v, want nothing", text, r)
		}
	}
	if r := segment.Segment("x", nil, opts); len(r.Tokens) != 0 || len(r.Sentences) != 0 {
		t.Errorf("no blocks: %+v, want nothing", r)
	}
}

// TestSegmentDocument segments the Text of a read document: folded quotes
// and the expanded ellipsis are what the segmenter sees, and token spans map
// back to the source.
func TestSegmentDocument(t *testing.T) {
	src := " date 2023-09-12 North Korea’s leader Kim Jong-un met Mr.\u00a0Putin… Then they “talked”.\n\nSecond block: it’s over"
	d, err := document.Read("a.txt", []byte(src), document.Options{Datelines: []*regexp.Regexp{
		regexp.MustCompile(`^[ \t]*(?i:date)[ \t]*:?[ \t]*(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)`),
	}})
	if err != nil {
		t.Fatal(err)
	}
	blocks := make([]segment.Block, len(d.Blocks))
	for i, b := range d.Blocks {
		blocks[i] = segment.Block{Start: b.Start, End: b.End}
	}
	r := segment.Segment(d.Text, blocks, opts)
	toks, sents := describeAll(d.Text, r)
	wantToks := `North/W^ Korea/W 's/S+ leader/W Kim/W Jong/W -/P+ un/W+ met/W Mr/W ./P+ Putin/W ./P+ ./P+ ./P+ Then/W^ they/W "/P talked/W+^ "/P+ ./P+ Second/W^ block/W :/P+ it/W^ 's/S+ over/W`
	if got := strings.Join(toks, " "); got != wantToks {
		t.Errorf("tokens\n got %s\nwant %s", got, wantToks)
	}
	wantSents := []string{"North Korea's leader Kim Jong-un met Mr. Putin...", `Then they "talked".`, "Second block: it's over"}
	if fmt.Sprintf("%q", sents) != fmt.Sprintf("%q", wantSents) {
		t.Errorf("sentences\n got %q\nwant %q", sents, wantSents)
	}
	checkInvariants(t, d.Text, blocks, r)
	// Token spans map back to the source: the possessive covers the curly
	// apostrophe, "Putin" starts after the NBSP.
	for _, c := range []struct {
		tok        int
		src        string
		start, end int // columns on line 1
	}{{2, "’s", 29, 31}, {11, "Putin", 59, 64}, {12, "…", 64, 65}, {17, "“", 76, 77}} {
		tok := r.Tokens[c.tok]
		sp := document.Span{Start: tok.Start, End: tok.End}
		s, e := d.SourceSpan(sp)
		rg := d.Range(sp)
		if src[s:e] != c.src || rg.Start != (document.Position{Line: 1, Column: c.start}) || rg.End != (document.Position{Line: 1, Column: c.end}) {
			t.Errorf("token %d %q maps to %q at %v, want %q at 1:%d-1:%d", c.tok, tok.Text(d.Text), src[s:e], rg, c.src, c.start, c.end)
		}
	}
}

// TestInto: a result reused for text after text gives what a fresh
// Segment gives for each, whether its slices are large enough or not.
func TestInto(t *testing.T) {
	texts := []string{
		"Mr. Kim left. \"Was it over?\" she asked: no.\n\nA second block - with 3.5 km.",
		"Short.",
		"",
		strings.Repeat("The council met on Monday. It voted 7-2 for the plan. ", 40),
		"U.S. officials said (in a statement) that 1,200 people came.",
	}
	var r segment.Result
	for _, text := range texts {
		blocks := []segment.Block{{Start: 0, End: len(text)}}
		if i := strings.Index(text, "\n\n"); i >= 0 {
			blocks = []segment.Block{{Start: 0, End: i}, {Start: i + 2, End: len(text)}}
		}
		want := segment.Into(&segment.Result{}, text, blocks, opts)
		got := segment.Into(&r, text, blocks, opts)
		if got != &r {
			t.Fatalf("Into returned another result")
		}
		// The numbers differ (the reused Words met the texts before),
		// the spellings they stand for do not.
		if fmt.Sprint(spelt(got)) != fmt.Sprint(spelt(want)) || fmt.Sprint(got.Sentences) != fmt.Sprint(want.Sentences) {
			t.Errorf("%q: reused result\n%+v\nwant\n%+v", text, *got, *want)
		}
	}
}

// speltToken is a token with its Word number replaced by the spelling
// it stands for.
type speltToken struct {
	segment.Token
	Spelling string
}

// spelt returns r's tokens with their spellings in place of numbers.
func spelt(r *segment.Result) []speltToken {
	out := make([]speltToken, len(r.Tokens))
	for i, tk := range r.Tokens {
		out[i] = speltToken{Token: tk, Spelling: r.Words.Spelling(tk.Word)}
		out[i].Word = 0
	}
	return out
}

// TestSegmentNumbersNoWords checks that Segment, for short texts
// segmented once, numbers no spellings (a Words' tables cost more than
// they save there: they doubled the allocations of loading the rules),
// while its tokens and sentences are Into's.
func TestSegmentNumbersNoWords(t *testing.T) {
	text := "The council met on Monday. It voted 7-2 for the plan."
	blocks := []segment.Block{{Start: 0, End: len(text)}}
	got := segment.Segment(text, blocks, nil)
	if got.Words != nil {
		t.Errorf("Segment made a Words")
	}
	numbered := segment.Into(&segment.Result{}, text, blocks, nil)
	if len(got.Tokens) != len(numbered.Tokens) || fmt.Sprint(got.Sentences) != fmt.Sprint(numbered.Sentences) {
		t.Fatalf("Segment and Into differ: %+v, %+v", got, numbered)
	}
	for i, tok := range got.Tokens {
		if tok.Word != 0 {
			t.Errorf("token %d %q has number %d", i, tok.Text(text), tok.Word)
		}
		tok.Word = numbered.Tokens[i].Word
		if tok != numbered.Tokens[i] {
			t.Errorf("token %d: %+v, Into's %+v", i, tok, numbered.Tokens[i])
		}
	}
}

// TestIntoAbbreviationsPerOptions checks that a Result reused with other
// Options reads their abbreviations, not those of the Options it was
// used with before: Into keeps, per spelling, whether a full stop after
// it may end a sentence, for the Options it asked.
func TestIntoAbbreviationsPerOptions(t *testing.T) {
	text := "The Brn. Ostlake fleet sailed at dawn. Cdr. Ivo Merk led it. Q. Wyck cheered."
	blocks := []segment.Block{{Start: 0, End: len(text)}}
	withBrn := &segment.Options{Abbreviations: map[string]segment.Abbreviation{"Brn": segment.Other, "Cdr": segment.Title}}
	without := &segment.Options{Abbreviations: map[string]segment.Abbreviation{"Cdr": segment.Title}}
	var r segment.Result
	for _, tc := range []struct {
		opt  *segment.Options
		want []string
	}{
		{withBrn, []string{"The Brn. Ostlake fleet sailed at dawn.", "Cdr. Ivo Merk led it.", "Q. Wyck cheered."}},
		{without, []string{"The Brn.", "Ostlake fleet sailed at dawn.", "Cdr. Ivo Merk led it.", "Q. Wyck cheered."}},
		{withBrn, []string{"The Brn. Ostlake fleet sailed at dawn.", "Cdr. Ivo Merk led it.", "Q. Wyck cheered."}},
		{nil, []string{"The Brn.", "Ostlake fleet sailed at dawn.", "Cdr.", "Ivo Merk led it.", "Q. Wyck cheered."}},
	} {
		for _, res := range []*segment.Result{segment.Into(&r, text, blocks, tc.opt), segment.Segment(text, blocks, tc.opt)} {
			var got []string
			for _, s := range res.Sentences {
				got = append(got, text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%v: sentences %q, want %q", tc.opt, got, tc.want)
			}
		}
	}
}
