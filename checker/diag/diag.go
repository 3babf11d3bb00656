// Package diag defines the diagnostics that rules report and formatters
// print: a severity, a rule id, an editor-facing message, the place in the
// file, related places in other articles and an optional fix.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/document"
)

// Severity orders diagnostics by how much they matter.
type Severity int

// Severities, from least to most serious. None is only a fail level: it
// means that no diagnostic fails the run.
const (
	Info Severity = iota + 1
	Warning
	Error
	None = 100
)

// String names the severity as users write it.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	case None:
		return "none"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// ParseFailLevel reads a fail level: a severity or "none".
func ParseFailLevel(s string) (Severity, error) {
	if strings.EqualFold(strings.TrimSpace(s), "none") {
		return None, nil
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("unknown fail level %q (want error, warning, info or none)", s)
	}
	return sev, nil
}

// Location is a span of a file: 1-based lines, code-point columns, the end
// exclusive, and the source byte offsets of the same span.
type Location struct {
	File               string
	Start, End         document.Position
	StartByte, EndByte int
}

// At resolves a span of d's text to a Location.
func At(d *document.Document, s document.Span) Location {
	start, end := d.SourceSpan(s)
	return Location{File: d.Path, Start: d.Position(start), End: d.Position(end), StartByte: start, EndByte: end}
}

// Related is another place that explains a diagnostic: the majority
// spelling, the name a typo resembles, the other article's claim.
type Related struct {
	Location
	Message string
}

// Fix replaces the diagnostic's span with Replacement.
type Fix struct {
	Replacement string
	// Safe marks a fix that is unambiguous, which `factlint check --fix`
	// applies: a misspelt name with a single candidate, the replacement
	// of a substitution (pattern) rule, the desk's spelling of a lexicon
	// name. Other fixes are suggestions for a person to judge, such as a
	// majority's spelling or a recomputed conversion.
	Safe bool
}

// Diagnostic is one finding.
type Diagnostic struct {
	Location
	Severity Severity
	Rule     string
	Message  string
	// Fact is the id of the fact the finding is about, if any.
	Fact    string
	Related []Related
	Fix     *Fix
}

// Compare orders diagnostics by file, line, column, rule and then by the
// rest of their content, so that output is the same on every run.
func Compare(a, b Diagnostic) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Start.Line, b.Start.Line),
		cmp.Compare(a.Start.Column, b.Start.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.End.Line, b.End.Line),
		cmp.Compare(a.End.Column, b.End.Column),
		cmp.Compare(a.Message, b.Message),
	)
}

// Sort sorts diagnostics in place in the order of Compare.
func Sort(ds []Diagnostic) { slices.SortStableFunc(ds, Compare) }
