package document

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// Format is the markup a document is written in.
type Format int

// The formats factlint reads.
const (
	PlainText Format = iota
	Markdown
	HTML
)

// String names the format as users write it.
func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	default:
		return "text"
	}
}

// Span is a half-open byte range [Start, End) in Document.Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Position is a 1-based line and column in the source file. Columns count
// Unicode code points (an invalid byte counts as one).
type Position struct {
	Line, Column int
}

// Range is a half-open range of source positions: End is the position just
// after the last character.
type Range struct {
	Start, End Position
}

// Problem is something wrong with the file itself, found while reading it
// (invalid UTF-8, an unterminated front matter block). Offset is a byte
// offset in Src.
type Problem struct {
	Kind    ProblemKind
	Offset  int
	Message string
}

// ProblemKind classifies reading problems.
type ProblemKind int

// Kinds of reading problems.
const (
	// InvalidEncoding is a byte sequence that is not UTF-8.
	InvalidEncoding ProblemKind = iota
	// BadFrontMatter is a front matter block that is never closed.
	BadFrontMatter
)

// Meta is what factlint knows about an article that is not its copy.
type Meta struct {
	// Date is the article's date as written in its dateline or front
	// matter, in ISO form (YYYY-MM-DD), or "" when unknown.
	Date string
	// MonthDay is the day of the month (MM-DD) of a byline that gives no
	// year ("LIMA, Nov 8 (Wire) -"), when Date is unknown: the run may
	// take the year from the other articles of the story.
	MonthDay string
	Title    string
	Story    string
}

// Document is one article ready for linting.
type Document struct {
	// Path is the file name as the user gave it.
	Path   string
	Format Format
	// Src is the file's bytes, unchanged.
	Src []byte
	// Text is the copy: the visible prose of the article, NFC-normalised,
	// with curly quotes, dashes and unusual spaces folded to ASCII. Blocks
	// (paragraphs, headings, list items) are separated by "\n\n".
	Text string
	// Blocks are the spans of Text that hold copy, in order.
	Blocks   []Span
	Meta     Meta
	Problems []Problem
	// Comments are the byte ranges of Src (not of Text) that the reader
	// took for comments, in order: HTML comments (<!-- … -->) in HTML and
	// Markdown, and directive lines (%% factlint-…) in plain text. They
	// are not copy; checker/suppress reads its directives from them.
	Comments []Span

	// runs map the bytes of Text to the source: text byte i came from
	// source byte srcOff(i) and stands for the source up to srcEnd(i).
	// Most copy is taken as it is, so a run of bytes maps linearly, and
	// runs take a few words per line where two offsets per byte took
	// eight bytes for every byte of copy. mapped is false for a
	// Document not built by a reader.
	runs   []srcRun
	mapped bool
	// endOff is the end of the last piece of copy (where an offset past
	// the text maps).
	endOff int
	// lineStarts are the source offsets at which lines begin.
	lineStarts []int
	// colMarks are points of long lines whose column is known, in
	// order, so that Position counts at most colMarkEvery bytes.
	colMarks []colMark
	// asciiEnd[i] is the source offset of the first non-ASCII byte of
	// line i, or the line's end: up to it, a column is a byte count, and
	// runes are counted only after it (on a line of plain ASCII, never).
	asciiEnd []int
}

// srcRun maps the text bytes from text up to the next run's text. A
// linear run maps text byte text+k to source byte src+k, which ends at
// src+k+1 (copy taken as it is). Any other run maps each of its bytes to
// src, ending at end (a separator, a folded or composed character, a
// character reference).
type srcRun struct {
	text, src, end int32
	linear         bool
}

// run returns the run of text byte i (0 <= i < len(Text)).
func (d *Document) run(i int) *srcRun { return &d.runs[d.runIndex(i)] }

// runIndex returns the index of the run of text byte i.
func (d *Document) runIndex(i int) int {
	// The last run that starts at or before i: a binary search written
	// out, as sort.Search's closure call per probe showed in diag.At.
	lo, hi := 0, len(d.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.runs[m].text) <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return max(lo-1, 0)
}

