// Package gittest makes temporary git repositories for tests, with the
// real git binary, isolated from the user's and the system's git
// configuration.
package gittest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Isolate skips the test if git is not on PATH, and otherwise sets the
// environment, for the rest of the test, so that git reads no global or
// system configuration, finds no repository above the test's temporary
// directories, and ignores the GIT_* variables of a hook that runs the
// tests. It must not be used in parallel tests (it calls t.Setenv).
func Isolate(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH: skipping a test that runs git")
	}
	home := t.TempDir()
	for _, k := range []string{
		"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
		"GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
		"GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_PREFIX",
		"GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_PAGER", "GIT_EDITOR",
	} {
		t.Setenv(k, "") // restored after the test
		if err := os.Unsetenv(k); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	// t.TempDir's directories share one parent: no repository is looked
	// for at or above it.
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(home))
	t.Setenv("GIT_AUTHOR_NAME", "Test Desk")
	t.Setenv("GIT_AUTHOR_EMAIL", "desk@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "Test Desk")
	t.Setenv("GIT_COMMITTER_EMAIL", "desk@example.com")
	t.Setenv("GIT_TERMINAL_PROMPT", "0")
}

// Repo is a temporary repository.
type Repo struct {
	t testing.TB
	// Dir is the top of the work tree, with symbolic links resolved (as
	// git prints it).
	Dir string
}

// New isolates git (see Isolate) and makes an empty repository in a
// temporary directory, with a local user name and e-mail and unsigned
// commits.
func New(t testing.TB) *Repo {
	t.Helper()
	Isolate(t)
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	r := &Repo{t: t, Dir: dir}
	r.Git("init", "-q", "--initial-branch=main")
	r.Git("config", "user.name", "Test Desk")
	r.Git("config", "user.email", "desk@example.com")
	r.Git("config", "commit.gpgsign", "false")
	r.Git("config", "core.autocrlf", "false")
	return r
}

// Git runs git in the repository and returns its standard output; a
// failure fails the test.
func (r *Repo) Git(args ...string) string {
	r.t.Helper()
	out, stderr, err := r.Try(args...)
	if err != nil {
		r.t.Fatalf("git %q: %v\n%s", args, err, stderr)
	}
	return out
}

// Try runs git in the repository and returns its output and error.
func (r *Repo) Try(args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		r.t.Fatalf("running git: %v", err)
	}
	return out.String(), errb.String(), err
}

// Path returns the absolute path of a slash-separated path of the work
// tree.
func (r *Repo) Path(name string) string {
	return filepath.Join(r.Dir, filepath.FromSlash(name))
}

// Write writes a file of the work tree, making its directories.
func (r *Repo) Write(name, content string) {
	r.t.Helper()
	p := r.Path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// Add stages files (paths relative to the top).
func (r *Repo) Add(names ...string) {
	r.t.Helper()
	r.Git(append([]string{"add", "--"}, names...)...)
}

// WriteAdd writes a file and stages it.
func (r *Repo) WriteAdd(name, content string) {
	r.t.Helper()
	r.Write(name, content)
	r.Add(name)
}

// Commit commits what is staged, without running hooks, and returns the
// new commit's id.
func (r *Repo) Commit(msg string) string {
	r.t.Helper()
	r.Git("commit", "-q", "--no-verify", "--allow-empty", "-m", msg)
	return r.Head()
}

// Head returns the id of HEAD.
func (r *Repo) Head() string {
	r.t.Helper()
	out := r.Git("rev-parse", "HEAD")
	return string(bytes.TrimSpace([]byte(out)))
}
