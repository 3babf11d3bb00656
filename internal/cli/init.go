package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/internal/fsutil"
	"github.com/factlint/factlint/rules"
)

const initHelp = `Usage: factlint init [--force] [--output FILE]

Writes a commented starter configuration (.factlint.toml in the working
directory). An existing file is kept unless --force is given.

Flags:
`

// starterConfig is what init writes. Every key is documented in
// docs/configuration.md.
const starterConfig = `# factlint configuration. factlint looks for this file in the working
# directory and its parents; --config FILE names another one.
# Every key is optional. docs/configuration.md documents them all.

# Exit 1 when a finding is at least this severe: error, warning, info or none.
fail_level = "error"

# Load the rule pack embedded in factlint (name.typo, name.variant, ...).
default_rules = true

# More rule files, relative to this file: your desk's names, facts and
# house style. docs/rules.md shows every kind of rule.
# rule_files = ["factlint/names.toml"]

# Which articles are one story, whose facts are compared: auto (articles
# that share enough names), dir (a story per directory) or all.
# group = "auto"

# File extensions checked when a directory is given, and extra globs.
# extensions = [".txt", ".md", ".markdown", ".html", ".htm"]
# include = ["*.story"]

# Change or switch off a rule by its id ('factlint rules' lists them).
# [rules."style.honorific-stop"]
# severity = "info"
# [rules."spelling.title-words"]
# enabled = false

# Datelines at the start of the copy that give the article's date.
# [document]
# datelines = ['^(?P<date>\d{4}-\d{2}-\d{2}) -- ']
`

func runInit(args []string, env Env) int {
	fs := newFlagSet("init", env, initHelp)
	force := fs.Bool("force", false, "replace an existing file")
	output := fs.String("output", rules.ConfigName, "file to write")
	rest, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if len(rest) > 0 {
		errorf(env, "init takes no arguments (got %q)", rest[0])
		return ExitError
	}
	path := *output
	if !filepath.IsAbs(path) {
		path = filepath.Join(env.Dir, path)
	}
	if _, err := os.Stat(path); err == nil && !*force {
		errorf(env, "%s already exists; use --force to replace it", *output)
		return ExitError
	}
	if err := fsutil.WriteFileAtomic(path, []byte(starterConfig), 0o644); err != nil {
		errorf(env, "%s: %v", *output, err)
		return ExitError
	}
	fmt.Fprintf(env.Stdout, "wrote %s\n", *output)
	return ExitClean
}
