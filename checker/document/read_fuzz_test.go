package document_test

import (
	"errors"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/document"
)

// FuzzRead reads any bytes as plain text, Markdown and HTML and checks
// the position maps: every reported position lies inside the file, on a
// rune boundary, and agrees with an independent count of lines and
// columns. Small inputs (64 bytes of text) get the exhaustive, quadratic
// checkDoc; larger ones a linear check of every rune of the text, so
// that a long input stays fast enough to fuzz.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"", " \n\t", "\ufeff", "\ufeffKim said\r\nsaid", "a\rb\r\nc\n",
		"---\ntitle: x\ndate: 2023-09-11\n---\nBody\n", "---\nunterminated: yes\n",
		"+++\ndate = \"2023-09-11\"\n+++\nBody", "date 2023-09-11 Copy here",
		"# Head\n\n*em* **b** `code` [l](u) <http://z> \\* &amp; &#8217;\n```\ncode\n```\n",
		"<p>a &amp; b</p><script>x</script><div hidden>h</div><!-- c --><br>é",
		"<div><div><div><p>deep</div></div></div>", "<p", "&#x1F600;&#xD800;&#0;&bogus;",
		"\xff\xc3\xe2\x80 \xed\xa0\x80 e\u0301 \u2028 \u00ad", "%% factlint-disable-next-line x\ncopy",
		"abc\x00def", "\xff\xfeK\x00", "\xfe\xff\x00K",
	} {
		for fm := range 3 {
			f.Add([]byte(s), uint8(fm))
		}
	}
	opt := document.Options{Datelines: []*regexp.Regexp{seedDateline}}
	f.Fuzz(func(t *testing.T, src []byte, fm uint8) {
		format := []document.Format{document.PlainText, document.Markdown, document.HTML}[int(fm)%3]
		d, err := document.ReadFormat("f", src, format, opt)
		if err != nil {
			if !errors.Is(err, document.ErrBinary) && !errors.Is(err, document.ErrUTF16) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if len(d.Text) <= 64 {
			if !checkDoc(t, d) {
				t.Fatalf("src %q, Text %q", src, d.Text)
			}
			return
		}
		checkLinear(t, d)
	})
}

// checkLinear checks the position of every rune of d.Text against the
// oracle, in time linear in the file.
func checkLinear(t *testing.T, d *document.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatal("Text is not valid UTF-8")
	}
	valid, lines := oracle(d.Src)
	for _, p := range d.Problems {
		if p.Offset < 0 || p.Offset > len(d.Src) {
			t.Fatalf("problem %+v outside the file", p)
		}
	}
	prev := 0
	for i, r := range d.Text {
		sp := document.Span{Start: i, End: i + utf8.RuneLen(r)}
		s, e := d.SourceSpan(sp)
		if s < prev || e < s || e > len(d.Src) {
			t.Fatalf("SourceSpan(%v) = [%d,%d), after %d, in %d bytes", sp, s, e, prev, len(d.Src))
		}
		prev = s
		rg := d.Range(sp)
		for _, x := range []struct {
			off int
			p   document.Position
		}{{s, rg.Start}, {e, rg.End}} {
			want, in := valid[x.off]
			if !in {
				t.Fatalf("Range(%v): source offset %d is inside a character or CRLF", sp, x.off)
			}
			if x.p != want || x.p.Line > lines {
				t.Fatalf("Range(%v): offset %d at %v, want %v", sp, x.off, x.p, want)
			}
		}
	}
}
