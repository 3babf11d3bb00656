package tomlx

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Decode parses src (the contents of file name) and decodes it into v, a
// pointer to a struct, strictly. It reports all problems found, joined and
// ordered by position; see [Errors].
func Decode(name string, src []byte, v any) error {
	doc, err := Parse(name, src)
	if err != nil {
		return err
	}
	return doc.Root().Decode(v)
}

// Doc is a parsed file kept for decoding parts of it later.
type Doc struct {
	name string
	idx  map[string]span
	root *Table
}

// Table is a TOML table inside a [Doc], with its path and position.
type Table struct {
	doc  *Doc
	path string
	m    map[string]any
}

// Parse parses src, the contents of file name. Syntax errors and invalid
// UTF-8 are returned as an [*Error].
func Parse(name string, src []byte) (*Doc, error) {
	if err := checkUTF8(name, src); err != nil {
		return nil, err
	}
	var m map[string]any
	if _, err := toml.Decode(string(src), &m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := syntaxPos(src, pe.Position)
			return nil, &Error{File: name, Line: line, Col: col, Msg: printable(pe.Message)}
		}
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if m == nil {
		m = map[string]any{}
	}
	d := &Doc{name: name, idx: buildIndex(src)}
	d.root = &Table{doc: d, m: m}
	return d, nil
}

// syntaxPos returns the line and column of a syntax error. BurntSushi's
// Position.Col is computed from the wrong line when the error is at the start
// of a line or at a newline, so recompute both from the byte offset, which is
// reliable, as long as it agrees roughly with the reported line (which is 0
// for some errors at the end of the file).
func syntaxPos(src []byte, p toml.Position) (line, col int) {
	start := p.Start
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) { // BurntSushi strips the BOM
		start += 3
	}
	if start < 0 || start > len(src) {
		return p.Line, max(p.Col, 1)
	}
	line = 1 + bytes.Count(src[:start], []byte("\n"))
	if p.Line > 0 && line != p.Line && line != p.Line-1 {
		return p.Line, max(p.Col, 1)
	}
	return line, start - (bytes.LastIndexByte(src[:start], '\n') + 1) + 1
}

// printable drops control characters, which BurntSushi puts into some
// messages (e.g. a NUL for an escape cut short by the end of the file).
func printable(msg string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, msg)
}

func checkUTF8(name string, src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	line, lineStart := 1, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return &Error{File: name, Line: line, Col: i - lineStart + 1, Msg: "not valid UTF-8"}
		}
		if src[i] == '\n' {
			line, lineStart = line+1, i+1
		}
		i += size
	}
	return nil
}

// lookup returns the position of path, or else the value position of
// parent, or else the zero span.
func (d *Doc) lookup(path, parent string) span {
	if sp, ok := d.idx[path]; ok {
		return sp
	}
	if sp, ok := d.idx[parent]; ok {
		return span{sp.valLine, sp.valCol, sp.valLine, sp.valCol}
	}
	return span{}
}

