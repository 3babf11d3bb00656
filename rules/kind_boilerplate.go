package rules

import (
	"fmt"
	"regexp"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/tomlx"
)

// boilerplateRule finds page furniture scraped into the copy: single
// blocks such as an audio player's caption, and lists such as "Latest
// Stories" whose items carry "26 minutes -" stamps. Each is reported once
// and its text is not linted further.
type boilerplateRule struct {
	info      Info
	lines     []*regexp.Regexp
	listStart *regexp.Regexp
	listItem  *regexp.Regexp
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
		r.lines = append(r.lines, re)
	}
	if (c.ListStart == "") != (c.ListItem == "") {
		return nil, t.Errorf("", "rule %q: list_start and list_item go together", info.ID)
	}
	if c.ListStart != "" {
		var err error
		if r.listStart, err = compilePattern(t, "list_start", "list_start", c.ListStart, info.ID); err != nil {
			return nil, err
		}
		if r.listItem, err = compilePattern(t, "list_item", "list_item", c.ListItem, info.ID); err != nil {
			return nil, err
		}
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

func (r *boilerplateRule) Furniture(d *document.Document, blocks []document.Span, rep *Reporter) []document.Span {
	var out []document.Span
	text := d.Text
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		s := text[b.Start:b.End]
		if r.listStart != nil && r.listStart.MatchString(s) {
			last, items := i, 0
			for j := i + 1; j < len(blocks) && j-last <= r.maxGap+1; j++ {
				if r.listItem.MatchString(text[blocks[j].Start:blocks[j].End]) {
					last = j
					items++
				}
			}
			if items >= 2 {
				sp := document.Span{Start: b.Start, End: blocks[last].End}
				rep.Report(r, document.Span{Start: b.Start, End: b.End},
					fmt.Sprintf("%q and the %d blocks after it look like a list of links scraped from the page, not copy; they are not checked", s, last-i),
					nil, nil)
				out = append(out, sp)
				i = last
				continue
			}
		}
		for _, re := range r.lines {
			if re.MatchString(s) {
				rep.Report(r, b, fmt.Sprintf("%q looks like page furniture scraped with the copy; it is not checked", s), nil, nil)
				out = append(out, b)
				break
			}
		}
	}
	return out
}
