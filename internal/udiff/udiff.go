// Package udiff writes unified diffs of text files, line by line, as
// `diff -u` and `git diff` print them: a "---"/"+++" header, then hunks
// "@@ -l,s +l,s @@" with context lines around each change. Lines are
// compared with their terminators, so a change of line ending is a change;
// a last line without a newline is followed by "\ No newline at end of
// file". The edit script is a shortest one (Myers' O(ND) algorithm) up to
// a bound on the number of differences, past which the differing middle
// is shown as removed and added whole.
package udiff

import (
	"bytes"
	"fmt"
	"strings"
)

// maxEdits bounds the differences searched for a shortest script; its
// memory grows with the square of this.
const maxEdits = 2000

// Unified returns the unified diff that turns a into b, with the header
// lines "--- oldName" and "+++ newName" and context lines of context
// around each change; "" when a and b are equal.
func Unified(oldName, newName string, a, b []byte, context int) string {
	if bytes.Equal(a, b) {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := diff(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(ops, context) {
		writeHunk(&out, h, x, y)
	}
	return out.String()
}

// splitLines splits text after each "\n", keeping it.
func splitLines(p []byte) []string {
	var lines []string
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			lines = append(lines, string(p))
			break
		}
		lines = append(lines, string(p[:i+1]))
		p = p[i+1:]
	}
	return lines
}

// kind is what an op does to a line.
type kind byte

const (
	opEqual  kind = ' '
	opDelete kind = '-'
	opInsert kind = '+'
)

// op is one line of the edit script: a line of x kept (opEqual) or
// removed (opDelete), or a line of y added (opInsert). a and b are the
// op's line indexes in x and y; for the side it has no line of, the
// number of lines of that side before it.
type op struct {
	kind kind
	a, b int
}

// diff returns an edit script from x to y.
func diff(x, y []string) []op {
	// The common prefix and suffix are equal lines; the search is over
	// the middle.
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{opEqual, i, i})
	}
	mid := myers(x[pre:len(x)-suf], y[pre:len(y)-suf], maxEdits)
	for _, o := range mid {
		ops = append(ops, op{o.kind, o.a + pre, o.b + pre})
	}
	for i := range suf {
		ops = append(ops, op{opEqual, len(x) - suf + i, len(y) - suf + i})
	}
	return ops
}

// myers finds a shortest edit script from x to y (Myers 1986, the greedy
// forward search), or, past maxD differences, removes x and adds y.
func myers(x, y []string, maxD int) []op {
	n, m := len(x), len(y)
	limit := min(n+m, maxD)
	off := limit + 1
	v := make([]int, 2*limit+3)
	// trace[d] holds v[-d..d] as it was before step d.
	var trace [][]int
	found := false
search:
	for d := 0; d <= limit; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var px int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				px = v[off+k+1] // down: an insertion
			} else {
				px = v[off+k-1] + 1 // right: a deletion
			}
			py := px - k
			for px < n && py < m && x[px] == y[py] {
				px++
				py++
			}
			v[off+k] = px
			if px >= n && py >= m {
				found = true
				break search
			}
		}
	}
	if !found {
		ops := make([]op, 0, n+m)
		for i := range n {
			ops = append(ops, op{opDelete, i, 0})
		}
		for j := range m {
			ops = append(ops, op{opInsert, n, j})
		}
		return ops
	}
	// Walk back from (n, m) through the snapshots.
	var rev []op
	px, py := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d] // v[-d..d] before step d: index k+d
		at := func(k int) int { return vd[k+d] }
		k := px - py
		var prevK int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX, prevY := 0, 0
		if d > 0 {
			prevX = at(prevK)
			prevY = prevX - prevK
		}
		for px > prevX && py > prevY {
			px--
			py--
			rev = append(rev, op{opEqual, px, py})
		}
		if d == 0 {
			break
		}
		if px == prevX {
			rev = append(rev, op{opInsert, prevX, prevY})
		} else {
			rev = append(rev, op{opDelete, prevX, prevY})
		}
		px, py = prevX, prevY
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// hunk is a run of ops, changes with their context.
type hunk struct{ ops []op }

// hunks groups the changes of ops with context equal lines on each side;
// hunks whose context would touch or overlap are one.
func hunks(ops []op, context int) []hunk {
	var out []hunk
	start, end := -1, -1 // the hunk being built: ops[start:end]
	for i, o := range ops {
		if o.kind == opEqual {
			continue
		}
		from, to := max(0, i-context), min(len(ops), i+context+1)
		if start >= 0 && from <= end {
			end = max(end, to)
			continue
		}
		if start >= 0 {
			out = append(out, hunk{ops: ops[start:end]})
		}
		start, end = from, to
	}
	if start >= 0 {
		out = append(out, hunk{ops: ops[start:end]})
	}
	return out
}

func writeHunk(w *strings.Builder, h hunk, x, y []string) {
	first := h.ops[0]
	var na, nb int
	for _, o := range h.ops {
		if o.kind != opInsert {
			na++
		}
		if o.kind != opDelete {
			nb++
		}
	}
	fmt.Fprintf(w, "@@ -%s +%s @@\n", rangeOf(first.a, na), rangeOf(first.b, nb))
	for _, o := range h.ops {
		var line string
		if o.kind == opInsert {
			line = y[o.b]
		} else {
			line = x[o.a]
		}
		w.WriteByte(byte(o.kind))
		w.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			w.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// rangeOf prints a hunk's range as diff does: "l,s", just "l" for one
// line, and for no lines the line before them.
func rangeOf(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
