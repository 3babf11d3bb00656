package cli

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/sarifschema"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/rules"
)

// The seeds' one error, as every format must carry it.
const (
	typoFile   = "testdata/seeds/002_c0abcde98bb05141.txt"
	typoLine   = 5
	typoColumn = 34 // code points
	typoWord   = "Putting"
	seedsTotal = 16
)

// typoBytes returns the byte offset of the typo in its file and its
// 1-based byte column, computed here from the file, independently of
// factlint.
func typoBytes(t *testing.T) (offset, column int) {
	t.Helper()
	src, err := os.ReadFile(typoFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(src), "\n")
	lineStart := len(strings.Join(lines[:typoLine-1], ""))
	line := lines[typoLine-1]
	// The typo'th code point of the line.
	i := 0
	for range typoColumn - 1 {
		_, n := utf8.DecodeRuneInString(line[i:])
		i += n
	}
	if !strings.HasPrefix(line[i:], typoWord) {
		t.Fatalf("%q is not at %s:%d:%d", typoWord, typoFile, typoLine, typoColumn)
	}
	return lineStart + i, i + 1
}

func seedsIn(t *testing.T, format string) string {
	t.Helper()
	out, stderr, code := run(t, "", nil, "check", "--format", format, "testdata/seeds")
	if code != ExitFindings {
		t.Fatalf("%s: exit %d; stderr:\n%s", format, code, stderr)
	}
	return out
}

// enabledRules lists the ids that 'factlint rules' prints as on.
func enabledRules(t *testing.T) []string {
	t.Helper()
	out, _, _ := run(t, "", nil, "rules")
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(l)
		if f[2] != "off" {
			ids = append(ids, f[0])
		}
	}
	return ids
}

