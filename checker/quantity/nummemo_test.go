package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestNumMemoReadsAsScanned checks that a number's reading kept by its
// spelling (numMemo) is the one read from its bytes (readNum), asked
// for the first time and again, at a text's end (fewer than 8 bytes
// after the number) and within it, and for spellings of more than 8
// bytes, which are not kept.
func TestNumMemoReadsAsScanned(t *testing.T) {
	m := &numMemo{slot: make([]numReading, numSlots)}
	spellings := []string{"7", "85", "150", "1,500", "2.25", "0.5", "020", "1.2.3", "1,50", "4,096.5",
		"12345678", "98,765,432", "3.14159265", "1,000,000", "10.", "999"}
	kept := 0
	for pass := range 2 {
		for _, s := range spellings {
			for _, text := range []string{s, "a " + s + " tail of text"} {
				start := strings.Index(text, s)
				want := readNum(s)
				var scratch numReading
				x := packNum(text, start, start+len(s))
				if (x == 0) != (len(s) > 8) {
					t.Fatalf("packNum(%q) = %#x", s, x)
				}
				got := *m.read(s, x, &scratch)
				want.x, got.x = 0, 0
				if got != want {
					t.Fatalf("pass %d, %q in %q: memo %+v, scanned %+v", pass, s, text, got, want)
				}
			}
			if pass == 1 && len(s) <= 8 {
				kept++
			}
		}
	}
	if m.n != kept {
		t.Fatalf("%d readings kept, want %d", m.n, kept)
	}
	// A memo with no table, or none, keeps nothing and reads alike.
	var scratch numReading
	for _, nm := range []*numMemo{{}, nil} {
		if got, want := *nm.read("1,500", packNum("1,500", 0, 5), &scratch), readNum("1,500"); got != want {
			t.Fatalf("memo %v: %+v, want %+v", nm, got, want)
		}
	}
}

// TestNumMemoEmptiedWhenFull checks that a full memo is emptied and goes
// on reading each number as scanned.
func TestNumMemoEmptiedWhenFull(t *testing.T) {
	m := &numMemo{slot: make([]numReading, numSlots)}
	for k := range numFull + 100 {
		s := fmt.Sprint(k * 7)
		var scratch numReading
		got := *m.read(s, packNum(s, 0, len(s)), &scratch)
		want := readNum(s)
		want.x = got.x
		if got != want {
			t.Fatalf("%q: memo %+v, scanned %+v", s, got, want)
		}
		if m.n > numFull {
			t.Fatalf("memo holds %d readings, more than %d", m.n, numFull)
		}
	}
	if m.n != 100 {
		t.Fatalf("memo holds %d readings after being emptied, want 100", m.n)
	}
}

// TestNumbersBySpellingExtractAlike checks that the quantities of texts
// read with their numbers' memo (numbered words, a pooled wordInfo) are
// those read without (no Words): each text twice, so that the second
// reading takes every number from the memo.
func TestNumbersBySpellingExtractAlike(t *testing.T) {
	tb := pack(t)
	texts := append(filterTexts(t, 4),
		"The ferry carried 1,240 passengers and 36 crew, 12.5 km from port, in 2031.",
		"Prices rose 4.75% to $2,300.50, then 85 and 150; code 020 and 1.2.3 were skipped.",
		"A 2:05:41 run, 3 million visitors, 11 September, 7 and a half hours, 1,000,000 tonnes.")
	words := new(segment.Words)
	block := func(text string) []segment.Block { return []segment.Block{{Start: 0, End: len(text)}} }
	numbers := 0
	for pass := range 2 {
		for _, text := range texts {
			want := quantitiesText(tb.Extract(text, seg(text)))
			s := segment.Into(&segment.Result{Words: words}, text, block(text), &segment.Options{})
			if got := quantitiesText(tb.Extract(text, s)); got != want {
				t.Fatalf("pass %d: quantities by the memo\n%s\nwant\n%s\nof %q", pass, got, want, text)
			}
			for _, tk := range s.Tokens {
				if tk.Kind == segment.Number {
					numbers++
				}
			}
		}
	}
	if numbers < 500 {
		t.Fatalf("only %d numbers read: the test proves little", numbers)
	}
}

// quantitiesText prints quantities with what their unit and qualifier
// point to (a qualifier may be made afresh for a quantity).
func quantitiesText(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		u, ql := q.Unit, q.Qualifier
		q.Unit, q.Qualifier = nil, nil
		fmt.Fprintf(&b, "%+v", q)
		if u != nil {
			fmt.Fprintf(&b, " unit %s", u.Name)
		}
		if ql != nil {
			fmt.Fprintf(&b, " qualifier %+v", *ql)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestMayAndAFractionCoversReads checks that the first test of the
// fraction after a number (mayAndAFraction) lets through every token
// where andAFraction reads one: at every token of generated copy and of
// invented fractions in any case, hyphenated or spaced.
func TestMayAndAFractionCoversReads(t *testing.T) {
	tb := pack(t)
	texts := append(filterTexts(t, 2),
		"A 7 and a half hour wait, a 12-and-a-half-mile walk and 3 AND A QUARTER tonnes.",
		"They queued for 4 And a Half days; 9-AND-A-HALF years; 2 and a quarter.")
	read := 0
	for _, text := range texts {
		s := seg(text)
		p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
		for i := -1; i <= len(s.Tokens); i++ {
			if _, _, _, ok := p.andAFraction(i); ok {
				read++
				if !p.mayAndAFraction(i) {
					t.Fatalf("andAFraction reads at token %d of %q, mayAndAFraction turns it away", i, text)
				}
			}
		}
	}
	if read < 5 {
		t.Fatalf("only %d fractions read: the test proves little", read)
	}
}
