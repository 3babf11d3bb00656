package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/internal/fsutil"
	"github.com/factlint/factlint/internal/gitx"
)

const hookHelp = `Usage: factlint hook install [--force]
       factlint hook uninstall

install writes a git pre-commit hook (pre-commit in the directory git
takes hooks from: .git/hooks, or core.hooksPath) that runs
'factlint check --staged': a commit whose staged articles have a finding
at or above the fail level is refused ('git commit --no-verify' skips the
hook). The hook runs the factlint that installed it, by its absolute
path, or factlint on PATH if that is gone. A pre-commit hook that is not
factlint's is kept unless --force is given; then it is moved to
pre-commit.factlint-backup.

uninstall removes factlint's hook, and puts a hook moved aside by
install --force back. It leaves any other hook alone.

See docs/integrations.md.
`

// Names of the hook and of the hook that install --force moved aside.
const (
	hookName   = "pre-commit"
	backupName = "pre-commit.factlint-backup"
	// hookMarker is the line by which factlint knows its own hook.
	hookMarker = "# factlint pre-commit hook"
)

func runHook(args []string, env Env) int {
	if len(args) == 0 {
		errorf(env, "hook needs a subcommand: install or uninstall")
		fmt.Fprint(env.Stderr, "\n"+hookHelp)
		return ExitError
	}
	switch args[0] {
	case "install":
		return runHookInstall(args[1:], env)
	case "uninstall":
		return runHookUninstall(args[1:], env)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(env.Stdout, hookHelp)
		return ExitClean
	}
	errorf(env, "unknown hook subcommand %q (want install or uninstall)", args[0])
	fmt.Fprint(env.Stderr, "\n"+hookHelp)
	return ExitError
}

// hookFlags parses the flags of a hook subcommand, which takes no
// arguments. It returns an exit code if the command is done.
func hookFlags(name string, args []string, env Env, force *bool) (int, bool) {
	help := hookHelp
	if force != nil {
		help += "\nFlags:\n"
	}
	fs := newFlagSet("hook "+name, env, help)
	if force != nil {
		fs.BoolVar(force, "force", false, "replace a pre-commit hook that is not factlint's, keeping it as "+backupName)
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean, true
		}
		return ExitError, true
	}
	if len(rest) > 0 {
		errorf(env, "hook %s takes no arguments (got %q)", name, rest[0])
		return ExitError, true
	}
	return 0, false
}

// hookPaths finds the hook and its backup, and how to name them in
// messages.
type hookPaths struct {
	hook, backup string // absolute
	shown        string // the hook's path relative to the working directory, if below it
}

func findHook(env Env) (*hookPaths, error) {
	dir, err := gitx.HooksDir(context.Background(), env.Dir)
	if err != nil {
		if errors.Is(err, gitx.ErrNotRepository) {
			return nil, fmt.Errorf("%s is not in a git repository (%w)", env.Dir, err)
		}
		return nil, err
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(env.Dir, dir)
	}
	h := &hookPaths{hook: filepath.Join(dir, hookName), backup: filepath.Join(dir, backupName)}
	h.shown = h.hook
	if rel, err := filepath.Rel(env.Dir, h.hook); err == nil && !strings.HasPrefix(rel, "..") {
		h.shown = rel
	}
	return h, nil
}

// hookState is what is at a hook's path.
type hookState int

const (
	noHook hookState = iota
	ownHook
	foreignHook
)

