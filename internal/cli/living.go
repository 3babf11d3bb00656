package cli

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/autofix"
	"github.com/factlint/factlint/internal/baseline"
	"github.com/factlint/factlint/internal/fsutil"
	"github.com/factlint/factlint/internal/udiff"
)

// livingFlags are check's flags for living with findings: a baseline of
// known findings, and the fixes (docs/output.md).
type livingFlags struct {
	baseline, writeBaseline string
	fix, diff               bool
}

func (l *livingFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&l.baseline, "baseline", "", "report only the findings that the baseline `FILE` (written by --write-baseline) does not hold")
	fs.StringVar(&l.writeBaseline, "write-baseline", "", "write the findings to the baseline `FILE` instead of reporting them, and exit 0")
	fs.BoolVar(&l.fix, "fix", false, "apply the safe fixes to the files, then report what is left")
	fs.BoolVar(&l.diff, "diff", false, "print the changes --fix would make as a unified diff, write nothing, and exit 1 if there are any")
}

// validate rejects the flags that do not go together, printing why.
func (l *livingFlags) validate(paths []string, f *checkFlags, env Env) bool {
	switch {
	case l.fix && l.diff:
		errorf(env, "--fix and --diff do not go together: --diff shows what --fix would do")
	case l.writeBaseline != "" && (l.baseline != "" || l.fix || l.diff):
		errorf(env, "--write-baseline does not go with --baseline, --fix or --diff")
	case (l.fix || l.diff) && f.staged:
		errorf(env, "--fix and --diff change the files of the work tree, not the index: they do not go with --staged")
	case l.fix && slices.Contains(paths, "-"):
		errorf(env, "--fix cannot write back standard input (-); use --diff to see the fixes")
	default:
		return true
	}
	return false
}

// after runs the living steps on a result that check has narrowed:
// writing a baseline, hiding the findings of one, showing or making the
// fixes. recheck checks the (fixed) inputs again. done means that check
// is over, with the exit code; otherwise check reports the result.
func (l *livingFlags) after(res *checker.Result, in *checkInputs, doc document.Options, quiet bool, recheck func() (*checker.Result, error), env Env) (_ *checker.Result, code int, done bool) {
	if l.writeBaseline != "" {
		return nil, l.write(res, in, env), true
	}
	var base *baseline.File
	hidden := 0
	if l.baseline != "" {
		var err error
		if base, err = baseline.Read(l.baseline); err != nil {
			errorf(env, "--baseline %s: %v", l.baseline, describeBaselineError(err))
			return nil, ExitError, true
		}
		hidden = l.hide(res, base, in, env)
	}
	// report hands res to check to report, with a word on what the
	// baseline hid.
	report := func(res *checker.Result) (*checker.Result, int, bool) {
		if hidden > 0 && !quiet {
			fmt.Fprintf(env.Stderr, "factlint: %s hidden by the baseline %s\n", plural(hidden, "finding"), l.baseline)
		}
		return res, 0, false
	}
	if !l.fix && !l.diff {
		return report(res)
	}
	changes := planFixes(res.Diagnostics, in, doc, env)
	if l.diff {
		for _, c := range changes {
			a, b := diffLabels(c.path)
			fmt.Fprint(env.Stdout, udiff.Unified(a, b, c.old, c.new, 3))
		}
		switch {
		case in.ioFailed:
			return nil, ExitError, true
		case len(changes) > 0:
			return nil, ExitFindings, true
		}
		return nil, ExitClean, true
	}
	written := false
	for _, c := range changes {
		if err := writeFixed(c.path, c.old, c.new); err != nil {
			errorf(env, "%s: not fixed: %v", c.path, err)
			in.ioFailed = true
			continue
		}
		written = true
		in.inputs[c.input].Src = c.new
		n := 0
		for _, e := range c.edits {
			n += len(e.Diags)
		}
		fmt.Fprintf(env.Stderr, "factlint: fixed %s (%s)\n", c.path, plural(n, "finding"))
	}
	if !written {
		return report(res)
	}
	// What is left is what a new check of the fixed copy finds.
	res, err := recheck()
	if err != nil {
		errorf(env, "%v", err)
		return nil, ExitError, true
	}
	if base != nil {
		hidden = l.hide(res, base, in, env)
	}
	return report(res)
}

