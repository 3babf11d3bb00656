package tomlx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// span is where a key and its value start in the source (1-based).
// For tables defined by a header, the value position is the header's '['.
// For array elements, the key position equals the value position.
type span struct{ keyLine, keyCol, valLine, valCol int }

// scanner builds the position index of a syntactically valid TOML document.
// It only finds where keys and values start; the values themselves come from
// BurntSushi/toml.
type scanner struct {
	src       []byte
	i         int // current byte offset
	line      int // current line, 1-based
	lineStart int // offset of the first byte of the current line
	cur       string
	idx       map[string]span
	aot       map[string]int // array-of-tables path (no index) -> elements seen so far
}

// keySeg is one part of a dotted key with the position where it starts.
type keySeg struct {
	name      string
	line, col int
}

// buildIndex maps key paths such as `rule[1].words[3]` to positions. The
// root table is "". It never panics: on unexpected input it returns what it
// has indexed so far, and missing paths fall back to their parent's position.
func buildIndex(src []byte) (idx map[string]span) {
	s := &scanner{src: src, line: 1, idx: map[string]span{"": {1, 1, 1, 1}}, aot: map[string]int{}}
	if strings.HasPrefix(string(src[:min(3, len(src))]), "\xef\xbb\xbf") {
		s.i, s.lineStart = 3, 3
	}
	idx = s.idx
	defer func() { _ = recover() }()
	s.document()
	return idx
}

// pathKey appends key name to a path, quoting it unless it is a bare key.
func pathKey(path, name string) string {
	seg := name
	if name == "" || strings.IndexFunc(name, func(r rune) bool { return !isBare(r) }) >= 0 {
		seg = strconv.Quote(name)
	}
	if path == "" {
		return seg
	}
	return path + "." + seg
}

// pathIndex appends an array index to a path.
func pathIndex(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

func isBare(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
}

func (s *scanner) eof() bool { return s.i >= len(s.src) }

func (s *scanner) peek(off int) byte {
	if s.i+off < len(s.src) {
		return s.src[s.i+off]
	}
	return 0
}

func (s *scanner) next() {
	if s.eof() {
		return
	}
	if s.src[s.i] == '\n' {
		s.line++
		s.lineStart = s.i + 1
	}
	s.i++
}

func (s *scanner) pos() (line, col int) { return s.line, s.i - s.lineStart + 1 }

// skipSpace skips spaces and tabs (and '\r' of CRLF line ends).
func (s *scanner) skipSpace() {
	for c := s.peek(0); c == ' ' || c == '\t' || c == '\r'; c = s.peek(0) {
		s.next()
	}
}

// skipBlank skips whitespace, newlines and comments.
func (s *scanner) skipBlank() {
	for {
		s.skipSpace()
		if s.peek(0) == '#' {
			for !s.eof() && s.peek(0) != '\n' {
				s.next()
			}
		}
		if s.eof() || s.peek(0) != '\n' {
			return
		}
		s.next()
	}
}

// setOnce records sp for path unless the path is already known.
func (s *scanner) setOnce(path string, sp span) {
	if _, ok := s.idx[path]; !ok {
		s.idx[path] = sp
	}
}

func (s *scanner) document() {
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		start := s.i
		if s.peek(0) == '[' {
			s.header()
		} else {
			s.keyval(s.cur)
		}
		if s.i == start { // cannot happen for valid TOML; skip the line
			for !s.eof() && s.peek(0) != '\n' {
				s.next()
			}
		}
	}
}

// header handles `[a.b]` and `[[a.b]]`, making it the current table.
func (s *scanner) header() {
	hl, hc := s.pos()
	s.next()
	array := s.peek(0) == '['
	if array {
		s.next()
	}
	keys := s.key()
	s.skipSpace()
	for s.peek(0) == ']' {
		s.next()
	}
	path := ""
	for i, k := range keys {
		path = pathKey(path, k.name)
		sp := span{k.line, k.col, hl, hc}
		switch {
		case i == len(keys)-1 && array:
			n := s.aot[path]
			s.aot[path] = n + 1
			s.setOnce(path, sp)
			path = pathIndex(path, n)
			s.idx[path] = sp
		case i == len(keys)-1:
			s.idx[path] = sp
		default:
			if n, ok := s.aot[path]; ok {
				path = pathIndex(path, n-1)
			} else {
				s.setOnce(path, sp)
			}
		}
	}
	s.cur = path
}

