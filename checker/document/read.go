package document

import (
	"bytes"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
)

// ErrBinary is returned by Read for a file that holds NUL bytes: it is not
// copy and is skipped.
var ErrBinary = errors.New("binary file (it contains NUL bytes); skipped")

// ErrUTF16 is returned by Read for a file that starts with a UTF-16 byte
// order mark.
var ErrUTF16 = errors.New("UTF-16 encoded file; save it as UTF-8 to check it")

var bom = []byte{0xEF, 0xBB, 0xBF}

func hasBOM(src []byte) bool { return bytes.HasPrefix(src, bom) }

// Options configure the readers.
type Options struct {
	// Datelines are tried in order at the start of the copy (after any
	// front matter). A match is metadata, not copy; its named group
	// "date" becomes Meta.Date: an ISO date (YYYY-MM-DD), or any text
	// that ParseDate reads as one.
	Datelines []*regexp.Regexp
	// Bylines are tried in order at the start of each of the first
	// BylineLines non-blank lines of the copy, when neither front matter
	// nor a dateline gave the date: real copy puts a headline first and
	// the byline ("By A Writer, 7 March 2025") under it. A match only
	// sets Meta.Date; the line stays copy and is checked, so positions
	// do not move.
	Bylines []*regexp.Regexp
	// ParseDate reads a date written out ("12 September 2023", "Sept.
	// 12, 2023") and returns it in ISO form; nil reads ISO dates only.
	ParseDate func(string) (string, bool)
	// ParseMonthDay reads a day of a month written without its year
	// ("Nov 8") and returns it as MM-DD. A byline pattern's named group
	// "monthday" is read with it into Meta.MonthDay; nil reads none.
	ParseMonthDay func(string) (string, bool)
}

// FormatOf picks a reader by file extension: .md and .markdown are
// Markdown, .html and .htm HTML, everything else plain text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	}
	return PlainText
}

// Read builds the Document for the file at path (used for naming and to
// pick the format) whose bytes are src. It fails only with ErrBinary or
// ErrUTF16; every other problem is recorded in Document.Problems and the
// rest of the file is still read.
func Read(path string, src []byte, opt Options) (*Document, error) {
	return ReadFormat(path, src, FormatOf(path), opt)
}

// ReadFormat is Read with the format given.
func ReadFormat(path string, src []byte, f Format, opt Options) (*Document, error) {
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil, ErrUTF16
	}
	if isBinary(src) {
		return nil, ErrBinary
	}
	d := &Document{Path: path, Format: f, Src: src}
	d.lineStarts = lineStarts(src)
	var plainEnd []int
	d.asciiEnd, plainEnd = lineEnds(src, d.lineStarts)
	d.colMarks = columnMarks(src, d.lineStarts, d.asciiEnd)
	start := 0
	if hasBOM(src) {
		start = len(bom)
	}
	start = readFrontMatter(d, start)
	b := newBuilder(src, len(d.lineStarts))
	if f == PlainText {
		// Directive lines may come before the dateline.
		for start < len(src) {
			at, ok := textDirective(src[start:lineEnd(src, start)])
			if !ok {
				break
			}
			b.comments = append(b.comments, Span{Start: start + at, End: lineEnd(src, start)})
			start = nextLine(src, start)
		}
	}
	if f != HTML {
		start = readDateline(d, start, opt)
		readByline(d, start, opt)
	}
	switch f {
	case Markdown:
		readMarkdown(b, src, start)
	case HTML:
		readHTML(b, d, src, start)
	default:
		readText(b, d, start, plainEnd)
	}
	b.finish(d)
	return d, nil
}

// isBinary reports a NUL byte in the first 8000 bytes, as git does.
func isBinary(src []byte) bool {
	head := src
	if len(head) > 8000 {
		head = head[:8000]
	}
	return bytes.IndexByte(head, 0) >= 0
}

// BylineLines is how many non-blank lines from the start of the copy
// are searched for a byline: a headline, a standfirst and the byline, or
// a kicker above them. Further down a date is an event's, not the
// article's.
const BylineLines = 4

