// Package autofix applies the safe fixes of findings to a file's bytes.
//
// Only fixes marked safe (diag.Fix.Safe) are applied, and only where the
// source bytes of the finding are the copy exactly as the rule read it
// (document.Document.Verbatim): a fix is written for the copy, so a span
// holding markup, a character reference or a folded character (a curly
// quote) is left alone. Of fixes that overlap, the first in the file wins
// and the others are skipped; the same edit asked for by two findings is
// made once. Edits are applied by byte offset from the end of the file
// backwards, so that each one's offsets hold when it is made.
package autofix

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/factlint/factlint/checker/diag"
)

// Edit replaces Src[Start:End] with Replacement.
type Edit struct {
	Start, End  int
	Replacement string
	// Diags are the findings the edit fixes.
	Diags []diag.Diagnostic
}

// Skip is a safe fix that is not applied, and why.
type Skip struct {
	Diag   diag.Diagnostic
	Reason string
}

// Plan chooses the edits for one file, whose bytes are src, from its
// findings. verbatim reports whether a byte range of src is copy read
// unchanged. The edits are sorted and do not overlap.
func Plan(diags []diag.Diagnostic, src []byte, verbatim func(start, end int) bool) (edits []Edit, skipped []Skip) {
	var cands []diag.Diagnostic
	for _, d := range diags {
		if d.Fix == nil || !d.Fix.Safe {
			continue
		}
		start, end := d.StartByte, d.EndByte
		switch {
		case start < 0 || end > len(src) || start >= end:
			skipped = append(skipped, Skip{d, "its span is not a piece of the file"})
		case !verbatim(start, end):
			skipped = append(skipped, Skip{d, "the text there holds markup, a character reference or a typographic character that the fix would drop"})
		case string(src[start:end]) == d.Fix.Replacement:
			// Nothing to change.
		default:
			cands = append(cands, d)
		}
	}
	slices.SortStableFunc(cands, func(a, b diag.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.StartByte, b.StartByte), cmp.Compare(a.EndByte, b.EndByte))
	})
	for _, d := range cands {
		if n := len(edits); n > 0 {
			last := &edits[n-1]
			if d.StartByte == last.Start && d.EndByte == last.End && d.Fix.Replacement == last.Replacement {
				last.Diags = append(last.Diags, d)
				continue
			}
			if d.StartByte < last.End {
				first := last.Diags[0]
				skipped = append(skipped, Skip{d, fmt.Sprintf("it overlaps the fix of %s at %d:%d", first.Rule, first.Start.Line, first.Start.Column)})
				continue
			}
		}
		edits = append(edits, Edit{Start: d.StartByte, End: d.EndByte, Replacement: d.Fix.Replacement, Diags: []diag.Diagnostic{d}})
	}
	return edits, skipped
}

// Apply returns src with edits (sorted, not overlapping, as Plan returns
// them) made, from the last to the first. src is not changed.
func Apply(src []byte, edits []Edit) []byte {
	out := slices.Clone(src)
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		out = slices.Concat(out[:e.Start], []byte(e.Replacement), out[e.End:])
	}
	return out
}
