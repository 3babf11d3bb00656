package report

import (
	"bytes"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
)

// span is a location on one line, or over lines when endLine differs.
func span(file string, line, col, endLine, endCol int) diag.Location {
	return diag.Location{File: file, Start: document.Position{Line: line, Column: col}, End: document.Position{Line: endLine, Column: endCol}}
}

func format(t *testing.T, name string, opt Options, run *Run) string {
	t.Helper()
	f, err := New(name, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Format(&b, run); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b.String()
}
