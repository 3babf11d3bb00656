package report

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/sarifschema"
)

// sarifDoc is what tests read back of a SARIF log.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string     `json:"id"`
					ShortDescription *sarifText `json:"shortDescription"`
					FullDescription  *sarifText `json:"fullDescription"`
					Help             *sarifText `json:"help"`
					Default          *struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID              string            `json:"ruleId"`
			RuleIndex           int               `json:"ruleIndex"`
			Level               string            `json:"level"`
			Message             sarifText         `json:"message"`
			Locations           []sarifLocDoc     `json:"locations"`
			RelatedLocations    []sarifLocDoc     `json:"relatedLocations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Fixes               []struct {
				Description     sarifText `json:"description"`
				ArtifactChanges []struct {
					ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
					Replacements     []struct {
						DeletedRegion   sarifRegionDoc `json:"deletedRegion"`
						InsertedContent *sarifText     `json:"insertedContent"`
					} `json:"replacements"`
				} `json:"artifactChanges"`
			} `json:"fixes"`
			Properties map[string]string `json:"properties"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifLocDoc struct {
	ID               *int       `json:"id"`
	Message          *sarifText `json:"message"`
	PhysicalLocation struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegionDoc  `json:"region"`
	} `json:"physicalLocation"`
}

type sarifRegionDoc struct {
	StartLine, StartColumn, EndLine, EndColumn int
	ByteOffset, ByteLength                     *int
}

func readSARIF(t *testing.T, out string) sarifDoc {
	t.Helper()
	if err := sarifschema.Validate([]byte(out)); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v\n%s", err, out)
	}
	var doc sarifDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs", len(doc.Runs))
	}
	return doc
}

// sarifLink is an embedded link: [text](id), the text escaped.
var sarifLink = regexp.MustCompile(`\[((?:\\.|[^\\\[\]])*)\]\((\d+)\)`)

func sarifUnescape(s string) string {
	return regexp.MustCompile(`\\(.)`).ReplaceAllString(s, "$1")
}

// checkSARIFLinks checks that every embedded link of every message leads
// to a related location of its result, that every related location is
// linked, and that no other square bracket is left unescaped.
func checkSARIFLinks(t *testing.T, doc sarifDoc) {
	t.Helper()
	for i, res := range doc.Runs[0].Results {
		ids := map[int]string{}
		for _, rl := range res.RelatedLocations {
			if rl.ID == nil || rl.Message == nil {
				t.Errorf("result %d: related location without id or message", i)
				continue
			}
			if _, dup := ids[*rl.ID]; dup {
				t.Errorf("result %d: related id %d twice", i, *rl.ID)
			}
			ids[*rl.ID] = rl.Message.Text
		}
		linked := map[int]bool{}
		for _, m := range sarifLink.FindAllStringSubmatch(res.Message.Text, -1) {
			id, _ := strconv.Atoi(m[2])
			msg, ok := ids[id]
			if !ok {
				t.Errorf("result %d: link %s leads to no related location: %q", i, m[0], res.Message.Text)
				continue
			}
			linked[id] = true
			if sarifUnescape(m[1]) != sarifUnescape(msg) {
				t.Errorf("result %d: link text %q, related message %q", i, sarifUnescape(m[1]), msg)
			}
		}
		for id := range ids {
			if !linked[id] {
				t.Errorf("result %d: related location %d is not linked from %q", i, id, res.Message.Text)
			}
		}
		rest := sarifLink.ReplaceAllString(res.Message.Text, "")
		if regexp.MustCompile(`(^|[^\\])(\\\\)*[\[\]]`).MatchString(rest) {
			t.Errorf("result %d: an unescaped bracket outside links: %q", i, res.Message.Text)
		}
	}
}

