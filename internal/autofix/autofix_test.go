package autofix_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/autofix"
	_ "github.com/factlint/factlint/internal/golden"
)

// finding is a finding of rule over the nth occurrence of text in src
// with a fix to repl (safe unless repl starts with "?").
func finding(t *testing.T, src, text string, nth int, rule, repl string) diag.Diagnostic {
	t.Helper()
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(src[from:], text)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", text, nth+1, src)
		}
		if k == nth {
			s := from + i
			safe := !strings.HasPrefix(repl, "?")
			return diag.Diagnostic{
				Location: diag.Location{File: "a", Start: document.Position{Line: 1, Column: s + 1}, StartByte: s, EndByte: s + len(text)},
				Rule:     rule, Fix: &diag.Fix{Replacement: strings.TrimPrefix(repl, "?"), Safe: safe},
			}
		}
		from += i + len(text)
	}
}

func TestPlanAndApply(t *testing.T) {
	src := "Putting met Kim Jong-un. Putting left. Alot of copy. O\u2019Brien said.\n"
	doc, err := document.ReadFormat("a", []byte(src), document.PlainText, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	diags := []diag.Diagnostic{
		finding(t, src, "Putting", 0, "name.typo", "Putin"),
		finding(t, src, "Kim Jong-un", 0, "name.variant", "?Kim Jong Un"), // a suggestion
		finding(t, src, "Putting", 1, "name.typo", "Putin"),
		finding(t, src, "Putting", 1, "style.x", "Putin"),           // the same edit: made once
		finding(t, src, "Putting left", 0, "style.y", "Putin went"), // overlaps the one before
		finding(t, src, "Alot", 0, "style.alot", "A lot"),
		finding(t, src, "O\u2019Brien", 0, "name.typo", "O'Brien"), // folded apostrophe
		finding(t, src, "Kim", 0, "style.z", "Kim"),                // nothing to change
	}
	diags[len(diags)-1].Fix.Safe = true
	bad := finding(t, src, "Putting", 0, "style.bad", "x")
	bad.EndByte = len(src) + 5
	diags = append(diags, bad)
	diag.Sort(diags)

	edits, skipped := autofix.Plan(diags, []byte(src), doc.Verbatim)
	var got []string
	for _, e := range edits {
		got = append(got, fmt.Sprintf("%d-%d %q x%d", e.Start, e.End, e.Replacement, len(e.Diags)))
	}
	if want := `0-7 "Putin" x1|25-32 "Putin" x2|39-43 "A lot" x1`; strings.Join(got, "|") != want {
		t.Errorf("edits %s, want %s", strings.Join(got, "|"), want)
	}
	var why []string
	for _, s := range skipped {
		why = append(why, s.Diag.Rule+": "+s.Reason)
	}
	want := []string{
		"style.bad: its span is not a piece of the file",
		"name.typo: the text there holds markup, a character reference or a typographic character that the fix would drop",
		"style.y: it overlaps the fix of name.typo at 1:26",
	}
	if strings.Join(why, "\n") != strings.Join(want, "\n") {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(why, "\n"), strings.Join(want, "\n"))
	}
	out := autofix.Apply([]byte(src), edits)
	if wantOut := "Putin met Kim Jong-un. Putin left. A lot of copy. O\u2019Brien said.\n"; string(out) != wantOut {
		t.Errorf("fixed:\n%q\nwant:\n%q", out, wantOut)
	}
	if string(autofix.Apply([]byte(src), nil)) != src {
		t.Error("no edits changed the text")
	}
}

// TestApplyOrder: edits of different lengths, applied from the end, give
// what replacing left to right gives.
func TestApplyOrder(t *testing.T) {
	src := []byte("aa bb cc dd")
	edits := []autofix.Edit{
		{Start: 0, End: 2, Replacement: "AAAA"},
		{Start: 3, End: 5, Replacement: ""},
		{Start: 6, End: 8, Replacement: "C"},
		{Start: 11, End: 11, Replacement: "!"},
	}
	if got := string(autofix.Apply(src, edits)); got != "AAAA  C dd!" {
		t.Errorf("got %q", got)
	}
	if string(src) != "aa bb cc dd" {
		t.Errorf("Apply changed its input: %q", src)
	}
}
