package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/sarifschema"
)

// FuzzFormat prints fuzzed findings (any file name, message, rule, fix,
// source bytes) in every format and checks that the output parses: JSON
// for json, gitlab and rdjson, JSON lines for rdjsonl, XML for checkstyle,
// a SARIF log valid against the schema for sarif, one workflow command
// per line for github, and one line per finding and note for text.
func FuzzFormat(f *testing.F) {
	f.Add("a.txt", "Kim said \"hi\" <b>&amp;</b>", "name.typo", "Putin", []byte("Kim said hi\nagain\n"), 1, 3, 2, 4, uint8(2), "b.md", "note\r\nwith ::set-output")
	f.Add("dir/ü ö.md", "100% :: , \n%0A", "fact.x", "", []byte("\xff\xfe\x00"), 3, 1, 3, 1, uint8(0), "", "")
	f.Add("\x00\xff<>&\"'", "\x1b[31m\u2028\ufffe", "", "\xed\xa0\x80", []byte(""), 1, 1, 1, 1, uint8(1), "c:\\x\\y", "\x7f")
	f.Add("/abs/a.txt", "", "a", "b", []byte("line\r\nline2\rline3"), 2, 2, 3, 3, uint8(3), "../up.txt", "]]>")
	sch, err := sarifschema.Compile()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, file, msg, rule, fix string, src []byte, line, col, endLine, endCol int, sev uint8, relFile, relMsg string) {
		pos := func(n int) int { return 1 + int(uint(n)%1000) }
		d := diag.Diagnostic{Severity: diag.Severity(1 + int(sev)%3), Rule: rule, Message: msg}
		d.File, d.Start.Line, d.Start.Column = file, pos(line), pos(col)
		d.End.Line, d.End.Column = d.Start.Line+int(uint(endLine)%3), pos(endCol)
		if d.End.Line == d.Start.Line && d.End.Column < d.Start.Column {
			d.End.Column = d.Start.Column
		}
		d.StartByte = int(uint(line) % uint(len(src)+1))
		d.EndByte = d.StartByte + int(uint(endCol)%uint(len(src)-d.StartByte+1))
		if fix != "" {
			d.Fix = &diag.Fix{Replacement: fix, Safe: sev%2 == 0}
		}
		if relFile != "" {
			rel := diag.Related{Message: relMsg}
			rel.File, rel.Start, rel.End = relFile, d.Start, d.End
			d.Related = []diag.Related{rel}
		}
		run := &Run{Tool: "factlint", Version: "dev", FilesChecked: 1, Diagnostics: []diag.Diagnostic{d, d},
			Rules:   []RuleInfo{{ID: rule, Short: msg, Full: relMsg, Help: fix, Severity: d.Severity}},
			Sources: map[string][]byte{file: src}}
		for _, base := range []string{"", "/abs"} {
			for _, name := range Names() {
				fm, err := New(name, Options{BaseDir: base})
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := fm.Format(&b, run); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if err := parses(name, b.Bytes(), sch, run); err != nil {
					t.Fatalf("%s output does not parse: %v\n%s", name, err, b.Bytes())
				}
			}
		}
	})
}

// parses checks that out is well-formed output of the format name.
func parses(name string, out []byte, sch *jsonschema.Schema, run *Run) error {
	switch name {
	case "json", "gitlab", "rdjson":
		if !json.Valid(out) {
			return errors.New("not JSON")
		}
	case "sarif":
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			return err
		}
		return sch.Validate(v)
	case "rdjsonl":
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<24)
		n := 0
		for sc.Scan() {
			if !json.Valid(sc.Bytes()) {
				return errors.New("a line is not JSON")
			}
			n++
		}
		if n != len(run.Diagnostics) {
			return errors.New("not one line per finding")
		}
	case "checkstyle":
		dec := xml.NewDecoder(bytes.NewReader(out))
		for {
			if _, err := dec.Token(); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return err
			}
		}
	case "github":
		for l := range strings.Lines(string(out)) {
			if !strings.HasPrefix(l, "::") {
				return errors.New("a line is not a workflow command: " + l)
			}
		}
	case "text":
		// A message or file name holding a line break must not start a
		// line that reads as a finding of its own.
		want := 0
		for _, d := range run.Diagnostics {
			want += 1 + len(d.Related)
		}
		if got := strings.Count(string(out), "\n"); got != want {
			return errors.New("not one line per finding and note")
		}
	}
	return nil
}
