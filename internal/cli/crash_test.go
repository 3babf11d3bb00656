package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/archive"
	"github.com/factlint/factlint/internal/fsutil"
	"github.com/factlint/factlint/internal/gitx/gittest"
	"github.com/factlint/factlint/rules"
)

// crashMarker is printed by a child paused in the middle of a write.
const crashMarker = "FACTLINT-MID-WRITE"

// TestMain turns the test binary into a factlint child when
// FACTLINT_CRASH_ARGS holds its arguments (JSON): every atomic write
// pauses half done, tells the parent and waits to be killed.
func TestMain(m *testing.M) {
	if a := os.Getenv("FACTLINT_CRASH_ARGS"); a != "" {
		var args []string
		if err := json.Unmarshal([]byte(a), &args); err != nil {
			os.Exit(99)
		}
		pause := func() {
			_, _ = os.Stdout.WriteString("\n" + crashMarker + "\n")
			select {}
		}
		fsutil.TestHookMidWrite = pause
		archive.TestHookMidUpdate = pause
		os.Exit(Main(args, OSEnv()))
	}
	os.Exit(m.Run())
}

// TestKilledMidWrite runs --fix, --write-baseline, init --force and hook
// install in a real child process, kills it with SIGKILL in the middle of
// its write, and checks that the file it was replacing is intact, with
// its mode, both while the child is paused and after it died.
func TestKilledMidWrite(t *testing.T) {
	for _, tc := range []struct {
		name string
		// setup returns the working directory, the file written, its
		// original content and mode, and the arguments.
		setup func(t *testing.T) (dir, file string, mode os.FileMode, args []string)
	}{
		{"check --fix", func(t *testing.T) (string, string, os.FileMode, []string) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, ".factlint.toml"), "# the defaults\n")
			writeFile(t, filepath.Join(dir, "a.txt"), genevaTypo+"\n")
			return dir, "a.txt", 0o640, []string{"check", "--fix", "a.txt"}
		}},
		{"check --write-baseline", func(t *testing.T) (string, string, os.FileMode, []string) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, ".factlint.toml"), "# the defaults\n")
			writeFile(t, filepath.Join(dir, "a.txt"), genevaTypo+"\n")
			writeFile(t, filepath.Join(dir, "base.json"), `{"an": "older baseline"}`+"\n")
			return dir, "base.json", 0o600, []string{"check", "--write-baseline", "base.json", "a.txt"}
		}},
		{"init --force", func(t *testing.T) (string, string, os.FileMode, []string) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, ".factlint.toml"), "fail_level = \"warning\" # the desk's own\n")
			return dir, ".factlint.toml", 0o664, []string{"init", "--force"}
		}},
		{"hook install", func(t *testing.T) (string, string, os.FileMode, []string) {
			r := gittest.New(t)
			writeFile(t, r.Path(".git/hooks/pre-commit"), "#!/bin/sh\n"+hookMarker+"\n# an older factlint hook\n")
			return r.Dir, filepath.Join(".git", "hooks", "pre-commit"), 0o750, []string{"hook", "install"}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, file, mode, args := tc.setup(t)
			p := filepath.Join(dir, file)
			if err := os.Chmod(p, mode); err != nil {
				t.Fatal(err)
			}
			orig, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			intact := func(when string) {
				t.Helper()
				got, err := os.ReadFile(p)
				if err != nil || !bytes.Equal(got, orig) {
					t.Errorf("%s: %s is %q, %v; want the original %q", when, file, got, err, orig)
				}
				if st, err := os.Stat(p); err != nil || st.Mode().Perm() != mode {
					t.Errorf("%s: %s mode changed: %v", when, file, err)
				}
			}
			paused, kill := pauseChild(t, dir, args)
			if paused {
				intact("writer paused")
			}
			kill()
			intact("writer killed")
		})
	}
}

// pauseChild runs factlint with args in dir in a child process (this
// test binary, through TestMain) that pauses in the middle of its first
// write. It reports whether the child got there; kill kills it with
// SIGKILL and fails the test if it never got there.
func pauseChild(t *testing.T, dir string, args []string) (paused bool, kill func()) {
	t.Helper()
	a, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FACTLINT_CRASH_ARGS="+string(a), "NO_COLOR=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for sc := bufio.NewScanner(out); sc.Scan(); {
		if sc.Text() == crashMarker {
			paused = true
			break
		}
	}
	return paused, func() {
		t.Helper()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if !paused {
			t.Fatalf("the child never reached the middle of a write; stderr:\n%s", stderr.String())
		}
	}
}

// TestKilledMidIndex kills factlint index in the middle of its write
// transaction, while it re-indexes changed articles: the archive still
// opens, holds what it held before, answers check --archive as before,
// and the next index completes the work.
func TestKilledMidIndex(t *testing.T) {
	dir := seedArchiveDir(t)
	db := filepath.Join(t.TempDir(), "a.db")
	if _, stderr, code := run(t, "", nil, "index", "--archive", db, dir); code != 0 {
		t.Fatalf("index: %d %s", code, stderr)
	}
	draft := filepath.Join(t.TempDir(), "draft.txt")
	writeFile(t, draft, "North Korean leader Kim Jong Un met Russian President Vladimir Putting at the Vostochny Cosmodrome, where Putin showed him the launch pads.\n")
	before, _, code := run(t, "", nil, "check", "--archive", db, draft)
	if code != 1 {
		t.Fatalf("check --archive before: exit %d\n%s", code, before)
	}
	paths := func() map[string]archive.Key {
		t.Helper()
		set, err := rules.Load("")
		if err != nil {
			t.Fatal(err)
		}
		a, err := archive.Open(db, set.Fingerprint(Version))
		if err != nil {
			t.Fatalf("the archive does not open after the kill: %v", err)
		}
		defer func() { _ = a.Close() }()
		p, err := a.Paths()
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	want := paths()

	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	writeFile(t, files[0], "The council met on Monday and agreed the budget.\n")
	writeFile(t, filepath.Join(dir, "new.txt"), "The council will meet again on Friday.\n")
	paused, kill := pauseChild(t, dir, []string{"index", "--archive", db, dir})
	if !paused {
		kill()
	}
	kill()

	if got := paths(); !maps.Equal(got, want) {
		t.Errorf("after the kill the archive holds %d paths, want the %d it held before", len(got), len(want))
	}
	if after, _, _ := run(t, "", nil, "check", "--archive", db, draft); after != before {
		t.Errorf("check --archive after the kill:\n%s\nwant\n%s", after, before)
	}
	if _, stderr, code := run(t, "", nil, "index", "--archive", db, dir); code != 0 || !strings.Contains(stderr, "6 articles archived (2 indexed, 4 unchanged, 0 removed)") {
		t.Errorf("index after the kill: exit %d, %s", code, stderr)
	}
}
