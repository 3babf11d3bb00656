package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

// rdDoc is a reviewdog diagnostic as tests read it back.
type rdDoc struct {
	Message  string `json:"message"`
	Location struct {
		Path  string `json:"path"`
		Range struct {
			Start, End struct{ Line, Column int }
		} `json:"range"`
	} `json:"location"`
	Severity string `json:"severity"`
	Source   struct {
		Name string `json:"name"`
	} `json:"source"`
	Code struct {
		Value string `json:"value"`
	} `json:"code"`
	Suggestions []struct {
		Range struct {
			Start, End struct{ Line, Column int }
		} `json:"range"`
		Text string `json:"text"`
	} `json:"suggestions"`
	RelatedLocations []struct {
		Message  string `json:"message"`
		Location struct {
			Path  string `json:"path"`
			Range struct {
				Start, End struct{ Line, Column int }
			} `json:"range"`
		} `json:"location"`
	} `json:"related_locations"`
}

// byteRun has a finding after a non-ASCII character, where byte and
// code-point columns differ.
func byteRun() *Run {
	src := []byte("Intro.\r\nA café: Putting met them.\n")
	typo := span("a.txt", 2, 9, 2, 16)
	typo.StartByte, typo.EndByte = 17, 24 // "Putting", after the 2-byte é
	return &Run{
		Tool:    "factlint",
		Sources: map[string][]byte{"a.txt": src},
		Diagnostics: []diag.Diagnostic{
			{
				Location: typo, Severity: diag.Error, Rule: "name.typo", Message: `"Putting" looks like "Putin"`,
				Related: []diag.Related{{Location: span("b.txt", 3, 2, 3, 7), Message: `"Putin" is named here`}},
				Fix:     &diag.Fix{Replacement: "Putin"},
			},
			{Location: span("b.txt", 1, 1, 1, 4), Severity: diag.Warning, Rule: "r.w", Message: "w"},
			{Location: span("b.txt", 4, 1, 4, 4), Severity: diag.Info, Rule: "r.i", Message: "i"},
		},
	}
}

func checkRD(t *testing.T, ds []rdDoc) {
	t.Helper()
	if len(ds) != 3 {
		t.Fatalf("%d diagnostics", len(ds))
	}
	d := ds[0]
	if string(byteRun().Sources["a.txt"][17:24]) != "Putting" {
		t.Fatal("the test's byte offsets are wrong")
	}
	// Columns count bytes of the line: "A café: " is 9 bytes.
	if d.Location.Path != "a.txt" || d.Location.Range.Start.Line != 2 || d.Location.Range.Start.Column != 10 || d.Location.Range.End.Line != 2 || d.Location.Range.End.Column != 17 {
		t.Errorf("location %+v", d.Location)
	}
	if d.Message != `"Putting" looks like "Putin"` || d.Severity != "ERROR" || d.Source.Name != "factlint" || d.Code.Value != "name.typo" {
		t.Errorf("diagnostic %+v", d)
	}
	if len(d.Suggestions) != 1 || d.Suggestions[0].Text != "Putin" || d.Suggestions[0].Range != d.Location.Range {
		t.Errorf("suggestions %+v", d.Suggestions)
	}
	// Without the file's bytes, code-point columns stand in.
	if len(d.RelatedLocations) != 1 || d.RelatedLocations[0].Message != `"Putin" is named here` || d.RelatedLocations[0].Location.Path != "b.txt" ||
		d.RelatedLocations[0].Location.Range.Start.Column != 2 || d.RelatedLocations[0].Location.Range.End.Column != 7 {
		t.Errorf("related %+v", d.RelatedLocations)
	}
	if ds[1].Severity != "WARNING" || ds[2].Severity != "INFO" || ds[1].Suggestions != nil || ds[1].RelatedLocations != nil {
		t.Errorf("severities or empty fields: %+v %+v", ds[1], ds[2])
	}
}

func TestRDJSONL(t *testing.T) {
	out := format(t, "rdjsonl", Options{}, byteRun())
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var ds []rdDoc
	for _, l := range lines {
		var d rdDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		ds = append(ds, d)
	}
	checkRD(t, ds)
	if strings.Contains(out, "related_locations\":null") || strings.Contains(out, `"suggestions":null`) {
		t.Errorf("null arrays:\n%s", out)
	}
	if got := format(t, "rdjsonl", Options{}, &Run{}); got != "" {
		t.Errorf("no diagnostics: %q, want nothing", got)
	}
}

func TestRDJSON(t *testing.T) {
	out := format(t, "rdjson", Options{}, byteRun())
	var doc struct {
		Source struct {
			Name, URL string
		} `json:"source"`
		Diagnostics []rdDoc `json:"diagnostics"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Source.Name != "factlint" || doc.Source.URL != informationURI {
		t.Errorf("source %+v", doc.Source)
	}
	checkRD(t, doc.Diagnostics)
	if got := format(t, "rdjson", Options{}, &Run{Tool: "factlint"}); !strings.Contains(got, `"diagnostics":[]`) {
		t.Errorf("no diagnostics: %s", got)
	}
}
