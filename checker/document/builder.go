package document

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// builder assembles Document.Text from pieces of the source, keeping for
// every byte it writes the source offset it came from.
type builder struct {
	src  []byte
	text []byte
	// runs map the text bytes to the source (Document.runs): each byte
	// came from a source offset and stands for the source up to an end
	// (after a rune, a CRLF, a character reference, a composed NFC
	// sequence).
	runs     []srcRun
	blocks   []Span
	problems []Problem
	// comments are source ranges of comments (Document.Comments).
	comments []Span

	inBlock    bool
	blockStart int
	// lastEnd is the source offset just after the last piece added; the
	// separator between blocks maps there.
	lastEnd int
	// pendingSpace asks for one space before the next text of the block
	// (a soft line break in Markdown, whitespace between HTML elements).
	pendingSpace    bool
	pendingSpaceOff int
}

// newBuilder makes a builder for src, which has lines lines (as
// Document.lineStarts counts them).
func newBuilder(src []byte, lines int) *builder {
	// The text is about as long as the source, and longer where a line
	// break between blocks becomes the blank line that separates them:
	// sized for that, it is allocated once, not grown (and copied) as it
	// fills. A line break is at most one line start, so the count of
	// lines already made serves, where a count of the line feeds was
	// another pass over the source.
	n := len(src) + lines + 8
	return &builder{src: src, text: make([]byte, 0, n)}
}

// sizeForParagraphs sizes the runs and blocks for copy of about
// paragraphs paragraphs: about two runs each (its separator and its
// text, more with typeset characters) and a block. Allocated once, where
// they were grown from nil six or seven times per article.
func (b *builder) sizeForParagraphs(paragraphs int) {
	b.runs = make([]srcRun, 0, 2*paragraphs+8)
	b.blocks = make([]Span, 0, paragraphs)
}

// emit writes s, which stands for the source range [srcOff, srcEnd).
func (b *builder) emit(s string, srcOff, srcEnd int) {
	for i := 0; i < len(s); i++ {
		b.emitByte(s[i], srcOff, srcEnd)
	}
}

func (b *builder) emitByte(c byte, srcOff, srcEnd int) {
	b.text = append(b.text, c)
	b.mark(len(b.text)-1, srcOff, srcEnd)
}

// mark maps text byte i, just written, to the source: it came from
// srcOff and stands for the source up to srcEnd. A byte that continues
// the last run is not stored.
func (b *builder) mark(i, srcOff, srcEnd int) {
	if k := len(b.runs); k > 0 {
		r := &b.runs[k-1]
		if r.linear && int(r.src)+i-int(r.text) == srcOff && srcEnd == srcOff+1 {
			return
		}
		if !r.linear && int(r.src) == srcOff && int(r.end) == srcEnd {
			return
		}
	}
	b.runs = append(b.runs, srcRun{text: int32(i), src: int32(srcOff), end: int32(srcEnd), linear: srcEnd == srcOff+1})
}

// truncate drops the text from byte cut on, with its mapping.
func (b *builder) truncate(cut int) {
	b.text = b.text[:cut]
	for len(b.runs) > 0 && int(b.runs[len(b.runs)-1].text) >= cut {
		b.runs = b.runs[:len(b.runs)-1]
	}
}

// open starts a block if none is open, separating it from the previous one.
func (b *builder) open() {
	if b.inBlock {
		if b.pendingSpace {
			b.pendingSpace = false
			if len(b.text) > b.blockStart {
				b.emitByte(' ', b.pendingSpaceOff, b.pendingSpaceOff)
			}
		}
		return
	}
	if len(b.blocks) > 0 {
		// The separator's two bytes both stand for the point lastEnd:
		// the second continues the first's run (see mark), which is
		// marked once.
		b.text = append(b.text, '\n', '\n')
		b.mark(len(b.text)-2, b.lastEnd, b.lastEnd)
	}
	b.inBlock = true
	b.blockStart = len(b.text)
	b.pendingSpace = false
}

// space asks for a single space before the next piece of the open block.
func (b *builder) space(srcOff int) {
	if b.inBlock && !b.pendingSpace {
		b.pendingSpace = true
		b.pendingSpaceOff = srcOff
	}
}

