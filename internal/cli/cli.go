package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
)

// Version is factlint's version.
const Version = "0.1.0"

// Exit codes.
const (
	ExitClean    = 0 // nothing at or above the fail level
	ExitFindings = 1 // findings at or above the fail level
	ExitError    = 2 // usage, configuration or I/O error
)

// Env is the outside world as the command sees it.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable.
	Getenv func(string) string
	// Dir is the working directory, where the config is looked for.
	Dir string
	// IsTerminal reports whether w is a terminal (for colour).
	IsTerminal func(w io.Writer) bool
}

// OSEnv is the environment of the running process.
func OSEnv() Env {
	dir, _ := os.Getwd()
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, Dir: dir,
		IsTerminal: func(w io.Writer) bool {
			f, ok := w.(*os.File)
			return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
		},
	}
}

const usage = `factlint checks news copy for facts that disagree.

Usage:
  factlint check [flags] PATH...   lint files, directories (recursive) or - for stdin
  factlint check --staged [flags]  lint the articles staged in git, against all the others
  factlint index [--archive FILE] PATH...   store the articles' facts for check --archive
  factlint rules [ID]              list the loaded rules, or explain one
  factlint init [--force]          write a commented starter .factlint.toml
  factlint hook install|uninstall  add or remove a git pre-commit hook running check --staged
  factlint serve [flags] [PATH...] a web page and an HTTP API; PATHs are the published copy
  factlint version                 print the version

Run 'factlint check -h' for the flags of check.
Exit status: 0 clean, 1 findings at or above the fail level, 2 usage,
configuration or I/O error.
`

// Main runs factlint with args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitError
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "check":
		return runCheck(rest, env)
	case "rules":
		return runRules(rest, env)
	case "index":
		return runIndex(rest, env)
	case "init":
		return runInit(rest, env)
	case "hook":
		return runHook(rest, env)
	case "serve":
		return runServe(rest, env)
	case "version", "--version", "-version":
		fmt.Fprintf(env.Stdout, "factlint %s\n", Version)
		return ExitClean
	case "help", "-h", "--help", "-help":
		fmt.Fprint(env.Stdout, usage)
		return ExitClean
	}
	fmt.Fprintf(env.Stderr, "factlint: unknown command %q\n\n%s", cmd, usage)
	return ExitError
}

// parseFlags parses flags that may come before, between or after the
// positional arguments ("factlint check dir --format json"); "--" ends
// the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at the first positional argument or after "--".
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func newFlagSet(name string, env Env, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, help)
		fs.PrintDefaults()
	}
	return fs
}

// errorf prints an error in the form "factlint: message".
func errorf(env Env, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintln(env.Stderr, "factlint: "+strings.TrimSpace(msg))
}
