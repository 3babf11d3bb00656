package document

import "testing"

// TestLineBoundsMatchesScanning compares lineBounds, which reads line
// ends from the line starts, with lineEnd and nextLine, which scan for
// them, at every offset of texts with every kind of line ending, a BOM,
// blank lines and no final line break.
func TestLineBoundsMatchesScanning(t *testing.T) {
	for _, src := range []string{
		"",
		"one line",
		"a\nb\n",
		"a\r\nb\r\n\r\nc",
		"a\rb\r\rc\r",
		"\xEF\xBB\xBFBOM first\nthen\r\nmixed\rends\n\n",
		"\n\n\r\n\r\r\n",
		"x\r",
		"tail\r\n",
	} {
		d := &Document{Src: []byte(src), lineStarts: lineStarts([]byte(src))}
		for pos := 0; pos < len(src); pos++ {
			wantEnd, wantNext := lineEnd(d.Src, pos), nextLine(d.Src, pos)
			// The right line, and wrong ones, which must be noticed.
			right := lastAtOrBefore(d.lineStarts, pos)
			for _, k := range []int{right, right - 1, right + 1, -1, len(d.lineStarts)} {
				if end, next := d.lineBounds(k, pos); end != wantEnd || next != wantNext {
					t.Errorf("%q at %d (line %d, right %d): lineBounds = %d, %d; scanning gives %d, %d", src, pos, k, right, end, next, wantEnd, wantNext)
				}
			}
		}
	}
}