// TestSeedsRoundTrip reads every format's report of the seeds back into
// typed values and checks the finding that matters most.
func TestSeedsRoundTrip(t *testing.T) {
	t.Chdir("../..")
	typoOffset, typoByteColumn := typoBytes(t)

	t.Run("sarif", func(t *testing.T) {
		out := seedsIn(t, "sarif")
		if err := sarifschema.Validate([]byte(out)); err != nil {
			t.Fatalf("not valid SARIF 2.1.0: %v", err)
		}
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct {
						Name  string `json:"name"`
						Rules []struct {
							ID               string `json:"id"`
							ShortDescription struct{ Text string }
						} `json:"rules"`
					} `json:"driver"`
				} `json:"tool"`
				Results []struct {
					RuleID    string `json:"ruleId"`
					RuleIndex int    `json:"ruleIndex"`
					Level     string `json:"level"`
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI       string `json:"uri"`
								URIBaseID string `json:"uriBaseId"`
							} `json:"artifactLocation"`
							Region struct {
								StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
							} `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
					RelatedLocations []struct {
						ID int `json:"id"`
					} `json:"relatedLocations"`
					Fixes []struct {
						ArtifactChanges []struct {
							Replacements []struct {
								InsertedContent struct{ Text string }
							}
						}
					} `json:"fixes"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		r := log.Runs[0]
		var ids []string
		for _, rule := range r.Tool.Driver.Rules {
			ids = append(ids, rule.ID)
			if rule.ShortDescription.Text == "" {
				t.Errorf("rule %s has no short description", rule.ID)
			}
		}
		want := append(enabledRules(t), "file.encoding", "file.front-matter")
		slices.Sort(want)
		if !slices.Equal(ids, want) {
			t.Errorf("driver rules %v, want the enabled rules and the file rules, sorted: %v", ids, want)
		}
		if len(r.Results) != seedsTotal {
			t.Fatalf("%d results, want %d", len(r.Results), seedsTotal)
		}
		errors := 0
		for i, res := range r.Results {
			if ids[res.RuleIndex] != res.RuleID {
				t.Errorf("result %d: ruleIndex %d is %s, not %s", i, res.RuleIndex, ids[res.RuleIndex], res.RuleID)
			}
			for j, rl := range res.RelatedLocations {
				if rl.ID != j+1 || !strings.Contains(res.Message.Text, "]("+strconv.Itoa(rl.ID)+")") {
					t.Errorf("result %d: related location %d is not linked from %q", i, rl.ID, res.Message.Text)
				}
			}
			if res.RuleID != "name.typo" {
				continue
			}
			errors++
			loc := res.Locations[0].PhysicalLocation
			g := loc.Region
			if res.Level != "error" || loc.ArtifactLocation.URI != typoFile || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
				g.StartLine != typoLine || g.StartColumn != typoColumn || g.EndLine != typoLine || g.EndColumn != typoColumn+len(typoWord) ||
				g.ByteOffset != typoOffset || g.ByteLength != len(typoWord) {
				t.Errorf("name.typo result %+v", res)
			}
			if len(res.Fixes) != 1 || res.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != "Putin" {
				t.Errorf("name.typo fix %+v", res.Fixes)
			}
		}
		if errors != 1 {
			t.Errorf("%d name.typo results", errors)
		}
	})

	t.Run("rdjson", func(t *testing.T) {
		var doc struct {
			Source      struct{ Name string } `json:"source"`
			Diagnostics []rdDiagnostic        `json:"diagnostics"`
		}
		if err := json.Unmarshal([]byte(seedsIn(t, "rdjson")), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Source.Name != "factlint" {
			t.Errorf("source %+v", doc.Source)
		}
		checkRDSeeds(t, doc.Diagnostics, typoByteColumn)
	})

	t.Run("rdjsonl", func(t *testing.T) {
		var ds []rdDiagnostic
		for l := range strings.SplitSeq(strings.TrimSuffix(seedsIn(t, "rdjsonl"), "\n"), "\n") {
			var d rdDiagnostic
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			ds = append(ds, d)
		}
		checkRDSeeds(t, ds, typoByteColumn)
	})

	t.Run("gitlab", func(t *testing.T) {
		var issues []struct {
			Description string `json:"description"`
			CheckName   string `json:"check_name"`
			Fingerprint string `json:"fingerprint"`
			Severity    string `json:"severity"`
			Location    struct {
				Path  string
				Lines struct{ Begin, End int }
			} `json:"location"`
		}
		if err := json.Unmarshal([]byte(seedsIn(t, "gitlab")), &issues); err != nil {
			t.Fatal(err)
		}
		if len(issues) != seedsTotal {
			t.Fatalf("%d issues", len(issues))
		}
		seen := map[string]bool{}
		for _, is := range issues {
			if seen[is.Fingerprint] {
				t.Errorf("fingerprint %s twice", is.Fingerprint)
			}
			seen[is.Fingerprint] = true
			if is.CheckName == "name.typo" && (is.Severity != "major" || is.Location.Path != typoFile || is.Location.Lines.Begin != typoLine || is.Location.Lines.End != typoLine ||
				!strings.Contains(is.Description, `see testdata/seeds/000_60113713ec3ca20b.txt:2:131: "Putin" is named here`)) {
				t.Errorf("name.typo issue %+v", is)
			}
			if is.CheckName != "name.typo" && is.Severity != "minor" {
				t.Errorf("a warning is %q", is.Severity)
			}
		}
	})

	t.Run("checkstyle", func(t *testing.T) {
		var doc struct {
			Files []struct {
				Name   string `xml:"name,attr"`
				Errors []struct {
					Line     int    `xml:"line,attr"`
					Column   int    `xml:"column,attr"`
					Severity string `xml:"severity,attr"`
					Message  string `xml:"message,attr"`
					Source   string `xml:"source,attr"`
				} `xml:"error"`
			} `xml:"file"`
		}
		if err := xml.Unmarshal([]byte(seedsIn(t, "checkstyle")), &doc); err != nil {
			t.Fatal(err)
		}
		var names []string
		n := 0
		for _, f := range doc.Files {
			names = append(names, f.Name)
			n += len(f.Errors)
			for _, e := range f.Errors {
				if e.Source == "name.typo" && (f.Name != typoFile || e.Line != typoLine || e.Column != typoColumn || e.Severity != "error" || !strings.HasPrefix(e.Message, `"Putting" looks like`)) {
					t.Errorf("name.typo error %+v in %s", e, f.Name)
				}
			}
		}
		if n != seedsTotal || !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
			t.Errorf("%d errors in files %v", n, names)
		}
	})

	t.Run("github", func(t *testing.T) {
		out := seedsIn(t, "github")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		count := map[string]int{}
		for _, l := range lines[:len(lines)-1] {
			cmd, _, _ := strings.Cut(strings.TrimPrefix(l, "::"), " ")
			count[cmd]++
		}
		// 1 error and 15 warnings: 10 warnings fit.
		if count["error"] != 1 || count["warning"] != 10 || len(count) != 2 {
			t.Errorf("annotations %v", count)
		}
		if last := lines[len(lines)-1]; last != "::notice::factlint: 5 more warnings not shown as annotations; run factlint locally or use --format sarif" {
			t.Errorf("last line %q", last)
		}
		want := "::error file=" + typoFile + ",line=5,col=34,endLine=5,endColumn=40,title=factlint%3A name.typo::\"Putting\" looks like a misspelling of \"Putin\""
		if !strings.Contains(out, want) {
			t.Errorf("no annotation %s", want)
		}
	})
}

