package checker

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// streamInputs are the seed articles, which disagree on facts and names,
// and a generated corpus, read lazily (Load) or not.
func streamInputs(t *testing.T, lazy bool) []Input {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var in []Input
	for _, p := range seeds {
		if lazy {
			in = append(in, Input{Path: p, Load: func() ([]byte, error) { return os.ReadFile(p) }})
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, Input{Path: p, Src: src})
	}
	// Every fifth generated article says its story's vehicle has three
	// times the armoured cars the others give: fact findings.
	cars := regexp.MustCompile(`\b(\d+) armoured cars`)
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 150, Bytes: 1200, Seed: 11}) {
		if i%5 == 4 {
			g.Text = cars.ReplaceAllFunc(g.Text, func(m []byte) []byte {
				n, _ := strconv.Atoi(string(cars.FindSubmatch(m)[1]))
				return []byte(strconv.Itoa(3*n) + " armoured cars")
			})
		}
		if lazy {
			text := g.Text
			in = append(in, Input{Path: g.Path, Load: func() ([]byte, error) { return text, nil }})
		} else {
			in = append(in, Input{Path: g.Path, Src: g.Text})
		}
	}
	// A wire dateline without a year, dated by its story's other
	// article and checked again: its findings and facts replace the
	// first ones in every kind of store. The later article gives fewer
	// dead, which a running toll cannot (more would be an update).
	for _, a := range [][2]string{
		{"wire/w.txt", "Quake kills dozens\n\nSOMETOWN, Country, Nov 8 (Some Wire) -\nThe quake struck on Wednesday, November 7, before dawn, killing 38 people."},
		{"wire/a.txt", "A headline\n\nBy Ann Example, Othertown, Saturday 9 November 2024\n\nThe quake struck before dawn on Thursday, killing 31 people."},
	} {
		path, src := a[0], []byte(a[1])
		if lazy {
			in = append(in, Input{Path: path, Load: func() ([]byte, error) { return src, nil }})
		} else {
			in = append(in, Input{Path: path, Src: src})
		}
	}
	return in
}

