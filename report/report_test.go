package report

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	_ "github.com/factlint/factlint/internal/golden"
)

func TestSummary(t *testing.T) {
	d := func(s diag.Severity) diag.Diagnostic { return diag.Diagnostic{Severity: s} }
	for _, tc := range []struct {
		files int
		diags []diag.Diagnostic
		want  string
	}{
		{0, nil, "0 files: no findings"},
		{1, nil, "1 file: no findings"},
		{5, []diag.Diagnostic{d(diag.Error), d(diag.Warning), d(diag.Warning), d(diag.Warning), d(diag.Warning)}, "5 files: 1 error, 4 warnings"},
		{2, []diag.Diagnostic{d(diag.Info), d(diag.Info)}, "2 files: 2 info"},
		{3, []diag.Diagnostic{d(diag.Error), d(diag.Error), d(diag.Info)}, "3 files: 2 errors, 1 info"},
	} {
		if got := Summary(&Run{FilesChecked: tc.files, Diagnostics: tc.diags}); got != tc.want {
			t.Errorf("Summary = %q, want %q", got, tc.want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", Options{}); err == nil {
		t.Error("no error for an unknown format")
	}
	for _, n := range Names() {
		f, err := New(n, Options{})
		if err != nil || f.Name() != n {
			t.Errorf("New(%q) = %v, %v", n, f, err)
		}
	}
}

func TestNames(t *testing.T) {
	want := []string{"checkstyle", "github", "gitlab", "html", "json", "rdjson", "rdjsonl", "sarif", "text"}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
}
