package document

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// sourceSpanRef is SourceSpan as it was written before it stepped from
// the first byte's run to the last's: two independent look-ups.
func sourceSpanRef(d *Document, s Span) (start, end int) {
	start = d.SourceOffset(s.Start)
	if s.End <= s.Start {
		return start, start
	}
	last := min(s.End, d.mappedLen()) - 1
	if last < 0 {
		return start, start
	}
	end = max(d.srcEnd(last), start)
	return start, end
}

// TestSourceSpanMatchesReference checks SourceSpan against the two
// look-ups on random documents of markup, character references, folded
// and composed characters, every line end and invalid bytes, in the
// three formats, for every short span and for long ones, empty,
// reversed and out of range.
func TestSourceSpanMatchesReference(t *testing.T) {
	pieces := []string{"word ", "Mr. ", "“quoted” ", "e\u0301 ", "&amp; ", "&#8212; ", "*em* ", "[link](u) ", "<b>b</b> ",
		"\r\n", "\n\n", "\r", "\xff", "— ", "… ", "\u00a0", "# Head\n", "<!-- c -->", "12,500 ", "%% factlint-ignore x\n"}
	r := rand.New(rand.NewPCG(9, 10))
	checked := 0
	for range 300 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		for _, f := range []Format{PlainText, Markdown, HTML} {
			d, err := ReadFormat("p", []byte(b.String()), f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := len(d.Text)
			for i := -2; i <= n+2; i++ {
				for _, j := range []int{i - 1, i, i + 1, i + 2, i + 5, i + 13, i + 40, n, n + 3, r.IntN(n + 3)} {
					s := Span{Start: i, End: j}
					gs, ge := d.SourceSpan(s)
					ws, we := sourceSpanRef(d, s)
					if gs != ws || ge != we {
						t.Fatalf("format %v, src %q, text %q: SourceSpan(%v) = %d, %d, want %d, %d", f, b.String(), d.Text, s, gs, ge, ws, we)
					}
					checked++
				}
			}
		}
	}
	var d Document // not built by a reader: nothing is mapped
	if s, e := d.SourceSpan(Span{Start: 1, End: 4}); s != 0 || e != 0 {
		t.Errorf("unmapped document: SourceSpan = %d, %d, want 0, 0", s, e)
	}
	if checked < 10000 {
		t.Errorf("only %d spans checked", checked)
	}
}