func readHookState(path string) (hookState, error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return noHook, nil
	}
	if err != nil {
		return 0, err
	}
	if !st.Mode().IsRegular() {
		return foreignHook, nil // a link or anything else is not ours
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		if string(bytes.TrimSpace(line)) == hookMarker {
			return ownHook, nil
		}
	}
	return foreignHook, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func runHookInstall(args []string, env Env) int {
	var force bool
	if code, done := hookFlags("install", args, env, &force); done {
		return code
	}
	h, err := findHook(env)
	if err != nil {
		errorf(env, "hook install: %v", err)
		return ExitError
	}
	state, err := readHookState(h.hook)
	if err != nil {
		errorf(env, "hook install: %v", err)
		return ExitError
	}
	movedAside := false
	if state == foreignHook {
		if !force {
			errorf(env, "%s exists and is not factlint's hook; not replaced (use --force to replace it, keeping it as %s)", h.shown, backupName)
			return ExitError
		}
		if exists(h.backup) {
			errorf(env, "%s exists and is not factlint's hook, and %s already holds an earlier hook; move one of them away first", h.shown, backupName)
			return ExitError
		}
		if err := os.Rename(h.hook, h.backup); err != nil {
			errorf(env, "hook install: keeping the old hook: %v", err)
			return ExitError
		}
		movedAside = true
	}
	if err := os.MkdirAll(filepath.Dir(h.hook), 0o755); err != nil {
		errorf(env, "hook install: %v", err)
		return ExitError
	}
	exe := hookExecutable()
	if err := fsutil.WriteFileAtomicPerm(h.hook, []byte(hookScript(exe)), 0o755); err != nil {
		if movedAside {
			_ = os.Rename(h.backup, h.hook)
		}
		errorf(env, "hook install: %s: %v", h.shown, err)
		return ExitError
	}
	runs := "'factlint check --staged', with factlint from PATH"
	if exe != "" {
		runs = "'" + exe + " check --staged'"
	}
	verb := "installed"
	if state == ownHook {
		verb = "updated"
	}
	fmt.Fprintf(env.Stdout, "%s the pre-commit hook %s; it runs %s\n", verb, h.shown, runs)
	if movedAside {
		fmt.Fprintf(env.Stdout, "the previous hook is kept as %s; 'factlint hook uninstall' puts it back\n", backupName)
	}
	return ExitClean
}

func runHookUninstall(args []string, env Env) int {
	if code, done := hookFlags("uninstall", args, env, nil); done {
		return code
	}
	h, err := findHook(env)
	if err != nil {
		errorf(env, "hook uninstall: %v", err)
		return ExitError
	}
	state, err := readHookState(h.hook)
	if err != nil {
		errorf(env, "hook uninstall: %v", err)
		return ExitError
	}
	switch state {
	case noHook:
		fmt.Fprintf(env.Stdout, "no pre-commit hook is installed (%s); nothing to do\n", h.shown)
		return ExitClean
	case foreignHook:
		errorf(env, "%s is not factlint's hook; not removed", h.shown)
		return ExitError
	}
	if exists(h.backup) {
		// One rename puts the old hook back in place of factlint's.
		if err := os.Rename(h.backup, h.hook); err != nil {
			errorf(env, "hook uninstall: restoring %s: %v", backupName, err)
			return ExitError
		}
		fmt.Fprintf(env.Stdout, "removed factlint's pre-commit hook; restored the previous hook from %s\n", backupName)
		return ExitClean
	}
	if err := os.Remove(h.hook); err != nil {
		errorf(env, "hook uninstall: %v", err)
		return ExitError
	}
	fmt.Fprintf(env.Stdout, "removed the pre-commit hook %s\n", h.shown)
	return ExitClean
}

// hookExecutable is the factlint that the hook runs: the running one, by
// its absolute path, unless it is a temporary binary of 'go run' or
// 'go test', which is removed when it exits. "" means factlint on PATH.
func hookExecutable() string {
	exe, err := os.Executable()
	if err != nil || !filepath.IsAbs(exe) || strings.Contains(filepath.ToSlash(exe), "/go-build") {
		return ""
	}
	return exe
}

// hookScript is the pre-commit hook, a POSIX shell script. It runs exe if
// that is still there, else factlint on PATH, and fails the commit if
// there is neither.
func hookScript(exe string) string {
	return `#!/bin/sh
` + hookMarker + `
# Written by 'factlint hook install'; 'factlint hook uninstall' removes
# it (factlint knows it by the line above). It checks the staged articles
# against the other articles of the repository and refuses the commit when
# a finding is at or above the fail level (.factlint.toml's fail_level).
# 'git commit --no-verify' skips it once.
factlint=` + shellQuote(exe) + `
if [ -z "$factlint" ] || [ ! -x "$factlint" ]; then
	recorded=$factlint
	factlint=$(command -v factlint) || {
		echo "factlint pre-commit hook: factlint is not on PATH${recorded:+ (and $recorded is gone)}; install it, or run 'factlint hook uninstall'" >&2
		exit 1
	}
fi
exec "$factlint" check --staged
`
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
