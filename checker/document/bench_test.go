package document_test

import (
	"bytes"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkRead measures the read stage: 500 generated articles of ~4 KB
// read as plain text, with the default pack's datelines, into normalised
// text with its position maps.
func BenchmarkRead(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts := corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1})
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			d, err := document.Read(a.Path, a.Text, set.Document)
			if err != nil {
				b.Fatal(err)
			}
			if len(d.Blocks) == 0 || d.Meta.Date == "" {
				b.Fatalf("%s: %d blocks, date %q", a.Path, len(d.Blocks), d.Meta.Date)
			}
		}
	}
}

// BenchmarkReadWrapped is BenchmarkRead on the same articles hard-wrapped
// at 72 bytes, as copy from an editor is: no line is long, so the reader
// must look at every line to learn that paragraphs are runs of lines.
func BenchmarkReadWrapped(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts := corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1})
	n := 0
	for i := range arts {
		arts[i].Text = wrap(arts[i].Text, 72)
		n += len(arts[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			d, err := document.Read(a.Path, a.Text, set.Document)
			if err != nil {
				b.Fatal(err)
			}
			if len(d.Blocks) == 0 {
				b.Fatalf("%s: no blocks", a.Path)
			}
		}
	}
}

// wrap breaks each line of src at the last space before width bytes.
func wrap(src []byte, width int) []byte {
	var out []byte
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		for len(line) > width {
			cut := bytes.LastIndexByte(line[:width], ' ')
			if cut <= 0 {
				break
			}
			out = append(append(out, line[:cut]...), '\n')
			line = line[cut+1:]
		}
		out = append(out, line...)
	}
	return out
}

// BenchmarkAt measures diag.At, the line and column of a span, as the
// rules ask for every fact and name: here for every word of 500
// generated articles. "curly" has the copy's apostrophes and quotes
// typeset (’ “ ”), as much real copy is, so that few lines are ASCII.
func BenchmarkAt(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	arts := corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1})
	curly := func(s []byte) []byte {
		s = bytes.ReplaceAll(s, []byte("'"), []byte("’"))
		s = bytes.ReplaceAll(s, []byte(` "`), []byte(" “"))
		return bytes.ReplaceAll(s, []byte(`"`), []byte("”"))
	}
	type doc struct {
		d     *document.Document
		words []document.Span
	}
	read := func(fix func([]byte) []byte) ([]doc, int) {
		var docs []doc
		n := 0
		for _, a := range arts {
			d, err := document.Read(a.Path, fix(bytes.Clone(a.Text)), set.Document)
			if err != nil {
				b.Fatal(err)
			}
			var words []document.Span
			start := 0
			for i := 0; i <= len(d.Text); i++ {
				if i == len(d.Text) || d.Text[i] == ' ' || d.Text[i] == '\n' {
					if i > start {
						words = append(words, document.Span{Start: start, End: i})
					}
					start = i + 1
				}
			}
			docs = append(docs, doc{d, words})
			n += len(d.Src)
		}
		return docs, n
	}
	for _, variant := range []struct {
		name string
		fix  func([]byte) []byte
	}{
		{"ascii", func(s []byte) []byte { return s }},
		{"curly", curly},
	} {
		docs, n := read(variant.fix)
		b.Run(variant.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					for _, w := range d.words {
						if l := diag.At(d.d, w); l.Start.Line == 0 {
							b.Fatal("no line")
						}
					}
				}
			}
		})
		// The same words, in text order, through a Cursor, as the
		// names are located.
		b.Run("cursor-"+variant.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					c := d.d.NewCursor()
					for _, w := range d.words {
						s, e := c.SourceSpan(w)
						if c.Position(s).Line == 0 || c.Position(e).Line == 0 {
							b.Fatal("no line")
						}
					}
				}
			}
		})
	}
}

// BenchmarkReadRealCopy is BenchmarkRead on real copy: the seed and
// story articles of testdata (typeset quotes and dashes, datelines and
// bylines as reporters write them), whose bytes the generated corpus
// repeats too little of.
func BenchmarkReadRealCopy(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	files, n := realCopy(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			d, err := document.Read(f.path, f.src, set.Document)
			if err != nil {
				b.Fatal(err)
			}
			if len(d.Blocks) == 0 {
				b.Fatalf("%s: no blocks", f.path)
			}
		}
	}
}

type realFile struct {
	path string
	src  []byte
}

// realCopy reads the seed and story articles of testdata and returns
// them with their size in bytes.
func realCopy(b *testing.B) ([]realFile, int) {
	var files []realFile
	n := 0
	copies, err := corpusgen.RealCopy("../..")
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range copies {
		files = append(files, realFile{a.Path, a.Text})
		n += len(a.Text)
	}
	if len(files) < 20 {
		b.Fatalf("only %d articles of real copy found", len(files))
	}
	return files, n
}
