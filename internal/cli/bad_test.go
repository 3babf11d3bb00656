package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badCase is one kind of hostile input: the files it makes in a fresh
// directory (beside good.txt, an article with one misspelt name), the
// paths given to check, and what is expected.
type badCase struct {
	name string
	// setup makes the case's files in dir and returns the paths to
	// check besides good.txt (nil for good.txt alone).
	setup func(t *testing.T, dir string) []string
	// beforeRead, if set, runs before each file is read.
	beforeRead func(path string)
	config     string // the configuration, "" for the defaults
	args       []string
	stdin      string
	code       int
	stderr     []string // parts of standard error, in order
	stdout     []string // parts of standard output
	// maxAlloc, if set, bounds the bytes allocated by the run.
	maxAlloc uint64
}

// badDir is testdata/bad, made absolute before the tests change the
// working directory.
var badDir, _ = filepath.Abs(filepath.Join("..", "..", "testdata", "bad"))

// copyBad copies files of testdata/bad into dir.
func copyBad(t *testing.T, dir string, names ...string) []string {
	t.Helper()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(badDir, n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return names
}

// goodFinding is the finding of good.txt, which every case must still
// report: everything else is still checked.
const goodFinding = `good.txt:1:81: error: "Genvea" looks like a misspelling of "Geneva"`

func badCases() []badCase {
	return []badCase{
		{name: "empty file", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "empty.txt") },
			code: ExitFindings, stderr: []string{"2 files: 1 error"}},
		{name: "only whitespace", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "whitespace.txt") },
			code: ExitFindings, stderr: []string{"2 files: 1 error"}},
		{name: "invalid UTF-8 and encoded surrogates", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "invalid-utf8.txt") },
			code:   ExitFindings,
			stdout: []string{"invalid-utf8.txt:1:25: error: invalid UTF-8 byte 0xff (replaced by U+FFFD for checking) [file.encoding]", "invalid-utf8.txt:1:32: error: invalid UTF-8 byte 0xed", "invalid-utf8.txt:1:71: error: invalid UTF-8 byte 0xc0"},
			stderr: []string{"2 files: 11 errors"}},
		{name: "UTF-16 LE with a BOM", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "utf16le.txt") },
			code: ExitFindings, stderr: []string{"factlint: utf16le.txt: UTF-16 encoded file; save it as UTF-8 to check it", "1 file: 1 error"}},
		{name: "UTF-16 BE with a BOM", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "utf16be.md") },
			code: ExitFindings, stderr: []string{"factlint: utf16be.md: UTF-16 encoded file; save it as UTF-8 to check it", "1 file: 1 error"}},
		{name: "NUL bytes", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "nul.txt") },
			code: ExitFindings, stderr: []string{"factlint: nul.txt: binary file (it contains NUL bytes); skipped", "1 file: 1 error"}},
		{name: "unterminated front matter", setup: func(t *testing.T, dir string) []string { return copyBad(t, dir, "unterminated.md") },
			code:   ExitFindings,
			stdout: []string{"unterminated.md:1:1: warning: front matter opened here is never closed by a --- line; the file is read as copy [file.front-matter]"},
			stderr: []string{"2 files: 2 errors, 1 warning"}},
		{name: "deeply nested HTML", setup: func(t *testing.T, dir string) []string {
			deep := strings.Repeat("<div><span>", 50000) + "<p>Officials in Geneva met.</p>" + strings.Repeat("</span></div>", 50000)
			writeFile(t, filepath.Join(dir, "deep.html"), deep)
			return []string{"deep.html"}
			// One story with good.txt (too short to be linked to it), so
			// that deep.html's "Geneva" counts in the typo's message.
		}, args: []string{"--group", "all"}, code: ExitFindings, stdout: []string{`(named 4 times in 2 articles)`}, stderr: []string{"2 files: 1 error"}},
		{name: "a 50 MB file on one line is not read", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "big.txt"), strings.Repeat("Geneva ", 50<<20/7))
			return []string{"big.txt"}
		}, code: ExitFindings, maxAlloc: 8 << 20,
			stderr: []string{"factlint: big.txt: file too large (50.0 MiB); skipped (the limit is 10 MiB: --max-file-size or max_file_size in the config)", "1 file: 1 error"}},
		{name: "a file over max_file_size of the config", config: "max_file_size = \"1KiB\"\n", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "long.md"), strings.Repeat("Geneva. ", 200))
			return []string{"long.md"}
		}, code: ExitFindings, stderr: []string{"factlint: long.md: file too large (1.6 KiB); skipped (the limit is 1 KiB", "1 file: 1 error"}},
		{name: "standard input over --max-file-size", args: []string{"--max-file-size", "100"}, stdin: strings.Repeat("x", 101),
			setup: func(*testing.T, string) []string { return []string{"-"} },
			code:  ExitFindings, stderr: []string{"factlint: <stdin>: larger than 100 bytes; skipped", "1 file: 1 error"}},
		{name: "100,000 tiny files", setup: func(t *testing.T, dir string) []string {
			many := filepath.Join(dir, "many")
			for i := range 100 {
				sub := filepath.Join(many, fmt.Sprintf("d%02d", i))
				if err := os.MkdirAll(sub, 0o755); err != nil {
					t.Fatal(err)
				}
				for j := range 1000 {
					writeFile(t, filepath.Join(sub, fmt.Sprintf("f%03d.txt", j)), "Talks.\n")
				}
			}
			return []string{"many"}
		}, code: ExitFindings, stderr: []string{"100001 files: 1 error"}},
		{name: "a link that loops, given", setup: func(t *testing.T, dir string) []string {
			symlink(t, "loop.txt", filepath.Join(dir, "loop.txt"))
			return []string{"loop.txt"}
		}, code: ExitError, stderr: []string{"factlint: loop.txt: too many levels of symbolic links", "1 file: 1 error"}},
		{name: "links that loop, in a directory", setup: func(t *testing.T, dir string) []string {
			sub := filepath.Join(dir, "sub")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			symlink(t, "loop.txt", filepath.Join(sub, "loop.txt"))
			symlink(t, "..", filepath.Join(sub, "up"))
			writeFile(t, filepath.Join(sub, "ok.txt"), "Talks went on.\n")
			return []string{"sub"}
		}, code: ExitFindings, stderr: []string{"factlint: " + filepath.Join("sub", "loop.txt") + ": too many levels of symbolic links; skipped", "2 files: 1 error"}},
		{name: "a file that disappears during the run", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "gone.txt"), "Talks.\n")
			return []string{"gone.txt"}
		}, beforeRead: func(p string) {
			if filepath.Base(p) == "gone.txt" {
				_ = os.Remove(p)
			}
		}, code: ExitError, stderr: []string{"factlint: gone.txt: no such file or directory", "1 file: 1 error"}},
		{name: "a file that becomes unreadable during the run (replaced by a directory)", setup: func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "odd.txt"), "Talks.\n")
			return []string{"odd.txt"}
		}, beforeRead: func(p string) {
			if filepath.Base(p) == "odd.txt" {
				_ = os.Remove(p)
				_ = os.Mkdir(p, 0o755)
			}
		}, code: ExitError, stderr: []string{"factlint: odd.txt: not a regular file", "1 file: 1 error"}},
		{name: "a FIFO is refused, not waited on", setup: func(t *testing.T, dir string) []string {
			if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
				t.Fatal(err)
			}
			return []string{"fifo.txt"}
		}, code: ExitError, stderr: []string{"factlint: fifo.txt: not a regular file", "1 file: 1 error"}},
		{name: "a file that does not exist", setup: func(*testing.T, string) []string { return []string{"nope.txt"} },
			code: ExitError, stderr: []string{"factlint: nope.txt: no such file or directory", "1 file: 1 error"}},
		{name: "the same file given twice and spelt differently", setup: func(t *testing.T, dir string) []string {
			symlink(t, "good.txt", filepath.Join(dir, "alias.txt"))
			return []string{"./good.txt", "good.txt", filepath.Join(dir, "good.txt"), "alias.txt", "."}
		}, code: ExitFindings, stderr: []string{"1 file: 1 error"}},
		{name: "standard input closed at once", setup: func(*testing.T, string) []string { return []string{"-"} },
			code: ExitFindings, stderr: []string{"2 files: 1 error"}},
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestBadInput runs check on each kind of hostile input beside an
// ordinary article: a clear message naming the file, the documented exit
// code, the ordinary article still checked, no panic, no goroutine left
// running and, where set, memory bounded.
func TestBadInput(t *testing.T) {
	for _, tc := range badCases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			copyBad(t, dir, "good.txt")
			writeFile(t, filepath.Join(dir, ".factlint.toml"), "# the defaults\n"+tc.config)
			paths := tc.setup(t, dir)
			testHookBeforeRead = tc.beforeRead
			defer func() { testHookBeforeRead = nil }()
			args := append([]string{"check"}, tc.args...)
			if !contains(paths, ".") {
				args = append(args, "good.txt")
			}
			args = append(args, paths...)

			before := runtime.NumGoroutine()
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			out, errs, code := runIn(dir, tc.stdin, args...)
			runtime.ReadMemStats(&ms1)

			if code != tc.code {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tc.code, clip(errs))
			}
			if !strings.Contains(out, goodFinding) || strings.Count(out, goodFinding) != 1 {
				t.Errorf("good.txt not checked once; stdout:\n%s", clip(out))
			}
			inOrder(t, "stderr", errs, tc.stderr)
			inOrder(t, "stdout", out, tc.stdout)
			if tc.maxAlloc > 0 && ms1.TotalAlloc-ms0.TotalAlloc > tc.maxAlloc {
				t.Errorf("allocated %d bytes, want at most %d: the file was read", ms1.TotalAlloc-ms0.TotalAlloc, tc.maxAlloc)
			}
			// Workers end with the run; give the scheduler a moment to
			// retire them before counting.
			deadline := time.Now().Add(5 * time.Second)
			for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if n := runtime.NumGoroutine(); n > before {
				t.Errorf("%d goroutines left running (before: %d)", n-before, before)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inOrder checks that the parts appear in s in order.
func inOrder(t *testing.T, what, s string, parts []string) {
	t.Helper()
	rest := s
	for _, p := range parts {
		i := strings.Index(rest, p)
		if i < 0 {
			t.Errorf("%s lacks (in order) %q:\n%s", what, p, clip(s))
			return
		}
		rest = rest[i+len(p):]
	}
}

// clip shortens long output in failure messages.
func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}