func (d *Doc) errorf(line, col int, format string, args ...any) *Error {
	return &Error{File: d.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// Root returns the document's top-level table.
func (d *Doc) Root() *Table { return d.root }

// Path returns the table's path, e.g. "rule[2].variant[0]"; "" for the root.
// Keys that are not bare are quoted, e.g. `rules."name.typo"`.
func (t *Table) Path() string { return t.path }

// Pos returns the position of the table's header, of the '{' of an inline
// table, of the first key that implies the table, or 1,1 for the root.
func (t *Table) Pos() (line, col int) {
	sp := t.doc.lookup(t.path, "")
	return sp.valLine, sp.valCol
}

// Has reports whether key is present in the table.
func (t *Table) Has(key string) bool {
	_, ok := t.m[key]
	return ok
}

// String returns the string value of key. ok reports whether key holds a
// string; err is an [*Error] at the value if key is present but not a string.
func (t *Table) String(key string) (val string, ok bool, err error) {
	v, present := t.m[key]
	if !present {
		return "", false, nil
	}
	if s, isStr := v.(string); isStr {
		return s, true, nil
	}
	return "", false, t.Errorf(key, "key %q%s must be a string, not %s", key, in(t.path), kindOf(v))
}

// Tables returns the tables of the array of tables (or array of inline
// tables) under key, or nil if key is absent. It is an error if key holds
// anything else.
func (t *Table) Tables(key string) ([]*Table, error) {
	v, present := t.m[key]
	if !present {
		return nil, nil
	}
	path := pathKey(t.path, key)
	var list []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		list = v
	case []any:
		for i, e := range v {
			m, ok := e.(map[string]any)
			if !ok {
				ep := pathIndex(path, i)
				sp := t.doc.lookup(ep, path)
				return nil, t.doc.errorf(sp.valLine, sp.valCol, "%s must be a table, not %s", ep, kindOf(e))
			}
			list = append(list, m)
		}
	default:
		return nil, t.Errorf(key, "key %q%s must be an array of tables, not %s", key, in(t.path), kindOf(v))
	}
	tables := make([]*Table, len(list))
	for i, m := range list {
		tables[i] = &Table{doc: t.doc, path: pathIndex(path, i), m: m}
	}
	return tables, nil
}

// Errorf returns an [*Error] positioned at key's value, or at the table if
// key is "" (or unknown).
func (t *Table) Errorf(key string, format string, args ...any) *Error {
	sp := t.doc.lookup(t.path, "")
	if key != "" {
		sp = t.doc.lookup(pathKey(t.path, key), t.path)
	}
	return t.doc.errorf(sp.valLine, sp.valCol, format, args...)
}

// File is the name of the file the table is in.
func (t *Table) File() string { return t.doc.name }

// Decode decodes the table into v, a pointer to a struct, strictly.
func (t *Table) Decode(v any) error { return t.DecodeExcept(v) }

// DecodeExcept is Decode, leaving the keys in skip undecoded and unreported
// for the caller to decode (such as an array of tables decoded table by
// table).
func (t *Table) DecodeExcept(v any, skip ...string) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return &Error{File: t.doc.name, Msg: fmt.Sprintf("tomlx: Decode needs a non-nil pointer to a struct, not %T", v)}
	}
	d := &decoder{doc: t.doc}
	d.table(t.path, t.m, rv.Elem(), skip...)
	return joinErrors(d.errs)
}

// in describes the table at path for messages: " in rule[2]", or "" for the
// root table.
func in(path string) string {
	if path == "" {
		return ""
	}
	return " in " + path
}

var (
	positionType = reflect.TypeFor[Position]()
	timeType     = reflect.TypeFor[time.Time]()
)

type decoder struct {
	doc  *Doc
	errs []*Error
}

func (d *decoder) errorf(line, col int, format string, args ...any) {
	d.errs = append(d.errs, d.doc.errorf(line, col, format, args...))
}