// endBlock closes the open block; empty and all-space blocks are dropped.
func (b *builder) endBlock() {
	if !b.inBlock {
		return
	}
	b.inBlock = false
	b.pendingSpace = false
	start, end := b.blockStart, len(b.text)
	for start < end && isSpaceByte(b.text[start]) {
		start++
	}
	for end > start && isSpaceByte(b.text[end-1]) {
		end--
	}
	if start == end {
		// Drop what the block wrote, separator included.
		cut := b.blockStart
		if len(b.blocks) > 0 {
			cut -= 2
		}
		b.truncate(cut)
		return
	}
	b.blocks = append(b.blocks, Span{start, end})
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// addDecoded appends text that stands for the source range [srcStart,
// srcEnd), such as a decoded HTML entity. Every byte maps to srcStart.
func (b *builder) addDecoded(s string, srcStart, srcEnd int) {
	b.open()
	b.addNormalised([]byte(s), srcStart, srcEnd, false, 0)
	b.lastEnd = srcEnd
}

// addSource appends the copy in src[start:end], normalised.
func (b *builder) addSource(start, end int) {
	if start >= end {
		return
	}
	b.open()
	b.addNormalised(b.src[start:end], start, end, true, 0)
	b.lastEnd = end
}

// addPlain is addSource for copy whose bytes before source offset
// plainTo are printable ASCII (as Read's pass over the lines found,
// lineEnds): they are copied without testing them again.
func (b *builder) addPlain(start, end, plainTo int) {
	if start >= end {
		return
	}
	b.open()
	b.addNormalised(b.src[start:end], start, end, true, min(max(plainTo-start, 0), end-start))
	b.lastEnd = end
}

// addNormalised appends p, whose first byte is at source offset base. When
// exact is false, p is not a slice of the source but stands for the source
// range [base, srcEnd): every byte maps to base and ends at srcEnd. The
// first known bytes of p are printable ASCII (0 <= known <= len(p)).
func (b *builder) addNormalised(p []byte, base, srcEnd int, exact bool, known int) {
	at := func(i int) int {
		if exact {
			return base + i
		}
		return base
	}
	// upTo is the source end of the piece of p that ends at p[i].
	upTo := func(i int) int {
		if exact {
			return base + i
		}
		return srcEnd
	}
	for i := 0; i < len(p); {
		// A run of printable ASCII, none followed by a non-ASCII byte
		// (which may be a combining mark), is copied as it is, with its
		// maps filled in one loop: most copy is such runs.
		if j := plainRunFrom(p, i, max(i, known)); j > i {
			at := len(b.text)
			b.text = append(b.text, p[i:j]...)
			if exact {
				// The first byte continues or opens a linear run,
				// which the others continue.
				b.mark(at, base+i, base+i+1)
			} else {
				for k := range j - i {
					b.mark(at+k, base, srcEnd)
				}
			}
			i = j
			continue
		}
		c := p[i]
		// ASCII takes the fast path unless a non-ASCII character, which
		// may be a combining mark (e + U+0301), follows a printable one.
		if c < utf8.RuneSelf && (c < ' ' || c == 0x7f || i+1 == len(p) || p[i+1] < utf8.RuneSelf) {
			switch {
			case c == '\r':
				n := 1
				if i+1 < len(p) && p[i+1] == '\n' {
					n = 2
				}
				b.emitByte('\n', at(i), upTo(i+n))
				i += n - 1
			case c == '\n' || c == '\t':
				b.emitByte(c, at(i), upTo(i+1))
			case c < ' ' || c == 0x7f:
				b.emitByte(' ', at(i), upTo(i+1))
			default:
				b.emitByte(c, at(i), upTo(i+1))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 {
			b.problem(at(i), p[i])
			b.emit("\uFFFD", at(i), upTo(i+1))
			i++
			continue
		}
		// The NFC segment starting here: a base character and the marks
		// that compose with it.
		segEnd := i + size
		if n := norm.NFC.NextBoundary(p[i:], true); n > size {
			segEnd = i + n
		}
		seg := p[i:segEnd]
		if !norm.NFC.IsNormal(seg) {
			out := norm.NFC.Bytes(seg)
			for j := 0; j < len(out); {
				r2, s2 := utf8.DecodeRune(out[j:])
				b.emitRune(r2, out[j:j+s2], at(i), upTo(segEnd))
				j += s2
			}
			i = segEnd
			continue
		}
		for j := i; j < segEnd; {
			r2, s2 := utf8.DecodeRune(p[j:])
			b.emitRune(r2, p[j:j+s2], at(j), upTo(j+s2))
			j += s2
		}
		i = segEnd
	}
}

// plainRun returns the end of the run of printable ASCII bytes from i
// that the loop of addNormalised would write unchanged one by one: each
// is followed by an ASCII byte or by the end of p.
//
// It finds the run of printable ASCII bytes from i eight bytes at a time
// (most of the text is such runs, and a byte loop was a third of
// reading), then gives back its last byte if a non-ASCII byte follows.
//
// Thirty-two bytes are tested in one step while they last (a line of
// copy is long and mostly printable): the four words' flags are ORed
// and tested once, which halves the loop's cost per byte; the step that
// fails is taken again eight bytes at a time to find where.
func plainRun(p []byte, i int) int { return plainRunFrom(p, i, i) }

// plainRunFrom is plainRun given that the bytes p[i:j] are printable
// ASCII: the test starts at j.
func plainRunFrom(p []byte, i, j int) int {
	for ; j+32 <= len(p); j += 32 {
		w := p[j : j+32 : j+32]
		if unprintable8(binary.LittleEndian.Uint64(w))|unprintable8(binary.LittleEndian.Uint64(w[8:]))|
			unprintable8(binary.LittleEndian.Uint64(w[16:]))|unprintable8(binary.LittleEndian.Uint64(w[24:])) != 0 {
			break
		}
	}
	for ; j+8 <= len(p); j += 8 {
		if !printable8(binary.LittleEndian.Uint64(p[j:])) {
			break
		}
	}
	for j < len(p) && p[j] >= ' ' && p[j] < 0x7f {
		j++
	}
	if j > i && j < len(p) && p[j] >= utf8.RuneSelf {
		j--
	}
	return j
}

// printable8 reports whether each of the eight bytes of x is printable
// ASCII (0x20 to 0x7e). A byte below 0x20 borrows out of its high bit
// when 0x20 is subtracted; 0x7f becomes 0x80 when 1 is added; a byte
// with its high bit set is not ASCII. Borrows and carries only run
// upwards from a byte that fails, so "no flag set" is exact.
func printable8(x uint64) bool { return unprintable8(x) == 0 }

// unprintable8 is non-zero when one of the eight bytes of x is not
// printable ASCII (see printable8).
func unprintable8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x
	del := (x &^ highs) + ones
	return (x | below | del) & highs
}

// emitRune writes one rune, folded to its plain form.
func (b *builder) emitRune(r rune, enc []byte, srcOff, srcEnd int) {
	if f, ok := fold(r); ok {
		b.emit(f, srcOff, srcEnd)
		return
	}
	for _, c := range enc {
		b.emitByte(c, srcOff, srcEnd)
	}
}

// maxProblemsPerFile bounds the invalid-byte reports for one file; a file
// that is mostly binary would otherwise print thousands of lines.
const maxProblemsPerFile = 10

func (b *builder) problem(srcOff int, c byte) {
	if len(b.problems) < maxProblemsPerFile {
		b.problems = append(b.problems, Problem{Kind: InvalidEncoding, Offset: srcOff, Message: "invalid UTF-8 byte 0x" + hex2(c) + " (replaced by U+FFFD for checking)"})
	}
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

func (b *builder) finish(d *Document) {
	b.endBlock()
	// The builder is done with its bytes: the text is made from them
	// without a copy (as strings.Builder does), saving a copy of
	// every article.
	if len(b.text) > 0 {
		d.Text = unsafe.String(unsafe.SliceData(b.text), len(b.text))
	}
	b.text = nil
	d.runs, d.mapped, d.endOff = b.runs, true, b.lastEnd
	d.Blocks = b.blocks
	d.Problems = append(d.Problems, b.problems...)
	d.Comments = b.comments
}

// fold maps typographic variants to the plain characters that rules match:
// curly quotes, dashes, unusual spaces, invisible characters and the
// ellipsis.
func fold(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\uFF07':
		return "'", true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return "\"", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return "-", true
	case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
		'\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000':
		return " ", true
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return "", true
	case '\u2026':
		return "...", true
	case '\u2028', '\u2029', '\u0085':
		return "\n", true
	}
	return "", false
}