// TestStreamingFindsTheSame: reading the articles in the workers, keeping
// the facts in a temporary file, and any number of workers all give the
// same result, diagnostic for diagnostic, as a run in memory on one
// worker.
func TestStreamingFindsTheSame(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	want, err := Check(streamInputs(t, false), Options{Rules: set, Jobs: 1, Group: story.Dir})
	if err != nil {
		t.Fatal(err)
	}
	rulesSeen := map[string]bool{}
	redated := map[string]bool{}
	for _, d := range want.Diagnostics {
		rulesSeen[d.Rule] = true
		if d.File == "wire/w.txt" {
			redated[d.Rule] = true
		}
	}
	// The yearless wire is checked again with its story's year (a
	// weekday finding) and its new facts are compared (a figure).
	if !redated["date.calendar"] || !redated["fact.mismatch"] {
		t.Fatalf("the reference run did not date and compare the yearless wire: %v", redated)
	}
	for _, r := range []string{"fact.mismatch", "name.typo", "name.variant", "date.calendar"} {
		if !rulesSeen[r] {
			t.Fatalf("the reference run found no %s; the comparison would prove little (%v)", r, rulesSeen)
		}
	}
	if len(want.Notices) > 0 {
		t.Fatalf("notices: %v", want.Notices)
	}
	if keepAt <= len(streamInputs(t, false)) {
		t.Fatalf("the reference run encoded its facts (keepAt %d)", keepAt)
	}
	defer func(k, n int, d string) { keepAt, spillAt, spillDir = k, n, d }(keepAt, spillAt, spillDir)
	spillDir = t.TempDir()
	for _, c := range []struct {
		name  string
		lazy  bool
		keep  int
		spill int
		jobs  int
	}{
		{"lazy", true, 1 << 30, 1 << 30, 1},
		{"encoded", false, 10, 1 << 30, 1},
		{"lazy, encoded, 2 jobs", true, 10, 1 << 30, 2},
		{"spilled", false, 10, 10, 1},
		{"lazy, spilled, 2 jobs", true, 10, 10, 2},
		{"lazy, spilled, 7 jobs", true, 10, 10, 7},
	} {
		keepAt, spillAt = c.keep, c.spill
		var done, bytes atomic.Int64
		got, err := Check(streamInputs(t, c.lazy), Options{Rules: set, Jobs: c.jobs, Group: story.Dir, Progress: func(n int) { done.Add(1); bytes.Add(int64(n)) }})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the result differs from the one of a run in memory on one worker", c.name)
		}
		// Progress is called from the workers, once per article.
		if int(done.Load()) != len(streamInputs(t, false)) || bytes.Load() == 0 {
			t.Errorf("%s: progress counted %d files, %d bytes", c.name, done.Load(), bytes.Load())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(spillDir, "*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestLoadError: an article that cannot be read is an I/O notice, and the
// others are still checked.
func TestLoadError(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in := []Input{
		{Path: "gone.txt", Load: func() ([]byte, error) { return nil, errors.New("no such file or directory") }},
		{Path: "here.txt", Src: []byte("The council met on Monday.\n")},
	}
	res, err := Check(in, Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	if res.FilesChecked != 1 || len(res.Notices) != 1 || !res.Notices[0].IO || res.Notices[0].File != "gone.txt" || !strings.Contains(res.Notices[0].Message, "no such file") {
		t.Errorf("files checked %d, notices %+v; want 1 and one I/O notice for gone.txt", res.FilesChecked, res.Notices)
	}
}

// TestEncodeAll: facts kept as the rules returned them, then encoded
// because two stories share an article, decode to what was kept, and
// disjoint tells stories that share an article from those that do not.
func TestEncodeAll(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in := streamInputs(t, false)[:12]
	s := newFactStore(len(in), len(set.Rules), t.TempDir())
	if s.kept == nil {
		t.Fatalf("a run of %d articles encoded its facts (keepAt %d)", len(in), keepAt)
	}
	var corpusRules []int
	for ri, r := range set.Rules {
		if _, ok := r.(rules.CorpusRule); ok {
			corpusRules = append(corpusRules, ri)
		}
	}
	var kept []any
	for i, x := range in {
		r := checkArticle(x, i, set)
		for _, ri := range corpusRules {
			if err := s.put(i, ri, r.facts[ri]); err != nil {
				t.Fatal(err)
			}
			f, _, _ := s.getRules(i, []int{ri})
			kept = append(kept, f[0])
		}
	}
	if err := s.encodeAll(); err != nil {
		t.Fatal(err)
	}
	k, some := 0, false
	for i := range in {
		for _, ri := range corpusRules {
			fs, datas, err := s.getRules(i, []int{ri})
			var f any
			var data []byte
			if err == nil {
				f, data = fs[0], datas[0]
			}
			if err != nil || f != nil || (data == nil) != (kept[k] == nil) {
				t.Fatalf("article %d, rule %d: got %v, %d bytes, %v; want encoded facts (none for none)", i, ri, f, len(data), err)
			}
			var got any
			if data != nil {
				if got, err = rules.DecodeFacts(data); err != nil {
					t.Fatal(err)
				}
			}
			if !reflect.DeepEqual(got, kept[k]) {
				t.Errorf("article %d, rule %d: decoded facts differ from the kept ones", i, ri)
			}
			some = some || kept[k] != nil
			k++
		}
	}
	if !some {
		t.Fatal("no article had facts; the test proves nothing")
	}
	for _, c := range []struct {
		stories [][]int
		want    bool
	}{
		{[][]int{{0, 2}, {1}, {3}}, true},
		{[][]int{{0, 2}, {1, 2}}, false},
		{[][]int{{0, 4}}, false},
	} {
		if got := disjoint(c.stories, 4); got != c.want {
			t.Errorf("disjoint(%v) = %v, want %v", c.stories, got, c.want)
		}
	}
}

// BenchmarkCheckKept is BenchmarkCheck (2,000 generated articles) with
// the facts kept as the rules returned them between the two stages, as
// in a run of fewer than keepAt articles.
func BenchmarkCheckKept(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	defer func(k int) { keepAt = k }(keepAt)
	keepAt = 1 << 30
	var in []Input
	n := 0
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 2000, Seed: 1}) {
		in = append(in, Input{Path: g.Path, Src: g.Text})
		n += len(g.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Check(in, Options{Rules: set}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSpillWriteError: when the temporary file cannot be written (a full
// disk), the facts pending for it stay in memory, and every fact read
// back, from the file or from memory, is the one put: it decodes to what
// the archive's encoding of the same facts decodes to (the store's bytes
// are its own encoding, rules.EncodeStoreFactsTo, whose names facts are
// not written in the same order twice).
func TestSpillWriteError(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	defer func(k, n int) { keepAt, spillAt = k, n }(keepAt, spillAt)
	keepAt, spillAt = 1, 1
	in := streamInputs(t, false)[:8]
	s := newFactStore(len(in), len(set.Rules), t.TempDir())
	defer s.close()
	if s.file == nil {
		t.Fatal("the store made no file")
	}
	var corpusRules []int
	for ri, r := range set.Rules {
		if _, ok := r.(rules.CorpusRule); ok {
			corpusRules = append(corpusRules, ri)
		}
	}
	want := map[int]any{}
	for i, x := range in {
		if i == len(in)/2 {
			// The first half reaches the file; the rest meets a
			// file that can no longer be written.
			s.mu.Lock()
			s.flushLocked()
			s.mu.Unlock()
			if s.err != nil || s.size == 0 {
				t.Fatalf("first flush: %v, %d bytes", s.err, s.size)
			}
			// The file is unlinked; a read-only copy of it takes its
			// place, so that writes fail and reads still work.
			written := make([]byte, s.size)
			if _, err := s.file.ReadAt(written, 0); err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(t.TempDir(), "facts")
			if err := os.WriteFile(name, written, 0o400); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			_ = s.file.Close()
			s.file = f
		}
		r := checkArticle(x, i, set)
		for _, ri := range corpusRules {
			// Encoded and asked whether empty before put, which
			// recycles the claims and anchors it encodes.
			data, err := rules.EncodeFacts(r.facts[ri])
			if err != nil {
				t.Fatal(err)
			}
			empty := rules.Empty(r.facts[ri])
			if err := s.put(i, ri, r.facts[ri]); err != nil {
				t.Fatal(err)
			}
			if empty || string(data) == string(noFacts) {
				continue // no facts are not kept
			}
			if want[i*len(set.Rules)+ri], err = rules.DecodeFacts(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := range in {
		_, got, err := s.getRules(i, corpusRules)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		for j, ri := range corpusRules {
			if msg := samePut(got[j], want[i*len(set.Rules)+ri]); msg != "" {
				t.Errorf("article %d, rule %d: %s", i, ri, msg)
			}
		}
	}
	// A story's facts read at once (getStory), from the file and from
	// memory, in any order of its articles, are those put.
	for _, st := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {7, 2, 5, 0}, {3}, {6, 1}} {
		_, got, err := s.getStory(st, corpusRules, nil)
		if err != nil {
			t.Fatalf("story %v: %v", st, err)
		}
		for k, i := range st {
			for j, ri := range corpusRules {
				if msg := samePut(got[k][j], want[i*len(set.Rules)+ri]); msg != "" {
					t.Errorf("story %v, article %d, rule %d: %s", st, i, ri, msg)
				}
			}
		}
	}
	if s.err == nil {
		t.Error("writing to a read-only file did not fail; the test proves nothing")
	}
	if len(want) == 0 {
		t.Error("no facts were put; the test proves nothing")
	}
}

// samePut says how the encoded facts read back from a store differ from
// the facts put (nil: none kept), or "" if they do not.
func samePut(got []byte, want any) string {
	if want == nil {
		if got != nil {
			return fmt.Sprintf("read back %d bytes, where no facts were put", len(got))
		}
		return ""
	}
	if got == nil {
		return "read back nothing"
	}
	f, err := rules.DecodeFacts(got)
	if err != nil {
		return err.Error()
	}
	if !reflect.DeepEqual(f, want) {
		return fmt.Sprintf("read back %+v, want %+v", f, want)
	}
	return ""
}
