package document

import (
	"unicode/utf8"
)

// Cursor maps spans of a document's text to source ranges and positions,
// as SourceSpan and Position do, for spans visited mostly in text order
// (the names of an article, resolved one after another). SourceSpan and
// Position search the text-to-source runs and the line starts from
// scratch for every offset and count a line's runes from its first
// non-ASCII byte; a Cursor keeps the run and the line of the last offset
// and steps forward from them, and counts runes on from the last offset
// it counted to on the same line. An offset before the last one is
// searched for as SourceSpan and Position do. The results are the same.
//
// A Cursor is made by Document.NewCursor (the zero Cursor has no
// document). It is not safe for concurrent use; it reads the document's
// tables only, which NewCursor builds if Position has not yet.
type Cursor struct {
	d *Document
	// run is the index of the run of the last text offset mapped.
	run int
	// line is the index of the line of the last source offset located.
	line int
	// off is a rune boundary of line (as utf8.RuneCount decodes the line
	// from its start) at or after its first non-ASCII byte, and col its
	// column; off is -1 when none is known.
	off, col int
}

// maxSteps bounds the runs or lines a Cursor steps over before it
// searches instead: a span far ahead costs a search, not a walk.
const maxSteps = 8

// NewCursor returns a Cursor at the start of d.
func (d *Document) NewCursor() Cursor {
	if d.lineStarts == nil {
		d.lineStarts = lineStarts(d.Src)
	}
	if d.asciiEnd == nil {
		d.asciiEnd = asciiEnds(d.Src, d.lineStarts)
	}
	return Cursor{d: d, off: -1}
}

// runOf returns the run of text byte i (0 <= i < len(Text)), as
// Document.run does.
func (c *Cursor) runOf(i int) *srcRun {
	runs := c.d.runs
	k := c.run
	if k >= len(runs) || int(runs[k].text) > i {
		return c.search(i)
	}
	for n := 0; k+1 < len(runs) && int(runs[k+1].text) <= i; n++ {
		if n == maxSteps {
			return c.search(i)
		}
		k++
	}
	c.run = k
	return &runs[k]
}

// search finds the run of text byte i by a binary search.
func (c *Cursor) search(i int) *srcRun {
	c.run = c.d.runIndex(i)
	return &c.d.runs[c.run]
}

// SourceSpan is Document.SourceSpan(s).
func (c *Cursor) SourceSpan(s Span) (start, end int) {
	d := c.d
	start = c.sourceOffset(s.Start)
	if s.End <= s.Start {
		return start, start
	}
	last := min(s.End, d.mappedLen()) - 1
	if last < 0 {
		return start, start
	}
	r := c.runOf(last)
	if r.linear {
		end = int(r.src) + last - int(r.text) + 1
	} else {
		end = int(r.end)
	}
	if end < start {
		end = start
	}
	return start, end
}

// sourceOffset is Document.SourceOffset(i).
func (c *Cursor) sourceOffset(i int) int {
	d := c.d
	if i < 0 {
		i = 0
	}
	if !d.mapped {
		return 0
	}
	if i >= len(d.Text) || len(d.runs) == 0 {
		return d.endOff
	}
	r := c.runOf(i)
	if r.linear {
		return int(r.src) + i - int(r.text)
	}
	return int(r.src)
}

// Position is Document.Position(srcOff).
func (c *Cursor) Position(srcOff int) Position {
	d := c.d
	srcOff = min(max(srcOff, 0), len(d.Src))
	starts := d.lineStarts
	i := c.line
	switch {
	case i >= len(starts) || starts[i] > srcOff:
		i = max(lastAtOrBefore(starts, srcOff), 0)
	default:
		for n := 0; i+1 < len(starts) && starts[i+1] <= srcOff; n++ {
			if n == maxSteps {
				i = max(lastAtOrBefore(starts, srcOff), 0)
				break
			}
			i++
		}
	}
	if i != c.line {
		c.line, c.off = i, -1
	}
	srcOff, from, col, done := d.columnBase(i, srcOff)
	if done {
		return Position{Line: i + 1, Column: col}
	}
	// Count from the latest rune boundary known at or before srcOff: the
	// line's first non-ASCII byte, a column mark, or the last offset
	// counted to.
	if c.off > from && c.off <= srcOff {
		from, col = c.off, c.col
	}
	// Decode the line, not the slice that ends at srcOff, so that the
	// steps are the line's rune boundaries; a rune that srcOff cuts is
	// counted as Position counts it, one per byte.
	src := d.Src
	k, n := from, 0
	for k < srcOff {
		if src[k] < utf8.RuneSelf {
			// A run of ASCII, a rune a byte, passed over eight bytes
			// at a time: on a typeset line the runs between curly
			// quotes and dashes are long. (An ASCII byte never
			// straddles srcOff.)
			a := asciiPrefix(src[k:srcOff])
			k += a
			n += a
			continue
		}
		_, size := utf8.DecodeRune(src[k:])
		if k+size > srcOff {
			return Position{Line: i + 1, Column: col + n + srcOff - k}
		}
		k += size
		n++
	}
	c.off, c.col = srcOff, col+n
	return Position{Line: i + 1, Column: col + n}
}

// Locate is SourceSpan(s) with the Positions of the range's two ends, as
// Position(start) then Position(end) would give them. A span is mostly a
// word, whose end is on its start's line: where that line is ASCII up to
// the end (asciiEnd), the end's column is its byte offset on the line,
// and the second look-up (the line step, columnBase) is not made.
//
// Where the span lies inside one linear text-to-source run (a word of
// plain copy), its source range is its start's offset and its length,
// and the run of its last byte is not looked up either.
func (c *Cursor) Locate(s Span) (start, end int, ps, pe Position) {
	d := c.d
	if s.Start >= 0 && s.End > s.Start && s.End <= d.mappedLen() && len(d.runs) > 0 {
		r := c.runOf(s.Start)
		if k := c.run; r.linear && (k+1 == len(d.runs) || int(d.runs[k+1].text) >= s.End) {
			start = int(r.src) + s.Start - int(r.text)
			end = start + s.End - s.Start
		} else {
			start, end = c.SourceSpan(s)
		}
	} else {
		start, end = c.SourceSpan(s)
	}
	// On the last span's line, where it is ASCII up to start, start's
	// column is its byte offset on the line, as Position would find it
	// (Position keeps c.line and c.off alike there).
	starts := d.lineStarts
	i := c.line
	if i < len(starts) && starts[i] <= start && start <= d.asciiEnd[i] && start <= len(d.Src) && (i+1 == len(starts) || starts[i+1] > start) {
		ps = Position{Line: i + 1, Column: start - starts[i] + 1}
	} else {
		ps = c.Position(start)
		// Position left c.line at start's line (start clamped as it
		// clamps).
		i = c.line
	}
	if ls := starts[i]; ls <= end && end <= d.asciiEnd[i] && end <= len(d.Src) && (i+1 == len(starts) || starts[i+1] > end) {
		return start, end, ps, Position{Line: i + 1, Column: end - ls + 1}
	}
	return start, end, ps, c.Position(end)
}
