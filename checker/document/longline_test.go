package document_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/document"
)

// longLine is a line of about 60 KB with two- and four-byte characters
// and invalid bytes, then a short line.
var longLine = strings.Repeat("Geneva é 🇰🇷 \xff\xe2\x80 talks ", 2500) + "\nend\n"

// TestPositionOnLongLines checks the column of every byte offset of a
// long line against a plain count of its runes: the column marks that
// make long lines fast give the same answer.
func TestPositionOnLongLines(t *testing.T) {
	d, err := document.ReadFormat("a.txt", []byte("\ufeff"+longLine), document.PlainText, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := d.Src
	nl := strings.IndexByte(string(src), '\n')
	for off := 3; off <= nl; off++ {
		want := document.Position{Line: 1, Column: utf8.RuneCount(src[3:off]) + 1}
		if got := d.Position(off); got != want {
			t.Fatalf("Position(%d) = %v, want %v", off, got, want)
		}
	}
	if got := d.Position(nl + 3); got != (document.Position{Line: 2, Column: 3}) {
		t.Errorf("second line: %v", got)
	}
}

// BenchmarkPositionLongLine finds the position of every word of a
// 60 KB line: linear in the line with column marks, quadratic without.
func BenchmarkPositionLongLine(b *testing.B) {
	d, err := document.ReadFormat("a.txt", []byte(longLine), document.PlainText, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for off := 0; off < len(longLine); off += 16 {
			d.Position(off)
		}
	}
}
