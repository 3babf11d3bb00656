package cli

import (
	"fmt"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/progress"
)

// streams reports whether check may read the articles lazily: not when a
// later step needs every source (--fix, --diff and the baselines).
func (f *checkFlags) streams() bool {
	return !f.living.fix && !f.living.diff && f.living.baseline == "" && f.living.writeBaseline == ""
}

// reportSources returns the sources that the formatters may quote: every
// input read in memory, and, of the inputs read lazily, only those that a
// finding or a note points into, read again now.
func reportSources(inputs []checker.Input, diags []diag.Diagnostic) map[string][]byte {
	named := map[string]bool{}
	for _, d := range diags {
		named[d.File] = true
		for _, r := range d.Related {
			named[r.File] = true
		}
	}
	sources := make(map[string][]byte, len(named))
	for _, x := range inputs {
		if x.Load == nil {
			sources[x.Path] = x.Src
			continue
		}
		if !named[x.Path] {
			continue
		}
		if src, err := x.Load(); err == nil {
			sources[x.Path] = src
		}
	}
	return sources
}

// startProgress starts a progress bar on standard error for a run of n
// files, when standard error is a terminal and --quiet is not given; it
// returns the checker's callback and the function that stops the bar.
func startProgress(n int, quiet bool, env Env) (func(int), func()) {
	if quiet || n < progressFrom || env.IsTerminal == nil || !env.IsTerminal(env.Stderr) {
		return nil, func() {}
	}
	bar := progress.Start(env.Stderr, n, progress.Options{Width: terminalWidth(env)})
	return bar.Add, bar.Stop
}

// terminalWidth is the width of the terminal from $COLUMNS, or 80.
func terminalWidth(env Env) int {
	if env.Getenv != nil {
		var n int
		if _, err := fmt.Sscanf(env.Getenv("COLUMNS"), "%d", &n); err == nil && n >= 20 {
			return n
		}
	}
	return 80
}

// progressFrom is the fewest files for which check and index draw a
// progress bar: a run of a few files ends before anyone looks.
const progressFrom = 100