// featureRun has a diagnostic of every shape that SARIF must carry.
func featureRun(base string) *Run {
	src := []byte("A café in Geneva. Putting [sic] met Genvea.\nSecond line.\n")
	typo := span("news/a b:c.txt", 1, 19, 1, 26)
	typo.StartByte, typo.EndByte = 19, 26
	return &Run{
		Tool: "factlint", Version: "0.1.0", FilesChecked: 3,
		Rules: []RuleInfo{
			{ID: "name.typo", Short: "A misspelt name.", Full: "A misspelt name. Longer.", Help: "Example:\n  Putting", Severity: diag.Error},
			{ID: "boilerplate.furniture", Short: "Furniture.", Severity: diag.Warning},
			{ID: "name.places", Severity: diag.Info},
		},
		Sources: map[string][]byte{"news/a b:c.txt": src},
		Diagnostics: []diag.Diagnostic{
			{
				Location: typo, Severity: diag.Error, Rule: "name.typo",
				Message: `"Putting" [sic] looks like a misspelling of "Putin" \ (named 3 times)`,
				Related: []diag.Related{
					{Location: span("news/b.txt", 2, 1, 2, 6), Message: `"Putin" is [named] here`},
					{Location: span(filepath.Join(base, "inside", "c.txt"), 3, 4, 3, 9), Message: `a back\slash`},
					{Location: span("/elsewhere/d.txt", 1, 1, 1, 2), Message: ""},
				},
				Fix: &diag.Fix{Replacement: "Putin"},
			},
			{Location: span("news/b.txt", 1, 1, 1, 1), Severity: diag.Warning, Rule: "custom.rule", Message: "no rule info", Fix: &diag.Fix{}},
			{Location: span("news/b.txt", 2, 3, 5, 1), Severity: diag.Info, Rule: "name.places", Message: "an info", Fact: "speed"},
			{Location: diag.Location{File: "<stdin>"}, Severity: diag.Warning, Rule: "custom.rule", Message: "no position"},
		},
	}
}

func TestSARIF(t *testing.T) {
	base := t.TempDir()
	doc := readSARIF(t, format(t, "sarif", Options{BaseDir: base}, featureRun(base)))
	if doc.Version != "2.1.0" || !strings.HasSuffix(doc.Schema, "sarif-schema-2.1.0.json") {
		t.Errorf("version %q, $schema %q", doc.Version, doc.Schema)
	}
	run := doc.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	d := run.Tool.Driver
	if d.Name != "factlint" || d.Version != "0.1.0" || d.InformationURI != informationURI {
		t.Errorf("driver %+v", d)
	}
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	// Every rule of the run and of the results, once, sorted.
	if want := []string{"boilerplate.furniture", "custom.rule", "name.places", "name.typo"}; !slices.Equal(ids, want) {
		t.Errorf("rules %v, want %v", ids, want)
	}
	typo := d.Rules[3]
	if typo.ShortDescription.Text != "A misspelt name." || typo.FullDescription.Text != "A misspelt name. Longer." || typo.Help.Text != "Example:\n  Putting" || typo.Default.Level != "error" {
		t.Errorf("name.typo descriptor %+v", typo)
	}
	if d.Rules[1].ShortDescription != nil || d.Rules[1].Default != nil || d.Rules[2].Default.Level != "note" {
		t.Errorf("custom.rule or name.places descriptor: %+v %+v", d.Rules[1], d.Rules[2])
	}
	if len(run.Results) != 4 {
		t.Fatalf("%d results", len(run.Results))
	}
	for i, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(d.Rules) || d.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d does not lead to %s", i, res.RuleIndex, res.RuleID)
		}
		if len(res.PartialFingerprints["factlint/v1"]) != 64 {
			t.Errorf("result %d: fingerprints %v", i, res.PartialFingerprints)
		}
	}
	if levels := []string{run.Results[0].Level, run.Results[1].Level, run.Results[2].Level}; !slices.Equal(levels, []string{"error", "warning", "note"}) {
		t.Errorf("levels %v", levels)
	}
	checkSARIFLinks(t, doc)

	r := run.Results[0]
	if want := `"Putting" \[sic\] looks like a misspelling of "Putin" \\ (named 3 times); see ["Putin" is \[named\] here](1), [a back\\slash](2), [related place 3](3)`; r.Message.Text != want {
		t.Errorf("message\n got %s\nwant %s", r.Message.Text, want)
	}
	loc := r.Locations[0].PhysicalLocation
	if loc.ArtifactLocation != (sarifArtifactLoc{URI: "news/a%20b:c.txt", URIBaseID: "%SRCROOT%"}) {
		t.Errorf("artifact %+v", loc.ArtifactLocation)
	}
	if g := loc.Region; g == nil || g.StartLine != 1 || g.StartColumn != 19 || g.EndLine != 1 || g.EndColumn != 26 || *g.ByteOffset != 19 || *g.ByteLength != 7 {
		t.Errorf("region %+v", loc.Region)
	}
	// An absolute name inside the working directory is relative to
	// it; one outside is a file URI.
	if a := r.RelatedLocations[1].PhysicalLocation.ArtifactLocation; a != (sarifArtifactLoc{URI: "inside/c.txt", URIBaseID: "%SRCROOT%"}) {
		t.Errorf("inside the base: %+v", a)
	}
	if a := r.RelatedLocations[2].PhysicalLocation.ArtifactLocation; a != (sarifArtifactLoc{URI: "file:///elsewhere/d.txt"}) {
		t.Errorf("outside the base: %+v", a)
	}
	if r.RelatedLocations[0].PhysicalLocation.Region.ByteOffset != nil {
		t.Error("byteOffset without byte offsets")
	}
	if len(r.Fixes) != 1 || len(r.Fixes[0].ArtifactChanges) != 1 {
		t.Fatalf("fixes %+v", r.Fixes)
	}
	ch := r.Fixes[0].ArtifactChanges[0]
	if ch.ArtifactLocation != loc.ArtifactLocation || len(ch.Replacements) != 1 || !sameRegion(ch.Replacements[0].DeletedRegion, *loc.Region) ||
		ch.Replacements[0].InsertedContent == nil || ch.Replacements[0].InsertedContent.Text != "Putin" || r.Fixes[0].Description.Text != `Replace with "Putin"` {
		t.Errorf("fix %+v", r.Fixes[0])
	}
	// An empty replacement deletes.
	if rep := run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0]; rep.InsertedContent != nil || run.Results[1].Fixes[0].Description.Text != "Delete the text" {
		t.Errorf("deletion %+v", run.Results[1].Fixes[0])
	}
	if run.Results[2].Properties["fact"] != "speed" || run.Results[0].Properties != nil {
		t.Errorf("properties %v %v", run.Results[2].Properties, run.Results[0].Properties)
	}
	if g := run.Results[2].Locations[0].PhysicalLocation.Region; g.EndLine != 5 || g.EndColumn != 1 {
		t.Errorf("multi-line region %+v", g)
	}
	if g := run.Results[3].Locations[0].PhysicalLocation; g.Region != nil || g.ArtifactLocation.URI != "%3Cstdin%3E" {
		t.Errorf("a diagnostic without a position: %+v", g)
	}
}