// srcOff is the source byte that text byte i came from; past the text,
// the end of the last piece of copy.
func (d *Document) srcOff(i int) int {
	if i >= len(d.Text) || len(d.runs) == 0 {
		return d.endOff
	}
	r := d.run(i)
	if r.linear {
		return int(r.src) + i - int(r.text)
	}
	return int(r.src)
}

// srcEnd is the source offset just after the source text that text byte
// i (0 <= i < len(Text)) stands for.
func (d *Document) srcEnd(i int) int {
	r := d.run(i)
	if r.linear {
		return int(r.src) + i - int(r.text) + 1
	}
	return int(r.end)
}

// mappedLen is the number of text bytes that have a source mapping.
func (d *Document) mappedLen() int {
	if !d.mapped {
		return 0
	}
	return len(d.Text)
}

// colMark is a rune boundary of a long line and its 1-based column.
type colMark struct{ off, col int }

// colMarkEvery is the distance between the column marks of a long line:
// without them every position on a line costs time in proportion to its
// length, which made a file of one long line take quadratic time.
const colMarkEvery = 512

// columnMarks walks the lines whose part after their ASCII prefix
// (asciiEnd) is longer than colMarkEvery and records a rune boundary (as
// utf8.RuneCount decodes from the line's start) about every colMarkEvery
// bytes of that part, with its column.
func columnMarks(src []byte, starts, asciiEnd []int) []colMark {
	var marks []colMark
	for i, ls := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		ae := asciiEnd[i]
		if end-ae <= colMarkEvery {
			continue
		}
		col, next := ae-ls+1, ae+colMarkEvery
		for off := ae; off < end; {
			if off >= next {
				marks = append(marks, colMark{off, col})
				next = off + colMarkEvery
			}
			_, size := utf8.DecodeRune(src[off:end])
			off += size
			col++
		}
	}
	return marks
}

// SourceOffset maps a byte offset in Text to a byte offset in Src.
func (d *Document) SourceOffset(textOff int) int {
	if textOff < 0 {
		textOff = 0
	}
	if !d.mapped {
		return 0
	}
	return d.srcOff(textOff)
}

// SourceSpan maps a span of Text to the half-open byte range of Src it
// came from.
func (d *Document) SourceSpan(s Span) (start, end int) {
	first := max(s.Start, 0)
	// k is the run of the span's first byte, when it has one: the run
	// of its last byte is found by stepping on from there (a span is
	// short and mostly within one run), not by a second binary search.
	k := -1
	switch {
	case !d.mapped:
		start = 0
	case first >= len(d.Text) || len(d.runs) == 0:
		start = d.endOff
	default:
		k = d.runIndex(first)
		r := &d.runs[k]
		start = int(r.src)
		if r.linear {
			start += first - int(r.text)
		}
	}
	if s.End <= s.Start {
		return start, start
	}
	// The end is the source end of the last byte of the span: after the
	// whole folded character (’ became '), character reference or
	// expansion (… became ...), and before any markup that follows
	// ("*word*", "[text](url)").
	last := min(s.End, d.mappedLen()) - 1
	if last < 0 {
		return start, start
	}
	if k < 0 || last < first {
		end = d.srcEnd(last)
	} else {
		for n := 0; k+1 < len(d.runs) && int(d.runs[k+1].text) <= last; n++ {
			if n == 8 {
				k = d.runIndex(last)
				break
			}
			k++
		}
		r := &d.runs[k]
		end = int(r.end)
		if r.linear {
			end = int(r.src) + last - int(r.text) + 1
		}
	}
	if end < start {
		end = start
	}
	return start, end
}

// Position converts a source byte offset into a line and column. It
// counts the runes from the line's start, or from the column mark
// before the offset on a long line (at most colMarkEvery bytes).
func (d *Document) Position(srcOff int) Position {
	if srcOff < 0 {
		srcOff = 0
	}
	if srcOff > len(d.Src) {
		srcOff = len(d.Src)
	}
	if d.lineStarts == nil {
		d.lineStarts = lineStarts(d.Src)
	}
	if d.asciiEnd == nil {
		d.asciiEnd = asciiEnds(d.Src, d.lineStarts)
	}
	// The last line start <= srcOff.
	i := lastAtOrBefore(d.lineStarts, srcOff)
	if i < 0 {
		i = 0
	}
	srcOff, from, col, done := d.columnBase(i, srcOff)
	if done {
		return Position{Line: i + 1, Column: col}
	}
	return Position{Line: i + 1, Column: runeCount(d.Src[from:srcOff]) + col}
}

