package report

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
)

// htmlFormatter writes one self-contained HTML page (inline CSS and
// script, no external asset) that an editor opens by double-click: the
// counts by severity and rule, then every article with its findings
// highlighted in the copy and, for each finding, its passage beside the
// passages of the other articles it points to. It reads the copy from
// Run.Sources; without it the findings are listed without the copy.
type htmlFormatter struct{}

func (htmlFormatter) Name() string { return "html" }

var (
	//go:embed html/report.tmpl
	htmlTemplateText string
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string

	htmlTemplate = template.Must(template.New("report").Parse(htmlTemplateText))
)

// passageContext is how many bytes of copy a passage shows on each side
// of its span, so that a one-paragraph line does not fill the screen.
const passageContext = 160

type htmlPage struct {
	Tool, Version, Summary string
	CSS                    template.CSS
	JS                     template.JS
	Severities             []htmlCount
	Rules                  []htmlCount
	Articles               []htmlArticle
}

type htmlCount struct {
	Name  string
	Count int
}

type htmlArticle struct {
	Index    int
	File     string
	Copy     template.HTML // the source with the findings marked; empty without the source
	HasCopy  bool
	Findings []htmlFinding
}

type htmlFinding struct {
	ID              string // anchor of the finding
	Severity, Rule  string
	Message, Place  string
	Here            htmlPassage
	Related         []htmlPassage
	Fix             string // the replacement, if any
	HasFix, SafeFix bool
	FixFrom         string // the text the fix replaces
	Line, Column    int
}

type htmlPassage struct {
	Place   string // file:line:col
	Message string
	Before  string
	Text    string
	After   string
	HasText bool
}

func (htmlFormatter) Format(w io.Writer, run *Run) error {
	page := htmlPage{
		Tool: run.Tool, Version: run.Version, Summary: Summary(run),
		CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), // #nosec G203 -- our own embedded files
	}
	bySev := map[diag.Severity]int{}
	byRule := map[string]int{}
	byFile := map[string][]int{}
	for i, d := range run.Diagnostics {
		bySev[d.Severity]++
		byRule[d.Rule]++
		byFile[d.File] = append(byFile[d.File], i)
	}
	for _, s := range []diag.Severity{diag.Error, diag.Warning, diag.Info} {
		page.Severities = append(page.Severities, htmlCount{s.String(), bySev[s]})
	}
	for r, n := range byRule {
		page.Rules = append(page.Rules, htmlCount{r, n})
	}
	slices.SortFunc(page.Rules, func(a, b htmlCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name)) })

	// Every article of the run: those with findings and, when the copy
	// is at hand, the clean ones too, so that the report shows them.
	files := make([]string, 0, len(byFile)+len(run.Sources))
	for f := range byFile {
		files = append(files, f)
	}
	for f := range run.Sources {
		if _, ok := byFile[f]; !ok {
			files = append(files, f)
		}
	}
	slices.Sort(files)
	for ai, f := range files {
		art := htmlArticle{Index: ai + 1, File: f}
		var spans []markSpan
		for _, i := range byFile[f] {
			d := run.Diagnostics[i]
			id := fmt.Sprintf("f%d", i+1)
			hf := htmlFinding{
				ID: id, Severity: d.Severity.String(), Rule: d.Rule, Message: d.Message,
				Place: fmt.Sprintf("%s:%d:%d", d.File, d.Start.Line, d.Start.Column),
				Here:  passage(run, d.Location, ""),
				Line:  d.Start.Line, Column: d.Start.Column,
			}
			for _, r := range d.Related {
				hf.Related = append(hf.Related, passage(run, r.Location, r.Message))
			}
			if d.Fix != nil {
				hf.HasFix, hf.SafeFix, hf.Fix = true, d.Fix.Safe, d.Fix.Replacement
				if t, ok := sourceText(run, d.Location); ok {
					hf.FixFrom = validText(t)
				}
			}
			art.Findings = append(art.Findings, hf)
			spans = append(spans, markSpan{start: d.StartByte, end: d.EndByte, sev: d.Severity, id: id})
		}
		if src, ok := run.Sources[f]; ok {
			art.HasCopy = true
			art.Copy = markCopy(src, spans)
		}
		page.Articles = append(page.Articles, art)
	}
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// passage is the copy around a location: the rest of its line on each
// side, cut at passageContext bytes (on character boundaries).
func passage(run *Run, loc diag.Location, msg string) htmlPassage {
	p := htmlPassage{Place: fmt.Sprintf("%s:%d:%d", loc.File, loc.Start.Line, loc.Start.Column), Message: msg}
	src, ok := run.Sources[loc.File]
	if !ok || loc.StartByte < 0 || loc.StartByte > loc.EndByte || loc.EndByte > len(src) {
		return p
	}
	start, end := runeStart(src, loc.StartByte), runeStart(src, loc.EndByte)
	from := bytes.LastIndexAny(src[:start], "\r\n") + 1
	to := len(src)
	if i := bytes.IndexAny(src[end:], "\r\n"); i >= 0 {
		to = end + i
	}
	before, after := "", ""
	if start-from > passageContext {
		from, before = runeStart(src, start-passageContext), "…"
	}
	if to-end > passageContext {
		to, after = runeStart(src, end+passageContext), "…"
	}
	p.Before = before + validText(src[from:start])
	p.Text = validText(src[start:end])
	p.After = validText(src[end:to]) + after
	p.HasText = true
	return p
}