func sameRegion(a, b sarifRegionDoc) bool {
	same := func(x, y *int) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return a.StartLine == b.StartLine && a.StartColumn == b.StartColumn && a.EndLine == b.EndLine && a.EndColumn == b.EndColumn &&
		same(a.ByteOffset, b.ByteOffset) && same(a.ByteLength, b.ByteLength)
}

// TestSARIFArtifactURIs: what a file name becomes as a URI.
func TestSARIFArtifactURIs(t *testing.T) {
	for name, want := range map[string]sarifArtifactLoc{
		"testdata/seeds/000.txt": {URI: "testdata/seeds/000.txt", URIBaseID: srcRoot},
		"a b/c#1?.txt":           {URI: "a%20b/c%231%3F.txt", URIBaseID: srcRoot},
		"100%.md":                {URI: "100%25.md", URIBaseID: srcRoot},
		"a:b.txt":                {URI: "./a:b.txt", URIBaseID: srcRoot},
		"café.txt":               {URI: "caf%C3%A9.txt", URIBaseID: srcRoot},
		"../up.txt":              {URI: "../up.txt", URIBaseID: srcRoot},
		"/abs/a b.txt":           {URI: "file:///abs/a%20b.txt"},
	} {
		if got := sarifArtifact(name); got != want {
			t.Errorf("sarifArtifact(%q) = %+v, want %+v", name, got, want)
		}
	}
}

func TestSARIFEmptyRun(t *testing.T) {
	out := format(t, "sarif", Options{}, &Run{Tool: "factlint", Version: "0.1.0"})
	doc := readSARIF(t, out)
	if !strings.Contains(out, `"results": []`) || len(doc.Runs[0].Tool.Driver.Rules) != 0 || !strings.Contains(out, `"rules": []`) {
		t.Errorf("an empty run must have empty arrays, not null:\n%s", out)
	}
}
