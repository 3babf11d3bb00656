package checker

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/checker/suppress"
	"github.com/factlint/factlint/rules"
)

// Input is one article to check.
type Input struct {
	// Path names the article in diagnostics, as the user gave it.
	Path string
	// Src holds the article's bytes.
	Src []byte
	// Date is the article's date (YYYY-MM-DD) when the copy gives none
	// in a dateline or front matter: --date, for standard input and
	// drafts. Never guessed from the file.
	Date string
}

// Notice is something the user should know that is not a finding, such as
// a skipped binary file.
type Notice struct {
	File    string
	Message string
}

// Result is the outcome of a run.
type Result struct {
	// Diagnostics are the findings, sorted, without those that inline
	// suppressions cover and with the findings about the suppressions.
	Diagnostics  []diag.Diagnostic
	FilesChecked int
	Notices      []Notice
	// Suppressed are the findings that inline suppressions cover, sorted.
	Suppressed []diag.Diagnostic
}

// Options configure a run.
type Options struct {
	Rules *rules.Set
	// Jobs is the number of articles checked at once (GOMAXPROCS if 0).
	Jobs int
	// Group decides which articles are one story, whose facts are
	// compared (story.Auto by default).
	Group story.Mode
}

// Rule ids of the diagnostics that reading a file produces.
const (
	RuleEncoding    = "file.encoding"
	RuleFrontMatter = "file.front-matter"
)

// FileRules describes the rules of RuleEncoding and RuleFrontMatter, which
// are not in a rule set, for the output formats that list the rules of a
// run.
func FileRules() []rules.Info {
	return []rules.Info{
		{
			ID: RuleEncoding, Kind: "file", Severity: diag.Error,
			Description: "A byte that is not valid UTF-8, at its position (at most 10 per file). The byte is read as U+FFFD and the rest of the file is still checked.",
			Example:     "A caf\\xe9 in Paris. (The byte 0xe9 is é in Latin-1, not UTF-8.)",
		},
		{
			ID: RuleFrontMatter, Kind: "file", Severity: diag.Warning,
			Description: "The file opens a front matter block (--- or +++ on the first line) that is never closed. The file is read as copy from its first line.",
			Example:     "---\nstory: quake\n\nThe quake struck at dawn. (No closing ---.)",
		},
	}
}

// articleResult is what the per-article stage keeps of one article.
type articleResult struct {
	skipped error
	diags   []diag.Diagnostic
	facts   []any // by rule index
	names   *rules.NameStats
	story   string // the story id of the front matter
	terms   []string
	// directives are the article's inline suppressions.
	directives *suppress.File
}

