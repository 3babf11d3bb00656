package rules

import (
	"regexp"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/tomlx"
)

// patternRule reports every match of a regular expression in the copy,
// like Vale's existence rule; with a replacement it is a substitution rule
// and its finding carries a fix.
type patternRule struct {
	info        Info
	re          *regexp.Regexp
	message     string
	replacement *string
}

type patternConfig struct {
	Common
	Pattern string `toml:"pattern"`
	// Message may refer to the match as $0 and to groups as $1 or ${name}.
	Message     string  `toml:"message"`
	Replacement *string `toml:"replacement"`
}

func newPatternRule(t *tomlx.Table, info Info) (Rule, error) {
	var c patternConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if c.Pattern == "" {
		return nil, t.Errorf("", "rule %q needs a pattern", info.ID)
	}
	if c.Message == "" {
		return nil, t.Errorf("", "rule %q needs a message", info.ID)
	}
	re, err := compilePattern(t, "pattern", "pattern", c.Pattern, info.ID)
	if err != nil {
		return nil, err
	}
	return &patternRule{info: info, re: re, message: c.Message, replacement: c.Replacement}, nil
}

func (r *patternRule) Info() *Info { return &r.info }

func (r *patternRule) Check(a *Article, rep *Reporter) any {
	text := a.Doc.Text
	for _, b := range a.Blocks {
		block := text[b.Start:b.End]
		for _, m := range r.re.FindAllStringSubmatchIndex(block, -1) {
			msg := string(r.re.ExpandString(nil, r.message, block, m))
			var fix *diag.Fix
			if r.replacement != nil {
				fix = &diag.Fix{Replacement: string(r.re.ExpandString(nil, *r.replacement, block, m)), Safe: true}
			}
			rep.Report(r, document.Span{Start: b.Start + m[0], End: b.Start + m[1]}, msg, nil, fix)
		}
	}
	return nil
}
