package suppress

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
)

// Rule ids of the findings about directives. They are not rules of the
// rule set: `factlint rules` does not list them and they cannot be
// configured or suppressed.
const (
	RuleUnused      = "suppression.unused"
	RuleUnknownRule = "suppression.unknown-rule"
	RuleMalformed   = "suppression.malformed"
)

// Kind is what a directive does.
type Kind int

// The directives.
const (
	// NextLine suppresses findings that start on the next line that is
	// neither blank nor only comments.
	NextLine Kind = iota + 1
	// Disable suppresses findings from the end of the directive to the
	// Enable that names the same rule, or to the end of the file.
	Disable
	// Enable ends Disable regions.
	Enable
)

// String is the directive as written.
func (k Kind) String() string {
	switch k {
	case NextLine:
		return "factlint-disable-next-line"
	case Disable:
		return "factlint-disable"
	case Enable:
		return "factlint-enable"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

var kinds = map[string]Kind{
	NextLine.String(): NextLine,
	Disable.String():  Disable,
	Enable.String():   Enable,
}

// Pattern is one rule name of a directive.
type Pattern struct {
	// Name is as written: a rule id, or a prefix followed by "*" that
	// matches every rule id starting with it ("fact.*"; "*" alone matches
	// every rule). A directive that names no rule has one implicit
	// pattern "*".
	Name string
	// Loc is where the name is written (the whole directive for the
	// implicit pattern).
	Loc diag.Location
	// Implicit marks the pattern of a directive that names no rule.
	Implicit bool
	// From and To are, for a Disable directive, the source byte range
	// the pattern covers: from the end of the directive to the start of
	// the Enable that closes it, or the end of the file. ToLine is the
	// Enable's line, 0 for the end of the file.
	From, To, ToLine int

	used, unknown bool
}

// Matches reports whether the pattern names the rule id.
func (p *Pattern) Matches(rule string) bool {
	if prefix, ok := strings.CutSuffix(p.Name, "*"); ok {
		return strings.HasPrefix(rule, prefix)
	}
	return rule == p.Name
}

// Directive is one directive comment.
type Directive struct {
	Kind Kind
	// Loc is the whole comment.
	Loc diag.Location
	// Rules are the patterns named, in order; never empty.
	Rules []*Pattern
	// Reason is the text after " -- ", for people.
	Reason string
	// Line is the line a NextLine directive covers; 0 when no line
	// follows it.
	Line int
}

// File holds the directives of one article.
type File struct {
	Path       string
	Directives []*Directive
	// Problems are the suppression.malformed findings of the file.
	Problems []diag.Diagnostic
}

// namePattern is a rule id (as rules.Load accepts them) or a glob: a
// prefix of one followed by "*".
var namePattern = regexp.MustCompile(`^(?:\*|` + id + `\*?|` + id + `\.\*)$`)

const id = `[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*`

// Parse reads the directives of a document from its comments.
func Parse(doc *document.Document) *File {
	f := &File{Path: doc.Path}
	p := parser{doc: doc, file: f}
	for _, c := range doc.Comments {
		p.comment(c)
	}
	return f
}

type parser struct {
	doc  *document.Document
	file *File
	// open are the Disable patterns not closed yet, in order.
	open []*Pattern
}

func (p *parser) loc(start, end int) diag.Location {
	return diag.Location{File: p.doc.Path, Start: p.doc.Position(start), End: p.doc.Position(end), StartByte: start, EndByte: end}
}

func (p *parser) malformed(start, end int, format string, args ...any) {
	p.file.Problems = append(p.file.Problems, diag.Diagnostic{
		Location: p.loc(start, end), Severity: diag.Warning, Rule: RuleMalformed,
		Message: fmt.Sprintf(format, args...),
	})
}

// body returns the text inside a comment and its source offset.
func (p *parser) body(c document.Span) ([]byte, int, bool) {
	src := p.doc.Src
	raw := src[c.Start:c.End]
	if p.doc.Format == document.PlainText {
		i := bytes.Index(raw, []byte("%%"))
		if i < 0 {
			return nil, 0, false
		}
		return raw[i+2:], c.Start + i + 2, true
	}
	inner, ok := bytes.CutPrefix(raw, []byte("<!--"))
	if !ok {
		return nil, 0, false
	}
	inner = bytes.TrimSuffix(inner, []byte("-->"))
	return inner, c.Start + 4, true
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// comment reads one comment; comments that do not start with
// "factlint-" are not directives and are left alone.
func (p *parser) comment(c document.Span) {
	body, base, ok := p.body(c)
	if !ok {
		return
	}
	i := 0
	for i < len(body) && isBlank(body[i]) {
		i++
	}
	if !bytes.HasPrefix(body[i:], []byte("factlint-")) {
		return
	}
	verbEnd := i
	for verbEnd < len(body) && !isBlank(body[verbEnd]) && body[verbEnd] != ',' {
		verbEnd++
	}
	verb := string(body[i:verbEnd])
	kind, ok := kinds[verb]
	if !ok {
		p.malformed(base+i, base+verbEnd, "unknown directive %q (want factlint-disable-next-line, factlint-disable or factlint-enable)", verb)
		return
	}
	d := &Directive{Kind: kind, Loc: p.loc(c.Start, c.End)}
	rest := body[verbEnd:]
	if r := reasonAt(rest); r >= 0 {
		d.Reason = strings.TrimSpace(string(rest[r+2:]))
		rest = rest[:r]
	}
	names, ok := p.names(rest, base+verbEnd, verb)
	if !ok {
		// Some name was malformed and none is left: the directive must
		// not widen to every rule.
		if len(names) == 0 {
			return
		}
	}
	if len(names) == 0 {
		names = []*Pattern{{Name: "*", Loc: d.Loc, Implicit: true}}
	}
	d.Rules = names
	switch kind {
	case NextLine:
		d.Line = p.nextLine(c.End)
	case Disable:
		for _, n := range names {
			n.From, n.To = c.End, len(p.doc.Src)
			p.open = append(p.open, n)
		}
	case Enable:
		p.enable(d, c.Start)
	}
	p.file.Directives = append(p.file.Directives, d)
}

// reasonAt finds " -- " (or "--" at the start, after blanks) that begins
// the reason, or returns -1.
func reasonAt(rest []byte) int {
	for i := 0; i+1 < len(rest); i++ {
		if rest[i] == '-' && rest[i+1] == '-' && (i == 0 || isBlank(rest[i-1])) && (i+2 == len(rest) || isBlank(rest[i+2])) {
			return i
		}
	}
	return -1
}

// names reads the rule names: separated by commas, blanks or both. It
// reports false if any was malformed (and left out).
func (p *parser) names(rest []byte, base int, verb string) ([]*Pattern, bool) {
	var out []*Pattern
	ok := true
	entries := bytes.Split(rest, []byte(","))
	off := base
	for k, entry := range entries {
		if len(entries) > 1 && len(bytes.TrimSpace(entry)) == 0 {
			// ",,", or a comma at either end: point at the comma.
			at := off + len(entry)
			if k == len(entries)-1 {
				at = off - 1
			}
			p.malformed(at, at+1, "%s: empty rule name in the list", verb)
			ok = false
		}
		for j := 0; j < len(entry); {
			if isBlank(entry[j]) {
				j++
				continue
			}
			e := j
			for e < len(entry) && !isBlank(entry[e]) {
				e++
			}
			name := string(entry[j:e])
			if namePattern.MatchString(name) {
				out = append(out, &Pattern{Name: name, Loc: p.loc(off+j, off+e)})
			} else {
				p.malformed(off+j, off+e, "%s: %q is not a rule id (lower case, as factlint rules lists them; a glob may only end in *)", verb, name)
				ok = false
			}
			j = e
		}
		off += len(entry) + 1
	}
	return out, ok
}

// enable closes the open regions that d names (all of them if it names
// none).
func (p *parser) enable(d *Directive, at int) {
	line := p.doc.Position(at).Line
	if d.Rules[0].Implicit {
		for _, o := range p.open {
			o.To, o.ToLine = at, line
		}
		p.open = nil
		return
	}
	for _, n := range d.Rules {
		i := slices.IndexFunc(p.open, func(o *Pattern) bool { return o.Name == n.Name })
		if i < 0 {
			p.file.Problems = append(p.file.Problems, diag.Diagnostic{
				Location: n.Loc, Severity: diag.Warning, Rule: RuleMalformed,
				Message: fmt.Sprintf("factlint-enable %s: no factlint-disable of %s is open here", n.Name, n.Name),
			})
			continue
		}
		// The latest region of that name.
		for j := len(p.open) - 1; j > i; j-- {
			if p.open[j].Name == n.Name {
				i = j
				break
			}
		}
		p.open[i].To, p.open[i].ToLine = at, line
		p.open = slices.Delete(p.open, i, i+1)
	}
}

// nextLine is the number of the first line after the one holding
// src[after-1] that holds something besides blanks and comments, or 0.
func (p *parser) nextLine(after int) int {
	src := p.doc.Src
	pos := skipLine(src, after)
	for pos < len(src) {
		end := pos
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		if !p.emptyLine(pos, end) {
			return p.doc.Position(pos).Line
		}
		pos = skipLine(src, end)
	}
	return 0
}

// skipLine returns the start of the line after the one at pos.
func skipLine(src []byte, pos int) int {
	for pos < len(src) && src[pos] != '\n' && src[pos] != '\r' {
		pos++
	}
	if pos < len(src) && src[pos] == '\r' {
		pos++
	}
	if pos < len(src) && src[pos] == '\n' {
		pos++
	}
	return pos
}

// emptyLine reports whether src[start:end] holds only blanks and
// comments.
func (p *parser) emptyLine(start, end int) bool {
	for i := start; i < end; i++ {
		if isBlank(p.doc.Src[i]) {
			continue
		}
		inComment := false
		for _, c := range p.doc.Comments {
			if c.Start <= i && i < c.End {
				inComment = true
				i = c.End - 1
				break
			}
		}
		if !inComment {
			return false
		}
	}
	return true
}
