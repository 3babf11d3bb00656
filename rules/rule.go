package rules

import (
	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// Info describes a rule: what `factlint rules` lists and explains.
type Info struct {
	ID          string
	Kind        string
	Severity    diag.Severity
	Description string
	// Example is copy that the rule reports, shown by `factlint rules ID`.
	Example string
	// Source is where the rule was defined.
	Source tomlx.Position
}

// Rule is one check. Check sees one article; what it returns is that
// article's facts for the rule, handed to CheckCorpus when the rule is also
// a CorpusRule (nil when there are none).
type Rule interface {
	Info() *Info
	Check(a *Article, r *Reporter) any
}

// CorpusRule compares the facts that Check returned for every article of
// the run. facts[i] belongs to the i-th article in corpus order.
type CorpusRule interface {
	Rule
	CheckCorpus(c *Corpus, facts []any, r *Reporter)
}

// FurnitureRule finds page furniture (player captions, "Latest Stories"
// lists) before the copy is segmented. The blocks it returns are reported
// once and not linted further.
type FurnitureRule interface {
	Rule
	Furniture(d *document.Document, blocks []document.Span, r *Reporter) []document.Span
}

// Article is one document as the rules see it.
type Article struct {
	Doc *document.Document
	// Blocks are the blocks of copy that are linted (page furniture
	// removed).
	Blocks []document.Span
	Seg    *segment.Result
	// Index is the article's position in the corpus.
	Index int
	// Units reads the article's quantities (nil: none are read).
	Units *quantity.Table
	// Calendar resolves the article's dates (nil: none are read).
	Calendar *dates.Lexicon
	// Ref is the article's own date, from its dateline or front matter.
	Ref dates.Ref
	// QuantityRoom, if set, is room Quantities reads the quantities into
	// (quantity.Table.ExtractInto), for a caller that checks article
	// after article: no rule keeps a quantity, or a pointer into
	// Quantities, past Check (claims copy what they need, a figure), so
	// the caller may reuse the room for the next article once this one's
	// rules have run.
	QuantityRoom []quantity.Quantity
	// NameParticles are the lowercase words that join a given name to
	// a family name ("el-", "van der"), from Set.NameParticles (nil:
	// none join).
	NameParticles map[string]bool

	names       *NameStats
	nameScan    *nameScan
	quantities  []quantity.Quantity
	conversions []int
	quantDone   bool
	dates       []dates.Expr
	datesDone   bool
	// cands lists the candidates of both extractions, listed in one
	// walk by the first to be asked (listCandidates), until both have
	// read them; candsTried is true once listCandidates has been asked.
	cands      *extractCands
	candsTried bool
}

// Dates returns the article's date expressions in text order, read once.
func (a *Article) Dates() []dates.Expr {
	if !a.datesDone {
		a.datesDone = true
		if a.Calendar != nil {
			if c := a.listCandidates(); c != nil {
				a.dates = dates.ExtractListed(a.Doc.Text, a.Seg, c.d)
				a.doneCandidates()
			} else {
				a.dates = dates.Extract(a.Doc.Text, a.Seg)
			}
		}
	}
	return a.dates
}

// Resolve returns the days a date expression of the article allows, read
// against the article's date and the tense of its clause.
func (a *Article) Resolve(e *dates.Expr) (dates.Range, bool) {
	return e.Resolve(a.Ref, a.Calendar.TenseOf(a.Doc.Text, a.Seg, e))
}

// Quantities returns the article's quantities in text order, read once.
func (a *Article) Quantities() []quantity.Quantity {
	if !a.quantDone {
		a.quantDone = true
		if a.Units != nil {
			if c := a.listCandidates(); c != nil {
				a.quantities = a.Units.ExtractListed(a.QuantityRoom, a.Doc.Text, a.Seg, c.q)
				a.doneCandidates()
			} else {
				a.quantities = a.Units.ExtractInto(a.QuantityRoom, a.Doc.Text, a.Seg)
			}
		}
		a.conversions = conversionOf(a.Doc.Text, a.quantities)
	}
	return a.quantities
}

// Conversions tells, for each of Quantities, the quantity it restates in
// other units ("59 km/h (37mph)"), or -1; read once.
func (a *Article) Conversions() []int {
	a.Quantities()
	return a.conversions
}

// Names returns the article's capitalised words, computed once.
func (a *Article) Names() *NameStats {
	a.scanNames()
	return a.names
}

// scanNames collects the article's names once: its table of capitalised
// words with the NameStats built from it.
func (a *Article) scanNames() *nameScan {
	sc := a.capWords()
	if a.names == nil {
		a.names = statsOf(a, sc)
	}
	return sc
}

// capWords returns the article's table of capitalised words, built once:
// what the rules that walk names read, without the NameStats (locations,
// uses, neighbours), which only Names and scanNames build.
func (a *Article) capWords() *nameScan {
	if a.nameScan == nil {
		a.nameScan = scanCaps(a)
	}
	return a.nameScan
}

// Corpus is what a corpus stage knows about the whole run.
type Corpus struct {
	// Articles is the number of articles checked.
	Articles int
	// Names counts capitalised words across the articles.
	Names *NameIndex
	// Known are the names of every lexicon in the rule set.
	Known *Lexicon
	// Stories group the articles whose facts are compared: article
	// numbers (indexes of the facts slice), each story sorted, the
	// stories in order of their first article.
	Stories [][]int
	// Paths name the articles as diagnostics do.
	Paths []string
	// Jobs is how many stories a corpus rule may compare at once
	// (GOMAXPROCS if 0). Findings do not depend on it.
	Jobs int
}

// Reporter collects a rule's diagnostics.
type Reporter struct {
	doc   *document.Document
	diags []diag.Diagnostic
}

// NewReporter returns a reporter that resolves spans in d (nil for the
// corpus stage, where locations arrive resolved).
func NewReporter(d *document.Document) *Reporter { return &Reporter{doc: d} }

// Diagnostics returns what was reported.
func (r *Reporter) Diagnostics() []diag.Diagnostic { return r.diags }

// At resolves a span of the reporter's document.
func (r *Reporter) At(s document.Span) diag.Location { return diag.At(r.doc, s) }

// Report adds a diagnostic of rule at a span of the reporter's document.
func (r *Reporter) Report(rule Rule, s document.Span, msg string, related []diag.Related, fix *diag.Fix) {
	r.ReportAt(rule, r.At(s), msg, related, fix)
}

// Add adds a diagnostic built by the rule itself, for rules whose findings
// differ in severity or carry a fact id.
func (r *Reporter) Add(d diag.Diagnostic) { r.diags = append(r.diags, d) }

// ReportAt adds a diagnostic of rule at a resolved location.
func (r *Reporter) ReportAt(rule Rule, loc diag.Location, msg string, related []diag.Related, fix *diag.Fix) {
	info := rule.Info()
	r.diags = append(r.diags, diag.Diagnostic{
		Location: loc,
		Severity: info.Severity,
		Rule:     info.ID,
		Message:  msg,
		Related:  related,
		Fix:      fix,
	})
}
