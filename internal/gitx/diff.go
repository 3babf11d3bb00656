package gitx

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// LineRange is a run of lines of a file, 1-based and inclusive.
type LineRange struct {
	Start, End int
}

// Changes holds, for each file with added or changed lines, those lines
// of its new version, in order. A file not in the map has none: it is
// unchanged, deleted, renamed without edits or binary.
type Changes map[string][]LineRange

// Overlaps reports whether one of the lines from..to (inclusive) of path
// was added or changed.
func (c Changes) Overlaps(path string, from, to int) bool {
	for _, r := range c[path] {
		if r.Start <= to && from <= r.End {
			return true
		}
	}
	return false
}

// ChangedLines diffs revision rev against the work tree, or against the
// index if cached is set (git diff [--cached] -U0 rev), in the work tree
// whose top is top, and returns the lines that were added or changed. A
// renamed file is listed by its new name, with only its edited lines. rev
// is passed after --end-of-options, so it is never read as an option; a
// revision git does not know is an *Error holding git's message.
func ChangedLines(ctx context.Context, top, rev string, cached bool) (Changes, error) {
	args := []string{"diff"}
	if cached {
		args = append(args, "--cached")
	}
	args = append(args, "-U0", "--find-renames", "--no-color", "--no-ext-diff", "--no-textconv",
		"--no-relative", "--ignore-submodules", "--src-prefix=a/", "--dst-prefix=b/",
		"--end-of-options", rev, "--")
	out, err := run(ctx, top, nil, args...)
	if err != nil {
		return nil, err
	}
	ch, err := parseChanges(out)
	if err != nil {
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	return ch, nil
}

// parseChanges reads a unified diff and collects the new side's lines of
// each hunk. Hunk bodies are skipped by count, so that a changed line that
// reads like a header ("+++ b/x") is not taken for one.
func parseChanges(diff []byte) (Changes, error) {
	ch := Changes{}
	file, haveFile := "", false // "" for a deleted file's /dev/null
	oldLeft, newLeft := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(nil, 1<<30)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if oldLeft > 0 || newLeft > 0 {
			switch {
			case strings.HasPrefix(l, "-"):
				oldLeft--
			case strings.HasPrefix(l, "+"):
				newLeft--
			case strings.HasPrefix(l, " ") || l == "":
				oldLeft--
				newLeft--
			case strings.HasPrefix(l, `\`): // \ No newline at end of file
			default:
				return nil, fmt.Errorf("line %d: unexpected line in a hunk: %q", n, l)
			}
			if oldLeft < 0 || newLeft < 0 {
				return nil, fmt.Errorf("line %d: hunk longer than its header says", n)
			}
			continue
		}
		switch {
		case strings.HasPrefix(l, "diff "):
			file, haveFile = "", false
		case strings.HasPrefix(l, "+++ "):
			name, err := diffName(l[len("+++ "):])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			file, haveFile = name, true
		case strings.HasPrefix(l, "@@ "):
			start, count, oldCount, err := parseHunkHeader(l)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			if !haveFile {
				return nil, fmt.Errorf("line %d: hunk without a file", n)
			}
			oldLeft, newLeft = oldCount, count
			if count > 0 && file != "" {
				rs := ch[file]
				if k := len(rs); k > 0 && rs[k-1].End+1 >= start {
					rs[k-1].End = max(rs[k-1].End, start+count-1)
				} else {
					rs = append(rs, LineRange{Start: start, End: start + count - 1})
				}
				ch[file] = rs
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if oldLeft > 0 || newLeft > 0 {
		return nil, fmt.Errorf("the diff ends inside a hunk")
	}
	for f, rs := range ch {
		slices.SortFunc(rs, func(a, b LineRange) int { return a.Start - b.Start })
		ch[f] = rs
	}
	return ch, nil
}

// diffName reads the file name of a "+++ " line: "b/name", "/dev/null",
// or either in double quotes with C escapes; git ends a name holding a
// space with a tab. It returns "" for /dev/null.
func diffName(s string) (string, error) {
	s = strings.TrimSuffix(s, "\t")
	if strings.HasPrefix(s, `"`) {
		u, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("bad quoted file name %s", s)
		}
		s = u
	}
	if s == "/dev/null" {
		return "", nil
	}
	name, ok := strings.CutPrefix(s, "b/")
	if !ok || name == "" {
		return "", fmt.Errorf("unexpected file name %q", s)
	}
	return name, nil
}

// parseHunkHeader reads "@@ -a[,b] +c[,d] @@ ...": the new side's start
// and count, and the old side's count. A missing count is 1.
func parseHunkHeader(l string) (start, count, oldCount int, err error) {
	fields := strings.Fields(l)
	if len(fields) < 4 || fields[0] != "@@" || fields[3] != "@@" || !strings.HasPrefix(fields[1], "-") || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", l)
	}
	_, oldCount, err = parseRange(fields[1][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", l)
	}
	start, count, err = parseRange(fields[2][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", l)
	}
	return start, count, oldCount, nil
}

func parseRange(s string) (start, count int, err error) {
	a, b, hasCount := strings.Cut(s, ",")
	if start, err = strconv.Atoi(a); err != nil || start < 0 {
		return 0, 0, fmt.Errorf("bad range %q", s)
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(b); err != nil || count < 0 {
			return 0, 0, fmt.Errorf("bad range %q", s)
		}
	}
	return start, count, nil
}