// columnBase returns, for srcOff on line i (0-based), the latest rune
// boundary known at or before it and that boundary's column: an ASCII
// byte is one rune, so up to the line's first non-ASCII byte the column
// is the byte count (done: col is srcOff's column), and runes are
// counted only from there or from a later column mark. srcOff inside a
// BOM is moved to the line's start.
func (d *Document) columnBase(i, srcOff int) (off, from, col int, done bool) {
	ls := d.lineStarts[i]
	if srcOff < ls { // inside a BOM
		srcOff = ls
	}
	ae := d.asciiEnd[i]
	if srcOff <= ae {
		return srcOff, srcOff, srcOff - ls + 1, true
	}
	from, col = ae, ae-ls+1
	if len(d.colMarks) > 0 {
		if k := sort.Search(len(d.colMarks), func(k int) bool { return d.colMarks[k].off > srcOff }) - 1; k >= 0 && d.colMarks[k].off > from {
			from, col = d.colMarks[k].off, d.colMarks[k].col
		}
	}
	return srcOff, from, col, false
}

// runeCount is utf8.RuneCount (an invalid byte counts as one rune)
// without its allocation: utf8.RuneCount converts the rest of a slice
// to a string at the first non-ASCII byte, which allocates for more than
// 32 bytes, once for every position on a line of typeset copy.
//
// A run of ASCII bytes, a rune each, is passed over eight bytes at a time
// (asciiPrefix): typeset copy has a curly quote or a dash here and there
// and long runs of ASCII between them, which a byte loop stepped through
// one at a time.
func runeCount(b []byte) int {
	n := 0
	for k := 0; k < len(b); {
		if b[k] < utf8.RuneSelf {
			a := asciiPrefix(b[k:])
			k += a
			n += a
			continue
		}
		_, size := utf8.DecodeRune(b[k:])
		k += size
		n++
	}
	return n
}

// lastAtOrBefore returns the index of the last of the ascending offsets
// that is at most off, or -1.
func lastAtOrBefore(offsets []int, off int) int {
	lo, hi := 0, len(offsets)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if offsets[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// asciiEnds returns, for each line, the offset of its first non-ASCII
// byte, or its end (the next line's start, or the end of src).
func asciiEnds(src []byte, starts []int) []int {
	ends := make([]int, len(starts))
	for i, ls := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		ends[i] = ls + asciiPrefix(src[ls:end])
	}
	return ends
}

// lineEnds returns asciiEnds(src, starts) and, for each line, the
// offset of its first byte that is not printable ASCII (0x20 to 0x7e),
// or its end: Read's reader copies the bytes before it unchanged
// (plainRun), and need not test them again. One pass: the printable
// run of a line is found in words up to its line break (which is not
// printable) and the ASCII end only looked for past it, where a line
// of ASCII has nothing but its break; per line, asciiPrefix's word
// loops stopped in their byte loop at every line's end.
func lineEnds(src []byte, starts []int) (ascii, plain []int) {
	both := make([]int, 2*len(starts))
	ascii, plain = both[:len(starts)], both[len(starts):]
	for i, ls := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		u := min(ls+plainPrefix(src[ls:]), end)
		plain[i] = u
		switch {
		case u == end:
			ascii[i] = end
		case src[u] >= utf8.RuneSelf:
			ascii[i] = u
		case u+1 == end:
			// The line's break, or its last byte.
			ascii[i] = end
		default:
			ascii[i] = u + asciiPrefix(src[u:end])
		}
	}
	return ascii, plain
}

