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
	type variant struct{ name, jobs string }
	// Every spelling in text, at one worker and at eight; the other
	// formats at one and eight workers, which is where order could
	// differ.
	var variants []variant
	for name := range spellings {
		variants = append(variants, variant{name, "1"}, variant{name, "8"})
	}
	for _, format := range []string{"text", "json", "sarif", "checkstyle", "rdjsonl"} {
		vs := variants
		if format != "text" {
			vs = []variant{{"directory", "1"}, {"directory", "8"}, {"files reversed, twice", "8"}}
		}
		var want, wantName string
		for _, v := range append(vs, vs[0]) { // the first again: a second run
			args := append([]string{"check", "--format", format, "--jobs", v.jobs}, spellings[v.name]...)
			out, errs, code := runIn(dir, "", args...)
			if code != ExitFindings {
				t.Fatalf("%s: exit %d\n%s", strings.Join(args, " "), code, errs)
			}
			label := v.name + ", --jobs " + v.jobs
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
