package report

import (
	"encoding/json"
	"io"
)

// jsonFormatter prints the run as one JSON object, documented in
// docs/output.md:
//
//	{"tool":"factlint","version":"…","files_checked":5,"diagnostics":[…]}
type jsonFormatter struct{}

func (jsonFormatter) Name() string { return "json" }

type jsonRun struct {
	Tool         string           `json:"tool"`
	Version      string           `json:"version"`
	FilesChecked int              `json:"files_checked"`
	Diagnostics  []jsonDiagnostic `json:"diagnostics"`
}

type jsonDiagnostic struct {
	File      string        `json:"file"`
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"end_line"`
	EndColumn int           `json:"end_column"`
	Severity  string        `json:"severity"`
	Rule      string        `json:"rule"`
	Message   string        `json:"message"`
	Fact      string        `json:"fact,omitempty"`
	Related   []jsonRelated `json:"related,omitempty"`
	Fix       *jsonFix      `json:"fix,omitempty"`
}

type jsonRelated struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Message   string `json:"message"`
}

type jsonFix struct {
	Replacement string `json:"replacement"`
	// Safe is true for a fix that check --fix applies.
	Safe bool `json:"safe,omitempty"`
}

func (jsonFormatter) Format(w io.Writer, run *Run) error {
	out := jsonRun{Tool: run.Tool, Version: run.Version, FilesChecked: run.FilesChecked, Diagnostics: make([]jsonDiagnostic, 0, len(run.Diagnostics))}
	for _, d := range run.Diagnostics {
		jd := jsonDiagnostic{
			File: d.File, Line: d.Start.Line, Column: d.Start.Column, EndLine: d.End.Line, EndColumn: d.End.Column,
			Severity: d.Severity.String(), Rule: d.Rule, Message: d.Message, Fact: d.Fact,
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{File: r.File, Line: r.Start.Line, Column: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column, Message: r.Message})
		}
		if d.Fix != nil {
			jd.Fix = &jsonFix{Replacement: d.Fix.Replacement, Safe: d.Fix.Safe}
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
