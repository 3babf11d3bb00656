package document_test

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/document"
)

// palette holds the pieces random documents are built from: multi-byte
// letters, line endings, references, quotes, combining marks, invalid
// bytes and markup.
var palette = []string{
	"a", "Kim", "Jong-un", " ", " ", "\t", "\n", "\n\n", "\r", "\r\n", "\r\n\r\n",
	"é", "e\u0301", "\u0301", "한국", "🇰🇷", "👍🏽", "Ж",
	"’", "‘", "“", "”", "'", "\"", "—", "–", "\u00a0", "\u00ad", "\u200b", "…", "\u2028", "\ufeff",
	"&amp;", "&#8217;", "&rsquo;", "&eacute;", "&#x1F600;", "&bogus;", "&", ";",
	"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80",
	"*", "_", "`", "**b**", "[x](http://y)", "<http://z>", "\\*", "#", "# ", "- ", "> ", "---\n", "+++\n", "```\n",
	"<p>", "</p>", "<b>", "</b>", "<br>", "<!-- c -->", "<script>s</script>", "<div hidden>", "</div>", "<", ">",
	"date 2023-09-11 ", ".", "Mr.",
}

// oracle computes, independently of the package, the position of every
// rune boundary of src: lines end at LF, CRLF or a lone CR, columns count
// code points with an invalid byte as one, and a leading BOM is not a
// column. Offsets inside a CRLF or a rune are absent.
func oracle(src []byte) (map[int]document.Position, int) {
	m := map[int]document.Position{}
	i := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		m[0] = document.Position{Line: 1, Column: 1}
		i = 3
	}
	line, col := 1, 1
	for i < len(src) {
		m[i] = document.Position{Line: line, Column: col}
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			line, col = line+1, 1
		case src[i] == '\r' || src[i] == '\n':
			i++
			line, col = line+1, 1
		default:
			_, size := utf8.DecodeRune(src[i:])
			i += size
			col++
		}
	}
	m[len(src)] = document.Position{Line: line, Column: col}
	return m, line
}

func randomDoc(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(8) == 0 {
		b.WriteString("\ufeff")
	}
	n := r.IntN(40)
	for range n {
		b.WriteString(palette[r.IntN(len(palette))])
	}
	return b.String()
}

func TestMappingProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	formats := []document.Format{document.PlainText, document.Markdown, document.HTML}
	for iter := range 1500 {
		src := randomDoc(r)
		for _, f := range formats {
			d, err := document.ReadFormat("p", []byte(src), f, document.Options{Datelines: []*regexp.Regexp{seedDateline}})
			if err != nil {
				t.Fatalf("ReadFormat(%q, %v): %v", src, f, err)
			}
			if !checkDoc(t, d) {
				t.Fatalf("iteration %d, format %v, src %q, Text %q", iter, f, src, d.Text)
			}
		}
	}
}

// checkDoc checks the mapping invariants of d and reports whether they hold.
func checkDoc(t *testing.T, d *document.Document) bool {
	t.Helper()
	src := d.Src
	valid, lines := oracle(src)
	ok := true
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format, args...)
		ok = false
	}
	if !utf8.ValidString(d.Text) {
		fail("Text is not valid UTF-8")
	}
	prev := 0
	for i := 0; i <= len(d.Text); i++ {
		o := d.SourceOffset(i)
		if o < 0 || o > len(src) {
			fail("SourceOffset(%d) = %d outside [0,%d]", i, o, len(src))
		}
		if o < prev {
			fail("SourceOffset(%d) = %d < SourceOffset(%d) = %d", i, o, i-1, prev)
		}
		prev = o
	}
	for k, b := range d.Blocks {
		if b.Start >= b.End || b.Start < 0 || b.End > len(d.Text) || (k > 0 && b.Start < d.Blocks[k-1].End) {
			fail("block %d = %v out of order or empty (Text length %d)", k, b, len(d.Text))
		}
	}
	for _, p := range d.Problems {
		if _, in := valid[p.Offset]; !in && p.Kind == document.InvalidEncoding {
			fail("problem %+v not at a byte boundary", p)
		}
	}
	// Every span between rune boundaries of Text.
	var bounds []int
	for i := range d.Text {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(d.Text))
	for a := 0; a < len(bounds); a++ {
		for b := a; b < len(bounds); b++ {
			sp := document.Span{Start: bounds[a], End: bounds[b]}
			s, e := d.SourceSpan(sp)
			if s < 0 || e < s || e > len(src) {
				fail("SourceSpan(%v) = [%d,%d) outside [0,%d]", sp, s, e, len(src))
				return ok
			}
			rg := d.Range(sp)
			for _, x := range []struct {
				off int
				p   document.Position
			}{{s, rg.Start}, {e, rg.End}} {
				want, in := valid[x.off]
				if !in {
					fail("Range(%v): source offset %d is inside a character or CRLF", sp, x.off)
					return ok
				}
				if x.p != want || x.p.Line < 1 || x.p.Column < 1 || x.p.Line > lines {
					fail("Range(%v): offset %d at %v, want %v (%d lines)", sp, x.off, x.p, want, lines)
					return ok
				}
			}
		}
	}
	return ok
}
