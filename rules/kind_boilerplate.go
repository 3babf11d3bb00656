package rules

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/tomlx"
)

// boilerplateRule finds page furniture scraped into the copy: single
// blocks such as an audio player's caption, and lists such as "Latest
// Stories" whose items carry "26 minutes -" stamps. Each is reported once
// and its text is not linted further.
type boilerplateRule struct {
	info      Info
	lines     []*pattern
	listStart *pattern
	listItem  *pattern
	maxGap    int
}

type boilerplateConfig struct {
	Common
	// Lines match a whole block of furniture.
	Lines []string `toml:"lines"`
	// ListStart matches the heading block of a list of furniture;
	// ListItem the stamp blocks inside it. The list runs from the heading
	// to the last stamp that follows the one before it within MaxGap
	// blocks.
	ListStart string `toml:"list_start"`
	ListItem  string `toml:"list_item"`
	MaxGap    int    `toml:"max_gap"`
}

func newBoilerplateRule(t *tomlx.Table, info Info) (Rule, error) {
	c := boilerplateConfig{MaxGap: 2}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	r := &boilerplateRule{info: info, maxGap: c.MaxGap}
	for i, l := range c.Lines {
		re, err := compilePattern(t, "lines", fmt.Sprintf("lines[%d]", i), l, info.ID)
		if err != nil {
			return nil, err
		}
		r.lines = append(r.lines, newPattern(re))
	}
	if (c.ListStart == "") != (c.ListItem == "") {
		return nil, t.Errorf("", "rule %q: list_start and list_item go together", info.ID)
	}
	if c.ListStart != "" {
		start, err := compilePattern(t, "list_start", "list_start", c.ListStart, info.ID)
		if err != nil {
			return nil, err
		}
		item, err := compilePattern(t, "list_item", "list_item", c.ListItem, info.ID)
		if err != nil {
			return nil, err
		}
		r.listStart, r.listItem = newPattern(start), newPattern(item)
	}
	if len(r.lines) == 0 && r.listStart == nil {
		return nil, t.Errorf("", "rule %q needs lines or list_start and list_item", info.ID)
	}
	if r.maxGap < 1 {
		return nil, t.Errorf("max_gap", "rule %q: max_gap must be at least 1", info.ID)
	}
	return r, nil
}

func (r *boilerplateRule) Info() *Info { return &r.info }

// Check does nothing: furniture is found before segmentation.
func (r *boilerplateRule) Check(*Article, *Reporter) any { return nil }

// Furniture works on lines: the blocks of unwrapped copy, or the lines of
// a hard-wrapped paragraph.
func (r *boilerplateRule) Furniture(d *document.Document, blocks []document.Span, rep *Reporter) []document.Span {
	var out []document.Span
	text := d.Text
	lines := splitLines(text, blocks)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		s := text[l.Start:l.End]
		if r.listStart != nil && r.listStart.mayMatch(s) && r.listStart.MatchString(s) {
			last, items := i, 0
			for j := i + 1; j < len(lines) && j-last <= r.maxGap+1; j++ {
				if item := text[lines[j].Start:lines[j].End]; r.listItem.mayMatch(item) && r.listItem.MatchString(item) {
					last = j
					items++
				}
			}
			if items >= 2 {
				sp := document.Span{Start: l.Start, End: lines[last].End}
				rep.Report(r, sp,
					fmt.Sprintf("%q and the %d lines after it look like a list of links scraped from the page, not copy; they are not checked", s, last-i),
					nil, nil)
				out = append(out, sp)
				i = last
				continue
			}
		}
		for _, re := range r.lines {
			if re.mayMatch(s) && re.MatchString(s) {
				rep.Report(r, l, fmt.Sprintf("%q looks like page furniture scraped with the copy; it is not checked", s), nil, nil)
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// splitLines splits blocks at line breaks into non-empty, trimmed lines.
func splitLines(text string, blocks []document.Span) []document.Span {
	var lines []document.Span
	for _, b := range blocks {
		for start := b.Start; start <= b.End; {
			// The next line break, found by IndexByte rather than a
			// loop over every byte of the copy.
			i := b.End
			if n := strings.IndexByte(text[start:b.End], '\n'); n >= 0 {
				i = start + n
			}
			if l := trimSpan(text, document.Span{Start: start, End: i}); l.Len() > 0 {
				lines = append(lines, l)
			}
			start = i + 1
		}
	}
	return lines
}

// trimSpan drops white space at both ends of a span.
func trimSpan(text string, s document.Span) document.Span {
	for s.Start < s.End && isBlank(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isBlank(text[s.End-1]) {
		s.End--
	}
	return s
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }
