package baseline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/baseline"
	"github.com/factlint/factlint/internal/golden"
)

// at is a finding of rule at the nth occurrence of text in src, with a
// message that names its own line, as fact findings name other lines.
func at(t *testing.T, file, src, text string, nth int, rule string) diag.Diagnostic {
	t.Helper()
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(src[from:], text)
		if i < 0 {
			t.Fatalf("%q not found %d times", text, nth+1)
		}
		if k == nth {
			s := from + i
			line := 1 + strings.Count(src[:s], "\n")
			col := s - strings.LastIndex(src[:s], "\n")
			return diag.Diagnostic{
				Location: diag.Location{
					File:  file,
					Start: document.Position{Line: line, Column: col}, End: document.Position{Line: line, Column: col + len(text)},
					StartByte: s, EndByte: s + len(text),
				},
				Severity: diag.Error, Rule: rule, Message: fmt.Sprintf("%s at %s:%d", text, file, line),
			}
		}
		from += i + len(text)
	}
}

func source(files map[string]string) baseline.Source {
	s := baseline.Source{Name: func(f string) string { return "copy/" + f }, Src: map[string][]byte{}}
	for k, v := range files {
		s.Src[k] = []byte(v)
	}
	return s
}

func TestFingerprint(t *testing.T) {
	a := "Putin met Kim.\nPutting left.\n"
	moved := "A new first line.\n\nPutin met Kim.\nPutting  left.\n"
	s := source(map[string]string{"a.txt": a, "b.txt": a, "m.txt": moved})
	base := at(t, "a.txt", a, "Putting", 0, "name.typo")
	fp := s.Fingerprint(base)
	if len(fp) != 32 {
		t.Errorf("fingerprint %q, want 32 hex digits", fp)
	}
	// Another line and column, another message: the same finding.
	m := at(t, "m.txt", moved, "Putting", 0, "name.typo")
	m.File = "a.txt"
	s.Src["a.txt"] = []byte(moved)
	if got := s.Fingerprint(m); got != fp {
		t.Errorf("a finding moved down two lines has another fingerprint")
	}
	s.Src["a.txt"] = []byte(a)
	// Blanks inside the span are collapsed.
	wrapped := "Kim Jong\n  Un"
	s.Src["w.txt"] = []byte(wrapped)
	one := "Kim Jong Un"
	s.Src["o.txt"] = []byte(one)
	w, o := at(t, "w.txt", wrapped, wrapped, 0, "name.variant"), at(t, "o.txt", one, one, 0, "name.variant")
	w.File, o.File = "x", "x"
	s.Src["x"] = []byte(wrapped)
	fw := s.Fingerprint(w)
	s.Src["x"] = []byte(one)
	if fw != s.Fingerprint(o) {
		t.Errorf("re-wrapping the span changes the fingerprint")
	}
	// Rule, file, fact and text each count.
	for name, d := range map[string]diag.Diagnostic{
		"rule": func() diag.Diagnostic { d := base; d.Rule = "name.variant"; return d }(),
		"file": func() diag.Diagnostic { d := base; d.File = "b.txt"; return d }(),
		"fact": func() diag.Diagnostic { d := base; d.Fact = "speed"; return d }(),
		"text": at(t, "a.txt", a, "Putin", 0, "name.typo"),
	} {
		if s.Fingerprint(d) == fp {
			t.Errorf("another %s, the same fingerprint", name)
		}
	}
}

func TestBuildAndFilter(t *testing.T) {
	a := "Putting came. Putting went. Mr. This.\n"
	s := source(map[string]string{"a.txt": a})
	today := []diag.Diagnostic{
		at(t, "a.txt", a, "Putting", 0, "name.typo"),
		at(t, "a.txt", a, "Putting", 1, "name.typo"),
		at(t, "a.txt", a, "Mr. This", 0, "style.title-without-name"),
	}
	b := baseline.Build(today, s)
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/build.golden.json", data)
	if len(b.Findings) != 2 || b.Findings[0].Count != 2 {
		t.Fatalf("findings %+v, want Putting counted twice", b.Findings)
	}

	// Tomorrow: two lines above, a third Putting, a new finding.
	later := "Headline\n\nPutting came. Putting went. Mr. This. Putting again. Genvea.\n"
	s.Src["a.txt"] = []byte(later)
	tomorrow := []diag.Diagnostic{
		at(t, "a.txt", later, "Putting", 0, "name.typo"),
		at(t, "a.txt", later, "Putting", 1, "name.typo"),
		at(t, "a.txt", later, "Mr. This", 0, "style.title-without-name"),
		at(t, "a.txt", later, "Putting", 2, "name.typo"),
		at(t, "a.txt", later, "Genvea", 0, "name.typo"),
	}
	kept, hidden := b.Filter(tomorrow, s)
	if len(hidden) != 3 {
		t.Errorf("%d hidden, want 3", len(hidden))
	}
	var got []string
	for _, d := range kept {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Start.Line, d.Start.Column, d.Message))
	}
	if want := "3:39 Putting at a.txt:3|3:54 Genvea at a.txt:3"; strings.Join(got, "|") != want {
		t.Errorf("new findings %q, want %q", strings.Join(got, "|"), want)
	}
	// The same findings in another file are new.
	s.Src["b.txt"] = []byte(a)
	other := at(t, "b.txt", a, "Putting", 0, "name.typo")
	if kept, _ := b.Filter([]diag.Diagnostic{other}, s); len(kept) != 1 {
		t.Errorf("a finding of another file was hidden")
	}
}

func TestWriteRead(t *testing.T) {
	a := "Putting came.\n"
	s := source(map[string]string{"a.txt": a})
	b := baseline.Build([]diag.Diagnostic{at(t, "a.txt", a, "Putting", 0, "name.typo")}, s)
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := baseline.Write(path, b); err != nil {
		t.Fatal(err)
	}
	back, err := baseline.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Findings) != 1 || back.Findings[0] != b.Findings[0] {
		t.Errorf("read back %+v, want %+v", back.Findings, b.Findings)
	}
	// An empty baseline has an empty list, not null.
	data, _ := baseline.Build(nil, s).Marshal()
	if !strings.Contains(string(data), `"findings": []`) {
		t.Errorf("empty baseline:\n%s", data)
	}
	if _, err := baseline.Read(filepath.Join(t.TempDir(), "none.json")); !os.IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"syntax", "{\n  \"version\": 1,\n  \"tool\": \"factlint\"\n  \"findings\": []\n}", `4:3: not valid JSON: invalid character '"' after object key:value pair`},
		{"type", `{"version": "1", "tool": "factlint", "findings": []}`, `1:16: "version" should be a int, not a JSON string`},
		{"not ours", `{"version": 1, "findings": []}`, `not a factlint baseline (no "tool": "factlint")`},
		{"version", `{"version": 2, "tool": "factlint", "findings": []}`, "baseline version 2 is not supported (this factlint reads version 1; write it again with --write-baseline)"},
		{"count", `{"version": 1, "tool": "factlint", "findings": [{"rule": "r", "file": "f", "fingerprint": "x", "count": 0}]}`, "finding 1 needs a rule, a file, a fingerprint and a count of at least 1"},
		{"empty", ``, "1:1: not valid JSON: unexpected end of JSON input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := baseline.Parse([]byte(tc.data))
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %s", err, tc.want)
			}
		})
	}
}
