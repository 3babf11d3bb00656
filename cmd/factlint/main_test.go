package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/factlint/factlint/internal/golden"
)

// binary is the factlint binary built once for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "factlint-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "factlint")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building factlint: " + err.Error())
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// factlint runs the binary from the repository root.
func factlint(t *testing.T, stdin string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestBinaryOnSeeds(t *testing.T) {
	out, stderr, code := factlint(t, "", nil, "check", "testdata/seeds")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	want, err := os.ReadFile("../../testdata/seeds.text.golden")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("the binary's output differs from testdata/seeds.text.golden")
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour when piped")
	}
	if !strings.HasPrefix(stderr, "5 files: 1 error, ") {
		t.Errorf("summary %q", stderr)
	}
}

func TestBinaryJSON(t *testing.T) {
	out, _, code := factlint(t, "", nil, "check", "testdata/seeds", "--format", "json", "--fail-level", "none")
	if code != 0 {
		t.Errorf("exit %d with --fail-level none, want 0", code)
	}
	var run struct {
		Tool         string `json:"tool"`
		Version      string `json:"version"`
		FilesChecked int    `json:"files_checked"`
		Diagnostics  []struct {
			File      string `json:"file"`
			Line      int    `json:"line"`
			Column    int    `json:"column"`
			EndLine   int    `json:"end_line"`
			EndColumn int    `json:"end_column"`
			Severity  string `json:"severity"`
			Rule      string `json:"rule"`
			Message   string `json:"message"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatalf("output is not the documented JSON: %v", err)
	}
	if run.Tool != "factlint" || run.Version == "" || run.FilesChecked != 5 || len(run.Diagnostics) == 0 {
		t.Errorf("run = %+v", run)
	}
	for _, d := range run.Diagnostics {
		if d.Line < 1 || d.Column < 1 || d.EndLine < d.Line || (d.EndLine == d.Line && d.EndColumn <= d.Column) {
			t.Errorf("bad range in %+v", d)
		}
		if d.Severity != "error" && d.Severity != "warning" && d.Severity != "info" {
			t.Errorf("severity %q", d.Severity)
		}
	}
}

func TestBinaryExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		env   []string
		args  []string
		want  int
	}{
		{"clean stdin", "The council met on Monday.\n", nil, []string{"check", "-"}, 0},
		{"usage", "", nil, []string{"check"}, 2},
		{"missing file", "", nil, []string{"check", "no/such/file.txt"}, 2},
		{"version", "", nil, []string{"version"}, 0},
		{"rules", "", nil, []string{"rules"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, stderr, code := factlint(t, tc.stdin, tc.env, tc.args...); code != tc.want {
				t.Errorf("exit %d, want %d; stderr %s", code, tc.want, stderr)
			}
		})
	}
}

func TestBinaryColorAlways(t *testing.T) {
	out, _, _ := factlint(t, "", []string{"NO_COLOR="}, "check", "--color=always", "testdata/seeds")
	if !strings.Contains(out, "\x1b[") {
		t.Errorf("no colour with --color=always")
	}
}
