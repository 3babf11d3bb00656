package archive

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
	bolt "go.etcd.io/bbolt"
)

// extracted runs the per-article stage over a generated corpus.
func extracted(t *testing.T, set *rules.Set, n int) ([]checker.Input, []*checker.Extracted) {
	t.Helper()
	var in []checker.Input
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: n, Bytes: 1200, Seed: 3}) {
		in = append(in, checker.Input{Path: g.Path, Src: g.Text})
	}
	out := make([]*checker.Extracted, len(in))
	checker.Extract(in, checker.Options{Rules: set, Jobs: 2}, func(i int, e *checker.Extracted, err error) {
		if err != nil {
			t.Fatal(err)
		}
		out[i] = e
	})
	return in, out
}

func build(t *testing.T, path string, set *rules.Set, in []checker.Input, ex []*checker.Extracted) *Archive {
	t.Helper()
	a, rebuilt, err := OpenWrite(path, set.Fingerprint("test"))
	if err != nil || rebuilt {
		t.Fatalf("OpenWrite: %v, rebuilt %v", err, rebuilt)
	}
	err = a.Update(func(w *Write) error {
		for i, e := range ex {
			if err := w.Put(KeyOf(in[i].Path, in[i].Src), e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func paths(ps []checker.Prior) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}

// TestCandidatesAreTheStory: the archived articles found for an article
// are those of its story (the generator's directory), read back whole.
func TestCandidatesAreTheStory(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in, ex := extracted(t, set, 60)
	a := build(t, filepath.Join(t.TempDir(), "a.db"), set, in, ex)
	defer closeOK(t, a)
	if a.Len() != 60 {
		t.Errorf("Len = %d, want 60", a.Len())
	}
	got, err := a.Candidates([]string{""}, [][]string{ex[0].Terms})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range ex {
		if filepath.Dir(e.Path) == filepath.Dir(ex[0].Path) {
			want = append(want, e.Path)
		}
	}
	sort.Strings(want)
	if g := paths(got); len(want) < 2 || !equal(g, want) {
		t.Fatalf("candidates of %s: %v, want its story %v", ex[0].Path, g, want)
	}
	for _, p := range got {
		if p.Path != ex[0].Path {
			continue
		}
		if !equal(p.Terms, ex[0].Terms) || len(p.Facts) != len(ex[0].Facts) || p.Names == nil {
			t.Errorf("the archived record of %s differs from what was stored", p.Path)
		}
		for id, f := range ex[0].Facts {
			if !bytes.Equal(p.Facts[id], f) {
				t.Errorf("facts of %s differ", id)
			}
		}
	}
	// Remove takes the article out of the archive and of its index.
	if err := a.Update(func(w *Write) error { return w.Remove(ex[0].Path) }); err != nil {
		t.Fatal(err)
	}
	got, err = a.Candidates([]string{""}, [][]string{ex[0].Terms})
	if err != nil {
		t.Fatal(err)
	}
	if g := paths(got); len(g) != len(want)-1 || a.Len() != 59 {
		t.Errorf("after removing %s: %v (Len %d)", ex[0].Path, g, a.Len())
	}
}

func closeOK(t *testing.T, c io.Closer) {
	t.Helper()
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestStaleForeignDamaged: an archive is never trusted silently.
func TestStaleForeignDamaged(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in, ex := extracted(t, set, 8)
	path := filepath.Join(dir, "a.db")
	closeOK(t, build(t, path, set, in, ex))

	// Other rules or another version: stale for check, rebuilt by index.
	if _, err := Open(path, set.Fingerprint("other")); !errors.Is(err, ErrStale) {
		t.Errorf("Open with another fingerprint: %v, want ErrStale", err)
	}
	a, rebuilt, err := OpenWrite(path, set.Fingerprint("other"))
	if err != nil || !rebuilt || a.Len() != 0 {
		t.Fatalf("OpenWrite with another fingerprint: %v, rebuilt %v, %d articles; want an empty, rebuilt archive", err, rebuilt, a.Len())
	}
	closeOK(t, a)
	if _, err := Open(path, set.Fingerprint("test")); !errors.Is(err, ErrStale) {
		t.Errorf("the rebuilt archive opened with the old fingerprint: %v", err)
	}

	// A file that is not an archive is reported and left untouched.
	for _, n := range []int{5, 5000} {
		text := filepath.Join(dir, "notes.txt")
		orig := bytes.Repeat([]byte("not a database\n"), n)
		if err := os.WriteFile(text, orig, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(text, "x"); !errors.Is(err, ErrForeign) {
			t.Errorf("Open of a text file of %d bytes: %v, want ErrForeign", len(orig), err)
		}
		if _, _, err := OpenWrite(text, "x"); !errors.Is(err, ErrForeign) {
			t.Errorf("OpenWrite of a text file of %d bytes: %v, want ErrForeign", len(orig), err)
		}
		if got, _ := os.ReadFile(text); !bytes.Equal(got, orig) {
			t.Error("the text file was changed")
		}
	}
	// Another program's bbolt database.
	other := filepath.Join(dir, "other.db")
	db, err := bolt.Open(other, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("users")); return err }); err != nil {
		t.Fatal(err)
	}
	closeOK(t, db)
	if _, _, err := OpenWrite(other, "x"); !errors.Is(err, ErrForeign) {
		t.Errorf("OpenWrite of another program's database: %v, want ErrForeign", err)
	}
	if _, err := Open(filepath.Join(dir, "none.db"), "x"); !errors.Is(err, ErrMissing) {
		t.Errorf("Open of no file: %v, want ErrMissing", err)
	}

	// A damaged record is an error, not facts.
	path2 := filepath.Join(dir, "b.db")
	closeOK(t, build(t, path2, set, in, ex))
	db, err = bolt.Open(path2, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketArticles)
		k, v := b.Cursor().First()
		v = bytes.Clone(v)
		v[len(v)/2] ^= 0xff
		return b.Put(k, v)
	})
	if err != nil {
		t.Fatal(err)
	}
	closeOK(t, db)
	a, err = Open(path2, set.Fingerprint("test"))
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, a)
	var all [][]string
	var stories []string
	for _, e := range ex {
		all = append(all, e.Terms)
		stories = append(stories, "")
	}
	if _, err := a.Candidates(stories, all); !errors.Is(err, errDamaged) {
		t.Errorf("Candidates over a damaged record: %v, want a damaged-record error", err)
	}
}

// TestConcurrentReaders: several readers, in goroutines and with two
// handles on the file, get the same answers (run with -race).
func TestConcurrentReaders(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in, ex := extracted(t, set, 30)
	path := filepath.Join(t.TempDir(), "a.db")
	closeOK(t, build(t, path, set, in, ex))
	var readers []*Archive
	for range 2 {
		a, err := Open(path, set.Fingerprint("test"))
		if err != nil {
			t.Fatal(err)
		}
		defer closeOK(t, a)
		readers = append(readers, a)
	}
	want, err := readers[0].Candidates([]string{""}, [][]string{ex[5].Terms})
	if err != nil || len(want) == 0 {
		t.Fatalf("%v, %d candidates", err, len(want))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := readers[g%2].Candidates([]string{""}, [][]string{ex[5].Terms})
			if err != nil || !equal(paths(got), paths(want)) {
				t.Errorf("reader %d: %v, %v", g, err, paths(got))
			}
		}()
	}
	wg.Wait()
}
