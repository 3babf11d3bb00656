package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/fsutil"
	"github.com/factlint/factlint/internal/tomlx"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/rules"
)

const checkHelp = `Usage: factlint check [flags] PATH...
       factlint check --staged [flags] [PATH...]

Checks files, directories (recursively: .txt .md .markdown .html .htm, or
as configured) and - for standard input. Flags may come before or after
the paths. The report goes to standard output, or to --output FILE, in
the --format asked for: text for people, json for scripts, sarif, github,
gitlab, rdjson, rdjsonl or checkstyle for code hosts and review tools.
--staged checks the staged articles of the git repository (in PATHs)
against all its articles; docs/integrations.md has the git flags.

Flags:
`

type checkFlags struct {
	format, output, color, failLevel, config, stdinName, group, date string
	jobs                                                             int
	quiet                                                            bool

	staged     bool   // --staged: the index's articles (git.go)
	newFromRev string // --new-from-rev: findings on changed lines only
	archive    string // --archive: compare with an archive (index.go)

	living livingFlags // --baseline, --write-baseline, --fix, --diff (living.go)

	maxFileSize string // --max-file-size (inputs.go)
}

func runCheck(args []string, env Env) int {
	var f checkFlags
	fs := newFlagSet("check", env, checkHelp)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Names(), ", ")+" (see docs/output.md)")
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of standard output (replaced atomically; the summary still goes to standard error)")
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never")
	fs.StringVar(&f.failLevel, "fail-level", "", "exit 1 when a finding is at least this severe: error, warning, info or none (default: the config's fail_level, else error)")
	fs.StringVar(&f.config, "config", "", "configuration file (default: .factlint.toml in the working directory or a parent)")
	fs.StringVar(&f.stdinName, "stdin-name", "<stdin>", "file name for the article read from standard input")
	fs.StringVar(&f.date, "date", "", "publication date (YYYY-MM-DD) of the articles that give none in a dateline or front matter, such as standard input; relative days (\"on Monday\", \"yesterday\") are resolved against it")
	fs.StringVar(&f.group, "group", "", "which articles are one story, whose facts are compared: auto (by shared names), dir (a story per directory) or all (default: the config's group, else auto)")
	fs.IntVar(&f.jobs, "jobs", 0, "articles checked at once (default: the number of CPUs)")
	fs.BoolVar(&f.quiet, "quiet", false, "do not print the summary line on standard error")
	fs.BoolVar(&f.staged, "staged", false, "check the staged (git index) version of the staged articles, in PATHs if given, against every article of the repository; report findings in the staged files only")
	fs.StringVar(&f.newFromRev, "new-from-rev", "", "report only findings on lines added or changed since git revision `REV`: in the work tree, or in the index with --staged (files git does not track are all new)")
	fs.StringVar(&f.archive, "archive", "", "compare the articles with the archived ones of `FILE` (built by factlint index; see docs/archive.md)")
	fs.StringVar(&f.maxFileSize, "max-file-size", "", "skip, with a notice, an article larger than this (such as 10MiB or 500KiB; default: the config's max_file_size, else 10MiB)")
	f.living.register(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if len(paths) == 0 && !f.staged {
		errorf(env, "check needs at least one file, directory or - (standard input)")
		fs.Usage()
		return ExitError
	}
	if !f.living.validate(paths, &f, env) {
		return ExitError
	}
	set, ok := loadRules(f.config, env)
	if !ok {
		return ExitError
	}
	if f.maxFileSize != "" {
		if set.MaxFileSize, err = rules.ParseSize(f.maxFileSize); err != nil {
			errorf(env, "--max-file-size: %v", err)
			return ExitError
		}
	}
	prior, closeArchive, ok := openArchive(f.archive, set, env)
	if !ok {
		return ExitError
	}
	defer closeArchive()
	failLevel := set.FailLevel
	if f.failLevel != "" {
		if failLevel, err = diag.ParseFailLevel(f.failLevel); err != nil {
			errorf(env, "--fail-level: %v", err)
			return ExitError
		}
	}
	group := set.Group
	if f.group != "" {
		if group, err = story.ParseMode(f.group); err != nil {
			errorf(env, "--group: %v", err)
			return ExitError
		}
	}
	toFile := f.output != "" && f.output != "-"
	useColor, err := colorWanted(f.color, toFile, env)
	if err != nil {
		errorf(env, "--color: %v", err)
		return ExitError
	}
	formatter, err := report.New(f.format, report.Options{Color: useColor, BaseDir: env.Dir})
	if err != nil {
		errorf(env, "--format: %v", err)
		return ExitError
	}
	if toFile {
		// Fail before checking, not after, when the report clearly
		// cannot be written.
		if err := outputProblem(f.output); err != nil {
			errorf(env, "--output %s: %v", f.output, err)
			return ExitError
		}
	}

	if f.date != "" {
		if _, ok := dates.ParseISO(f.date); !ok {
			errorf(env, "--date: %q is not a date in the form YYYY-MM-DD", f.date)
			return ExitError
		}
	}
	in, ok := readCheckInputs(paths, &f, set, env)
	if !ok {
		return ExitError
	}
	for i := range in.inputs {
		in.inputs[i].Date = f.date
	}
	check := func() (*checker.Result, error) {
		tick, stop := startProgress(len(in.inputs), f.quiet, env)
		defer lessGC()()
		res, err := checker.Check(in.inputs, checker.Options{Rules: set, Jobs: f.jobs, Group: group, Progress: tick, Prior: prior})
		stop()
		if err == nil {
			in.narrow(res)
		}
		return res, err
	}
	res, err := check()
	if err != nil {
		errorf(env, "%v", err)
		return ExitError
	}
	for _, n := range res.Notices {
		errorf(env, "%s: %s", n.File, n.Message)
		in.ioFailed = in.ioFailed || n.IO
	}
	res, code, done := f.living.after(res, in, set.Document, f.quiet, check, env)
	if done {
		return code
	}
	// The sources are read after --fix, which may have changed them.
	sources := reportSources(in.inputs, res.Diagnostics)
	run := &report.Run{
		Tool: "factlint", Version: Version, FilesChecked: res.FilesChecked, Diagnostics: res.Diagnostics,
		Rules: ruleInfos(set), Sources: sources,
	}
	if !toFile {
		if err := formatter.Format(env.Stdout, run); err != nil {
			errorf(env, "writing the report: %v", err)
			return ExitError
		}
	} else if err := writeReport(f.output, formatter, run); err != nil {
		errorf(env, "--output %s: %v", f.output, err)
		return ExitError
	}
	if !f.quiet && in.note != "" {
		fmt.Fprintln(env.Stderr, in.note)
	} else if !f.quiet {
		fmt.Fprintln(env.Stderr, report.Summary(run))
	}
	if in.ioFailed {
		return ExitError
	}
	for _, d := range res.Diagnostics {
		if d.Severity >= failLevel {
			return ExitFindings
		}
	}
	return ExitClean
}

