package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestLocatorMatchesDiagAt resolves every token of many documents, in
// text order as the names are resolved, and checks each location against
// diag.At: line ends of every kind, a byte-order mark, long lines with
// column marks, characters outside ASCII, invalid UTF-8, markup and
// character references.
func TestLocatorMatchesDiagAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Grün Ärger über Öl, wrote Anna Novak. ", 40)
	docs := map[string][]byte{
		"crlf.txt":    []byte("Anna Novak met Olga.\r\nThen Olga Brandt left Rotterdam.\r\n\r\nMore by Anna.\r\n"),
		"cr.txt":      []byte("Anna Novak met Olga.\rThen Olga Brandt left.\r\rMore by Anna.\r"),
		"bom.txt":     []byte("\xef\xbb\xbfAnna Novak met Olga in Łódź.\nÉmile Zola wrote.\n"),
		"long.txt":    []byte(long + "\n" + long + "\n"),
		"invalid.txt": []byte("Anna \xe2\x82 Novak met \xff Olga \xc3 Brandt.\nZoë \xed\xa0\x80 Müller left.\n"),
		"page.md":     []byte("# The *Anna* Report\n\nAnna **Novak** met [Olga Brandt](http://x.org) in Zürich &amp; Bern.\n\n> Quoted Émile Zola.\n"),
		"page.html":   []byte("<p>Anna&nbsp;Novak met <b>Olga</b> Brandt in Z&uuml;rich &#8212; Bern.</p>\n<p>Zo&euml; left.</p>"),
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 40, Seed: 3}) {
		docs[g.Path] = g.Text
	}
	for _, dir := range []string{"../testdata/seeds", "../testdata/stories"} {
		_ = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					docs[p] = b
				}
			}
			return nil
		})
	}
	checked := 0
	for path, src := range docs {
		a := articleAt(t, set, path, src, 0)
		// Every rune boundary of the source, the byte-order mark's
		// included.
		l := newLocator(a.Doc)
		for off := 0; off <= len(src); {
			if got, want := l.position(off), a.Doc.Position(off); got != want {
				t.Fatalf("%s: offset %d: locator %+v, Position %+v", path, off, got, want)
			}
			_, size := utf8.DecodeRune(src[off:])
			off += max(size, 1)
		}
		// Twice each, as the names and then the learned forms resolve
		// them, and spans of one token and of two.
		for _, pair := range []bool{false, true} {
			l := newLocator(a.Doc)
			toks := a.Seg.Tokens
			for i := range toks {
				s := document.Span{Start: toks[i].Start, End: toks[i].End}
				if pair && i+1 < len(toks) {
					s.End = toks[i+1].End
				}
				if got, want := l.at(s), diag.At(a.Doc, s); got != want {
					t.Fatalf("%s: span %v (%q): locator %+v, diag.At %+v", path, s, a.Doc.Text[s.Start:s.End], got, want)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d spans checked", checked)
	}
}
