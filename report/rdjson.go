package report

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker/diag"
)

// rdjsonFormatter prints the run as one reviewdog DiagnosticResult
// (reviewdog -f=rdjson):
//
//	{"source":{"name":"factlint","url":"…"},"diagnostics":[…]}
//
// Columns count UTF-8 bytes, as reviewdog's format asks; ends are
// exclusive.
type rdjsonFormatter struct{ base string }

func (rdjsonFormatter) Name() string { return "rdjson" }

type rdResult struct {
	Source      rdSource       `json:"source"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

type rdDiagnostic struct {
	Message          string      `json:"message"`
	Location         rdLocation  `json:"location"`
	Severity         string      `json:"severity"`
	Source           rdSource    `json:"source"`
	Code             rdCode      `json:"code"`
	Suggestions      []rdSuggest `json:"suggestions,omitempty"`
	RelatedLocations []rdRelated `json:"related_locations,omitempty"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
}

type rdLocation struct {
	Path  string   `json:"path"`
	Range *rdRange `json:"range,omitempty"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdSuggest struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

type rdRelated struct {
	Message  string     `json:"message"`
	Location rdLocation `json:"location"`
}

func (f rdjsonFormatter) Format(w io.Writer, run *Run) error {
	out := rdResult{Source: rdSource{Name: run.Tool, URL: informationURI}, Diagnostics: make([]rdDiagnostic, 0, len(run.Diagnostics))}
	for _, d := range run.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, rdDiag(f.base, run, d))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// rdDiag is one diagnostic in reviewdog's format.
func rdDiag(base string, run *Run, d diag.Diagnostic) rdDiagnostic {
	rd := rdDiagnostic{
		Message:  d.Message,
		Location: rdLoc(base, run, d.Location),
		Severity: rdSeverity(d.Severity),
		Source:   rdSource{Name: run.Tool},
		Code:     rdCode{Value: d.Rule},
	}
	if d.Fix != nil && rd.Location.Range != nil {
		rd.Suggestions = []rdSuggest{{Range: *rd.Location.Range, Text: d.Fix.Replacement}}
	}
	for _, r := range d.Related {
		rd.RelatedLocations = append(rd.RelatedLocations, rdRelated{Message: r.Message, Location: rdLoc(base, run, r.Location)})
	}
	return rd
}

func rdLoc(base string, run *Run, loc diag.Location) rdLocation {
	out := rdLocation{Path: toolPath(base, loc.File)}
	if loc.Start.Line < 1 {
		return out
	}
	start, end := byteColumns(run, loc)
	out.Range = &rdRange{Start: rdPosition{Line: loc.Start.Line, Column: start}, End: rdPosition{Line: loc.End.Line, Column: end}}
	return out
}

func rdSeverity(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "ERROR"
	case diag.Warning:
		return "WARNING"
	}
	return "INFO"
}
