package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/diag"
)

// githubFormatter prints GitHub Actions workflow commands, which the
// runner turns into annotations on the pull request:
//
//	::error file=F,line=L,col=C,endLine=L,endColumn=C,title=factlint: RULE::MESSAGE
//
// (warning for warnings, notice for info). GitHub shows at most
// githubLimit annotations of each level per step, so only the first
// githubLimit of each level are printed, in the run's order, and a last
// notice says how many were left out.
type githubFormatter struct{ base string }

func (githubFormatter) Name() string { return "github" }

// githubLimit is how many annotations of each level GitHub shows for a
// step.
const githubLimit = 10

func (f githubFormatter) Format(w io.Writer, run *Run) error {
	var total, shown [3]int // by level: error, warning, notice
	for _, d := range run.Diagnostics {
		total[githubLevel(d.Severity)]++
	}
	limit := [3]int{githubLimit, githubLimit, githubLimit}
	if total[0] > githubLimit || total[1] > githubLimit || total[2] > githubLimit {
		// The closing notice is a notice too: keep a place for it.
		limit[2]--
	}
	bw := bufio.NewWriter(w)
	for _, d := range run.Diagnostics {
		lv := githubLevel(d.Severity)
		if shown[lv] >= limit[lv] {
			continue
		}
		shown[lv]++
		f.annotate(bw, d)
	}
	var left []string
	for lv, noun := range []string{"error", "warning", "info"} {
		n := total[lv] - shown[lv]
		switch {
		case n == 0:
			continue
		case n == 1 || noun == "info":
			left = append(left, fmt.Sprintf("%d more %s", n, noun))
		default:
			left = append(left, fmt.Sprintf("%d more %ss", n, noun))
		}
	}
	if len(left) > 0 {
		msg := "factlint: " + joinAnd(left) + " not shown as annotations; run factlint locally or use --format sarif"
		fmt.Fprintf(bw, "::notice::%s\n", githubEscapeData(msg))
	}
	return bw.Flush()
}

// annotate prints one diagnostic as a workflow command. The message
// holds the related places and the fix, one per line, as the text format
// prints them.
func (f githubFormatter) annotate(w io.Writer, d diag.Diagnostic) {
	props := []string{"file=" + githubEscapeProperty(toolPath(f.base, d.File))}
	if d.Start.Line > 0 {
		end := lastLine(d.Location)
		props = append(props, "line="+strconv.Itoa(d.Start.Line))
		// GitHub takes columns only for a span on one line, and its
		// end column is the last column of the span.
		if end == d.Start.Line && d.Start.Column > 0 {
			props = append(props, "col="+strconv.Itoa(d.Start.Column))
			if d.End.Line == d.Start.Line && d.End.Column > d.Start.Column {
				props = append(props, "endLine="+strconv.Itoa(end), "endColumn="+strconv.Itoa(d.End.Column-1))
			}
		} else {
			props = append(props, "endLine="+strconv.Itoa(end))
		}
	}
	props = append(props, "title="+githubEscapeProperty("factlint: "+d.Rule))
	var msg strings.Builder
	msg.WriteString(d.Message)
	for _, r := range d.Related {
		msg.WriteString("\n" + place(f.base, r.Location) + ": note: " + r.Message)
	}
	if d.Fix != nil {
		msg.WriteString("\nfix: " + fixText(d.Fix))
	}
	fmt.Fprintf(w, "::%s %s::%s\n", githubCommand(d.Severity), strings.Join(props, ","), githubEscapeData(msg.String()))
}

func githubCommand(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "error"
	case diag.Warning:
		return "warning"
	}
	return "notice"
}

// githubLevel numbers the commands: 0 error, 1 warning, 2 notice.
func githubLevel(s diag.Severity) int {
	switch s {
	case diag.Error:
		return 0
	case diag.Warning:
		return 1
	}
	return 2
}

// githubEscapeData escapes a command's message as the Actions runner
// unescapes it.
func githubEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubEscapeProperty escapes a property value, which also ends at a
// colon or a comma.
func githubEscapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