// table decodes the TOML table m at path into the struct rv. Keys in skip
// are left for the caller to decode.
func (d *decoder) table(path string, m map[string]any, rv reflect.Value, skip ...string) {
	fields := map[string][]int{}
	var names []string
	d.fields(path, rv, nil, fields, &names)
	for _, key := range sortedKeys(m) {
		if slices.Contains(skip, key) {
			continue
		}
		kp := pathKey(path, key)
		idx, ok := fields[key]
		if !ok {
			sp := d.doc.lookup(kp, path)
			msg := fmt.Sprintf("unknown key %q%s", key, in(path))
			if s := suggest(key, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			d.errorf(sp.keyLine, sp.keyCol, "%s", msg)
			continue
		}
		d.value(kp, path, fmt.Sprintf("key %q%s", key, in(path)), m[key], rv.FieldByIndex(idx))
	}
}

// fields lists the keys of struct rv by field index path, descending into
// embedded structs (whose fields count as the outer struct's own), and
// fills a Pos field with the table's position.
func (d *decoder) fields(path string, rv reflect.Value, prefix []int, fields map[string][]int, names *[]string) {
	t := rv.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		idx := append(slices.Clone(prefix), i)
		tag, tagged := f.Tag.Lookup("toml")
		if f.Anonymous && !tagged && f.Type.Kind() == reflect.Struct {
			d.fields(path, rv.Field(i), idx, fields, names)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if !tagged && f.Name == "Pos" && f.Type == positionType {
			sp := d.doc.lookup(path, "")
			rv.Field(i).Set(reflect.ValueOf(Position{d.doc.name, sp.valLine, sp.valCol}))
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		switch name {
		case "-":
			continue
		case "":
			name = strings.ToLower(f.Name)
		}
		fields[name] = idx
		*names = append(*names, name)
	}
}

// value decodes the TOML value v found at path into rv. desc names the value
// in messages; parent is used for the position if path is not indexed.
func (d *decoder) value(path, parent, desc string, v any, rv reflect.Value) {
	sp := d.doc.lookup(path, parent)
	mismatch := func(want string) {
		d.errorf(sp.valLine, sp.valCol, "%s must be %s, not %s", desc, want, kindOf(v))
	}
	if rv.Type() == timeType {
		if tv, ok := v.(time.Time); ok {
			rv.Set(reflect.ValueOf(tv))
		} else {
			mismatch("a datetime")
		}
		return
	}
	switch rv.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			mismatch("a string")
			return
		}
		rv.SetString(s)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			mismatch("a boolean")
			return
		}
		rv.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(int64)
		if !ok {
			mismatch("an integer")
			return
		}
		if rv.OverflowInt(n) {
			d.errorf(sp.valLine, sp.valCol, "%s: %d is out of range for %s", desc, n, rv.Type())
			return
		}
		rv.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(int64)
		if !ok {
			mismatch("an integer")
			return
		}
		if n < 0 || rv.OverflowUint(uint64(n)) {
			d.errorf(sp.valLine, sp.valCol, "%s: %d is out of range for %s", desc, n, rv.Type())
			return
		}
		rv.SetUint(uint64(n))
	case reflect.Float32, reflect.Float64:
		switch n := v.(type) {
		case float64:
			rv.SetFloat(n)
		case int64:
			rv.SetFloat(float64(n))
		default:
			mismatch("a number")
		}
	case reflect.Pointer:
		if rv.IsNil() {
			nv := reflect.New(rv.Type().Elem())
			d.value(path, parent, desc, v, nv.Elem())
			rv.Set(nv)
		} else {
			d.value(path, parent, desc, v, rv.Elem())
		}
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			mismatch("a table")
			return
		}
		d.table(path, m, rv)
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			d.errorf(sp.valLine, sp.valCol, "%s: cannot decode into Go type %s", desc, rv.Type())
			return
		}
		m, ok := v.(map[string]any)
		if !ok {
			mismatch("a table")
			return
		}
		mv := reflect.MakeMapWithSize(rv.Type(), len(m))
		for _, key := range sortedKeys(m) {
			ev := reflect.New(rv.Type().Elem()).Elem()
			d.value(pathKey(path, key), path, fmt.Sprintf("key %q%s", key, in(path)), m[key], ev)
			mv.SetMapIndex(reflect.ValueOf(key).Convert(rv.Type().Key()), ev)
		}
		rv.Set(mv)
	case reflect.Slice:
		var elems []any
		switch a := v.(type) {
		case []any:
			elems = a
		case []map[string]any:
			for _, m := range a {
				elems = append(elems, m)
			}
		default:
			mismatch(arrayOf(rv.Type()))
			return
		}
		sv := reflect.MakeSlice(rv.Type(), len(elems), len(elems))
		for i, e := range elems {
			ep := pathIndex(path, i)
			d.value(ep, path, ep, e, sv.Index(i))
		}
		rv.Set(sv)
	case reflect.Interface:
		if rv.NumMethod() != 0 {
			d.errorf(sp.valLine, sp.valCol, "%s: cannot decode into Go type %s", desc, rv.Type())
			return
		}
		rv.Set(reflect.ValueOf(v))
	default:
		d.errorf(sp.valLine, sp.valCol, "%s: cannot decode into Go type %s", desc, rv.Type())
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// kindOf names the TOML type of a value from BurntSushi/toml.
func kindOf(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a datetime"
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

// arrayOf names what a slice field expects.
func arrayOf(t reflect.Type) string {
	e := t.Elem()
	if e.Kind() == reflect.Pointer {
		e = e.Elem()
	}
	if e != timeType && (e.Kind() == reflect.Struct || e.Kind() == reflect.Map) {
		return "an array of tables"
	}
	return "an array"
}

// suggest returns the known key closest to key, if it is close enough:
// an edit distance of at most 2 (and less than the key's length), or equal
// ignoring case.
func suggest(key string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		dist := levenshtein(key, k)
		if strings.EqualFold(key, k) {
			dist = 0
		}
		if dist < bestDist && (dist < len(key) || dist == 0) {
			best, bestDist = k, dist
		}
	}
	return best
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
