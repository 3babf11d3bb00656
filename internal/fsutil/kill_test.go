package fsutil

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// midWriteMarker is printed by a child process paused in the middle of a
// write.
const midWriteMarker = "FSUTIL-MID-WRITE"

// TestMain turns the test binary into the writing child when
// FSUTIL_CHILD_WRITE names a file: it writes to it, pauses mid-write and
// waits to be killed.
func TestMain(m *testing.M) {
	if p := os.Getenv("FSUTIL_CHILD_WRITE"); p != "" {
		TestHookMidWrite = PauseForKill
		_ = WriteFileAtomic(p, bytes.Repeat([]byte("new "), 1<<18), 0o644)
		os.Exit(3) // not reached: the parent kills the child first
	}
	os.Exit(m.Run())
}

// PauseForKill tells the parent (on standard output) that a write is half
// done and blocks until the process is killed.
func PauseForKill() {
	_, _ = os.Stdout.WriteString(midWriteMarker + "\n")
	select {}
}

// KillMidWrite starts cmd, waits for it to pause in the middle of a write
// (PauseForKill), runs check, kills it with SIGKILL and waits for it.
func KillMidWrite(t *testing.T, cmd *exec.Cmd, check func()) {
	t.Helper()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	paused := false
	for sc.Scan() {
		if sc.Text() == midWriteMarker {
			paused = true
			break
		}
	}
	if paused {
		check()
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if !paused {
		t.Fatalf("the child never reached the middle of a write; stderr:\n%s", stderr.String())
	}
}

// TestKilledMidWriteKeepsOriginal kills a real process in the middle of
// WriteFileAtomic: the original file is intact, with its mode, both while
// the writer is paused and after it died.
func TestKilledMidWriteKeepsOriginal(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "article.md")
	orig := []byte("the original copy\n")
	if err := os.WriteFile(p, orig, 0o640); err != nil {
		t.Fatal(err)
	}
	intact := func(when string) {
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, orig) {
			t.Errorf("%s: content %.40q, %v; want the original", when, got, err)
		}
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o640 {
			t.Errorf("%s: mode changed: %v %v", when, st.Mode(), err)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FSUTIL_CHILD_WRITE="+p)
	sawTemp := false
	KillMidWrite(t, cmd, func() {
		intact("writer paused")
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			sawTemp = sawTemp || strings.HasPrefix(e.Name(), ".article.md.")
		}
	})
	intact("writer killed")
	if !sawTemp {
		t.Error("no temporary file while the writer was paused: the data went elsewhere")
	}
	// The next write succeeds and keeps the mode.
	if err := WriteFileAtomic(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("content after a clean write: %q", got)
	}
}
