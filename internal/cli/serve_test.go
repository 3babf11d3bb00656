package cli

import (
	"bufio"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeStopsOnSignal runs the built binary as a server over the seeds
// and stops it with SIGTERM and with SIGINT: it answers, then exits 0.
func TestServeStopsOnSignal(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "factlint")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/factlint")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building factlint: %v\n%s", err, out)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "testdata/seeds")
			cmd.Dir = "../.."
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { _ = cmd.Process.Kill() }()
			lines := bufio.NewScanner(stderr)
			if !lines.Scan() {
				t.Fatalf("no output: %v", lines.Err())
			}
			m := regexp.MustCompile(`^factlint serve: listening on (http://127\.0\.0\.1:\d+/) \(5 articles published\)$`).FindStringSubmatch(lines.Text())
			if m == nil {
				t.Fatalf("first line: %q", lines.Text())
			}
			resp, err := http.Get(m[1] + "healthz")
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(resp.Body)
			if cerr := resp.Body.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"articles":5`) {
				t.Fatalf("healthz: %d %s", resp.StatusCode, body)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			rest, _ := io.ReadAll(stderr)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("exit: %v; stderr: %s", err, rest)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the server did not stop within 20s")
			}
			if !strings.Contains(string(rest), "factlint serve: stopped") {
				t.Errorf("stderr after the signal: %q", rest)
			}
			if resp, err := http.Get(m[1] + "healthz"); err == nil {
				_ = resp.Body.Close()
				t.Error("the server still answers after stopping")
			}
		})
	}
}

func TestServeUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"serve", "--addr", "127.0.0.1:99999", "testdata/seeds"}, "--addr 127.0.0.1:99999"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "testdata/no-such-dir"}, "testdata/no-such-dir: no such file or directory"},
		{[]string{"serve", "--group", "story", "testdata/seeds"}, "--group"},
		{[]string{"serve", "--max-body", "0"}, "must be positive"},
		{[]string{"serve", "--config", "testdata/no-such.toml"}, "no-such.toml"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			t.Chdir("../..")
			_, stderr, code := run(t, "", nil, c.args...)
			if code != ExitError || !strings.Contains(stderr, c.msg) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, c.msg)
			}
		})
	}
}
