package tomlx

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	_ "github.com/factlint/factlint/internal/golden"
)

type Override struct {
	Severity string `toml:"severity"`
	Pos      Position
}

type Variant struct {
	Name  string   `toml:"name"`
	Words []string `toml:"words"`
	Pos   Position
}

type Meta struct {
	Author string            `toml:"author"`
	Tags   map[string]string `toml:"tags"`
}

type Rule struct {
	Name     string    `toml:"name"`
	Severity string    `toml:"severity"`
	Words    []string  `toml:"words"`
	Pattern  string    `toml:"pattern"`
	Weight   float64   `toml:"weight"`
	Limit    int       `toml:"limit"`
	Small    int8      `toml:"small"`
	Enabled  bool      `toml:"enabled"`
	Variants []Variant `toml:"variant"`
	Meta     *Meta     `toml:"meta"`
	Pos      Position
}

type Limits struct {
	MaxLen int       `toml:"max_len"`
	Ratios []float64 `toml:"ratios"`
}

type Config struct {
	Title     string              `toml:"title"`
	Rules     []Rule              `toml:"rule"`
	Overrides map[string]Override `toml:"rules"`
	Scores    []float64           `toml:"scores"`
	Counts    []int               `toml:"counts"`
	Limits    Limits              `toml:"limits"`
	Since     time.Time           `toml:"since"`
	Internal  string              `toml:"-"`
	Verbose   bool                // untagged: key "verbose"
	Extra     any                 `toml:"extra"`
}