// plainPrefix returns the length of b's leading run of printable ASCII
// bytes (0x20 to 0x7e), testing eight bytes at a time (unprintable8's
// lowest flag is exact), thirty-two while they last.
func plainPrefix(b []byte) int {
	k := 0
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; k+32 <= len(b); k += 32 {
		w := b[k : k+32 : k+32]
		x0, x1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		x2, x3 := binary.LittleEndian.Uint64(w[16:]), binary.LittleEndian.Uint64(w[24:])
		// Not exact where a byte fails, but 0 only when none does
		// (printable bytes neither borrow nor carry), in fewer
		// operations than unprintable8's: the word loop below finds
		// the byte.
		if (x0|x1|x2|x3|(x0-0x20*ones)|(x1-0x20*ones)|(x2-0x20*ones)|(x3-0x20*ones)|
			(x0+ones)|(x1+ones)|(x2+ones)|(x3+ones))&highs != 0 {
			break
		}
	}
	for ; k+8 <= len(b); k += 8 {
		if m := unprintable8(binary.LittleEndian.Uint64(b[k:])); m != 0 {
			return k + bits.TrailingZeros64(m)>>3
		}
	}
	for ; k < len(b); k++ {
		if c := b[k]; c < ' ' || c >= 0x7f {
			return k
		}
	}
	return k
}

// asciiPrefix returns the length of b's leading run of ASCII bytes,
// testing eight bytes at a time.
//
// Thirty-two bytes are tested in one step while they last: the lines of
// copy are long and mostly ASCII, and one test of four words ORed
// together halves the loop's cost per byte.
func asciiPrefix(b []byte) int {
	const highs = 0x8080808080808080
	k := 0
	for ; k+32 <= len(b); k += 32 {
		w := b[k : k+32 : k+32]
		if (binary.LittleEndian.Uint64(w)|binary.LittleEndian.Uint64(w[8:])|
			binary.LittleEndian.Uint64(w[16:])|binary.LittleEndian.Uint64(w[24:]))&highs != 0 {
			break
		}
	}
	for ; k+8 <= len(b); k += 8 {
		if binary.LittleEndian.Uint64(b[k:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; k < len(b); k++ {
		if b[k] >= utf8.RuneSelf {
			return k
		}
	}
	return k
}

// Range converts a span of Text into source positions.
func (d *Document) Range(s Span) Range {
	start, end := d.SourceSpan(s)
	return Range{Start: d.Position(start), End: d.Position(end)}
}

// ProblemPosition is the position of a reading problem.
func (d *Document) ProblemPosition(p Problem) Position { return d.Position(p.Offset) }

// lineStarts returns the offsets where lines begin; LF, CRLF and a lone CR
// each end a line. A UTF-8 BOM is not part of the first line.
func lineStarts(src []byte) []int {
	first := 0
	if hasBOM(src) {
		first = len(bom)
	}
	if bytes.IndexByte(src[first:], '\r') < 0 {
		// LF only, the usual case: count, then jump from LF to LF.
		starts := make([]int, 1, bytes.Count(src[first:], []byte{'\n'})+1)
		starts[0] = first
		for i := first; ; {
			n := bytes.IndexByte(src[i:], '\n')
			if n < 0 {
				return starts
			}
			i += n + 1
			starts = append(starts, i)
		}
	}
	starts := []int{first}
	for i := first; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Verbatim reports whether the source bytes Src[start:end] were read as
// copy unchanged: they are the bytes of a span of Text, with no markup,
// character reference, folded character or normalised sequence inside.
// Only such a span can be replaced in the source by text written for the
// copy (a fix).
func (d *Document) Verbatim(start, end int) bool {
	if start < 0 || end > len(d.Src) || start >= end {
		return false
	}
	n := end - start
	// srcOff never decreases along Text: find the first text byte that
	// comes from start.
	m := d.mappedLen()
	t := sort.Search(m, func(i int) bool { return d.srcOff(i) >= start })
	if t+n > m || d.srcOff(t) != start {
		return false
	}
	if d.Text[t:t+n] != string(d.Src[start:end]) {
		return false
	}
	for i := t; i < t+n; i++ {
		// Each text byte stands for source bytes inside the range, and
		// the pieces follow each other with nothing skipped.
		if d.srcOff(i) < start || d.srcEnd(i) > end {
			return false
		}
		if i > t && d.srcOff(i) != d.srcOff(i-1) && d.srcOff(i) != d.srcEnd(i-1) {
			return false
		}
	}
	return d.srcEnd(t+n-1) == end
}
