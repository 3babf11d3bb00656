package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

func TestByteColumns(t *testing.T) {
	src := []byte("ab\r\ncé x\rz\n")
	run := &Run{Sources: map[string][]byte{"f": src}}
	for _, tc := range []struct {
		file               string
		startByte, endByte int
		wantStart, wantEnd int
	}{
		{"f", 0, 2, 1, 3},
		{"f", 8, 9, 5, 6},   // "x" after é (2 bytes)
		{"f", 10, 11, 1, 2}, // after a lone CR
		{"f", 10, 99, 5, 6}, // offsets beyond the file: code points
		{"g", 0, 1, 5, 6},   // no source: code points
	} {
		loc := span(tc.file, 1, 5, 1, 6)
		loc.StartByte, loc.EndByte = tc.startByte, tc.endByte
		if s, e := byteColumns(run, loc); s != tc.wantStart || e != tc.wantEnd {
			t.Errorf("%s %d-%d: columns %d-%d, want %d-%d", tc.file, tc.startByte, tc.endByte, s, e, tc.wantStart, tc.wantEnd)
		}
	}
}

// TestFingerprints: stable when copy is added above a finding, distinct
// for two identical findings in one file and for other rules or files.
func TestFingerprints(t *testing.T) {
	mk := func(prefix string) *Run {
		src := prefix + "Talks in Genvea. More talks in Genvea.\n"
		at := func(i, line int) diag.Location {
			loc := span("a.txt", line, 1, line, 7)
			loc.StartByte, loc.EndByte = i, i+len("Genvea")
			return loc
		}
		first := strings.Index(src, "Genvea")
		second := strings.LastIndex(src, "Genvea")
		line := strings.Count(prefix, "\n") + 1
		return &Run{Sources: map[string][]byte{"a.txt": []byte(src)}, Diagnostics: []diag.Diagnostic{
			{Location: at(first, line), Rule: "name.typo", Message: "typo (named 5 times)"},
			{Location: at(second, line), Rule: "name.typo", Message: "typo (named 5 times)"},
			{Location: at(second, line), Rule: "other.rule", Message: "typo (named 5 times)"},
		}}
	}
	before := fingerprints(mk(""), "")
	after := fingerprints(mk("A new first line.\n\nAnd a paragraph.\n"), "")
	if !slices.Equal(before, after) {
		t.Errorf("fingerprints changed when lines were added above:\n%v\n%v", before, after)
	}
	if before[0] == before[1] || before[1] == before[2] || before[0] == before[2] {
		t.Errorf("fingerprints not distinct: %v", before)
	}
	// The message is not part of the fingerprint when the text is at
	// hand: a count that changes elsewhere does not make a finding new.
	run := mk("")
	run.Diagnostics[0].Message = "typo (named 6 times)"
	if fingerprints(run, "")[0] != before[0] {
		t.Error("the message changed the fingerprint")
	}
	// Another file, another fingerprint.
	run = mk("")
	run.Sources["b.txt"] = run.Sources["a.txt"]
	run.Diagnostics[0].File = "b.txt"
	if fingerprints(run, "")[0] == before[0] {
		t.Error("the file name is not part of the fingerprint")
	}
	// An absolute name inside the base is the relative name.
	run = mk("")
	run.Sources = map[string][]byte{"/work/news/a.txt": run.Sources["a.txt"]}
	for i := range run.Diagnostics {
		run.Diagnostics[i].File = "/work/news/a.txt"
	}
	if got := fingerprints(run, "/work/news"); !slices.Equal(got, before) {
		t.Errorf("absolute names inside the base: %v, want %v", got, before)
	}
	// Without the text, the message stands in, still stable.
	run = mk("")
	run.Sources = nil
	a, b := fingerprints(run, ""), fingerprints(mk("x\n"), "")
	run2 := mk("x\n")
	run2.Sources = nil
	if c := fingerprints(run2, ""); !slices.Equal(a, c) || a[0] == b[0] {
		t.Errorf("message fingerprints: %v %v %v", a, c, b)
	}
}

// TestToolPath: forward slashes; absolute names inside the base made
// relative.
func TestToolPath(t *testing.T) {
	for _, tc := range []struct{ base, file, want string }{
		{"", "a/b.txt", "a/b.txt"},
		{"/work", "/work/news/a.txt", "news/a.txt"},
		{"/work", "/workshop/a.txt", "/workshop/a.txt"},
		{"/work", "/other/a.txt", "/other/a.txt"},
		{"/work", "news/a.txt", "news/a.txt"},
		{"/work", "../a.txt", "../a.txt"},
		{"/work", "<stdin>", "<stdin>"},
	} {
		if got := toolPath(tc.base, tc.file); got != tc.want {
			t.Errorf("toolPath(%q, %q) = %q, want %q", tc.base, tc.file, got, tc.want)
		}
	}
}
