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
}

// constructors lists the formats; it is read-only after start-up.
var constructors = map[string]func(Options) Formatter{
	"text": func(o Options) Formatter { return newText(o.Color) },
	"json": func(Options) Formatter { return jsonFormatter{} },
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
