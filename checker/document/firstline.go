package document

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"sync"
)

// A dateline is matched at the start of the copy, and the copy that
// follows it is an article's length: given all of it, the regexp
// package's backtracker clears a visited set of a bit per instruction
// of the pattern and byte of the input before it tries the first byte
// (a tenth of reading an article), though a dateline is a line.
// firstLineWindow gives a pattern the copy up to its first line feed
// alone when no match of the pattern can read past that line feed, so
// that the window's matches are exactly the full copy's.

// oneLine caches endsAtLineFeed by pattern: the packs' datelines are
// few and compiled once, and each article asks of each.
var oneLine sync.Map // *regexp.Regexp -> bool

// firstLineWindow returns src, or its prefix up to and including its
// first line feed when re cannot match past it (endsAtLineFeed): every
// match of re at the start of src, with its groups, is then one in the
// prefix, and the prefix has no other, so re.FindSubmatchIndex finds
// the same match at 0 in both, or none in either. (A pattern not
// anchored may find a later match in src and none in the prefix: a
// dateline is only read at 0.)
func firstLineWindow(re *regexp.Regexp, src []byte) []byte {
	v, ok := oneLine.Load(re)
	if !ok {
		v, _ = oneLine.LoadOrStore(re, endsAtLineFeed(re.String()))
	}
	if !v.(bool) {
		return src
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		return src[:i+1]
	}
	return src
}

// endsAtLineFeed reports whether the pattern expr, compiled as
// regexp.Compile compiles it, reads nothing after a line feed it has
// read: from each instruction that may read a line feed, only captures,
// alternations, no-ops and the match follow, no other rune and no
// empty-width assertion (whose context, at the window's end, would be
// the window's end and not the byte after it). A match that reads the
// first line feed then ends after it; one that does not ends before it
// and asks its assertions within the line. False when expr does not
// parse.
func endsAtLineFeed(expr string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return false
	}
	for _, in := range prog.Inst {
		if readsLineFeed(&in) && !onlyEndsAfter(prog, in.Out) {
			return false
		}
	}
	return true
}

// readsLineFeed reports whether instruction in reads a rune that may be
// a line feed.
func readsLineFeed(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRune, syntax.InstRune1:
		return in.MatchRune('\n')
	case syntax.InstRuneAny:
		return true
	}
	return false
}

// onlyEndsAfter reports whether from instruction pc of prog no rune is
// read and no assertion asked: only the match, or a failure, can follow.
func onlyEndsAfter(prog *syntax.Prog, pc uint32) bool {
	seen := make(map[uint32]bool)
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch, syntax.InstFail:
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, in.Out)
		default:
			return false
		}
	}
	return true
}
