package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeterministicOutput checks the same bytes for the same input across
// runs, worker counts and spellings of the paths, in every format.
func TestDeterministicOutput(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "testdata", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, filepath.Join(dir, ".factlint.toml"), "# the defaults\n")
	if err := os.Mkdir(filepath.Join(dir, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "seeds", e.Name()), string(b))
		files = append(files, e.Name())
	}
	spellings := map[string][]string{
		"directory":              {"seeds"},
		"directory with ./":      {"./seeds"},
		"directory with ../":     {"seeds/../seeds/"},
		"files":                  prefixed("seeds/", files),
		"files with ./":          prefixed("./seeds/", files),
		"files reversed, twice":  append(reversed(prefixed("./seeds/", files)), prefixed("seeds/", files)...),
		"directory and its file": {"seeds", "./seeds/" + files[0]},
	}
	for _, format := range []string{"text", "json", "sarif", "checkstyle", "rdjsonl"} {
		var want, wantName string
		for _, jobs := range []string{"1", "2", "8"} {
			for name, paths := range spellings {
				for run := range 2 {
					args := append([]string{"check", "--format", format, "--jobs", jobs}, paths...)
					out, errs, code := runIn(dir, "", args...)
					if code != ExitFindings {
						t.Fatalf("%s: exit %d\n%s", strings.Join(args, " "), code, errs)
					}
					label := name + ", --jobs " + jobs + ", run " + string(rune('1'+run))
					if want == "" {
						want, wantName = out, label
						continue
					}
					if out != want {
						t.Fatalf("%s output differs between %q and %q:\n%s\n---\n%s", format, wantName, label, clip(want), clip(out))
					}
				}
			}
		}
	}
}

func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}