// rdDiagnostic is a reviewdog diagnostic read back.
type rdDiagnostic struct {
	Message  string
	Location struct {
		Path  string
		Range struct{ Start, End struct{ Line, Column int } }
	}
	Severity    string
	Code        struct{ Value string }
	Suggestions []struct {
		Text string
	}
	RelatedLocations []struct {
		Message  string
		Location struct{ Path string }
	} `json:"related_locations"`
}

func checkRDSeeds(t *testing.T, ds []rdDiagnostic, typoByteColumn int) {
	t.Helper()
	if len(ds) != seedsTotal {
		t.Fatalf("%d diagnostics", len(ds))
	}
	found := false
	for _, d := range ds {
		if d.Code.Value != "name.typo" {
			if d.Severity != "WARNING" {
				t.Errorf("%s: severity %s", d.Code.Value, d.Severity)
			}
			continue
		}
		found = true
		r := d.Location.Range
		if d.Severity != "ERROR" || d.Location.Path != typoFile || r.Start.Line != typoLine || r.Start.Column != typoByteColumn || r.End.Column != typoByteColumn+len(typoWord) ||
			len(d.Suggestions) != 1 || d.Suggestions[0].Text != "Putin" || len(d.RelatedLocations) != 1 || d.RelatedLocations[0].Message != `"Putin" is named here` {
			t.Errorf("name.typo diagnostic %+v", d)
		}
	}
	if !found {
		t.Error("no name.typo diagnostic")
	}
}

// TestGitLabFingerprintsThroughCLI: a finding keeps its fingerprint when
// lines are added above it, and two identical findings in one file have
// two.
func TestGitLabFingerprintsThroughCLI(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	body := "He met Mr. This happened later.\nShe met Mr. This happened again.\n"
	type issue struct {
		Fingerprint string
		Location    struct{ Lines struct{ Begin int } }
	}
	read := func(copyText string) []issue {
		writeFile(t, "a.txt", copyText)
		out, stderr, code := run(t, "", nil, "check", "--format", "gitlab", "a.txt")
		if code != ExitClean {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var is []issue
		if err := json.Unmarshal([]byte(out), &is); err != nil {
			t.Fatal(err)
		}
		if len(is) != 2 {
			t.Fatalf("%d issues, want the two identical warnings:\n%s", len(is), out)
		}
		return is
	}
	before := read(body)
	after := read("A headline\n\nA first paragraph.\n\n" + body)
	if before[0].Fingerprint == before[1].Fingerprint {
		t.Errorf("two identical findings share a fingerprint %s", before[0].Fingerprint)
	}
	for i := range before {
		if before[i].Location.Lines.Begin+4 != after[i].Location.Lines.Begin {
			t.Fatalf("the finding did not move: %+v %+v", before[i], after[i])
		}
		if before[i].Fingerprint != after[i].Fingerprint {
			t.Errorf("finding %d: fingerprint changed when lines were added above it", i)
		}
	}
	// The same again: the same fingerprints.
	if again := read(body); again[0].Fingerprint != before[0].Fingerprint || again[1].Fingerprint != before[1].Fingerprint {
		t.Error("fingerprints differ between two runs")
	}
}

// TestSARIFAbsolutePaths: an absolute path inside the working directory
// is made relative; one outside it is a file URI.
func TestSARIFAbsolutePaths(t *testing.T) {
	work, other := t.TempDir(), t.TempDir()
	text := "He met Mr. This happened later.\n"
	inside := filepath.Join(work, "news", "a b.txt")
	if err := os.Mkdir(filepath.Dir(inside), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, inside, text)
	outside := filepath.Join(other, "b.txt")
	writeFile(t, outside, text)
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: work, Getenv: func(string) string { return "" }}
	if code := Main([]string{"check", "--format", "sarif", inside, outside}, env); code != ExitClean {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if err := sarifschema.Validate(out.Bytes()); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		a := r.Locations[0].PhysicalLocation.ArtifactLocation
		got = append(got, a.URIBaseID+" "+a.URI)
	}
	want := []string{"%SRCROOT% news/a%20b.txt", " file://" + filepath.ToSlash(outside)}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("artifact locations %q, want %q", got, want)
	}
}

// TestOutputFlag: --output writes the report to a file, atomically, and
// nothing to standard output; the summary stays on standard error.
func TestOutputFlag(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	for _, format := range report.Names() {
		t.Run(format, func(t *testing.T) {
			want, _, _ := run(t, "", nil, "check", "--format", format, "testdata/seeds")
			path := filepath.Join(dir, "report."+format)
			out, stderr, code := run(t, "", map[string]string{"TERMINAL": "yes"}, "check", "--format", format, "--output", path, "testdata/seeds")
			if code != ExitFindings || out != "" || stderr != "5 files: 1 error, 15 warnings\n" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// The same report (and, for text, no colour although
			// standard output is a terminal).
			if string(got) != want {
				t.Errorf("the file differs from the report on standard output")
			}
		})
	}
	// An existing file is replaced and keeps its mode; no temporary
	// file is left.
	path := filepath.Join(dir, "kept.json")
	writeFile(t, path, "old")
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "", nil, "check", "--format=json", "--output="+path, "testdata/seeds"); code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	if data, _ := os.ReadFile(path); !json.Valid(data) {
		t.Errorf("not replaced: %q", data)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	// "-" is standard output.
	if out, _, _ := run(t, "", nil, "check", "--format=json", "--output", "-", "testdata/seeds"); !json.Valid([]byte(out)) {
		t.Errorf("--output -: %q", out)
	}
}

