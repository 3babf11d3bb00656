package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/factlint/factlint/internal/golden"
)

// variant is one seed variant of testdata/variants/variants.toml.
type variant struct {
	Name, File, Old, New string
}

func loadVariants(t *testing.T, root string) []variant {
	t.Helper()
	var spec struct{ Variant []variant }
	md, err := toml.DecodeFile(filepath.Join(root, "testdata/variants/variants.toml"), &spec)
	if err != nil {
		t.Fatal(err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Fatalf("variants.toml: unknown keys %v", u)
	}
	return spec.Variant
}

// edit is one replacement in one file of a copied directory.
type edit struct {
	Name, File, Old, New string
}

// copyDir copies the files of src to dst, making the edit (if any): its
// old text must occur exactly once in its file.
func copyDir(t *testing.T, src, dst string, e *edit) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	done := e == nil
	for _, f := range entries {
		b, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e != nil && f.Name() == e.File {
			if n := bytes.Count(b, []byte(e.Old)); n != 1 {
				t.Fatalf("%s: %q occurs %d times in %s, want once", e.Name, e.Old, n, e.File)
			}
			b = bytes.Replace(b, []byte(e.Old), []byte(e.New), 1)
			done = true
		}
		if err := os.WriteFile(filepath.Join(dst, f.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !done {
		t.Fatalf("%s: no file %s in %s", e.Name, e.File, src)
	}
}

// writeSeeds copies the seeds to dir/seeds, with one replacement made.
func writeSeeds(t *testing.T, root, dir string, v *variant) {
	t.Helper()
	var e *edit
	if v != nil {
		e = &edit{Name: v.Name, File: v.File, Old: v.Old, New: v.New}
	}
	copyDir(t, filepath.Join(root, "testdata/seeds"), filepath.Join(dir, "seeds"), e)
}

// checkIn runs factlint in dir and returns its standard output.
func checkIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	e := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Dir: dir, IsTerminal: func(io.Writer) bool { return false }}
	if code := Main(append([]string{"check"}, args...), e); code == ExitError {
		t.Fatalf("exit %d; stderr:\n%s", code, errb.String())
	}
	return out.String()
}

// packConfig writes a config that adds the example story pack.
func packConfig(t *testing.T, root, dir string) string {
	t.Helper()
	// A configuration reads rule files from its own directory: the pack
	// is copied beside it.
	pack, err := os.ReadFile(filepath.Join(root, "rules/examples/kim-putin-summit-2023.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "story-pack.toml"), pack, 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "pack.toml")
	if err := os.WriteFile(p, []byte("rule_files = [\"story-pack.toml\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// factFindings keeps the lines of fact findings (and their notes).
func factFindings(out string) string {
	return findingsOf(out, "[fact.", "[story.", "[date.")
}

// findingsOf keeps the lines of the findings of rules whose ids start as
// one of tags ("[fact."), and their notes.
func findingsOf(out string, tags ...string) string {
	var b strings.Builder
	keep := false
	for _, line := range strings.SplitAfter(out, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, " ") {
			keep = slices.ContainsFunc(tags, func(tag string) bool { return strings.Contains(line, tag) })
		}
		if keep {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestSeedVariants checks that each changed fact is found, at the right
// place, with the default rules and with the example story pack.
func TestSeedVariants(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range loadVariants(t, root) {
		t.Run(v.Name, func(t *testing.T) {
			dir := t.TempDir()
			writeSeeds(t, root, dir, &v)
			cfg := packConfig(t, root, dir)
			plain := factFindings(checkIn(t, dir, "seeds"))
			withPack := factFindings(checkIn(t, dir, "--config", cfg, "seeds"))
			golden.Check(t, filepath.Join(root, "testdata/variants", v.Name+".golden"), []byte(plain))
			golden.Check(t, filepath.Join(root, "testdata/variants", v.Name+".pack.golden"), []byte(withPack))
			if withPack == "" {
				t.Errorf("the example pack finds nothing in variant %s", v.Name)
			}
			if !strings.Contains(plain+withPack, "seeds/"+v.File+":") {
				t.Errorf("no finding in the changed file %s:\n%s%s", v.File, plain, withPack)
			}
		})
	}
}

// TestSeedsAgree checks that the unchanged seeds give no fact finding:
// they agree on every fact, and agreement is never reported.
func TestSeedsAgree(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeSeeds(t, root, dir, nil)
	cfg := packConfig(t, root, dir)
	if got := factFindings(checkIn(t, dir, "seeds")); got != "" {
		t.Errorf("fact findings on the seeds:\n%s", got)
	}
	if got := factFindings(checkIn(t, dir, "--config", cfg, "seeds")); got != "" {
		t.Errorf("fact findings on the seeds with the example pack:\n%s", got)
	}
}
