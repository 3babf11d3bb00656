package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/factlint/factlint/checker/diag"
)

// textFormatter prints one compiler-style line per diagnostic,
//
//	file:line:col: severity: message [rule]
//
// followed by a "note:" line for each related place, so that editors and
// terminals can jump to both articles.
type textFormatter struct {
	err, warn, info, note, pos, rule *color.Color
}

func newText(useColor bool) *textFormatter {
	t := &textFormatter{
		err:  color.New(color.FgRed, color.Bold),
		warn: color.New(color.FgYellow, color.Bold),
		info: color.New(color.FgCyan, color.Bold),
		note: color.New(color.FgBlue),
		pos:  color.New(color.Bold),
		rule: color.New(color.Faint),
	}
	// Colour is decided per formatter, never through fatih/color's
	// package-level switch.
	for _, c := range []*color.Color{t.err, t.warn, t.info, t.note, t.pos, t.rule} {
		if useColor {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return t
}

func (t *textFormatter) Name() string { return "text" }

func (t *textFormatter) Format(w io.Writer, run *Run) error {
	bw := bufio.NewWriter(w)
	for _, d := range run.Diagnostics {
		sev := t.info
		switch d.Severity {
		case diag.Error:
			sev = t.err
		case diag.Warning:
			sev = t.warn
		}
		fmt.Fprintf(bw, "%s %s %s %s\n",
			t.pos.Sprintf("%s:%d:%d:", oneLine(d.File), d.Start.Line, d.Start.Column),
			sev.Sprintf("%s:", d.Severity), oneLine(d.Message), t.rule.Sprintf("[%s]", oneLine(d.Rule)))
		for _, r := range d.Related {
			fmt.Fprintf(bw, "%s %s %s\n", t.pos.Sprintf("%s:%d:%d:", oneLine(r.File), r.Start.Line, r.Start.Column), t.note.Sprint("note:"), oneLine(r.Message))
		}
	}
	return bw.Flush()
}

// lineBreaks are replaced by spaces in the text format.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ")

// oneLine keeps a finding on one line: a message that quotes a match
// across a line break, or a file name holding one, would otherwise start a
// line that editors read as a finding of its own.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}
