package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jsonFindings runs check --format json with args in dir and returns the
// diagnostics.
func jsonFindings(t *testing.T, dir string, args ...string) []jsonFinding {
	t.Helper()
	out := checkIn(t, dir, append([]string{"--format", "json"}, args...)...)
	var run struct {
		Diagnostics []jsonFinding `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatalf("check output is not JSON: %v\n%s", err, out)
	}
	return run.Diagnostics
}

type jsonFinding struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Related []struct {
		File string `json:"file"`
	} `json:"related"`
}

// comparesFacts reports whether a finding comes from the rules that
// compare facts and dates between the articles of a story.
func comparesFacts(f jsonFinding) bool {
	for _, p := range []string{"fact.", "date.", "story."} {
		if strings.HasPrefix(f.Rule, p) {
			return true
		}
	}
	return false
}

// TestStoriesDirectoryGrouping checks the whole story corpus directory,
// with README.md and INJECTED.md, which name people and places of all
// seven stories: no fact or date finding in the clean articles, none
// that compares articles of two stories (each story is a directory), and
// no other finding anywhere.
func TestStoriesDirectoryGrouping(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// The story of a path: its directory under testdata/stories, or ""
	// for the documents at the top.
	storyOf := func(p string) string {
		dir := filepath.Dir(filepath.ToSlash(p))
		if dir == "testdata/stories" {
			return ""
		}
		return dir
	}
	findings := jsonFindings(t, root, "testdata/stories")
	checked := 0
	for _, f := range findings {
		if !comparesFacts(f) {
			continue
		}
		checked++
		if s := storyOf(f.File); s != "" {
			t.Errorf("false alarm in a clean article: %s:%d: %s [%s]", f.File, f.Line, f.Message, f.Rule)
		}
		for _, r := range f.Related {
			if storyOf(r.File) != storyOf(f.File) {
				t.Errorf("%s:%d: %s [%s] compares %s with %s", f.File, f.Line, f.Message, f.Rule, f.File, r.File)
			}
		}
	}
	// The documents are clean too: INJECTED.md lists misspelt names,
	// and tells factlint so.
	for _, f := range findings {
		if !comparesFacts(f) {
			t.Errorf("finding in the clean corpus: %s:%d: %s [%s]", f.File, f.Line, f.Message, f.Rule)
		}
	}
	t.Logf("%d findings, %d of the fact rules", len(findings), checked)
}

// roundup is a weekly digest naming people and places of three stories of
// testdata/stories, and no figure.
const roundup = `date 2024-05-20

The week in review

In the election the voters of Serevia turned against Prime Minister Ana
Korvel and her National Renewal, while Tomas Varnek and his Progress
Alliance celebrated in Lenport with the Farmers' League and the Greens.

The pensions march filled Liberty Avenue and Station Square in Korsa,
where the United Labour Federation told Anton Reisz and Sofia Lind that
the marchers from Ulmar, Teslin and Brenno would be back.

At Ellesmoor Crown Court, Judge Rosalind Tate sentenced Adrian Crewe of
Crewe Wealth Partners, whose Heritage Property Bond took the savings of
Margaret Dunmore; Lydia Fenn and Peter Okafor gave evidence.
`

// TestRoundupDoesNotMergeStories puts a round-up beside three stories: it
// is linked to articles of each, and must not make them one story (the
// protest and the election state durations that differ), while an error
// injected into one of them is still found.
func TestRoundupDoesNotMergeStories(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	setup := func(v *injected) string {
		dir := t.TempDir()
		for _, s := range []string{"election", "protest", "trial"} {
			var e *injected
			if v != nil && v.Dir == s {
				e = v
			}
			copyStory(t, root, dir, s, e)
		}
		if err := os.WriteFile(filepath.Join(dir, "roundup.md"), []byte(roundup), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}

	t.Run("clean", func(t *testing.T) {
		for _, f := range jsonFindings(t, setup(nil), ".") {
			if comparesFacts(f) {
				t.Errorf("false alarm: %s:%d: %s [%s]", f.File, f.Line, f.Message, f.Rule)
			}
		}
	})

	t.Run("injected", func(t *testing.T) {
		v := &injected{
			Name: "election-seats-won", Dir: "election", File: "tabloid.txt",
			Old: "Progress Alliance grabbed 78 seats", New: "Progress Alliance grabbed 87 seats",
		}
		found := false
		for _, f := range jsonFindings(t, setup(v), ".") {
			if !comparesFacts(f) {
				continue
			}
			if f.File == "election/tabloid.txt" && f.Rule == "fact.mismatch" && strings.Contains(f.Message, "87 seats") {
				found = true
				continue
			}
			t.Errorf("unexpected finding: %s:%d: %s [%s]", f.File, f.Line, f.Message, f.Rule)
		}
		if !found {
			t.Errorf("87 seats in election/tabloid.txt not found")
		}
	})
}
