package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/gitx/gittest"
	_ "github.com/factlint/factlint/internal/golden"
)

func TestHookInstallUninstall(t *testing.T) {
	r := gittest.New(t)
	hook := r.Path(".git/hooks/pre-commit")
	backup := r.Path(".git/hooks/pre-commit.factlint-backup")
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	out, stderr, code := runAt(t, r.Dir, "hook", "install")
	if code != ExitClean || !strings.HasPrefix(out, "installed the pre-commit hook "+filepath.Join(".git", "hooks", "pre-commit")) {
		t.Fatalf("install: exit %d\n%s%s", code, out, stderr)
	}
	script := read(hook)
	if !strings.HasPrefix(script, "#!/bin/sh\n"+hookMarker+"\n") || !strings.Contains(script, `exec "$factlint" check --staged`) {
		t.Errorf("hook:\n%s", script)
	}
	if st, err := os.Stat(hook); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("hook mode: %v %v", st, err)
	}
	// Installing again updates it, and makes it executable again.
	if err := os.Chmod(hook, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runAt(t, r.Dir, "hook", "install")
	if st, _ := os.Stat(hook); code != ExitClean || !strings.HasPrefix(out, "updated") || st.Mode().Perm() != 0o755 {
		t.Errorf("second install: exit %d %q %v", code, out, st.Mode())
	}
	if out, _, code := runAt(t, r.Dir, "hook", "uninstall"); code != ExitClean || !strings.HasPrefix(out, "removed") {
		t.Errorf("uninstall: exit %d %q", code, out)
	}
	if _, err := os.Lstat(hook); err == nil {
		t.Errorf("uninstall left the hook")
	}
	if out, _, code := runAt(t, r.Dir, "hook", "uninstall"); code != ExitClean || !strings.Contains(out, "nothing to do") {
		t.Errorf("uninstall without a hook: exit %d %q", code, out)
	}

	// A hook that is not factlint's is kept, unless --force moves it
	// aside; uninstall puts it back.
	foreign := "#!/bin/sh\necho the desk's own hook\n"
	if err := os.WriteFile(hook, []byte(foreign), 0o755); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runAt(t, r.Dir, "hook", "install")
	if code != ExitError || !strings.Contains(stderr, "is not factlint's hook; not replaced (use --force") || read(hook) != foreign {
		t.Errorf("install over a foreign hook: exit %d %q", code, stderr)
	}
	if _, stderr, code := runAt(t, r.Dir, "hook", "uninstall"); code != ExitError || !strings.Contains(stderr, "not factlint's hook; not removed") || read(hook) != foreign {
		t.Errorf("uninstall of a foreign hook: exit %d %q", code, stderr)
	}
	out, _, code = runAt(t, r.Dir, "hook", "install", "--force")
	if code != ExitClean || !strings.Contains(out, "kept as pre-commit.factlint-backup") {
		t.Errorf("install --force: exit %d %q", code, out)
	}
	if read(backup) != foreign || !strings.Contains(read(hook), hookMarker) {
		t.Errorf("install --force: backup %q, hook %q", read(backup), read(hook))
	}
	// A second foreign hook with a backup already there is refused.
	if err := os.WriteFile(hook, []byte("#!/bin/sh\necho another\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runAt(t, r.Dir, "hook", "install", "--force"); code != ExitError || !strings.Contains(stderr, "already holds an earlier hook") {
		t.Errorf("install --force with a backup: exit %d %q", code, stderr)
	}
	if _, _, code := runAt(t, r.Dir, "hook", "install", "--force"); code != ExitError || read(backup) != foreign {
		t.Errorf("the backup was overwritten")
	}
	if err := os.Remove(hook); err != nil {
		t.Fatal(err)
	}
	if _, _, code := runAt(t, r.Dir, "hook", "install"); code != ExitClean {
		t.Fatalf("install: exit %d", code)
	}
	out, _, code = runAt(t, r.Dir, "hook", "uninstall")
	if code != ExitClean || !strings.Contains(out, "restored the previous hook") || read(hook) != foreign {
		t.Errorf("uninstall with a backup: exit %d %q; hook %q", code, out, read(hook))
	}
	if _, err := os.Lstat(backup); err == nil {
		t.Errorf("the backup is still there")
	}
	if st, _ := os.Stat(hook); st.Mode().Perm() != 0o755 {
		t.Errorf("restored hook mode %v", st.Mode())
	}
}

// TestHookPathsAndUsage checks core.hooksPath (a directory that does not
// exist yet, relative to the top, from a subdirectory) and bad usage.
func TestHookPathsAndUsage(t *testing.T) {
	r := gittest.New(t)
	r.Git("config", "core.hooksPath", "githooks")
	r.Write("desk/a.txt", "x\n")
	out, stderr, code := runAt(t, r.Path("desk"), "hook", "install")
	if code != ExitClean || !strings.Contains(out, r.Path("githooks/pre-commit")) {
		t.Errorf("install with core.hooksPath: exit %d %q %q", code, out, stderr)
	}
	if _, err := os.Stat(r.Path("githooks/pre-commit")); err != nil {
		t.Errorf("no hook in core.hooksPath: %v", err)
	}
	for _, tc := range []struct {
		args   []string
		want   int
		stderr string
	}{
		{[]string{"hook"}, ExitError, "hook needs a subcommand"},
		{[]string{"hook", "remove"}, ExitError, `unknown hook subcommand "remove"`},
		{[]string{"hook", "install", "extra"}, ExitError, "takes no arguments"},
		{[]string{"hook", "uninstall", "--force"}, ExitError, "flag provided but not defined: -force"},
		{[]string{"hook", "--help"}, ExitClean, ""},
		{[]string{"hook", "install", "-h"}, ExitClean, "Usage: factlint hook install"},
	} {
		_, stderr, code := runAt(t, r.Dir, tc.args...)
		if code != tc.want || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("%q: exit %d, stderr %q", tc.args, code, stderr)
		}
	}
	if out, _, _ := runAt(t, r.Dir, "help"); !strings.Contains(out, "factlint hook install|uninstall") {
		t.Errorf("help does not list hook:\n%s", out)
	}
}

func TestHookScript(t *testing.T) {
	s := hookScript("/opt/it's here/factlint")
	if !strings.Contains(s, `factlint='/opt/it'\''s here/factlint'`) {
		t.Errorf("path not quoted for sh:\n%s", s)
	}
	if !strings.Contains(hookScript(""), "factlint=''\n") {
		t.Errorf("no path: the hook must fall back to PATH")
	}
}