// errStrings renders the errors in err as "line:col: msg".
func errStrings(t *testing.T, err error) []string {
	t.Helper()
	var out []string
	for _, e := range Errors(err) {
		if e.File != "rules.toml" {
			t.Errorf("error %v has file %q", e, e.File)
		}
		out = append(out, fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg))
	}
	return out
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "unknown top-level key with suggestion",
			src:  "title = \"x\"\ntitel = \"y\"\n",
			want: []string{`2:1: unknown key "titel" (did you mean "title"?)`},
		},
		{
			name: "unknown key without suggestion",
			src:  "\n  zzzzzz = 1\n",
			want: []string{`2:3: unknown key "zzzzzz"`},
		},
		{
			name: "case-insensitive suggestion",
			src:  "TITLE = \"x\"\n",
			want: []string{`1:1: unknown key "TITLE" (did you mean "title"?)`},
		},
		{
			name: "untagged field uses lower-cased name; toml:\"-\" is not a key",
			src:  "verbose = true\nVerbose = true\ninternal = \"x\"\n",
			want: []string{
				`2:1: unknown key "Verbose" (did you mean "verbose"?)`,
				`3:1: unknown key "internal"`,
			},
		},
		{
			name: "Pos is not a key",
			src:  "[[rule]]\npos = 1\n",
			want: []string{`2:1: unknown key "pos" in rule[0]`},
		},
		{
			name: "unknown key in third rule",
			src: `[[rule]]
name = "a"
severity = "error"

[[rule]]
name = "b"

[[rule]]
name = "c"
    severty = "warning"
`,
			want: []string{`10:5: unknown key "severty" in rule[2] (did you mean "severity"?)`},
		},
		{
			name: "nested array of tables",
			src: `[[rule]]
name = "a"
[[rule.variant]]
name = "a1"

[[rule]]
name = "b"
[[rule.variant]]
name = "b1"
[[rule.variant]]
nmae = "b2"
[[rule.variant]]
words = ["x"]
wrds = ["y"]
`,
			want: []string{
				`11:1: unknown key "nmae" in rule[1].variant[1] (did you mean "name"?)`,
				`14:1: unknown key "wrds" in rule[1].variant[2] (did you mean "words"?)`,
			},
		},
		{
			name: "unknown table header",
			src:  "[limitz]\nmax_len = 3\n",
			want: []string{`1:2: unknown key "limitz" (did you mean "limits"?)`},
		},
		{
			name: "unknown sub-table header under array of tables",
			src:  "[[rule]]\n[[rule]]\n[rule.metta]\nauthor = \"me\"\n",
			want: []string{`3:7: unknown key "metta" in rule[1] (did you mean "meta"?)`},
		},
		{
			name: "wrong scalar types",
			src: `title = 42
verbose = "yes"
[[rule]]
severity = 3
limit = 1.5
weight = "heavy"
enabled = 1
words = "x"
`,
			want: []string{
				`1:9: key "title" must be a string, not an integer`,
				`2:11: key "verbose" must be a boolean, not a string`,
				`4:12: key "severity" in rule[0] must be a string, not an integer`,
				`5:9: key "limit" in rule[0] must be an integer, not a float`,
				`6:10: key "weight" in rule[0] must be a number, not a string`,
				`7:11: key "enabled" in rule[0] must be a boolean, not an integer`,
				`8:9: key "words" in rule[0] must be an array, not a string`,
			},
		},
		{
			name: "array, table and array-of-tables mismatches",
			src: `title = ["a"]
limits = 3
rules = "x"
rule = "y"
`,
			want: []string{
				`1:9: key "title" must be a string, not an array`,
				`2:10: key "limits" must be a table, not an integer`,
				`3:9: key "rules" must be a table, not a string`,
				`4:8: key "rule" must be an array of tables, not a string`,
			},
		},
		{
			name: "table where a string is expected",
			src:  "[title]\nx = 1\n[[rule]]\n[rule.name]\n",
			want: []string{
				`1:1: key "title" must be a string, not a table`,
				`4:1: key "name" in rule[0] must be a string, not a table`,
			},
		},
		{
			name: "element types inside arrays",
			src: `scores = [1, 2.5, "three"]
counts = [
  1,
  2, # a comment with ] and , in it
  "x", false,
]
[[rule]]
words = ["a", "b", "c", true]
`,
			want: []string{
				`1:19: scores[2] must be a number, not a string`,
				`5:3: counts[2] must be an integer, not a string`,
				`5:8: counts[3] must be an integer, not a boolean`,
				`8:25: rule[0].words[3] must be a string, not a boolean`,
			},
		},
		{
			name: "integer out of range",
			src:  "[[rule]]\nsmall = 300\n",
			want: []string{`2:9: key "small" in rule[0]: 300 is out of range for int8`},
		},
		{
			name: "inline tables",
			src: `[[rule]]
meta = { author = 1, auther = "x", tags = { a = "b", c = 2 } }
variant = [ { name = "v0" }, { nme = "v1", words = ["w", 3] } ]
`,
			want: []string{
				`2:19: key "author" in rule[0].meta must be a string, not an integer`,
				`2:22: unknown key "auther" in rule[0].meta (did you mean "author"?)`,
				`2:58: key "c" in rule[0].meta.tags must be a string, not an integer`,
				`3:32: unknown key "nme" in rule[0].variant[1] (did you mean "name"?)`,
				`3:58: rule[0].variant[1].words[1] must be a string, not an integer`,
			},
		},
		{
			name: "array of tables element that is not a table",
			src:  "[[rule]]\nvariant = [{ name = \"a\" }, 7]\n",
			want: []string{`2:28: rule[0].variant[1] must be a table, not an integer`},
		},
		{
			name: "dotted keys",
			src: `[[rule]]
meta.author = "me"
meta.autor = "you"
meta.tags.x = 1
`,
			want: []string{
				`3:6: unknown key "autor" in rule[0].meta (did you mean "author"?)`,
				`4:15: key "x" in rule[0].meta.tags must be a string, not an integer`,
			},
		},
		{
			name: "multi-line strings do not confuse the index",
			src: `[[rule]]
pattern = """
[[rule]]
severty = "x" # not a comment
\"""
key = { a = 1 }
"""
words = ['''
[[fake]]
severty = '
''', "]"]
severty = 1
`,
			want: []string{`12:1: unknown key "severty" in rule[0] (did you mean "severity"?)`},
		},
		{
			name: "multi-line string ending in extra quotes",
			src:  "title = \"\"\"a\"\"\"\"\"\nverbos = true\n",
			want: []string{`2:1: unknown key "verbos" (did you mean "verbose"?)`},
		},
		{
			name: "literal and basic strings with backslashes, quotes, brackets and #",
			src: `[[rule]]
pattern = '\bMr\.'
name = "a \" # [x] \\"
words = ['\d+\]', "\"]#", 'x' ] # ] [
limit = "x"
`,
			want: []string{`5:9: key "limit" in rule[0] must be an integer, not a string`},
		},
		{
			name: "quoted keys with dots",
			src: `"title.x" = 1
[rules."name.typo"]
severity = "warning"
sevrity = "x"
[rules.'other']
"severity" = 2
[rules."a\"b"]
"sev.erity" = "x"
`,
			want: []string{
				`1:1: unknown key "title.x" (did you mean "title"?)`,
				`4:1: unknown key "sevrity" in rules."name.typo" (did you mean "severity"?)`,
				`6:14: key "severity" in rules.other must be a string, not an integer`,
				`8:1: unknown key "sev.erity" in rules."a\"b" (did you mean "severity"?)`,
			},
		},
		{
			name: "datetimes with a space",
			src:  "since = 1979-05-27 07:32:00Z\nsinse = 1\n[limits]\nmax_len = 1979-05-27\n",
			want: []string{
				`2:1: unknown key "sinse" (did you mean "since"?)`,
				`4:11: key "max_len" in limits must be an integer, not a datetime`,
			},
		},
		{
			name: "CRLF line endings",
			src:  "title = \"x\"\r\n[[rule]]\r\n  sevrity = \"y\"\r\n",
			want: []string{`3:3: unknown key "sevrity" in rule[0] (did you mean "severity"?)`},
		},
		{
			name: "multiple errors in order across tables",
			src: `zeta = 1
[[rule]]
b = 1
a = 2
[limits]
max_len = "x"
ratios = [1, "y"]
[[rule]]
severity = false
`,
			want: []string{
				`1:1: unknown key "zeta"`,
				`3:1: unknown key "b" in rule[0]`,
				`4:1: unknown key "a" in rule[0]`,
				`6:11: key "max_len" in limits must be an integer, not a string`,
				`7:14: limits.ratios[1] must be a number, not a string`,
				`9:12: key "severity" in rule[1] must be a string, not a boolean`,
			},
		},
		{
			name: "syntax error",
			src:  "title = \"x\"\n[[rule]]\nname = \n",
			want: []string{`3:8: expected value but found '\n' instead`},
		},
		{
			name: "syntax error at start of next line",
			src:  "counts = [1, 2\ntitle = 3\n",
			want: []string{`2:1: expected a comma (',') or array terminator (']'), but got 't'`},
		},
		{
			name: "syntax error at end of file",
			src:  "title = \"x\\",
			want: []string{`1:11: invalid escape in string '\'`},
		},
		{
			name: "duplicate key",
			src:  "title = \"x\"\n  title = \"y\"\n",
			want: []string{`2:3: Key 'title' has already been defined.`},
		},
		{
			name: "invalid UTF-8",
			src:  "title = \"ok\"\n[[rule]]\nname = \"caf\xe9\"\n",
			want: []string{`3:12: not valid UTF-8`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cfg Config
			err := Decode("rules.toml", []byte(tt.src), &cfg)
			got := errStrings(t, err)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("errors:\n got: %q\nwant: %q", got, tt.want)
			}
			if err != nil && len(got) == 1 {
				var e *Error
				if !errors.As(err, &e) {
					t.Errorf("errors.As(%v) failed", err)
				}
			}
		})
	}
}

