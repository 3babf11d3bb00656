package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// visit is the article of the examples in docs/output.md.
const visit = "Putin arrived on Monday. Officials said Putin would stay.\nOn Tuesday Putin met the café owner, and later Putting toured the port.\nHe met Mr. This was the last stop.\n"

// docBlock returns the first fenced block of kind (json, xml, or "" for a
// bare fence) after the heading in doc.
func docBlock(t *testing.T, doc, heading, kind string) string {
	t.Helper()
	_, after, ok := strings.Cut(doc, "\n"+heading+"\n")
	if !ok {
		t.Fatalf("no heading %q in docs/output.md", heading)
	}
	_, block, ok := strings.Cut(after, "\n```"+kind+"\n")
	if !ok {
		t.Fatalf("no ```%s block after %q", kind, heading)
	}
	block, _, _ = strings.Cut(block, "\n```\n")
	return block + "\n"
}

// sameJSON reports whether two JSON texts hold the same value, whatever
// their layout.
func sameJSON(t *testing.T, a, b string) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal([]byte(a), &va); err != nil {
		t.Fatalf("%v in %s", err, a)
	}
	if err := json.Unmarshal([]byte(b), &vb); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
	return reflect.DeepEqual(va, vb)
}

// TestOutputDocExamples: the examples of the formats in docs/output.md
// are what factlint prints for visit.txt.
func TestOutputDocExamples(t *testing.T) {
	data, err := os.ReadFile("../../docs/output.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, filepath.Join(dir, "visit.txt"), visit)
	out := func(format string) string {
		o, stderr, code := run(t, "", nil, "check", "--format", format, "visit.txt")
		if code != ExitFindings {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		return o
	}
	if got, want := out("github"), docBlock(t, doc, "### GitHub Actions", ""); got != want {
		t.Errorf("github:\n got %s\nwant %s", got, want)
	}
	if got, want := out("rdjsonl"), docBlock(t, doc, "### reviewdog: rdjson and rdjsonl", ""); got != want {
		t.Errorf("rdjsonl:\n got %s\nwant %s", got, want)
	}
	if got, want := out("checkstyle"), docBlock(t, doc, "### Checkstyle", "xml"); got != want {
		t.Errorf("checkstyle:\n got %s\nwant %s", got, want)
	}
	// The JSON examples show part of the report, laid out for reading.
	var issues []json.RawMessage
	if err := json.Unmarshal([]byte(out("gitlab")), &issues); err != nil {
		t.Fatal(err)
	}
	if want := docBlock(t, doc, "### GitLab Code Quality", "json"); !sameJSON(t, "["+string(issues[0])+"]", want) {
		t.Errorf("gitlab: the first issue is\n%s\nnot\n%s", issues[0], want)
	}
	var log struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out("sarif")), &log); err != nil {
		t.Fatal(err)
	}
	if want := docBlock(t, doc, "### SARIF", "json"); !sameJSON(t, string(log.Runs[0].Results[0]), want) {
		t.Errorf("sarif: the first result is\n%s\nnot\n%s", log.Runs[0].Results[0], want)
	}
}

// TestRulesDocListing: the listing of `factlint rules` in docs/rules.md
// is what factlint prints with the default pack, sources and their line
// numbers included, so the pack cannot grow past its documentation.
func TestRulesDocListing(t *testing.T) {
	data, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(data), "\n$ factlint rules\n")
	if !ok {
		t.Fatal(`no "$ factlint rules" example in docs/rules.md`)
	}
	want, _, _ := strings.Cut(after, "\n```\n")
	want, _, _ = strings.Cut(want, "\n$ ")
	t.Chdir(t.TempDir())
	got, stderr, code := run(t, "", nil, "rules")
	if code != ExitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got != want+"\n" {
		t.Errorf("docs/rules.md lists\n%s\nfactlint rules prints\n%s", want, got)
	}
}
