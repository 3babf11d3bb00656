package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker/diag"
)

// What the formats of code hosts and review tools share.

// toolPath names a file for code hosts and review tools: an absolute name
// inside base is made relative to it, and separators are forward slashes.
func toolPath(base, file string) string {
	p := file
	if base != "" && filepath.IsAbs(p) {
		if rel, err := filepath.Rel(base, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	return filepath.ToSlash(p)
}

// lastLine is the last line that a location covers: a span whose
// exclusive end is the start of a line ends on the line before.
func lastLine(loc diag.Location) int {
	switch {
	case loc.End.Line < loc.Start.Line:
		return loc.Start.Line
	case loc.End.Line > loc.Start.Line && loc.End.Column <= 1:
		return loc.End.Line - 1
	}
	return loc.End.Line
}

// sourceText is the text of a location in its file, when the run holds
// the file and the byte offsets fit it.
func sourceText(run *Run, loc diag.Location) ([]byte, bool) {
	src, ok := run.Sources[loc.File]
	if !ok || loc.StartByte < 0 || loc.StartByte > loc.EndByte || loc.EndByte > len(src) {
		return nil, false
	}
	return src[loc.StartByte:loc.EndByte], true
}

// byteColumns are the 1-based start and end columns of a location counted
// in UTF-8 bytes of the file's line (the end exclusive), for tools that
// count so. Without the file's bytes the code-point columns stand in: the
// same for ASCII copy.
func byteColumns(run *Run, loc diag.Location) (start, end int) {
	src, ok := run.Sources[loc.File]
	if !ok || loc.StartByte < 0 || loc.StartByte > loc.EndByte || loc.EndByte > len(src) {
		return loc.Start.Column, loc.End.Column
	}
	col := func(off int) int { return off - (bytes.LastIndexAny(src[:off], "\r\n") + 1) + 1 }
	return col(loc.StartByte), col(loc.EndByte)
}

// fingerprints gives each diagnostic of the run a fingerprint that stays
// the same from run to run while the finding does: the SHA-256, in hex, of
// the rule, the file name (as toolPath prints it), the text of the finding
// (its message when the file's bytes are not at hand or the span is
// empty), and how many diagnostics before it in the run share those three.
// Lines and columns are left out, so that copy added above a finding does
// not change its fingerprint; the counter tells apart two identical
// findings in one file, such as the same misspelling twice.
func fingerprints(run *Run, base string) []string {
	seen := map[[sha256.Size]byte]uint64{}
	out := make([]string, len(run.Diagnostics))
	for i, d := range run.Diagnostics {
		kind, text := "message", []byte(d.Message)
		if t, ok := sourceText(run, d.Location); ok && len(t) > 0 {
			kind, text = "text", t
		}
		h := sha256.New()
		for _, part := range [][]byte{[]byte(d.Rule), []byte(toolPath(base, d.File)), []byte(kind), text} {
			// Each part is preceded by its length, so that no two
			// lists of parts hash the same bytes.
			_ = binary.Write(h, binary.BigEndian, uint64(len(part)))
			h.Write(part)
		}
		var key [sha256.Size]byte
		h.Sum(key[:0])
		n := seen[key]
		seen[key] = n + 1
		h.Reset()
		h.Write(key[:])
		_ = binary.Write(h, binary.BigEndian, n)
		out[i] = hex.EncodeToString(h.Sum(nil))
	}
	return out
}

// place prints a location as the text format does: FILE:LINE:COLUMN.
func place(base string, loc diag.Location) string {
	return fmt.Sprintf("%s:%d:%d", toolPath(base, loc.File), loc.Start.Line, loc.Start.Column)
}

// oneLineMessage is a diagnostic's message followed by its related
// places, for formats that show one line of text per finding:
//
//	MESSAGE; see FILE:LINE:COLUMN: RELATED MESSAGE; FILE:LINE:COLUMN: …
func oneLineMessage(base string, d diag.Diagnostic) string {
	if len(d.Related) == 0 {
		return d.Message
	}
	var b strings.Builder
	b.WriteString(d.Message)
	for i, r := range d.Related {
		if i == 0 {
			b.WriteString("; see ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(place(base, r.Location) + ": " + r.Message)
	}
	return b.String()
}

// fixText says what a fix does, for people.
func fixText(f *diag.Fix) string {
	if f.Replacement == "" {
		return "delete the text"
	}
	return fmt.Sprintf("replace with %q", f.Replacement)
}