// Check runs the rules over the inputs.
func Check(inputs []Input, opt Options) (*Result, error) {
	if opt.Rules == nil {
		return nil, errors.New("checker: no rule set")
	}
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	results := make([]articleResult, len(inputs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(jobs, max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = checkArticle(inputs[i], i, opt.Rules)
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()

	heapHook()
	res := &Result{}
	var stats []*rules.NameStats
	var paths []string
	var arts []story.Article
	directives := map[string]*suppress.File{}
	for i, r := range results {
		if r.skipped != nil {
			res.Notices = append(res.Notices, Notice{File: inputs[i].Path, Message: r.skipped.Error()})
			continue
		}
		if _, dup := directives[inputs[i].Path]; !dup {
			directives[inputs[i].Path] = r.directives
		}
		res.FilesChecked++
		res.Diagnostics = append(res.Diagnostics, r.diags...)
		stats = append(stats, r.names)
		paths = append(paths, inputs[i].Path)
		arts = append(arts, story.Article{Path: inputs[i].Path, Story: r.story, Terms: r.terms})
	}
	corpus := &rules.Corpus{
		Articles: res.FilesChecked,
		Names:    rules.IndexNames(stats),
		Known:    opt.Rules.Lexicon,
		Stories:  story.Group(arts, opt.Group, story.Options{}),
		Paths:    paths,
	}
	for ri, rule := range opt.Rules.Rules {
		cr, ok := rule.(rules.CorpusRule)
		if !ok {
			continue
		}
		facts := make([]any, 0, len(results))
		for _, r := range results {
			if r.skipped == nil {
				facts = append(facts, r.facts[ri])
			}
		}
		diags, err := checkCorpus(cr, corpus, facts)
		if err != nil {
			res.Notices = append(res.Notices, Notice{File: "(all articles)", Message: err.Error()})
			continue
		}
		res.Diagnostics = append(res.Diagnostics, diags...)
	}
	diag.Sort(res.Diagnostics)
	res.Diagnostics = slices.CompactFunc(res.Diagnostics, func(a, b diag.Diagnostic) bool {
		return diag.Compare(a, b) == 0
	})
	res.Diagnostics, res.Suppressed = suppress.Apply(res.Diagnostics, directives, knownRules(opt.Rules))
	return res, nil
}

// knownRules lists the rule ids that findings of the set can have: every
// rule of the set, enabled or not, and the rules of reading a file.
func knownRules(set *rules.Set) []string {
	ids := []string{RuleEncoding, RuleFrontMatter}
	for _, r := range set.All {
		ids = append(ids, r.Info().ID)
	}
	return ids
}

// checkCorpus runs one corpus rule. Like checkArticle, it turns a panic
// (a bug in factlint) into an error, so that the other rules' findings
// are still reported.
func checkCorpus(cr rules.CorpusRule, corpus *rules.Corpus, facts []any) (diags []diag.Diagnostic, err error) {
	defer func() {
		if p := recover(); p != nil {
			diags, err = nil, fmt.Errorf("internal error in rule %s (please report it): %v", cr.Info().ID, p)
		}
	}()
	rep := rules.NewReporter(nil)
	cr.CheckCorpus(corpus, facts, rep)
	return rep.Diagnostics(), nil
}

// checkArticle reads one article and runs the per-article stage.
func checkArticle(in Input, index int, set *rules.Set) (out articleResult) {
	defer func() {
		// A rule must never take the run down; a panic is a bug in
		// factlint, reported against the file that triggered it.
		if p := recover(); p != nil {
			out = articleResult{skipped: fmt.Errorf("internal error while checking (please report it): %v", p)}
		}
	}()
	doc, err := document.Read(in.Path, in.Src, set.Document)
	if err != nil {
		return articleResult{skipped: err}
	}
	if doc.Meta.Date == "" {
		doc.Meta.Date = in.Date
	}
	out.directives = suppress.Parse(doc)
	out.facts = make([]any, len(set.Rules))
	for _, p := range doc.Problems {
		rule, sev := RuleEncoding, diag.Error
		if p.Kind == document.BadFrontMatter {
			rule, sev = RuleFrontMatter, diag.Warning
		}
		pos := doc.Position(p.Offset)
		out.diags = append(out.diags, diag.Diagnostic{
			Location: diag.Location{File: doc.Path, Start: pos, End: document.Position{Line: pos.Line, Column: pos.Column + 1}, StartByte: p.Offset, EndByte: p.Offset + 1},
			Severity: sev, Rule: rule, Message: p.Message,
		})
	}
	blocks := doc.Blocks
	for _, rule := range set.Rules {
		fr, ok := rule.(rules.FurnitureRule)
		if !ok {
			continue
		}
		rep := rules.NewReporter(doc)
		blocks = subtract(blocks, fr.Furniture(doc, blocks, rep))
		out.diags = append(out.diags, rep.Diagnostics()...)
	}
	segBlocks := make([]segment.Block, len(blocks))
	for i, b := range blocks {
		segBlocks[i] = segment.Block{Start: b.Start, End: b.End}
	}
	a := &rules.Article{Doc: doc, Blocks: blocks, Seg: segment.Segment(doc.Text, segBlocks, &set.Segment), Index: index, Units: set.Quantities,
		Calendar: set.Dates, Ref: dates.RefOf(doc.Meta.Date)}
	for ri, rule := range set.Rules {
		rep := rules.NewReporter(doc)
		out.facts[ri] = rule.Check(a, rep)
		out.diags = append(out.diags, rep.Diagnostics()...)
	}
	out.names = a.Names()
	out.story = doc.Meta.Story
	out.terms = set.StoryTerms(a)
	return out
}

// subtract removes the cut spans from blocks; what is left of a block
// that a cut splits stays, as separate blocks.
func subtract(blocks, cut []document.Span) []document.Span {
	if len(cut) == 0 {
		return blocks
	}
	out := make([]document.Span, 0, len(blocks))
	for _, b := range blocks {
		pieces := []document.Span{b}
		for _, c := range cut {
			var next []document.Span
			for _, p := range pieces {
				if c.End <= p.Start || c.Start >= p.End {
					next = append(next, p)
					continue
				}
				if c.Start > p.Start {
					next = append(next, document.Span{Start: p.Start, End: c.Start})
				}
				if c.End < p.End {
					next = append(next, document.Span{Start: c.End, End: p.End})
				}
			}
			pieces = next
		}
		out = append(out, pieces...)
	}
	return out
}