func TestDecodeValues(t *testing.T) {
	src := `# factlint rules
title = "House style"
verbose = true
scores = [1, 2.5, -3]
since = 1979-05-27T07:32:00Z
extra = [1, "two"]

[limits]
max_len = 80
ratios = [1, 0.5]

[[rule]]
name = "honorifics"
pattern = '\bMr\.'
weight = 2
words = [
  "a", # first
  "b]",
]
meta = { author = "me", tags = { "x.y" = "z" } }

  [[rule.variant]]
  name = "v0"

  [[rule.variant]]
  name = "v1"
  words = ["w"]

[[rule]]
name = "second"
variant = [{ name = "inline" }]
[rule.meta]
author = "you"

[rules."name.typo"]
severity = "warning"

[rules.plain]
severity = "off"
`
	var cfg Config
	if err := Decode("rules.toml", []byte(src), &cfg); err != nil {
		t.Fatal(err)
	}
	want := Config{
		Title:   "House style",
		Verbose: true,
		Scores:  []float64{1, 2.5, -3},
		Since:   time.Date(1979, 5, 27, 7, 32, 0, 0, time.UTC),
		Extra:   []any{int64(1), "two"},
		Limits:  Limits{MaxLen: 80, Ratios: []float64{1, 0.5}},
		Rules: []Rule{
			{
				Name:    "honorifics",
				Pattern: `\bMr\.`,
				Weight:  2,
				Words:   []string{"a", "b]"},
				Meta:    &Meta{Author: "me", Tags: map[string]string{"x.y": "z"}},
				Variants: []Variant{
					{Name: "v0", Pos: Position{"rules.toml", 22, 3}},
					{Name: "v1", Words: []string{"w"}, Pos: Position{"rules.toml", 25, 3}},
				},
				Pos: Position{"rules.toml", 12, 1},
			},
			{
				Name:     "second",
				Variants: []Variant{{Name: "inline", Pos: Position{"rules.toml", 31, 12}}},
				Meta:     &Meta{Author: "you"},
				Pos:      Position{"rules.toml", 29, 1},
			},
		},
		Overrides: map[string]Override{
			"name.typo": {Severity: "warning", Pos: Position{"rules.toml", 35, 1}},
			"plain":     {Severity: "off", Pos: Position{"rules.toml", 38, 1}},
		},
	}
	if !cfg.Since.Equal(want.Since) {
		t.Errorf("since = %v, want %v", cfg.Since, want.Since)
	}
	cfg.Since = want.Since
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("got  %+v\nwant %+v", cfg, want)
	}
}

