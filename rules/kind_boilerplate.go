package rules

import (
	"fmt"
	"strings"
	"sync"

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
	// linesFirst and startFirst are the bytes a line may start with for
	// one of lines, or listStart, to match (see firstByteTable).
	linesFirst, startFirst *[256]bool
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
	r.linesFirst = firstByteTable(r.lines)
	if r.listStart != nil {
		r.startFirst = firstByteTable([]*pattern{r.listStart})
	}
	return r, nil
}

func (r *boilerplateRule) Info() *Info { return &r.info }

// Check does nothing: furniture is found before segmentation.
func (r *boilerplateRule) Check(*Article, *Reporter) any { return nil }

// Furniture works on lines: the blocks of unwrapped copy, or the lines of
// a hard-wrapped paragraph.
//
// Furniture lines start with a few known words ("Audio", "Share",
// "Latest"), so a line whose first byte starts none of the patterns'
// prefixes, most lines of copy, is turned away by one table look-up
// before any pattern is tried.
func (r *boilerplateRule) Furniture(d *document.Document, blocks []document.Span, rep *Reporter) []document.Span {
	var out []document.Span
	text := d.Text
	room := linesPool.Get().(*[]document.Span)
	lines := splitLines(text, blocks, (*room)[:0])
	defer func() {
		*room = lines[:0]
		linesPool.Put(room)
	}()
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		s := text[l.Start:l.End]
		// Lines are trimmed and not empty.
		c := s[0]
		if r.listStart != nil && r.startFirst[c] && r.listStart.mayMatch(s) && r.listStart.MatchString(s) {
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
		if !r.linesFirst[c] {
			continue
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

// linesPool holds room for the lines of an article, which Furniture
// needs only while it runs.
var linesPool = sync.Pool{New: func() any { return new([]document.Span) }}

// firstByteTable returns the bytes that a line may start with for one of
// ps to match, from their prefilters' prefixes (pattern.prefixes): every
// byte when a pattern has no prefixes, or an empty one. With foldPrefix
// a prefix's first letter counts in either case. It is a superset: a
// byte in it says only that a pattern may match.
func firstByteTable(ps []*pattern) *[256]bool {
	t := new([256]bool)
	for _, p := range ps {
		if p.prefixes == nil {
			for c := range t {
				t[c] = true
			}
			return t
		}
		for _, pre := range p.prefixes {
			if pre == "" {
				for c := range t {
					t[c] = true
				}
				return t
			}
			c := pre[0]
			t[c] = true
			if p.foldPrefix && 'a' <= c && c <= 'z' {
				t[c-'a'+'A'] = true
			}
			if p.foldPrefix && 'A' <= c && c <= 'Z' {
				t[c-'A'+'a'] = true
			}
		}
	}
	return t
}

// splitLines splits blocks at line breaks into non-empty, trimmed lines,
// appended to lines.
func splitLines(text string, blocks []document.Span, lines []document.Span) []document.Span {
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