// loadRules loads the rule set from --config, or from the config found
// upward from the working directory, or the default pack alone.
// Garbage collection while checking, unless the user set GOGC or
// GOMEMLIMIT: the live heap of a streaming run is small, so at the
// default GOGC of 100 the collector runs often. At 400, a run of 20,000
// generated articles took about 5% less CPU (median of 9 runs in turn)
// and peaked at 145–169 MiB instead of 69–75 MiB, under the 300 MB target
// (BENCHMARKS.md, round 2). The soft limit makes the collector work
// harder instead of letting a larger heap grow fourfold past it.
const (
	checkGCPercent  = 400
	checkMemoryGoal = 200 << 20
)

// lessGC sets the collector for a check and returns the function that
// restores the settings it found.
func lessGC() func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(checkMemoryGoal)
	percent := debug.SetGCPercent(checkGCPercent)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

func loadRules(configFlag string, env Env) (*rules.Set, bool) {
	path := configFlag
	if path == "" {
		if p, found := rules.FindConfig(env.Dir); found {
			path = p
		}
	}
	set, err := rules.Load(path)
	if err != nil {
		reportConfigError(env, err)
		return nil, false
	}
	return set, true
}

// reportConfigError prints every configuration error, one per line.
func reportConfigError(env Env, err error) {
	if errs := tomlx.Errors(err); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintf(env.Stderr, "factlint: %s\n", e.Error())
		}
		return
	}
	errorf(env, "%v", err)
}

// writeReport writes the report to a file, whole or not at all: through a
// temporary file in the same directory, renamed over the file. An existing
// file keeps its permissions.
func writeReport(path string, formatter report.Formatter, run *report.Run) error {
	var buf bytes.Buffer
	if err := formatter.Format(&buf, run); err != nil {
		return err
	}
	if err := outputProblem(path); err != nil {
		return err
	}
	if err := fsutil.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("cannot write the report: %s", describeIOError(err))
	}
	return nil
}

// outputProblem tells what stops a report from being written to path,
// that can be seen without writing: a directory in its place, or no
// directory to hold it.
func outputProblem(path string) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return errors.New("cannot write the report: it is a directory")
	}
	if st, err := os.Stat(filepath.Dir(path)); err != nil {
		return fmt.Errorf("cannot write the report: %s", describeIOError(err))
	} else if !st.IsDir() {
		return fmt.Errorf("cannot write the report: %s is not a directory", filepath.Dir(path))
	}
	return nil
}

// colorWanted decides whether the text output is coloured; with auto, a
// report written to a file (toFile) is not.
func colorWanted(mode string, toFile bool, env Env) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if env.Getenv != nil && env.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		if env.Getenv != nil && env.Getenv("TERM") == "dumb" {
			return false, nil
		}
		return !toFile && env.IsTerminal != nil && env.IsTerminal(env.Stdout), nil
	}
	return false, fmt.Errorf("unknown mode %q (want auto, always or never)", mode)
}

// describeIOError drops the path that the os package repeats.
func describeIOError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}
