// Package baseline records the findings of a run, so that later runs
// report only new ones (factlint check --write-baseline, --baseline).
//
// A finding is known by its fingerprint: a hash of its rule, its file (a
// slash-separated path relative to the baseline's directory), the fact it
// is about and the source text of its span with blanks collapsed. Neither
// its line and column nor its message count: an edit above a finding, a
// re-wrapped paragraph or a count in the message that another article
// changed ("named 19 times in 5 articles", "in b.txt:12") leave it known.
// Identical findings in one file are counted: a baseline holding a
// fingerprint twice hides two findings with it, and a third is new.
//
// The file is JSON, sorted, with a version:
//
//	{
//	  "version": 1,
//	  "tool": "factlint",
//	  "findings": [
//	    {"rule": "name.typo", "file": "copy/a.txt", "fingerprint": "…", "count": 1, "excerpt": "Putting"}
//	  ]
//	}
package baseline

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/fsutil"
)

// Version is the version of the file format written and read.
const Version = 1

// Entry is one fingerprint of a baseline.
type Entry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Fingerprint string `json:"fingerprint"`
	// Count is how many findings in File have the fingerprint.
	Count int `json:"count"`
	// Excerpt shows the text of the finding to people; it is not read.
	Excerpt string `json:"excerpt,omitempty"`
}

// File is a baseline.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Source gives what fingerprints need to know of the run: the name of a
// finding's file in the baseline and the source bytes it was checked in.
type Source struct {
	// Name maps a finding's file (as it is printed) to its name in the
	// baseline.
	Name func(file string) string
	// Src holds the bytes of each file checked, by the name findings
	// give it.
	Src map[string][]byte
}

// Fingerprint is the fingerprint of finding d.
func (s Source) Fingerprint(d diag.Diagnostic) string {
	h := sha256.New()
	for _, part := range []string{"factlint-baseline-1", d.Rule, s.Name(d.File), d.Fact, s.text(d)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// text is the source text of d's span with blanks collapsed to one space.
func (s Source) text(d diag.Diagnostic) string {
	src := s.Src[d.File]
	start, end := max(0, d.StartByte), min(len(src), d.EndByte)
	if start >= end {
		return ""
	}
	return strings.Join(strings.FieldsFunc(string(src[start:end]), unicode.IsSpace), " ")
}

// excerptRunes bounds the excerpt kept for people.
const excerptRunes = 60

func (s Source) excerpt(d diag.Diagnostic) string {
	t := s.text(d)
	if utf8.RuneCountInString(t) <= excerptRunes {
		return t
	}
	r := []rune(t)
	return string(r[:excerptRunes]) + "…"
}

type key struct{ file, rule, fp string }

// Build records diags.
func Build(diags []diag.Diagnostic, s Source) *File {
	counts := map[key]*Entry{}
	for _, d := range diags {
		k := key{s.Name(d.File), d.Rule, s.Fingerprint(d)}
		if e := counts[k]; e != nil {
			e.Count++
			continue
		}
		counts[k] = &Entry{Rule: d.Rule, File: k.file, Fingerprint: k.fp, Count: 1, Excerpt: s.excerpt(d)}
	}
	b := &File{Version: Version, Tool: "factlint", Findings: make([]Entry, 0, len(counts))}
	for _, e := range counts {
		b.Findings = append(b.Findings, *e)
	}
	slices.SortFunc(b.Findings, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	return b
}

// Filter splits diags (in the order the checker sorts them) into the new
// findings, kept, and those the baseline knows, hidden. When a file has
// more findings of a fingerprint than the baseline counts, the first ones
// are hidden and the rest are new.
func (b *File) Filter(diags []diag.Diagnostic, s Source) (kept, hidden []diag.Diagnostic) {
	left := map[key]int{}
	for _, e := range b.Findings {
		left[key{e.File, e.Rule, e.Fingerprint}] += e.Count
	}
	for _, d := range diags {
		k := key{s.Name(d.File), d.Rule, s.Fingerprint(d)}
		if left[k] > 0 {
			left[k]--
			hidden = append(hidden, d)
			continue
		}
		kept = append(kept, d)
	}
	return kept, hidden
}

// Marshal is the baseline as written: indented JSON and a newline.
func (b *File) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the baseline to path atomically: a reader sees the old
// file or the new one, never half of it.
func Write(path string, b *File) error {
	data, err := b.Marshal()
	if err != nil {
		return err
	}
	return fsutil.WriteFileAtomic(path, data, 0o644)
}

// Read reads and checks the baseline at path.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// Parse reads a baseline from its bytes.
func Parse(data []byte) (*File, error) {
	var b File
	if err := json.Unmarshal(data, &b); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset is just after the byte that is wrong.
			line, col := lineCol(data, int(se.Offset)-1)
			return nil, fmt.Errorf("%d:%d: not valid JSON: %w", line, col, err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			line, col := lineCol(data, int(te.Offset))
			return nil, fmt.Errorf("%d:%d: %s should be a %s, not a JSON %s", line, col, fieldName(te.Field), te.Type, te.Value)
		}
		return nil, err
	}
	if b.Tool != "factlint" {
		return nil, errors.New(`not a factlint baseline (no "tool": "factlint")`)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("baseline version %d is not supported (this factlint reads version %d; write it again with --write-baseline)", b.Version, Version)
	}
	for i, e := range b.Findings {
		if e.Rule == "" || e.File == "" || e.Fingerprint == "" || e.Count < 1 {
			return nil, fmt.Errorf("finding %d needs a rule, a file, a fingerprint and a count of at least 1", i+1)
		}
	}
	return &b, nil
}

func fieldName(f string) string {
	if f == "" {
		return "the baseline"
	}
	return fmt.Sprintf("%q", f)
}

// lineCol turns a byte offset into a 1-based line and column.
func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}