// readByline sets Meta.Date from a byline among the first BylineLines
// non-blank lines at src[start:], unless the date is known already. A
// byline whose date has no year (a wire dateline, "LIMA, Nov 8 (Wire)
// -") sets Meta.MonthDay instead, and the search goes on for a full date.
// It consumes nothing.
func readByline(d *Document, start int, opt Options) {
	if d.Meta.Date != "" || len(opt.Bylines) == 0 {
		return
	}
	for n := 0; start < len(d.Src) && n < BylineLines; start = nextLine(d.Src, start) {
		line := d.Src[start:lineEnd(d.Src, start)]
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n++
		for _, re := range opt.Bylines {
			loc := re.FindSubmatchIndex(line)
			if loc == nil || loc[0] != 0 {
				continue
			}
			if i := re.SubexpIndex("date"); i > 0 && loc[2*i] >= 0 {
				if date, ok := isoDate(string(line[loc[2*i]:loc[2*i+1]]), opt); ok {
					d.Meta.Date, d.Meta.MonthDay = date, ""
					return
				}
			}
			if i := re.SubexpIndex("monthday"); i > 0 && loc[2*i] >= 0 && opt.ParseMonthDay != nil && d.Meta.MonthDay == "" {
				if md, ok := opt.ParseMonthDay(string(line[loc[2*i]:loc[2*i+1]])); ok {
					d.Meta.MonthDay = md
				}
			}
		}
	}
}

// isoDate returns s in ISO form: as it is, or read by opt.ParseDate.
func isoDate(s string, opt Options) (string, bool) {
	if !isISODate(s) && opt.ParseDate != nil {
		if iso, ok := opt.ParseDate(s); ok {
			s = iso
		}
	}
	return s, isISODate(s)
}

// readDateline consumes a dateline at src[start:] and returns where the
// copy begins.
func readDateline(d *Document, start int, opt Options) int {
	for _, re := range opt.Datelines {
		loc := re.FindSubmatchIndex(firstLineWindow(re, d.Src[start:]))
		if loc == nil || loc[0] != 0 || loc[1] == 0 {
			continue
		}
		if i := re.SubexpIndex("date"); i > 0 && loc[2*i] >= 0 {
			date := string(d.Src[start+loc[2*i] : start+loc[2*i+1]])
			if !isISODate(date) && opt.ParseDate != nil {
				if iso, ok := opt.ParseDate(date); ok {
					date = iso
				}
			}
			if isISODate(date) && d.Meta.Date == "" {
				d.Meta.Date = date
			}
		}
		return start + loc[1]
	}
	return start
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// readFrontMatter consumes a YAML (---) or TOML (+++) front matter block at
// src[start:] and returns where the body begins. Only the simple
// `key: value` lines that factlint uses are read.
func readFrontMatter(d *Document, start int) int {
	src := d.Src
	var fence string
	switch {
	case hasLinePrefix(src[start:], "---"):
		fence = "---"
	case hasLinePrefix(src[start:], "+++"):
		fence = "+++"
	default:
		return start
	}
	pos := nextLine(src, start)
	for pos < len(src) {
		end := lineEnd(src, pos)
		line := strings.TrimSpace(string(src[pos:end]))
		if line == fence || (fence == "---" && line == "...") {
			return nextLine(src, pos)
		}
		key, val, ok := splitMetaLine(line, fence == "+++")
		if ok {
			switch strings.ToLower(key) {
			case "date":
				if len(val) >= 10 && isISODate(val[:10]) {
					d.Meta.Date = val[:10]
				}
			case "title":
				d.Meta.Title = val
			case "story":
				d.Meta.Story = val
			}
		}
		pos = nextLine(src, pos)
	}
	d.Problems = append(d.Problems, Problem{Kind: BadFrontMatter, Offset: start, Message: "front matter opened here is never closed by a " + fence + " line; the file is read as copy"})
	d.Meta = Meta{}
	return start
}

func splitMetaLine(line string, tomlStyle bool) (key, val string, ok bool) {
	sep := ":"
	if tomlStyle {
		sep = "="
	}
	key, val, ok = strings.Cut(line, sep)
	if !ok {
		return "", "", false
	}
	key = strings.TrimSpace(key)
	val = strings.TrimSpace(val)
	if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') && val[len(val)-1] == val[0] {
		val = val[1 : len(val)-1]
	}
	return key, val, key != ""
}

func hasLinePrefix(p []byte, fence string) bool {
	if !bytes.HasPrefix(p, []byte(fence)) {
		return false
	}
	rest := p[len(fence):]
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r'
}

// lineEnd is the offset of the line terminator of the line at pos.
func lineEnd(src []byte, pos int) int {
	// Two SIMD scans beat one byte loop: lines are long and CRs rare.
	rest := src[pos:]
	n := bytes.IndexByte(rest, '\n')
	if n < 0 {
		n = len(rest)
	}
	if r := bytes.IndexByte(rest[:n], '\r'); r >= 0 {
		n = r
	}
	return pos + n
}

