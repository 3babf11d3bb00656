package document_test

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// TestCursorMatches checks Cursor.SourceSpan and Cursor.Position against
// Document.SourceSpan and Document.Position: on random documents of the
// mapping tests' palette (markup, references, BOM, every line end,
// invalid UTF-8) in the three formats, on long lines with column marks
// and on typeset copy; at every offset in order (inside runes too), at
// offsets jumping forward and back, and on spans of the text in order and
// in random order.
func TestCursorMatches(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var srcs []string
	for range 400 {
		srcs = append(srcs, randomDoc(r))
	}
	srcs = append(srcs, "\ufeff"+longLine,
		strings.Repeat("“Zürich,” she said — Ärger über Öl in Łódź.\r\n", 60),
		strings.Repeat("plain ASCII words on a line\n", 200)+"é",
		"", "\ufeff", "\n\n\n", "\r\r\n\n")
	formats := []document.Format{document.PlainText, document.Markdown, document.HTML}
	checked := 0
	for _, src := range srcs {
		for k, f := range formats {
			if k > 0 && len(src) > 10000 {
				break // the long lines are read as plain text only
			}
			d, err := document.ReadFormat("p", []byte(src), f, document.Options{Datelines: []*regexp.Regexp{seedDateline}})
			if err != nil {
				t.Fatalf("ReadFormat(%q, %v): %v", src, f, err)
			}
			check := func(c *document.Cursor, off int) {
				t.Helper()
				if got, want := c.Position(off), d.Position(off); got != want {
					t.Fatalf("format %v, src %q: Position(%d) = %v, want %v", f, src, off, got, want)
				}
				checked++
			}
			checkSpan := func(c *document.Cursor, s document.Span) {
				t.Helper()
				gs, ge := c.SourceSpan(s)
				ws, we := d.SourceSpan(s)
				if gs != ws || ge != we {
					t.Fatalf("format %v, src %q, text %q: SourceSpan(%v) = %d, %d, want %d, %d", f, src, d.Text, s, gs, ge, ws, we)
				}
				checked++
			}
			c := new(document.Cursor)
			*c = d.NewCursor()
			for off := -1; off <= len(d.Src)+1; off++ {
				check(c, off)
			}
			for range 200 {
				check(c, r.IntN(len(d.Src)+1))
			}
			// Forward in steps of every size, as names are resolved.
			for _, step := range []int{1, 3, 17, 200} {
				c := new(document.Cursor)
				*c = d.NewCursor()
				for off := 0; off <= len(d.Src); off += 1 + r.IntN(step) {
					check(c, off)
				}
			}
			*c = d.NewCursor()
			for i := -1; i <= len(d.Text)+1; i++ {
				checkSpan(c, document.Span{Start: i, End: i + 1 + i%5})
				checkSpan(c, document.Span{Start: i, End: i})
			}
			for range 200 {
				i := r.IntN(len(d.Text) + 1)
				checkSpan(c, document.Span{Start: i, End: i + r.IntN(40)})
			}
			// Spans resolved as a locator resolves them: the source range,
			// then the positions of its ends.
			*c = d.NewCursor()
			for i := 0; i < len(d.Text); i += 1 + r.IntN(9) {
				s := document.Span{Start: i, End: min(i+1+r.IntN(12), len(d.Text))}
				gs, ge := c.SourceSpan(s)
				check(c, gs)
				check(c, ge)
			}
			// Locate, which skips the end's look-up where it can,
			// gives what Document.SourceSpan and Position give.
			*c = d.NewCursor()
			for i := -1; i <= len(d.Text)+1; i += 1 + r.IntN(7) {
				s := document.Span{Start: i, End: i + r.IntN(14)}
				gs, ge, ps, pe := c.Locate(s)
				ws, we := d.SourceSpan(s)
				if gs != ws || ge != we || ps != d.Position(ws) || pe != d.Position(we) {
					t.Fatalf("format %v, src %q: Locate(%v) = %d, %d, %v, %v, want %d, %d, %v, %v",
						f, src, s, gs, ge, ps, pe, ws, we, d.Position(ws), d.Position(we))
				}
				checked++
			}
		}
	}
	if checked < 100000 {
		t.Fatalf("only %d look-ups checked", checked)
	}
}