// baselineSource names the files of a run for a baseline at path.
func baselineSource(path string, in *checkInputs, env Env) baseline.Source {
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(env.Dir, p)
	}
	dir := filepath.Dir(abs(path))
	src := make(map[string][]byte, len(in.inputs))
	for _, input := range in.inputs {
		src[input.Path] = input.Src
	}
	return baseline.Source{
		Name: func(file string) string {
			rel, err := filepath.Rel(dir, abs(file))
			if err != nil {
				return filepath.ToSlash(file)
			}
			return filepath.ToSlash(rel)
		},
		Src: src,
	}
}

// write writes the baseline of res and returns the exit code.
func (l *livingFlags) write(res *checker.Result, in *checkInputs, env Env) int {
	if in.ioFailed {
		errorf(env, "--write-baseline: %s not written, as some files could not be read", l.writeBaseline)
		return ExitError
	}
	b := baseline.Build(res.Diagnostics, baselineSource(l.writeBaseline, in, env))
	if err := baseline.Write(l.writeBaseline, b); err != nil {
		errorf(env, "--write-baseline %s: %v", l.writeBaseline, describeIOError(err))
		return ExitError
	}
	fmt.Fprintf(env.Stderr, "factlint: wrote %s to %s\n", plural(len(res.Diagnostics), "finding"), l.writeBaseline)
	return ExitClean
}

// hide drops the findings that the baseline holds and returns how many.
func (l *livingFlags) hide(res *checker.Result, base *baseline.File, in *checkInputs, env Env) int {
	kept, hidden := base.Filter(res.Diagnostics, baselineSource(l.baseline, in, env))
	res.Diagnostics = kept
	return len(hidden)
}

func describeBaselineError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return describeIOError(err)
	}
	return err.Error()
}

// change is what the fixes make of one file.
type change struct {
	input    int // index in checkInputs.inputs
	path     string
	old, new []byte
	edits    []autofix.Edit
}

// planFixes works out the fixed copy of each file with safe fixes, in
// the order of the paths, printing the fixes it skips.
func planFixes(diags []diag.Diagnostic, in *checkInputs, opt document.Options, env Env) []change {
	byFile := map[string][]diag.Diagnostic{}
	for _, d := range diags {
		if d.Fix != nil && d.Fix.Safe {
			byFile[d.File] = append(byFile[d.File], d)
		}
	}
	var out []change
	for i, input := range in.inputs {
		ds := byFile[input.Path]
		if len(ds) == 0 {
			continue
		}
		doc, err := document.Read(input.Path, input.Src, opt)
		if err != nil {
			continue
		}
		edits, skipped := autofix.Plan(ds, input.Src, doc.Verbatim)
		for _, s := range skipped {
			errorf(env, "%s:%d:%d: fix of %s not applied: %s", s.Diag.File, s.Diag.Start.Line, s.Diag.Start.Column, s.Diag.Rule, s.Reason)
		}
		if len(edits) == 0 {
			continue
		}
		out = append(out, change{input: i, path: input.Path, old: input.Src, new: autofix.Apply(input.Src, edits), edits: edits})
	}
	slices.SortStableFunc(out, func(a, b change) int { return cmp.Compare(a.path, b.path) })
	return out
}

// diffLabels are the names of a file in a diff: a/PATH and b/PATH for a
// relative path, as git prints them; an absolute path as it is.
func diffLabels(path string) (string, string) {
	if filepath.IsAbs(path) {
		p := filepath.ToSlash(path)
		return p, p
	}
	p := filepath.ToSlash(path)
	return "a/" + p, "b/" + p
}

// writeFixed replaces the file at path, which check read as old, with
// fixed, atomically and keeping its mode. A link is followed: the file
// it points to is written. A file changed since it was read is left.
func writeFixed(path string, old, fixed []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return errors.New(describeIOError(err))
	}
	now, err := os.ReadFile(target)
	if err != nil {
		return errors.New(describeIOError(err))
	}
	if !bytes.Equal(now, old) {
		return errors.New("the file changed while it was checked")
	}
	return fsutil.WriteFileAtomic(target, fixed, 0o644)
}

// plural is "1 finding" or "2 findings".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
