package suppress

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/diag"
)

// Apply drops from diags (sorted, as the checker returns them) the findings
// that a directive of their own file covers, and adds the findings about
// the directives of files: malformed directives, unknown rule names and
// names or directives that suppressed nothing. known are the rule ids that
// findings can have; a name that matches none of them suppresses nothing
// and is reported as unknown. It returns the findings kept, sorted, and
// those suppressed, in their order. files are keyed by path; their state
// is reset, so Apply may be called again with other findings.
func Apply(diags []diag.Diagnostic, files map[string]*File, known []string) (kept, suppressed []diag.Diagnostic) {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var extra []diag.Diagnostic
	for _, path := range paths {
		f := files[path]
		extra = append(extra, f.Problems...)
		for _, d := range f.Directives {
			for _, p := range d.Rules {
				p.used, p.unknown = false, false
				if d.Kind == Enable || slices.ContainsFunc(known, p.Matches) {
					continue
				}
				p.unknown = true
				extra = append(extra, diag.Diagnostic{
					Location: p.Loc, Severity: diag.Warning, Rule: RuleUnknownRule,
					Message: unknownMessage(d.Kind, p.Name, known),
				})
			}
		}
	}
	for _, d := range diags {
		if covered(files[d.File], d) {
			suppressed = append(suppressed, d)
		} else {
			kept = append(kept, d)
		}
	}
	for _, path := range paths {
		for _, d := range files[path].Directives {
			for _, p := range d.Rules {
				if d.Kind == Enable || p.used || p.unknown {
					continue
				}
				extra = append(extra, diag.Diagnostic{
					Location: p.Loc, Severity: diag.Info, Rule: RuleUnused,
					Message: unusedMessage(d, p),
				})
			}
		}
	}
	if len(extra) > 0 {
		kept = append(kept, extra...)
		diag.Sort(kept)
	}
	return kept, suppressed
}

// covered reports whether a directive of f covers the finding d, marking
// every pattern that does as used.
func covered(f *File, d diag.Diagnostic) bool {
	if f == nil {
		return false
	}
	hit := false
	for _, dir := range f.Directives {
		for _, p := range dir.Rules {
			if p.unknown || !p.Matches(d.Rule) {
				continue
			}
			switch dir.Kind {
			case NextLine:
				if dir.Line == 0 || d.Start.Line != dir.Line {
					continue
				}
			case Disable:
				if d.StartByte < p.From || d.StartByte >= p.To {
					continue
				}
			default:
				continue
			}
			p.used = true
			hit = true
		}
	}
	return hit
}

func unusedMessage(d *Directive, p *Pattern) string {
	what := "no finding"
	if !p.Implicit {
		what = "no " + p.Name + " finding"
	}
	if d.Kind == NextLine {
		if d.Line == 0 {
			return fmt.Sprintf("unused %s: no line follows it", d.Kind)
		}
		return fmt.Sprintf("unused %s: %s starts on line %d", d.Kind, what, d.Line)
	}
	if p.ToLine == 0 {
		return fmt.Sprintf("unused %s: %s between here and the end of the file", d.Kind, what)
	}
	return fmt.Sprintf("unused %s: %s between here and the factlint-enable on line %d", d.Kind, what, p.ToLine)
}

func unknownMessage(k Kind, name string, known []string) string {
	if strings.HasSuffix(name, "*") {
		return fmt.Sprintf("%s: no rule matches %q (factlint rules lists them)", k, name)
	}
	msg := fmt.Sprintf("%s: unknown rule %q", k, name)
	if s := closest(name, known); s != "" {
		return msg + fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg + " (factlint rules lists them)"
}

// closest is the known id at most two edits from name, if any.
func closest(name string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(name, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
