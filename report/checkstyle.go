package report

import (
	"cmp"
	"encoding/xml"
	"io"
	"slices"

	"github.com/factlint/factlint/checker/diag"
)

// checkstyleFormatter prints Checkstyle's XML report, which many CI
// servers and review tools read:
//
//	<checkstyle version="4.3">
//	  <file name="F">
//	    <error line="L" column="C" severity="S" message="M" source="RULE"/>
//	  </file>
//	</checkstyle>
//
// Files are sorted by name; a file appears once, with its findings in the
// run's order. Columns count code points. Related places follow the
// message ("MESSAGE; see FILE:LINE:COLUMN: …").
type checkstyleFormatter struct{ base string }

func (checkstyleFormatter) Name() string { return "checkstyle" }

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func (f checkstyleFormatter) Format(w io.Writer, run *Run) error {
	ds := slices.Clone(run.Diagnostics)
	slices.SortStableFunc(ds, func(a, b diag.Diagnostic) int {
		return cmp.Compare(toolPath(f.base, a.File), toolPath(f.base, b.File))
	})
	out := checkstyleReport{Version: "4.3"}
	for _, d := range ds {
		name := toolPath(f.base, d.File)
		if len(out.Files) == 0 || out.Files[len(out.Files)-1].Name != name {
			out.Files = append(out.Files, checkstyleFile{Name: name})
		}
		file := &out.Files[len(out.Files)-1]
		file.Errors = append(file.Errors, checkstyleError{
			Line: d.Start.Line, Column: d.Start.Column, Severity: d.Severity.String(),
			Message: oneLineMessage(f.base, d), Source: d.Rule,
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
