package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/report"
)

// CheckRequest is the body of POST /v1/check.
type CheckRequest struct {
	Articles []ArticleRequest `json:"articles"`
}

// ArticleRequest is one submitted article.
type ArticleRequest struct {
	// Name names the article in the findings; "article-N" (N from 1) by
	// default. Its extension picks the reader unless Format is given.
	Name string `json:"name"`
	// Text is the copy, as it would be on disk.
	Text string `json:"text"`
	// Format is "text", "markdown" or "html"; by default, the name's
	// extension decides, and a name without one is text.
	Format string `json:"format"`
	// Date (YYYY-MM-DD) is the publication date when the copy gives none
	// in a dateline or front matter.
	Date string `json:"date"`
	// Story is the story id, as front matter's "story:" would give it:
	// the article's facts are compared with those of that story only.
	Story string `json:"story"`
}

// submitted is a request's article as it is checked: its name in the
// findings, the path the checker sees (the name, or the name with an
// extension that picks the format asked for) and the bytes added in
// front of the copy to carry a story id.
type submitted struct {
	name, path string
	prefix     int // bytes of front matter added before the copy
	prefixLine int // lines of it
	offset     int // where they were inserted (after a BOM)
}

var formatExt = map[string]string{"text": ".txt", "markdown": ".md", "html": ".html"}

var formatOf = map[string]document.Format{"text": document.PlainText, "markdown": document.Markdown, "html": document.HTML}

// prepare validates the request and turns it into checker inputs.
func (s *Server) prepare(req *CheckRequest, corpusPaths map[string]bool) ([]checker.Input, []submitted, *requestError) {
	if len(req.Articles) == 0 {
		return nil, nil, badRequest(`no articles: send {"articles": [{"text": "…"}]}`)
	}
	if len(req.Articles) > s.cfg.MaxArticles {
		return nil, nil, badRequest("%d articles: at most %d per request", len(req.Articles), s.cfg.MaxArticles)
	}
	inputs := make([]checker.Input, 0, len(req.Articles))
	subs := make([]submitted, 0, len(req.Articles))
	names := map[string]bool{}
	paths := map[string]bool{}
	for i, a := range req.Articles {
		where := fmt.Sprintf("articles[%d]", i)
		name := a.Name
		if name == "" {
			name = fmt.Sprintf("article-%d", i+1)
		} else {
			where += fmt.Sprintf(" (%q)", name)
		}
		if strings.ContainsFunc(name, unicode.IsControl) {
			return nil, nil, badRequest("%s: the name holds a control character", where)
		}
		if names[name] {
			return nil, nil, badRequest("%s: two articles are named %q; names must differ", where, name)
		}
		names[name] = true
		path := name
		if a.Format != "" {
			f, ok := formatOf[a.Format]
			if !ok {
				return nil, nil, badRequest("%s: format %q: want text, markdown or html", where, a.Format)
			}
			if document.FormatOf(name) != f {
				// The checker picks the reader by extension: give it
				// one, and print the name as sent.
				path = name + formatExt[a.Format]
			}
		}
		if a.Date != "" {
			if _, ok := dates.ParseISO(a.Date); !ok {
				return nil, nil, badRequest("%s: date %q is not a date in the form YYYY-MM-DD", where, a.Date)
			}
		}
		src := []byte(a.Text)
		sub := submitted{name: name, path: path}
		if a.Story != "" {
			var err *requestError
			if src, sub, err = withStory(src, sub, a.Story, where); err != nil {
				return nil, nil, err
			}
		}
		if paths[path] || (path != name && (names[path] || corpusPaths[path])) {
			return nil, nil, badRequest("%s: the name %q clashes with another article's; rename it", where, name)
		}
		paths[path] = true
		inputs = append(inputs, checker.Input{Path: path, Src: src, Date: a.Date})
		subs = append(subs, sub)
	}
	return inputs, subs, nil
}

// withStory puts the story id in front of the copy as front matter, the
// way the checker reads story ids, and records how much it shifts the
// copy so that positions can be given back in the copy as sent.
func withStory(src []byte, sub submitted, id, where string) ([]byte, submitted, *requestError) {
	id = strings.TrimSpace(id)
	if strings.ContainsFunc(id, unicode.IsControl) {
		return nil, sub, badRequest("%s: the story id holds a control character", where)
	}
	at := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		at = 3
	}
	if rest := src[at:]; bytes.HasPrefix(rest, []byte("---")) || bytes.HasPrefix(rest, []byte("+++")) {
		return nil, sub, badRequest("%s: the copy opens with front matter; give the story there (story: …) or in the request, not both", where)
	}
	front := "---\nstory: " + id + "\n---\n"
	out := make([]byte, 0, len(src)+len(front))
	out = append(out, src[:at]...)
	out = append(out, front...)
	out = append(out, src[at:]...)
	sub.prefix, sub.prefixLine, sub.offset = len(front), 3, at
	return out, sub, nil
}