// key reads a possibly dotted, possibly quoted key.
func (s *scanner) key() []keySeg {
	var segs []keySeg
	for {
		s.skipSpace()
		l, c := s.pos()
		var name string
		if q := s.peek(0); q == '"' || q == '\'' {
			name = s.str()
		} else {
			start := s.i
			for !s.eof() && isBare(rune(s.peek(0))) {
				s.next()
			}
			name = string(s.src[start:s.i])
		}
		segs = append(segs, keySeg{name, l, c})
		s.skipSpace()
		if s.peek(0) != '.' {
			return segs
		}
		s.next()
	}
}

// keyval reads `key = value` inside the table at path table.
func (s *scanner) keyval(table string) {
	segs := s.key()
	path := table
	for i, k := range segs {
		path = pathKey(path, k.name)
		if i < len(segs)-1 { // implicit table created by a dotted key
			s.setOnce(path, span{k.line, k.col, k.line, k.col})
		}
	}
	s.skipSpace()
	if s.peek(0) == '=' {
		s.next()
	}
	s.skipSpace()
	last := segs[len(segs)-1]
	vl, vc := s.pos()
	s.idx[path] = span{last.line, last.col, vl, vc}
	s.value(path)
}

// value skips one value, indexing array elements and inline-table keys.
func (s *scanner) value(path string) {
	switch s.peek(0) {
	case '"', '\'':
		s.str()
	case '[':
		s.next()
		for n := 0; ; n++ {
			s.skipBlank()
			if s.eof() || s.peek(0) == ']' {
				break
			}
			l, c := s.pos()
			elem := pathIndex(path, n)
			s.idx[elem] = span{l, c, l, c}
			s.value(elem)
			s.skipBlank()
			if s.peek(0) != ',' {
				break
			}
			s.next()
		}
		if s.peek(0) == ']' {
			s.next()
		}
	case '{':
		s.next()
		for {
			s.skipBlank()
			if s.eof() || s.peek(0) == '}' {
				break
			}
			s.keyval(path)
			s.skipBlank()
			if s.peek(0) != ',' {
				break
			}
			s.next()
		}
		if s.peek(0) == '}' {
			s.next()
		}
	default: // number, boolean, date or time
		start := s.i
		for !s.eof() && !strings.ContainsRune(" \t\r\n,]}#", rune(s.peek(0))) {
			s.next()
			// A date and a time may be separated by a space.
			if s.i-start == 10 && s.src[start+4] == '-' && s.peek(0) == ' ' && isDigit(s.peek(1)) {
				s.next()
			}
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// str skips a basic, literal or multi-line string and returns the value of a
// single-line one (used for quoted keys).
func (s *scanner) str() string {
	q := s.peek(0)
	if s.peek(1) == q && s.peek(2) == q { // multi-line
		s.next()
		s.next()
		s.next()
		for !s.eof() {
			switch {
			case q == '"' && s.peek(0) == '\\':
				s.next()
				s.next()
			case s.peek(0) == q && s.peek(1) == q && s.peek(2) == q:
				s.next()
				s.next()
				s.next()
				// Up to two more quotes belong to the content.
				for k := 0; k < 2 && s.peek(0) == q; k++ {
					s.next()
				}
				return ""
			default:
				s.next()
			}
		}
		return ""
	}
	s.next()
	start := s.i
	for !s.eof() && s.peek(0) != q && s.peek(0) != '\n' {
		if q == '"' && s.peek(0) == '\\' {
			s.next()
		}
		s.next()
	}
	raw := string(s.src[start:s.i])
	s.next() // closing quote
	if q == '\'' {
		return raw
	}
	return unescape(raw)
}

// unescape decodes the escapes of a TOML basic string.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		hex := 0
		switch s[i] {
		case 'b':
			b.WriteByte('\b')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'f':
			b.WriteByte('\f')
		case 'r':
			b.WriteByte('\r')
		case 'e':
			b.WriteByte(0x1b)
		case 'x':
			hex = 2
		case 'u':
			hex = 4
		case 'U':
			hex = 8
		default: // '"' and '\\'
			b.WriteByte(s[i])
		}
		if hex > 0 && i+hex < len(s) {
			if r, err := strconv.ParseUint(s[i+1:i+1+hex], 16, 32); err == nil {
				b.WriteRune(rune(r))
				i += hex
				continue
			}
		}
		if hex > 0 {
			b.WriteRune(utf8.RuneError)
		}
	}
	return b.String()
}
