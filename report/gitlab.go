package report

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker/diag"
)

// gitlabFormatter prints a GitLab Code Quality report: a JSON array of
// issues, shown in merge requests when a job saves it as a
// codequality report artifact. Severities map info to "info", warning to
// "minor" and error to "major": GitLab keeps "critical" and "blocker" for
// what must stop a merge, which a disputed fact in copy rarely is. The
// fingerprint is the one described at fingerprints: it survives copy added
// above a finding, so that GitLab does not call an old finding new.
type gitlabFormatter struct{ base string }

func (gitlabFormatter) Name() string { return "gitlab" }

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

func (f gitlabFormatter) Format(w io.Writer, run *Run) error {
	fps := fingerprints(run, f.base)
	out := make([]gitlabIssue, 0, len(run.Diagnostics))
	for i, d := range run.Diagnostics {
		begin := max(d.Start.Line, 1)
		out = append(out, gitlabIssue{
			Description: oneLineMessage(f.base, d),
			CheckName:   d.Rule,
			Fingerprint: fps[i],
			Severity:    gitlabSeverity(d.Severity),
			Location:    gitlabLocation{Path: toolPath(f.base, d.File), Lines: gitlabLines{Begin: begin, End: max(lastLine(d.Location), begin)}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func gitlabSeverity(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "major"
	case diag.Warning:
		return "minor"
	}
	return "info"
}