func TestOutputFlagErrors(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	cases := []struct {
		name, path, want string
	}{
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "r.sarif"), "cannot write the report: no such file or directory"},
		{"a directory", dir, "cannot write the report: it is a directory"},
		{"below a file", filepath.Join(dir, "file.txt", "r.sarif"), "cannot write the report: " + filepath.Join(dir, "file.txt") + " is not a directory"},
	}
	writeFile(t, filepath.Join(dir, "file.txt"), "x")
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct{ name, path, want string }{"read-only directory", filepath.Join(ro, "r.sarif"), "cannot write the report: permission denied"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := run(t, "", nil, "check", "--format", "sarif", "--output", tc.path, "testdata/seeds")
			if code != ExitError {
				t.Errorf("exit %d, want 2", code)
			}
			if want := "factlint: --output " + tc.path + ": " + tc.want + "\n"; !strings.Contains(stderr, want) {
				t.Errorf("stderr %q, want %q", stderr, want)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
		})
	}
	// A path that clearly cannot be written fails before anything is
	// read: the missing article is not reported.
	_, stderr, code := run(t, "", nil, "check", "--output", cases[0].path, "no-such-article.txt")
	if code != ExitError || strings.Contains(stderr, "no-such-article") || !strings.Contains(stderr, cases[0].want) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestCheckHelp: the help of check lists every format and --output.
func TestCheckHelp(t *testing.T) {
	_, stderr, code := run(t, "", nil, "check", "-h")
	if code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	if want := "output format: " + strings.Join(report.Names(), ", "); !strings.Contains(stderr, want) {
		t.Errorf("help does not list the formats (%s):\n%s", want, stderr)
	}
	if !regexp.MustCompile(`(?m)^  -output string$`).MatchString(stderr) {
		t.Errorf("help does not describe --output:\n%s", stderr)
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"One. Two.":                                  "One.",
		"Only one sentence.":                         "Only one sentence.",
		"No stop at all":                             "No stop at all",
		`A title such as "Mr." that is. Next.`:       `A title such as "Mr." that is.`,
		"A list (e.g. Latest. Stories) ends. Then.":  "A list (e.g. Latest. Stories) ends.",
		`Does not convert: "160 km (120 miles)". A.`: `Does not convert: "160 km (120 miles)".`,
		"Lower. then on. Upper.":                     "Lower. then on.",
		"First paragraph\n\nSecond. Para.":           "First paragraph",
	} {
		if got := firstSentence(in); got != want {
			t.Errorf("firstSentence(%q) = %q, want %q", in, got, want)
		}
	}
	if got := unwrap("  A rule\n  wrapped  here.\n\n  Second\n  para.\n"); got != "A rule wrapped here.\n\nSecond para." {
		t.Errorf("unwrap = %q", got)
	}
}

// TestRuleInfos: the rules that SARIF lists, from the default pack and
// the reading of files.
func TestRuleInfos(t *testing.T) {
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	infos := ruleInfos(set)
	var ids []string
	for _, r := range infos {
		ids = append(ids, r.ID)
		if r.Short == "" || r.Full == "" || !strings.HasPrefix(r.Full, r.Short) || !strings.Contains(r.Help, "Example:\n  ") {
			t.Errorf("%s: %+v", r.ID, r)
		}
		for l := range strings.SplitSeq(r.Help, "\n") {
			if strings.TrimRight(l, " ") != l {
				t.Errorf("%s: help line with trailing spaces: %q", r.ID, l)
			}
		}
	}
	if !slices.IsSorted(ids) || len(ids) != len(set.Rules)+2 || !slices.Contains(ids, "file.encoding") || !slices.Contains(ids, "file.front-matter") {
		t.Errorf("ids %v", ids)
	}
	i := slices.Index(ids, "style.title-without-name")
	if want := `A title such as "Mr." that is followed by a word that cannot be a name, or by nothing: a name was probably lost in editing.`; infos[i].Short != want || infos[i].Severity.String() != "warning" {
		t.Errorf("style.title-without-name: %+v", infos[i])
	}
}
