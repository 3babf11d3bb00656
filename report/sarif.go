package report

import (
	"cmp"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/diag"
)

// sarifFormatter prints the run as a SARIF 2.1.0 log, for code scanning
// (GitHub, GitLab, Azure DevOps, IDE viewers), documented in
// docs/output.md. One run; the driver lists the rules of the run sorted
// by id; columns count Unicode code points; files are URIs relative to
// %SRCROOT% (absolute names outside the working directory are file
// URIs). Related places are relatedLocations, linked from the message as
// SARIF embedded links ("…; see [\"Smith\" is named here](1)").
type sarifFormatter struct{ base string }

func (sarifFormatter) Name() string { return "sarif" }

const (
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// informationURI is factlint's home page.
	informationURI = "https://github.com/factlint/factlint"
	// sarifFingerprint names factlint's partial fingerprint; the
	// version changes if the way it is computed does.
	sarifFingerprint = "factlint/v1"
	srcRoot          = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     *sarifText   `json:"shortDescription,omitempty"`
	FullDescription      *sarifText   `json:"fullDescription,omitempty"`
	Help                 *sarifText   `json:"help,omitempty"`
	DefaultConfiguration *sarifConfig `json:"defaultConfiguration,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

// sarifText is both a message and a multiformatMessageString with text
// alone.
type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          map[string]string `json:"properties,omitempty"`
}

type sarifLocation struct {
	// ID numbers related locations from 1; 0 (a result's own
	// location) is left out.
	ID               int              `json:"id,omitempty"`
	PhysicalLocation sarifPhysical    `json:"physicalLocation"`
	Message          *sarifText       `json:"message,omitempty"`
	artifact         sarifArtifactLoc // for fixes; not printed
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
	// The same span in bytes of the file; text regions count
	// characters, which bytes are not, so these are the byte fields.
	ByteOffset *int `json:"byteOffset,omitempty"`
	ByteLength *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

func (f sarifFormatter) Format(w io.Writer, run *Run) error {
	rules, index := sarifRules(run)
	fps := fingerprints(run, f.base)
	results := make([]sarifResult, 0, len(run.Diagnostics))
	for i, d := range run.Diagnostics {
		loc := f.location(d.Location)
		res := sarifResult{
			RuleID:              d.Rule,
			RuleIndex:           index[d.Rule],
			Level:               sarifLevel(d.Severity),
			Message:             sarifText{Text: sarifMessage(d)},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{sarifFingerprint: fps[i]},
		}
		for j, r := range d.Related {
			rl := f.location(r.Location)
			rl.ID = j + 1
			rl.Message = &sarifText{Text: sarifEscape(relatedText(j, r))}
			res.RelatedLocations = append(res.RelatedLocations, rl)
		}
		if d.Fix != nil && loc.PhysicalLocation.Region != nil {
			rep := sarifReplacement{DeletedRegion: *loc.PhysicalLocation.Region}
			if d.Fix.Replacement != "" {
				rep.InsertedContent = &sarifText{Text: d.Fix.Replacement}
			}
			res.Fixes = []sarifFix{{
				Description:     sarifText{Text: upperFirst(fixText(d.Fix))},
				ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: loc.artifact, Replacements: []sarifReplacement{rep}}},
			}}
		}
		if d.Fact != "" {
			res.Properties = map[string]string{"fact": d.Fact}
		}
		results = append(results, res)
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: sarifDriver{Name: run.Tool, Version: run.Version, InformationURI: informationURI, Rules: rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// sarifRules lists the rules of the run and of its diagnostics, sorted by
// id, and the index of each id in the list.
func sarifRules(run *Run) ([]sarifRule, map[string]int) {
	byID := map[string]sarifRule{}
	for _, r := range run.Rules {
		sr := sarifRule{ID: r.ID}
		if r.Short != "" {
			sr.ShortDescription = &sarifText{Text: r.Short}
		}
		if r.Full != "" {
			sr.FullDescription = &sarifText{Text: r.Full}
		}
		if r.Help != "" {
			sr.Help = &sarifText{Text: r.Help}
		}
		if r.Severity >= diag.Info && r.Severity <= diag.Error {
			sr.DefaultConfiguration = &sarifConfig{Level: sarifLevel(r.Severity)}
		}
		byID[r.ID] = sr
	}
	for _, d := range run.Diagnostics {
		if _, ok := byID[d.Rule]; !ok {
			byID[d.Rule] = sarifRule{ID: d.Rule}
		}
	}
	rules := make([]sarifRule, 0, len(byID))
	for _, r := range byID {
		rules = append(rules, r)
	}
	slices.SortFunc(rules, func(a, b sarifRule) int { return cmp.Compare(a.ID, b.ID) })
	index := make(map[string]int, len(rules))
	for i, r := range rules {
		index[r.ID] = i
	}
	return rules, index
}

func sarifLevel(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "error"
	case diag.Warning:
		return "warning"
	}
	return "note"
}

// location is a SARIF location of a span; artifact is kept aside for
// fixes.
func (f sarifFormatter) location(loc diag.Location) sarifLocation {
	art := sarifArtifact(toolPath(f.base, loc.File))
	out := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: art}, artifact: art}
	if loc.Start.Line < 1 {
		return out
	}
	r := &sarifRegion{
		StartLine: loc.Start.Line, StartColumn: max(loc.Start.Column, 1),
		EndLine: max(loc.End.Line, loc.Start.Line), EndColumn: max(loc.End.Column, 1),
	}
	if r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
		r.EndColumn = r.StartColumn
	}
	if loc.StartByte >= 0 && loc.EndByte >= loc.StartByte && (loc.StartByte > 0 || loc.EndByte > 0) {
		off, n := loc.StartByte, loc.EndByte-loc.StartByte
		r.ByteOffset, r.ByteLength = &off, &n
	}
	out.PhysicalLocation.Region = r
	return out
}

// sarifArtifact locates a file: a relative name is a URI reference below
// %SRCROOT%, an absolute one a file URI.
func sarifArtifact(name string) sarifArtifactLoc {
	if filepath.IsAbs(filepath.FromSlash(name)) {
		p := name
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows volume: file:///C:/…
		}
		return sarifArtifactLoc{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	// url.URL escapes what a URI cannot hold (spaces, %, #, ?) and puts
	// "./" before a first segment with a colon, which would read as a
	// scheme.
	return sarifArtifactLoc{URI: (&url.URL{Path: name}).String(), URIBaseID: srcRoot}
}

// sarifMessage is a diagnostic's message with a link to each related
// place: "MESSAGE; see [RELATED](1), [RELATED](2)". Square brackets and
// backslashes of the texts are escaped, as SARIF asks of plain text.
func sarifMessage(d diag.Diagnostic) string {
	var b strings.Builder
	b.WriteString(sarifEscape(d.Message))
	for i, r := range d.Related {
		if i == 0 {
			b.WriteString("; see ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString("[" + sarifEscape(relatedText(i, r)) + "](" + strconv.Itoa(i+1) + ")")
	}
	return b.String()
}

// relatedText is the message of the i-th related place, never empty: it
// is the text of a link.
func relatedText(i int, r diag.Related) string {
	if strings.TrimSpace(r.Message) == "" {
		return "related place " + strconv.Itoa(i+1)
	}
	return r.Message
}

// sarifEscape escapes message text, plain or the text of an embedded
// link: square brackets would otherwise start or end a link, and a
// backslash is the escape character itself.
func sarifEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(s)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