// runeStart moves a byte offset back to the start of its UTF-8 sequence,
// so that a cut never splits a character.
func runeStart(src []byte, off int) int {
	for off > 0 && off < len(src) && !utf8.RuneStart(src[off]) {
		off--
	}
	return off
}

// validText is copy as the page shows it: a byte that is not UTF-8
// (reported by file.encoding) becomes U+FFFD, as the checker reads it.
func validText(b []byte) string { return strings.ToValidUTF8(string(b), "\uFFFD") }

// markSpan is the byte span of one finding in its article's source.
type markSpan struct {
	start, end int
	sev        diag.Severity
	id         string
}

// markCopy escapes the source and wraps each stretch that findings cover
// in a link to the first of them. Findings may overlap: the source is cut
// at every start and end, and each piece is marked with the most severe
// finding covering it. An empty span (a missing word) is marked by a
// zero-width mark where it lies.
func markCopy(src []byte, spans []markSpan) template.HTML {
	var cuts []int
	var valid []markSpan
	for _, s := range spans {
		if s.start < 0 || s.start > s.end || s.end > len(src) {
			continue
		}
		s.start, s.end = runeStart(src, s.start), runeStart(src, s.end)
		valid = append(valid, s)
		cuts = append(cuts, s.start, s.end)
	}
	cuts = append(cuts, 0, len(src))
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var b strings.Builder
	for i, c := range cuts {
		// Empty spans at c first, then the piece from c to the next cut.
		for _, s := range valid {
			if s.start == c && s.end == c {
				fmt.Fprintf(&b, `<a class="hl empty sev-%s" href="#%s" data-f="%s" aria-label="finding %s">&#8203;</a>`, s.sev, s.id, s.id, s.id)
			}
		}
		if i == len(cuts)-1 {
			break
		}
		next := cuts[i+1]
		text := template.HTMLEscapeString(validText(src[c:next]))
		var top *markSpan
		var ids []string
		for k := range valid {
			s := &valid[k]
			if s.start <= c && next <= s.end && s.start < s.end {
				ids = append(ids, s.id)
				if top == nil || s.sev > top.sev {
					top = s
				}
			}
		}
		if top == nil {
			b.WriteString(text)
			continue
		}
		fmt.Fprintf(&b, `<a class="hl sev-%s" href="#%s" data-f="%s">%s</a>`, top.sev, top.id, strings.Join(ids, " "), text)
	}
	return template.HTML(b.String()) // #nosec G203 -- built from escaped copy and our own markup
}
