package report

import (
	"fmt"
	"io"
	"sort"

	"github.com/factlint/factlint/checker/diag"
)

// Run is what a formatter prints: the diagnostics of one run, sorted.
type Run struct {
	Tool         string
	Version      string
	FilesChecked int
	Diagnostics  []diag.Diagnostic
	// Rules describe the rules of the run, for the formats that list
	// them (sarif). Optional: a rule that a diagnostic names and that is
	// not here is listed by its id alone.
	Rules []RuleInfo
	// Sources are the bytes of the files checked, by file name as
	// diagnostics name them. Optional and read-only: formats use them to
	// quote the text of a finding in fingerprints (sarif, gitlab) and to
	// count byte columns (rdjson, rdjsonl). Without them, fingerprints
	// are built from the message and columns count code points.
	Sources map[string][]byte
}

// RuleInfo describes a rule for the formats that list rules.
type RuleInfo struct {
	ID string
	// Short is one sentence, Full the whole description, Help how to
	// act on a finding (an example, where to read more).
	Short, Full, Help string
	// Severity is the rule's configured severity.
	Severity diag.Severity
}

// Formatter writes a run in one output format.
type Formatter interface {
	// Name is the value of --format that selects the formatter.
	Name() string
	Format(w io.Writer, run *Run) error
}

// Options configure the formatters that need it.
type Options struct {
	// Color asks for terminal colours (text only).
	Color bool
	// BaseDir is the working directory. The formats read by code hosts
	// and review tools (sarif, github, gitlab, rdjson, rdjsonl,
	// checkstyle) print an absolute file name inside it relative to it,
	// and every file name with forward slashes. Empty: names are
	// printed as given, with forward slashes.
	BaseDir string
}

// constructors lists the formats; it is read-only after start-up.
var constructors = map[string]func(Options) Formatter{
	"text":       func(o Options) Formatter { return newText(o.Color) },
	"json":       func(Options) Formatter { return jsonFormatter{} },
	"sarif":      func(o Options) Formatter { return sarifFormatter{base: o.BaseDir} },
	"github":     func(o Options) Formatter { return githubFormatter{base: o.BaseDir} },
	"gitlab":     func(o Options) Formatter { return gitlabFormatter{base: o.BaseDir} },
	"rdjson":     func(o Options) Formatter { return rdjsonFormatter{base: o.BaseDir} },
	"rdjsonl":    func(o Options) Formatter { return rdjsonlFormatter{base: o.BaseDir} },
	"checkstyle": func(o Options) Formatter { return checkstyleFormatter{base: o.BaseDir} },
	"html":       func(Options) Formatter { return htmlFormatter{} },
}

// Names lists the formats.
func Names() []string {
	ns := make([]string, 0, len(constructors))
	for n := range constructors {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// New returns the formatter called name.
func New(name string, opt Options) (Formatter, error) {
	c, ok := constructors[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (one of %v)", name, Names())
	}
	return c(opt), nil
}

// Summary is the one-line count of a run: "5 files: 1 error, 4 warnings".
func Summary(run *Run) string {
	var errs, warns, infos int
	for _, d := range run.Diagnostics {
		switch d.Severity {
		case diag.Error:
			errs++
		case diag.Warning:
			warns++
		case diag.Info:
			infos++
		}
	}
	s := plural(run.FilesChecked, "file") + ": "
	if errs+warns+infos == 0 {
		return s + "no findings"
	}
	first := true
	for _, c := range []struct {
		n    int
		noun string
	}{{errs, "error"}, {warns, "warning"}, {infos, "info"}} {
		if c.n == 0 {
			continue
		}
		if !first {
			s += ", "
		}
		first = false
		if c.noun == "info" {
			s += fmt.Sprintf("%d info", c.n)
			continue
		}
		s += plural(c.n, c.noun)
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
