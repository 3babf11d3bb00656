package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

func TestCheckstyle(t *testing.T) {
	run := &Run{Diagnostics: []diag.Diagnostic{
		{Location: span("b.txt", 3, 4, 3, 5), Severity: diag.Warning, Rule: "r.w", Message: "second file"},
		{Location: span("a&<b>.txt", 2, 1, 2, 5), Severity: diag.Error, Rule: "name.typo", Message: "quote \" & <tag>\nnew line\ttab",
			Related: []diag.Related{{Location: span("b.txt", 1, 2, 1, 3), Message: "there"}}},
		{Location: span("b.txt", 1, 1, 1, 2), Severity: diag.Info, Rule: "r.i", Message: "info \x01 control"},
		{Location: span("a&<b>.txt", 9, 1, 9, 5), Severity: diag.Warning, Rule: "r.w", Message: "later"},
	}}
	out := format(t, "checkstyle", Options{}, run)
	if !strings.HasPrefix(out, xml.Header+"<checkstyle version=\"4.3\">") {
		t.Errorf("header:\n%s", out)
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.NewDecoder(bytes.NewReader([]byte(out))).Decode(&doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if doc.Version != "4.3" || len(doc.Files) != 2 || doc.Files[0].Name != "a&<b>.txt" || doc.Files[1].Name != "b.txt" {
		t.Fatalf("files %+v", doc.Files)
	}
	a, b := doc.Files[0].Errors, doc.Files[1].Errors
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("errors per file: %d, %d", len(a), len(b))
	}
	if a[0].Line != 2 || a[0].Column != 1 || a[0].Severity != "error" || a[0].Source != "name.typo" ||
		a[0].Message != "quote \" & <tag>\nnew line\ttab; see b.txt:1:2: there" {
		t.Errorf("first error %+v", a[0])
	}
	// Within a file, the run's order.
	if a[1].Message != "later" || b[0].Message != "second file" || b[1].Severity != "info" {
		t.Errorf("order or severity: %+v %+v", a[1], b)
	}
	// A character that XML cannot hold becomes U+FFFD.
	if b[1].Message != "info \uFFFD control" {
		t.Errorf("control character: %q", b[1].Message)
	}
	if got := format(t, "checkstyle", Options{}, &Run{}); got != xml.Header+"<checkstyle version=\"4.3\"></checkstyle>\n" {
		t.Errorf("no diagnostics: %q", got)
	}
}