// restore gives a location in a submitted article back in the copy as
// sent: its name, and its place without the added front matter.
func (sub *submitted) restore(loc *diag.Location) {
	loc.File = sub.name
	if sub.prefix == 0 {
		return
	}
	shift := func(off int) int {
		if off >= sub.offset+sub.prefix {
			return off - sub.prefix
		}
		return min(off, sub.offset)
	}
	loc.StartByte, loc.EndByte = shift(loc.StartByte), shift(loc.EndByte)
	for _, p := range []*document.Position{&loc.Start, &loc.End} {
		if p.Line > sub.prefixLine {
			p.Line -= sub.prefixLine
		} else {
			p.Line, p.Column = 1, 1
		}
	}
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	var req CheckRequest
	if rerr := s.decodeJSON(w, r, &req); rerr != nil {
		s.fail(w, r, rerr.status, rerr.msg)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	doc, status, err := s.check(ctx, &req)
	if err != nil {
		s.fail(w, r, status, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(doc)
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.cfg.Log.Printf("%s %s: %d: %s", r.Method, r.URL.Path, status, msg)
	writeError(w, status, msg)
}

// Check checks the articles of req against the corpus and returns the
// `check --format json` document of their findings.
func (s *Server) Check(ctx context.Context, req *CheckRequest) ([]byte, error) {
	doc, _, err := s.check(ctx, req)
	return doc, err
}

func (s *Server) check(ctx context.Context, req *CheckRequest) ([]byte, int, error) {
	var (
		corpus      []checker.Input
		corpusPaths map[string]bool
	)
	if s.index != nil {
		corpusPaths = s.index.paths
	} else {
		var err error
		if corpus, err = s.cfg.Corpus.Articles(ctx); err != nil {
			return nil, http.StatusServiceUnavailable, fmt.Errorf("reading the corpus: %w", err)
		}
		corpusPaths = make(map[string]bool, len(corpus))
		for _, c := range corpus {
			corpusPaths[c.Path] = true
		}
	}
	inputs, subs, rerr := s.prepare(req, corpusPaths)
	if rerr != nil {
		return nil, rerr.status, rerr
	}
	bySub := make(map[string]*submitted, len(subs))
	replaced := make(map[string]bool, 2*len(subs))
	for i := range subs {
		bySub[subs[i].path] = &subs[i]
		replaced[subs[i].path], replaced[subs[i].name] = true, true
	}
	// The submitted articles in the order of their names, as check
	// orders its files: the same articles give the same findings however
	// the request lists them.
	slices.SortStableFunc(inputs, func(a, b checker.Input) int { return strings.Compare(a.Path, b.Path) })
	var (
		all   []checker.Input
		prior = s.cfg.Prior
	)
	if s.index != nil {
		// The published articles were extracted at start-up: only the
		// submitted ones are, now, and they are compared with the
		// published (and archived) articles of their stories. A
		// submitted article stands in for the published one of its
		// name: an editor re-checks a revised article.
		all = inputs
		paths := make([]string, len(inputs))
		for i := range inputs {
			paths[i] = inputs[i].Path
		}
		prior = func(stories []string, terms [][]string) ([]checker.Prior, error) {
			ps := s.index.candidates(s.cfg.Group, paths, stories, terms, replaced)
			if s.cfg.Prior != nil {
				arch, err := s.cfg.Prior(stories, terms)
				if err != nil {
					return nil, err
				}
				ps = combine(ps, arch, s.index.paths, replaced)
			}
			if testHookPriors != nil {
				testHookPriors(ps)
			}
			return ps, nil
		}
	} else {
		// Another Corpus is checked again with every request: the
		// published articles first, so that a note points at published
		// copy where it can, without those the submitted ones replace.
		all = make([]checker.Input, 0, len(corpus)+len(inputs))
		for _, c := range corpus {
			if !replaced[c.Path] {
				all = append(all, c)
			}
		}
		all = append(all, inputs...)
	}

	res, err := s.run(ctx, all, prior)
	if err != nil {
		return nil, http.StatusServiceUnavailable, err
	}
	for _, n := range res.Notices {
		if sub := bySub[n.File]; sub != nil {
			// A submitted article the checker skipped (binary, UTF-16):
			// the copy is bad, not the request.
			return nil, http.StatusUnprocessableEntity, fmt.Errorf("%s: %s", sub.name, n.Message)
		}
		s.cfg.Log.Printf("%s: %s", n.File, n.Message)
	}
	var kept []diag.Diagnostic
	for _, d := range res.Diagnostics {
		sub := bySub[d.File]
		if sub == nil {
			continue
		}
		sub.restore(&d.Location)
		d.Related = append([]diag.Related(nil), d.Related...)
		for i := range d.Related {
			if rs := bySub[d.Related[i].File]; rs != nil {
				rs.restore(&d.Related[i].Location)
			}
		}
		kept = append(kept, d)
	}
	diag.Sort(kept)
	f, err := report.New("json", report.Options{})
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	var b bytes.Buffer
	run := &report.Run{Tool: "factlint", Version: s.cfg.Version, FilesChecked: len(inputs), Diagnostics: kept}
	if err := f.Format(&b, run); err != nil {
		return nil, http.StatusInternalServerError, fmt.Errorf("writing the report: %w", err)
	}
	return b.Bytes(), http.StatusOK, nil
}

// testHookPriors, if set (by tests), sees the priors handed to the
// checker for each request against an extracted corpus.
var testHookPriors func([]checker.Prior)

// errTimeout is the error of a check that outlasts its time limit.
var errTimeout = errors.New("the check took longer than the time limit; send fewer or shorter articles")

// run checks the inputs on one of the workers, with as many goroutines
// as the checker likes (an editor waits for one request; on two cores a
// 500-article corpus takes half the time it takes on one). The checker
// cannot be stopped halfway; a check that outlasts the request's time
// limit is answered with an error and finishes in the background, still
// holding its worker, so that a flood of slow requests queues instead of
// piling up.
func (s *Server) run(ctx context.Context, inputs []checker.Input, prior func([]string, [][]string) ([]checker.Prior, error)) (*checker.Result, error) {
	select {
	case s.workers <- struct{}{}:
	case <-ctx.Done():
		return nil, errTimeout
	}
	type outcome struct {
		res *checker.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() { <-s.workers }()
		res, err := checker.Check(inputs, checker.Options{Rules: s.cfg.Rules, Group: s.cfg.Group, Prior: prior})
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, fmt.Errorf("checking: %w", o.err)
		}
		return o.res, nil
	case <-ctx.Done():
		return nil, errTimeout
	}
}
