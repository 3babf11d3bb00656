package cli

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/rules"
)

// ruleInfos describes the enabled rules of set and the rules of reading
// files, sorted by id, for the formats that list rules (sarif).
func ruleInfos(set *rules.Set) []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range set.Rules {
		info := r.Info()
		more := "Run 'factlint rules " + info.ID + "' to see where the rule is defined; docs/rules.md describes the " + info.Kind + " kind."
		out = append(out, ruleInfo(info, more))
	}
	for _, info := range checker.FileRules() {
		out = append(out, ruleInfo(&info, "docs/output.md describes the diagnostics about the file itself."))
	}
	slices.SortFunc(out, func(a, b report.RuleInfo) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func ruleInfo(info *rules.Info, more string) report.RuleInfo {
	full := unwrap(info.Description)
	help := more
	if ex := strings.TrimSpace(info.Example); ex != "" {
		lines := strings.Split(ex, "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				lines[i] = "  " + l
			}
		}
		help = "Example:\n" + strings.Join(lines, "\n") + "\n\n" + more
	}
	return report.RuleInfo{ID: info.ID, Short: firstSentence(full), Full: full, Help: help, Severity: info.Severity}
}

// unwrap joins the lines of each paragraph of a description wrapped in
// its rule file; paragraphs stay apart, by a blank line.
func unwrap(s string) string {
	var paras []string
	for p := range strings.SplitSeq(strings.TrimSpace(s), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// firstSentence is the first sentence of a description's first
// paragraph: up to the first full stop outside quotes and brackets that
// ends the text or is followed by a space and a capital letter.
func firstSentence(s string) string {
	s, _, _ = strings.Cut(s, "\n\n")
	depth, quoted := 0, false
	for i, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		case '"':
			quoted = !quoted
		case '.', '!', '?':
			if depth > 0 || quoted {
				continue
			}
			rest := s[i+1:]
			if rest == "" {
				return s
			}
			if next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); rest[0] == ' ' && unicode.IsUpper(next) {
				return s[:i+1]
			}
		}
	}
	return s
}
