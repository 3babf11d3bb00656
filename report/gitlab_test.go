package report

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

func TestGitLab(t *testing.T) {
	run := byteRun()
	run.Diagnostics = append(run.Diagnostics, diag.Diagnostic{Location: span("c.txt", 17, 1, 49, 1), Severity: diag.Warning, Rule: "r.list", Message: "a list"})
	out := format(t, "gitlab", Options{}, run)
	var issues []struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
				End   int `json:"end"`
			} `json:"lines"`
		} `json:"location"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&issues); err != nil {
		t.Fatal(err)
	}
	if len(issues) != 4 {
		t.Fatalf("%d issues", len(issues))
	}
	fps := fingerprints(run, "")
	for i, is := range issues {
		if is.Fingerprint != fps[i] || len(is.Fingerprint) != 64 {
			t.Errorf("issue %d: fingerprint %q", i, is.Fingerprint)
		}
		if is.CheckName != run.Diagnostics[i].Rule || is.Location.Path != run.Diagnostics[i].File {
			t.Errorf("issue %d: %+v", i, is)
		}
	}
	if got := []string{issues[0].Severity, issues[1].Severity, issues[2].Severity}; !slices.Equal(got, []string{"major", "minor", "info"}) {
		t.Errorf("severities %v", got)
	}
	if want := `"Putting" looks like "Putin"; see b.txt:3:2: "Putin" is named here`; issues[0].Description != want {
		t.Errorf("description %q, want %q", issues[0].Description, want)
	}
	if l := issues[0].Location.Lines; l.Begin != 2 || l.End != 2 {
		t.Errorf("lines %+v", l)
	}
	if l := issues[3].Location.Lines; l.Begin != 17 || l.End != 48 {
		t.Errorf("a span that ends at the start of line 49: lines %+v, want 17-48", l)
	}
	if got := format(t, "gitlab", Options{}, &Run{}); got != "[]\n" {
		t.Errorf("no diagnostics: %q, want []", got)
	}
}