func TestTwoPass(t *testing.T) {
	src := `[[rule]]
kind = "words"
words = ["a"]

[[rule]]
kind = "regex"
pattern = '\d'
wrods = 1

[[rule]]
kind = 3

[[rule]]
`
	type wordsRule struct {
		Kind  string   `toml:"kind"`
		Words []string `toml:"words"`
		Pos   Position
	}
	type regexRule struct {
		Kind    string `toml:"kind"`
		Pattern string `toml:"pattern"`
	}
	doc, err := Parse("rules.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	root := doc.Root()
	if root.Path() != "" {
		t.Errorf("root path = %q", root.Path())
	}
	if l, c := root.Pos(); l != 1 || c != 1 {
		t.Errorf("root pos = %d:%d", l, c)
	}
	if !root.Has("rule") || root.Has("kind") {
		t.Errorf("Has: rule=%v kind=%v", root.Has("rule"), root.Has("kind"))
	}
	rules, err := root.Tables("rule")
	if err != nil || len(rules) != 4 {
		t.Fatalf("Tables = %d tables, %v", len(rules), err)
	}
	var got []string
	for _, r := range rules {
		line, col := r.Pos()
		kind, ok, err := r.String("kind")
		got = append(got, fmt.Sprintf("%s@%d:%d kind=%q ok=%v err=%v", r.Path(), line, col, kind, ok, err))
		switch kind {
		case "words":
			var w wordsRule
			if err := r.Decode(&w); err != nil {
				t.Errorf("decode words: %v", err)
			}
			if w.Words[0] != "a" || w.Pos != (Position{"rules.toml", 1, 1}) {
				t.Errorf("words rule = %+v", w)
			}
		case "regex":
			var x regexRule
			err := r.Decode(&x)
			if s := fmt.Sprint(err); s != `rules.toml:8:1: unknown key "wrods" in rule[1]` {
				t.Errorf("decode regex: %s", s)
			}
			if x.Pattern != `\d` {
				t.Errorf("pattern = %q", x.Pattern)
			}
		}
	}
	want := []string{
		`rule[0]@1:1 kind="words" ok=true err=<nil>`,
		`rule[1]@5:1 kind="regex" ok=true err=<nil>`,
		`rule[2]@10:1 kind="" ok=false err=rules.toml:11:8: key "kind" in rule[2] must be a string, not an integer`,
		`rule[3]@13:1 kind="" ok=false err=<nil>`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	if e := rules[1].Errorf("pattern", "bad regex %q", `\d`); e.Error() != `rules.toml:7:11: bad regex "\\d"` {
		t.Errorf("Errorf(pattern) = %v", e)
	}
	if e := rules[1].Errorf("", "bad rule"); e.Error() != `rules.toml:5:1: bad rule` {
		t.Errorf("Errorf() = %v", e)
	}
	if e := rules[1].Errorf("missing", "no such key"); e.Error() != `rules.toml:5:1: no such key` {
		t.Errorf("Errorf(missing) = %v", e)
	}
	if _, err := rules[0].Tables("kind"); fmt.Sprint(err) != `rules.toml:2:8: key "kind" in rule[0] must be an array of tables, not a string` {
		t.Errorf("Tables(kind) = %v", err)
	}
	if ts, err := rules[0].Tables("nothing"); ts != nil || err != nil {
		t.Errorf("Tables(nothing) = %v, %v", ts, err)
	}
}

func TestTablesInline(t *testing.T) {
	src := "[[rule]]\nvariant = [\n  { name = \"a\" },\n  { name = \"b\" },\n  5,\n]\n"
	doc, err := Parse("rules.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := doc.Root().Tables("rule")
	_, err = rules[0].Tables("variant")
	if fmt.Sprint(err) != `rules.toml:5:3: rule[0].variant[2] must be a table, not an integer` {
		t.Errorf("Tables = %v", err)
	}
	doc, _ = Parse("rules.toml", []byte("variant = [{ name = \"a\" }, { name = \"b\" }]\n"))
	vs, err := doc.Root().Tables("variant")
	if err != nil || len(vs) != 2 {
		t.Fatalf("Tables = %v, %v", vs, err)
	}
	if l, c := vs[1].Pos(); vs[1].Path() != "variant[1]" || l != 1 || c != 28 {
		t.Errorf("variant[1] = %s at %d:%d", vs[1].Path(), l, c)
	}
}

func TestErrorFormat(t *testing.T) {
	e := &Error{File: "a.toml", Line: 3, Col: 7, Msg: "boom"}
	if e.Error() != "a.toml:3:7: boom" {
		t.Errorf("got %q", e.Error())
	}
	e = &Error{File: "a.toml", Msg: "boom"}
	if e.Error() != "a.toml: boom" {
		t.Errorf("got %q", e.Error())
	}
}

func TestErrorsHelper(t *testing.T) {
	var cfg Config
	err := Decode("rules.toml", []byte("a = 1\nb = 2\n"), &cfg)
	if got := len(Errors(err)); got != 2 {
		t.Fatalf("Errors = %d, want 2", got)
	}
	if !strings.Contains(err.Error(), "rules.toml:1:1: unknown key \"a\"\nrules.toml:2:1: unknown key \"b\"") {
		t.Errorf("joined message = %q", err.Error())
	}
	wrapped := fmt.Errorf("loading config: %w", err)
	if got := len(Errors(wrapped)); got != 2 {
		t.Errorf("Errors(wrapped) = %d, want 2", got)
	}
	var e *Error
	if !errors.As(wrapped, &e) || e.Line != 1 {
		t.Errorf("errors.As = %v", e)
	}
	if Errors(nil) != nil || Errors(errors.New("x")) != nil {
		t.Errorf("Errors of non-tomlx errors should be nil")
	}
}

func TestDecodeBadTarget(t *testing.T) {
	var cfg Config
	for _, v := range []any{cfg, nil, (*Config)(nil), new(int)} {
		if err := Decode("rules.toml", []byte("title = \"x\"\n"), v); err == nil {
			t.Errorf("Decode into %T: no error", v)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	var cfg Config
	if err := Decode("rules.toml", nil, &cfg); err != nil {
		t.Fatal(err)
	}
	if err := Decode("rules.toml", []byte("\xef\xbb\xbf# only a comment\n"), &cfg); err != nil {
		t.Fatal(err)
	}
}

// TestIndexCoversValues checks that every value BurntSushi/toml finds in a
// document full of tricky syntax has an entry in the position index.
func TestIndexCoversValues(t *testing.T) {
	src := `# comment [not.a.table]
"quoted key" = 1
'literal.key' = 2
a.b."c.d" = 3
dt = 1979-05-27 07:32:00
lt = 07:32:00
ld = 1979-05-27
inf = -inf
hex = 0xDEAD_beef
str = "a\tb\u00e9 # [x]"
ml = """
line [[x]] = 1 \
  more"""
lit = '''C:\path\'''
nested = [[1, 2], ["a", 'b'], [{ x = 1 }], []]
inline = { a = { b = [1, { c = 2 }] }, "d.e" = 3, f.g = 4 }
empty = {}
trailing = [1,
  2, # c
]

[t1]
x = 1
[t1.sub."quoted.sub"]
y = 2

[[arr]]
z = 1
[[arr.inner]]
w = 1
[arr.inner.deep]
v = 1
[[arr]]
[[arr.inner]]
[[arr.inner]]
w = 2

[x.y.z]
k = 1
[x]
top = 1
`
	doc, err := Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		if _, ok := doc.idx[path]; !ok {
			t.Errorf("no position for %s", path)
		}
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				walk(pathKey(path, k), e)
			}
		case []map[string]any:
			for i, e := range v {
				walk(pathIndex(path, i), e)
			}
		case []any:
			for i, e := range v {
				walk(pathIndex(path, i), e)
			}
		}
	}
	walk("", doc.root.m)
	if len(doc.idx) < 50 {
		t.Errorf("index has only %d entries", len(doc.idx))
	}
	check := map[string]span{
		`a.b."c.d"`:              {4, 5, 4, 13},
		`nested[2][0].x`:         {15, 34, 15, 38},
		`inline.a.b[1].c`:        {16, 28, 16, 32},
		`inline."d.e"`:           {16, 40, 16, 48},
		`inline.f.g`:             {16, 53, 16, 57},
		`t1.sub."quoted.sub".y`:  {25, 1, 25, 5},
		`t1.sub."quoted.sub"`:    {24, 9, 24, 1},
		`arr[0].inner[0].deep.v`: {32, 1, 32, 5},
		`arr[1].inner[1].w`:      {36, 1, 36, 5},
		`arr[1].inner[1]`:        {35, 7, 35, 1},
		`x`:                      {40, 2, 40, 1},
		`x.top`:                  {41, 1, 41, 7},
		`ml`:                     {11, 1, 11, 6},
		`lit`:                    {14, 1, 14, 7},
		`trailing[1]`:            {19, 3, 19, 3},
		`"quoted key"`:           {2, 1, 2, 16},
		`"literal.key"`:          {3, 1, 3, 17},
		`dt`:                     {5, 1, 5, 6},
		`empty`:                  {17, 1, 17, 9},
		`nested[1][1]`:           {15, 25, 15, 25},
	}
	for path, want := range check {
		if got := doc.idx[path]; got != want {
			t.Errorf("%s: got %v, want %v", path, got, want)
		}
	}
}

// FuzzDecode checks that decoding never panics or hangs and that every error
// has a position inside the file.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"[[rule]]\nname = \"a\"\nwords = ['x', \"y\"]\n",
		"a = { b = [1, { c = '''x''' }] }\n",
		"s = \"\"\"\n[[x]]\n\"\"\"\n[rules.\"a.b\"]\nseverity = 1\n",
		"dt = 1979-05-27 07:32:00\n",
		"\"\\", // syntax error at EOF: BurntSushi reports line 0
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var cfg Config
		err := Decode("rules.toml", src, &cfg)
		lines := strings.Count(string(src), "\n") + 1
		for _, e := range Errors(err) {
			if e.Line < 0 || e.Line > lines || e.Line > 0 && e.Col < 1 {
				t.Errorf("bad position %d:%d for %q", e.Line, e.Col, e.Msg)
			}
		}
	})
}