// lineBounds returns the end (the offset of its terminator) of the line
// at pos, which is line k of d.lineStarts (-1 before the first, as after
// a BOM), and the start of the next line: what lineEnd and nextLine
// return, read from the line starts that Read has already found instead
// of scanning the line for its terminator again (twice, for LF and CR,
// and again for the next line): those scans were a fifth of reading.
func (d *Document) lineBounds(k, pos int) (end, next int) {
	src := d.Src
	if !d.isLine(k, pos) {
		// Not line k (a caller's count gone wrong): scanned.
		return lineEnd(src, pos), nextLine(src, pos)
	}
	if k+1 == len(d.lineStarts) {
		return len(src), len(src)
	}
	// The line ends in LF, CR or CRLF, just before the next line.
	next = d.lineStarts[k+1]
	end = next - 1
	if src[end] == '\n' && end > pos && src[end-1] == '\r' {
		end--
	}
	return end, next
}

// isLine reports whether pos is on line k of d.lineStarts.
func (d *Document) isLine(k, pos int) bool {
	return k >= 0 && k < len(d.lineStarts) && d.lineStarts[k] <= pos && (k+1 == len(d.lineStarts) || pos < d.lineStarts[k+1])
}

// nextLine is the offset of the line after the one at pos.
func nextLine(src []byte, pos int) int {
	i := lineEnd(src, pos)
	if i < len(src) && src[i] == '\r' {
		i++
		if i < len(src) && src[i] == '\n' {
			i++
		}
		return i
	}
	if i < len(src) {
		i++
	}
	return i
}

// unwrappedLineRunes: a plain-text file with a line at least this long is
// taken to hold one paragraph per line (as scraped copy does); otherwise
// its lines are hard-wrapped and only blank lines separate paragraphs.
const unwrappedLineRunes = 100

// readText reads plain text: paragraphs are lines (unwrapped copy) or runs
// of lines separated by blank lines (hard-wrapped copy). plainEnd holds,
// by line of d.lineStarts, the offset of its first byte that is not
// printable ASCII (lineEnds), which the builder need not test before.
func readText(b *builder, d *Document, start int, plainEnd []int) {
	src := d.Src
	perLine := hasLongLine(d, start)
	if perLine {
		// A paragraph per line: the line count sizes the maps. (Hard-
		// wrapped copy has far fewer paragraphs than lines; its maps
		// grow as they fill.)
		b.sizeForParagraphs(len(d.lineStarts))
	}
	k := lastAtOrBefore(d.lineStarts, start)
	for pos := start; pos < len(src); k++ {
		end, next := d.lineBounds(k, pos)
		if at, ok := textDirective(src[pos:end]); ok {
			// Not copy, and not a paragraph break either: the lines
			// around it stay one paragraph.
			b.comments = append(b.comments, Span{Start: pos + at, End: end})
			pos = next
			continue
		}
		if len(bytes.TrimSpace(src[pos:end])) == 0 {
			b.endBlock()
		} else if perLine {
			b.addPlain(pos, end, plainOf(d, k, pos, plainEnd))
			b.endBlock()
		} else {
			b.addPlain(pos, next, plainOf(d, k, pos, plainEnd))
		}
		pos = next
	}
	b.endBlock()
}

// plainOf returns plainEnd[k], the end of the printable ASCII of line k
// from its start (lineEnds), when pos is on line k; else pos (nothing
// known).
func plainOf(d *Document, k, pos int, plainEnd []int) int {
	if d.isLine(k, pos) {
		return plainEnd[k]
	}
	return pos
}

// hasLongLine reports whether a line of d.Src from start on (the first
// maybe from its middle) has at least unwrappedLineRunes runes. Runes are
// counted only where they may reach it: a line of fewer bytes has fewer
// runes, and one that is ASCII up to its end (d.asciiEnd, which Read has
// already found) has as many runes as bytes. Hard-wrapped copy, whose
// lines are all short, was counted rune by rune to its end.
func hasLongLine(d *Document, start int) bool {
	src := d.Src
	k := lastAtOrBefore(d.lineStarts, start)
	for pos := start; pos < len(src); k++ {
		end, next := d.lineBounds(k, pos)
		if end-pos >= unwrappedLineRunes {
			if d.isLine(k, pos) && d.asciiEnd[k] >= end {
				return true
			}
			if runeCount(src[pos:end]) >= unwrappedLineRunes {
				return true
			}
		}
		pos = next
	}
	return false
}

// textDirectivePrefix opens a directive line in plain text: after optional
// blanks, "%%", optional blanks and "factlint-". Such a line is not copy.
const textDirectivePrefix = "%%"

// textDirective reports whether line (without its terminator) is a
// directive line, and where its "%%" is.
func textDirective(line []byte) (int, bool) {
	at := 0
	for at < len(line) && (line[at] == ' ' || line[at] == '\t') {
		at++
	}
	rest, ok := bytes.CutPrefix(line[at:], []byte(textDirectivePrefix))
	if !ok {
		return 0, false
	}
	rest = bytes.TrimLeft(rest, " \t")
	return at, bytes.HasPrefix(rest, []byte("factlint-"))
}
