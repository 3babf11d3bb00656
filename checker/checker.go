package checker

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
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
	// Load, if set, reads the article's bytes instead of Src: the worker
	// that checks the article calls it, so that the sources of a large
	// run are never all in memory at once. An error is reported as a
	// Notice with IO set.
	Load func() ([]byte, error)
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
	// IO is set when the file could not be read (Input.Load failed).
	IO bool
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
	// Progress, if set, is called from the workers after each article,
	// with the number of its bytes (for a progress bar).
	Progress func(bytes int)
	// Prior, if set, returns archived articles to compare the run's
	// articles with, given the story ids and story terms of the run's
	// checked articles. They join the comparison after the run's own
	// articles; findings in them are not reported, and an archived
	// article with the path of one of the run's is left out (the run
	// has its new version).
	Prior func(stories []string, terms [][]string) ([]Prior, error)
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

// articleResult is what the per-article stage keeps of one article. Once
// its facts are in the run's factStore, it holds no reference to the
// article's document or source; the store holds the facts of a large run
// encoded (rules.EncodeStoreFactsTo), a fraction of the size of the decoded
// facts, which are decoded a story at a time for the comparison.
type articleResult struct {
	skipped error
	ioErr   bool
	diags   []diag.Diagnostic
	// facts are what the corpus rules' Check returned, by rule index
	// (nil for the other rules), until the store takes them.
	facts []any
	// factsBox points at facts' room, from factsPool; keepFacts returns
	// it there.
	factsBox *[]any
	// names are folded into the run's name index in input order, then
	// dropped.
	names *rules.NameStats
	story string // the story id of the front matter
	terms []string
	// termIDs number terms in the run's numbering of its terms (set
	// when the folder shares them), for story grouping.
	termIDs []int32
	// figures are the article's figures keyed for grouping.
	figures []uint64
	// directives are the article's inline suppressions.
	directives *suppress.File
	// date is the article's date (YYYY-MM-DD) as the per-article stage
	// knew it, or ""; monthDay is the day of the month (MM-DD) of a
	// byline with no year, when date is "".
	date, monthDay string
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
	names := foldNames(results)
	store := newFactStore(len(inputs), len(opt.Rules.Rules), spillDir)
	defer store.close()
	var wg sync.WaitGroup
	// Workers take the next article from a counter, not a channel: a
	// hand-off per article parked and woke goroutines tens of thousands
	// of times in a large run.
	var taken atomic.Int64
	for range min(jobs, max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(taken.Add(1)) - 1
				if i >= len(inputs) {
					return
				}
				r, size := checkInput(inputs[i], i, opt.Rules)
				results[i] = keepFacts(store, opt.Rules, i, r)
				// What the fold can compute before the folder's
				// lock, in parallel.
				results[i].prepareFold()
				if opt.Progress != nil {
					opt.Progress(size)
				}
				names.finished(i)
			}
		}()
	}
	wg.Wait()
	return corpusStage(inputs, results, names.wait(), store, opt, jobs)
}

// corpusStage is what Check does once every article is checked: it
// groups the checked articles into stories, with the archived ones that
// opt.Prior gives, runs the corpus rules over the facts in store and
// gathers the findings. A function of its own so that a benchmark can
// measure it apart from the per-article stage.
func corpusStage(inputs []Input, results []articleResult, index *rules.NameIndex, store *factStore, opt Options, jobs int) (*Result, error) {
	priors, err := askPriors(opt, results)
	if err != nil {
		return nil, err
	}

	res := &Result{}
	var paths []string
	var arts []story.Article
	var kept []int // the input index of each checked article, in corpus order
	directives := map[string]*suppress.File{}
	for i := range results {
		r := &results[i]
		if r.skipped != nil {
			res.Notices = append(res.Notices, Notice{File: inputs[i].Path, Message: r.skipped.Error(), IO: r.ioErr})
			continue
		}
		if _, dup := directives[inputs[i].Path]; !dup {
			directives[inputs[i].Path] = r.directives
		}
		res.FilesChecked++
		paths = append(paths, inputs[i].Path)
		arts = append(arts, story.Article{Path: inputs[i].Path, Story: r.story, Terms: r.terms, TermIDs: r.termIDs, Figures: r.figures})
		kept = append(kept, i)
	}
	var extra []*Prior
	archived := map[string]bool{}
	inRun := map[string]bool{}
	for _, p := range paths {
		inRun[p] = true
	}
	for i := range priors {
		p := &priors[i]
		if inRun[p.Path] {
			continue
		}
		extra = append(extra, p)
		archived[p.Path] = true
		index.Add(p.Names)
		paths = append(paths, p.Path)
		arts = append(arts, story.Article{Path: p.Path, Story: p.Story, Terms: p.Terms})
	}
	corpus := &rules.Corpus{
		Articles: len(paths),
		Names:    index,
		Known:    opt.Rules.Lexicon,
		Stories:  story.Group(arts, opt.Group, story.Options{}),
		Paths:    paths,
	}
	redate(inputs, results, kept, corpus.Stories, opt.Rules, store)
	for _, i := range kept {
		res.Diagnostics = append(res.Diagnostics, results[i].diags...)
	}
	if !disjoint(corpus.Stories, corpus.Articles) {
		// An article's kept facts are numbered in place for its
		// story: one in two stories needs a copy for each.
		if err := store.encodeAll(); err != nil {
			return nil, err
		}
	}
	facts := func(a int, rs []int, fs []any, data [][]byte) error {
		if a >= len(kept) {
			clear(fs)
			for j, ri := range rs {
				data[j] = priorFacts(opt.Rules, extra[a-len(kept)], ri)
			}
			return nil
		}
		return store.getRulesInto(kept[a], rs, fs, data)
	}
	// A story's facts are fetched at once: those in the run's store with
	// one call (getStory), the archived ones article by article.
	storyFacts := func(st []int, rs []int, sc *storyScratch) ([][]any, [][][]byte, error) {
		// The rows of the store's articles are taken as the store
		// fills them, those of archived articles set here.
		inRun, at := sc.inRun[:0], sc.at[:0]
		for k, a := range st {
			if a < len(kept) {
				inRun, at = append(inRun, kept[a]), append(at, k)
			}
		}
		sc.inRun, sc.at = inRun, at
		if len(inRun) == len(st) {
			// The common case: a story wholly in the run.
			return store.getStory(inRun, rs, sc)
		}
		// A story with archived articles (a run with an archive).
		fs, data := make([][]any, len(st)), make([][][]byte, len(st))
		for k, a := range st {
			if a < len(kept) {
				continue
			}
			fs[k], data[k] = make([]any, len(rs)), make([][]byte, len(rs))
			if err := facts(a, rs, fs[k], data[k]); err != nil {
				return nil, nil, err
			}
		}
		got, gotData, err := store.getStory(inRun, rs, sc)
		if err != nil {
			return nil, nil, err
		}
		for i, k := range at {
			fs[k], data[k] = got[i], gotData[i]
		}
		return fs, data, nil
	}
	diags, notices := compare(opt.Rules, corpus, facts, storyFacts, jobs, len(kept))
	for _, d := range diags {
		// Findings in archived articles are not this run's.
		if !archived[d.File] {
			res.Diagnostics = append(res.Diagnostics, d)
		}
	}
	res.Notices = append(res.Notices, notices...)
	diag.Sort(res.Diagnostics)
	res.Diagnostics = slices.CompactFunc(res.Diagnostics, func(a, b diag.Diagnostic) bool {
		return diag.Compare(a, b) == 0
	})
	res.Diagnostics = diag.DropRepeated(res.Diagnostics, knownRules(opt.Rules))
	res.Diagnostics, res.Suppressed = suppress.Apply(res.Diagnostics, directives, knownRules(opt.Rules))
	return res, nil
}

// nameFolder folds the articles' name statistics into one index in input
// order, as the workers finish them, so that the run never holds every
// article's statistics at once; it also replaces their story terms, which
// slice the documents' text, by shared copies. The result is the index that
// rules.IndexNames would build from all of them. The worker that finishes
// an article folds what is ready, under a lock: a goroutine of its own
// woken for each article cost more in switches than the folding itself.
type nameFolder struct {
	mu      sync.Mutex
	results []articleResult
	ready   []bool
	next    int
	// The articles of a story share most of their terms: one copy of
	// each term serves them all. The folder looks every term up anyway,
	// so it numbers them too (terms[id] is the shared copy, termIDs the
	// articles' numbers, carved from one chunk after another): story
	// grouping then reads the numbers instead of hashing every term of
	// the run again.
	intern  termTable
	terms   []string
	idChunk []int32
	index   *rules.NameIndex
}

// termTable numbers the run's story terms for the name folder: an
// open-addressed table (linear probing, at most half full) of the terms'
// numbers + 1, placed by their hash (rules.HashString), the terms
// themselves being the folder's terms. A map of strings cost a hash with
// its set-up and a probe of control bytes for each of the 25 terms of
// an article, and an insertion of some 500 instructions for each new
// one, all under the folder's lock. A slot is four bytes, no more than
// the map's share of a term. New terms are copied into chunks of bytes,
// not cloned one allocation each.
type termTable struct {
	slots []uint32
	bytes []byte
}

// termChunk is the size of the chunks that new terms are copied into.
const termChunk = 32 << 10

// find returns the number of term t, hash h, among terms, or -1.
func (tt *termTable) find(t string, h uint64, terms []string) int32 {
	if len(tt.slots) == 0 {
		return -1
	}
	mask := uint64(len(tt.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := tt.slots[i]
		if e == 0 {
			return -1
		}
		if x := terms[e-1]; len(x) == len(t) && x == t {
			return int32(e - 1)
		}
	}
}

// add copies term t, hash h, new to the table, appends the copy to terms
// and numbers it there; it returns terms.
func (tt *termTable) add(t string, h uint64, terms []string) []string {
	if 2*(len(terms)+1) > len(tt.slots) {
		tt.slots = make([]uint32, max(1024, 2*len(tt.slots)))
		for id, x := range terms {
			tt.place(rules.HashString(x), int32(id))
		}
	}
	var c string
	if len(t) > termChunk/8 {
		c = strings.Clone(t)
	} else {
		if len(tt.bytes)+len(t) > cap(tt.bytes) {
			tt.bytes = make([]byte, 0, termChunk)
		}
		at := len(tt.bytes)
		tt.bytes = append(tt.bytes, t...)
		c = unsafe.String(unsafe.SliceData(tt.bytes[at:]), len(t))
	}
	tt.place(h, int32(len(terms)))
	return append(terms, c)
}

// place puts term id, hash h, in the first free slot from its hash.
func (tt *termTable) place(h uint64, id int32) {
	mask := uint64(len(tt.slots) - 1)
	i := h & mask
	for tt.slots[i] != 0 {
		i = (i + 1) & mask
	}
	tt.slots[i] = uint32(id + 1)
}

// idChunkLen is the size of the chunks that articles' term numbers are
// carved from.
const idChunkLen = 1 << 14

func foldNames(results []articleResult) *nameFolder {
	return &nameFolder{results: results, ready: make([]bool, len(results)), index: rules.NewNameIndex()}
}

// finished folds article i, and those after it that were waiting for it.
func (f *nameFolder) finished(i int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ready[i] = true
	for f.next < len(f.results) && f.ready[f.next] {
		r := &f.results[f.next]
		if r.skipped == nil {
			f.index.Add(r.names)
			// The index copied what it keeps: the statistics' memory
			// serves the next article.
			rules.RecycleNames(r.names)
			r.termIDs = f.carve(len(r.terms))
			for k, t := range r.terms {
				h := rules.HashString(t)
				id := f.intern.find(t, h, f.terms)
				if id < 0 {
					id = int32(len(f.terms))
					f.terms = f.intern.add(t, h, f.terms)
				}
				r.terms[k] = f.terms[id]
				r.termIDs[k] = id
			}
		}
		r.names = nil
		f.next++
	}
}

// prepareFold computes what nameFolder.finished needs of r and may
// compute before the folder's lock: the workers call it, in parallel, for
// the article they have just checked.
func (r *articleResult) prepareFold() {
	r.names.PrepareFold()
}

// carve returns room for n term numbers, capacity n.
func (f *nameFolder) carve(n int) []int32 {
	if n > idChunkLen/4 {
		return make([]int32, n)
	}
	if len(f.idChunk)+n > cap(f.idChunk) {
		f.idChunk = make([]int32, 0, idChunkLen)
	}
	at := len(f.idChunk)
	f.idChunk = f.idChunk[:at+n]
	return f.idChunk[at : at+n : at+n]
}

// wait returns the index once every article is folded.
func (f *nameFolder) wait() *rules.NameIndex {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.index
}

// disjoint reports whether no article of n is in two of the stories.
func disjoint(stories [][]int, n int) bool {
	seen := make([]bool, n)
	for _, st := range stories {
		for _, a := range st {
			if a < 0 || a >= n || seen[a] {
				return false
			}
			seen[a] = true
		}
	}
	return true
}

// factsFunc sets facts[j] and data[j] to the facts of the corpus's
// article a for rule rs[j]: decoded, or (data[j] not nil) encoded.
type factsFunc func(a int, rs []int, facts []any, data [][]byte) error

// storyFunc is factsFunc for the corpus's articles st at once: facts[k]
// and data[k] are those of st[k]. What it returns may be in sc, valid
// until sc serves the next story.
type storyFunc func(st []int, rs []int, sc *storyScratch) (facts [][]any, data [][][]byte, err error)

// storyScratch is a comparison worker's memory for one story at a time,
// reused from story to story: the slices that fetching a story's facts
// and running its rules need were some fifteen allocations a story, and
// a spilled run read every story's facts into a new buffer.
type storyScratch struct {
	// getStory's
	facts    [][]any
	data     [][][]byte
	allFacts []any
	allData  [][]byte
	pieces   []piece
	buf      []byte
	// storyFacts'
	inRun, at []int
	// compareStory's
	ids     []int
	paths   []string
	fs      [][]any
	allFs   []any
	ruleErr []error
}

// grow returns s resized to n elements, all zero, reusing its array when
// it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// compare runs the corpus rules. facts returns the facts of the rules of
// an article; each is asked for once per rule, but for the names pass of
// rules.GatherRules. The rules that compare facts
// within a story (rules.StoryScoped) run a story at a time on jobs
// workers, decoding only that story's facts; the others see every
// article's facts at once, on a goroutine of their own beside the
// workers (checkWide). The findings are the same, in the same order,
// however the two sides interleave.
//
// The corpus's articles below inRun are the run's, whose encoded facts
// the store never writes again; those from inRun on are archived.
func compare(set *rules.Set, corpus *rules.Corpus, facts factsFunc, story storyFunc, jobs, inRun int) ([]diag.Diagnostic, []Notice) {
	var diags []diag.Diagnostic
	var notices []Notice
	failed := map[string]bool{}
	fail := func(err error) {
		// One notice per failing rule, not one per story.
		if msg := err.Error(); !failed[msg] {
			failed[msg] = true
			notices = append(notices, Notice{File: "(all articles)", Message: msg})
		}
	}
	var scoped, wide []int
	for ri, rule := range set.Rules {
		if _, ok := rule.(rules.CorpusRule); !ok {
			continue
		}
		if rules.StoryScoped(rule) {
			scoped = append(scoped, ri)
			continue
		}
		wide = append(wide, ri)
	}
	// The rules that see the whole run (names, mostly) run on a
	// goroutine of their own while the workers compare the stories: run
	// first, alone, they were a serial stretch of the corpus stage that
	// left all but one core idle (name.typo alone about 0.4 s of a run
	// of 20,000 articles). What each side finds is kept apart and merged
	// afterwards in the order of a serial run, the run-wide rules' first,
	// so the findings and notices are the same in the same order.
	var wideOut []wideResult
	var wideDone sync.WaitGroup
	switch {
	case len(wide) == 0:
	case jobs <= 1:
		// One worker asked for: the run-wide rules first, as before.
		wideOut = checkWide(set, corpus, facts, wide)
	default:
		wideDone.Add(1)
		go func() {
			defer wideDone.Done()
			wideOut = checkWide(set, corpus, facts, wide)
		}()
	}
	mergeWide := func() {
		wideDone.Wait()
		for j, ri := range wide {
			if err := wideOut[j].err; err != nil {
				fail(fmt.Errorf("rule %s: %w", set.Rules[ri].Info().ID, err))
				continue
			}
			diags = append(diags, wideOut[j].diags...)
		}
	}
	if len(scoped) == 0 {
		mergeWide()
		return diags, notices
	}
	perStory := make([][]diag.Diagnostic, len(corpus.Stories))
	errs := make([][]error, len(corpus.Stories))
	// The workers take the largest stories first: a large story taken
	// last kept one worker busy while the others had nothing left. The
	// findings are gathered in story order whatever the order of work.
	order := make([]int32, len(corpus.Stories))
	for s := range order {
		order[s] = int32(s)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return len(corpus.Stories[b]) - len(corpus.Stories[a]) })
	var wg sync.WaitGroup
	var taken atomic.Int64
	for range min(jobs, max(len(corpus.Stories), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The worker's stories are decoded into one room, reused
			// from story to story: nothing of a story's facts is kept
			// once its findings are made.
			room := new(rules.Room)
			sc := new(storyScratch)
			for {
				at := int(taken.Add(1)) - 1
				if at >= len(order) {
					return
				}
				s := order[at]
				room.Reset()
				perStory[s], errs[s] = compareStory(set, corpus, corpus.Stories[s], scoped, story, room, sc, inRun)
			}
		}()
	}
	wg.Wait()
	mergeWide()
	for s := range perStory {
		diags = append(diags, perStory[s]...)
		for _, err := range errs[s] {
			fail(err)
		}
	}
	return diags, notices
}

// wideResult is what one rule that sees the whole run found, or why it
// failed.
type wideResult struct {
	diags []diag.Diagnostic
	err   error
}

// checkWide runs the corpus rules wide (of set.Rules), which see every
// article's facts at once, one after the other, and returns each one's
// findings or error, in the order of wide. The rules gather their facts
// together: each article's are fetched twice in all, not twice per rule.
func checkWide(set *rules.Set, corpus *rules.Corpus, facts factsFunc, wide []int) []wideResult {
	out := make([]wideResult, len(wide))
	// GatherRules keeps the facts, not the slices fetch returns: one
	// pair of slices serves every article.
	fs, data := make([]any, len(wide)), make([][]byte, len(wide))
	all, errs := rules.GatherRules(corpus.Articles, len(wide), func(a int) ([]any, [][]byte, error) {
		return fs, data, facts(a, wide, fs, data)
	})
	for j, ri := range wide {
		if err := errs[j]; err != nil {
			out[j].err = fmt.Errorf("internal error (please report it): %w", err)
			continue
		}
		out[j].diags, out[j].err = checkCorpus(set.Rules[ri].(rules.CorpusRule), corpus, all[j])
		all[j] = nil // done with: its facts may go
	}
	return out
}

// compareStory runs the story-scoped rules over one story, as a corpus of
// its own: the story's articles numbered from 0, with the run's names.
// Encoded facts are decoded into room, which the caller may reset once
// it returns: the findings hold nothing of it. The encoded facts of the
// articles below inRun come from the run's store, which never writes
// them again: they are decoded in place (rules.DecodeFactsInPlace); an
// archived article's are the caller's, and are copied.
//
// The slices the story needs are in sc, and so may be what facts
// returns: the rules keep nothing of their corpus or facts once
// CheckCorpus returns, and detach gives the findings strings of their
// own.
func compareStory(set *rules.Set, corpus *rules.Corpus, st []int, scoped []int, facts storyFunc, room *rules.Room, sc *storyScratch, inRun int) ([]diag.Diagnostic, []error) {
	sc.ids, sc.paths = grow(sc.ids, len(st)), grow(sc.paths, len(st))
	sub := &rules.Corpus{Articles: len(st), Names: corpus.Names, Known: corpus.Known, Stories: [][]int{sc.ids}, Paths: sc.paths}
	for k, a := range st {
		sub.Stories[0][k] = k
		if a < len(corpus.Paths) {
			sub.Paths[k] = corpus.Paths[a]
		}
	}
	// The facts are fetched a story at a time, every rule's at once:
	// they lie together where the run keeps them.
	sc.fs, sc.ruleErr = grow(sc.fs, len(scoped)), grow(sc.ruleErr, len(scoped))
	fs, ruleErr := sc.fs, sc.ruleErr
	// One backing array for every rule's row, capped per row: checkCorpus
	// gets each rule's facts as a slice of its own.
	sc.allFs = grow(sc.allFs, len(scoped)*len(st))
	allFs := sc.allFs
	for j := range scoped {
		fs[j] = allFs[j*len(st) : (j+1)*len(st) : (j+1)*len(st)]
	}
	allGot, allData, err := facts(st, scoped, sc)
	inPlace := false // some facts slice the store's bytes
	for k := range st {
		var got []any
		var data [][]byte
		if err == nil {
			got, data = allGot[k], allData[k]
		}
		for j := range scoped {
			if ruleErr[j] != nil {
				continue
			}
			if err != nil {
				ruleErr[j] = err
				continue
			}
			f := got[j]
			if data[j] != nil {
				inPlace = inPlace || st[k] < inRun
				if f, ruleErr[j] = decodeFacts(room, data[j], st[k] < inRun); ruleErr[j] != nil {
					continue
				}
			}
			rules.Renumber(f, k)
			fs[j][k] = f
		}
	}
	var diags []diag.Diagnostic
	var errs []error
	for j, ri := range scoped {
		rule := set.Rules[ri]
		err := ruleErr[j]
		var ds []diag.Diagnostic
		if err == nil {
			ds, err = checkCorpus(rule.(rules.CorpusRule), sub, fs[j])
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("rule %s: %w", rule.Info().ID, err))
			continue
		}
		diags = append(diags, ds...)
	}
	if inPlace {
		detach(diags, sub.Paths)
	}
	return diags, errs
}

// detach gives the findings strings of their own where they may slice
// the encoded facts that were decoded in place: a finding kept to the end
// of the run would otherwise keep alive the bytes of its whole story as
// read back from the store. A file is the story's own path string when
// it is one of paths (it almost always is), a copy otherwise.
func detach(diags []diag.Diagnostic, paths []string) {
	var byPath map[string]string // for a story too large to scan
	own := func(file string) string {
		if len(paths) > 16 && byPath == nil {
			byPath = make(map[string]string, len(paths))
			for _, p := range paths {
				byPath[p] = p
			}
		}
		if byPath != nil {
			if p, ok := byPath[file]; ok {
				return p
			}
			return strings.Clone(file)
		}
		for _, p := range paths {
			if p == file {
				return p
			}
		}
		return strings.Clone(file)
	}
	for i := range diags {
		d := &diags[i]
		d.File = own(d.File)
		d.Message, d.Fact = strings.Clone(d.Message), strings.Clone(d.Fact)
		for r := range d.Related {
			d.Related[r].File = own(d.Related[r].File)
			d.Related[r].Message = strings.Clone(d.Related[r].Message)
		}
		if d.Fix != nil {
			fix := *d.Fix
			fix.Replacement = strings.Clone(fix.Replacement)
			d.Fix = &fix
		}
	}
}

// decodeFacts decodes an article's encoded facts into room, in place
// (rules.DecodeFactsInPlace) if inPlace is set.
func decodeFacts(room *rules.Room, data []byte, inPlace bool) (any, error) {
	decode := rules.DecodeFactsIn
	if inPlace {
		decode = rules.DecodeFactsInPlace
	}
	f, err := decode(room, data)
	if err != nil {
		return nil, fmt.Errorf("internal error (please report it): %w", err)
	}
	return f, nil
}

// keepFacts hands the corpus rules' facts of article i to the store and
// returns the result without them; an article whose facts cannot be
// kept is skipped.
func keepFacts(store *factStore, set *rules.Set, i int, r articleResult) articleResult {
	for ri, f := range r.facts {
		if _, ok := set.Rules[ri].(rules.CorpusRule); ok {
			if err := store.put(i, ri, f); err != nil {
				return articleResult{skipped: err}
			}
		}
	}
	r.releaseFacts()
	return r
}

// releaseFacts drops r's facts, once they are kept elsewhere (the store,
// or encoded), and returns their room to factsPool. The room is cleared
// before it is pooled, so that the pool pins no facts and factsRoom's
// next caller finds every rule's entry nil.
func (r *articleResult) releaseFacts() {
	if r.factsBox != nil {
		clear(*r.factsBox)
		factsPool.Put(r.factsBox)
	}
	r.facts, r.factsBox = nil, nil
}

// checkInput reads an input (Load) if needed and checks it; it returns
// the size of the source read.
func checkInput(in Input, index int, set *rules.Set) (articleResult, int) {
	if in.Load != nil {
		src, err := in.Load()
		if err != nil {
			return articleResult{skipped: err, ioErr: true}, 0
		}
		in.Src = src
	}
	return checkArticle(in, index, set), len(in.Src)
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
	out.date = doc.Meta.Date
	if out.date == "" {
		out.monthDay = doc.Meta.MonthDay
	}
	out.directives = suppress.Parse(doc)
	out.factsBox = factsRoom(len(set.Rules))
	out.facts = *out.factsBox
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
	// One reporter takes every rule's findings, in the order the rules
	// run, which is the order one reporter per rule gave: a reporter per
	// rule and article was a tenth of the objects a run allocates, and
	// each one's findings were copied once more.
	rep := rules.NewReporter(doc)
	blocks := doc.Blocks
	for _, rule := range set.Rules {
		fr, ok := rule.(rules.FurnitureRule)
		if !ok {
			continue
		}
		blocks = subtract(blocks, fr.Furniture(doc, blocks, rep))
	}
	// Nothing the rules return holds a token or sentence (facts carry
	// token numbers, not tokens), so the segmentation's room is reused
	// for the next article; so is the room of the blocks it is given,
	// which segment.Into reads and does not keep.
	room := segPool.Get().(*segRoom)
	segBlocks := room.blocks[:0]
	for _, b := range blocks {
		segBlocks = append(segBlocks, segment.Block{Start: b.Start, End: b.End})
	}
	room.blocks = segBlocks
	seg := &room.seg
	a := &rules.Article{Doc: doc, Blocks: blocks, Seg: segment.Into(seg, doc.Text, segBlocks, &set.Segment), Index: index, Units: set.Quantities,
		Calendar: set.Dates, Ref: dates.RefOf(doc.Meta.Date), QuantityRoom: room.quants, NameParticles: set.NameParticles}
	for ri, rule := range set.Rules {
		fact := rule.Check(a, rep)
		if _, ok := rule.(rules.CorpusRule); ok {
			out.facts[ri] = fact
		}
	}
	out.diags = append(out.diags, rep.Diagnostics()...)
	out.names = a.Names()
	// Copies, not slices of the document's text, which is dropped.
	out.story = strings.Clone(doc.Meta.Story)
	// StoryTerms' own slice, made for this call at the terms' number (a
	// copy of it here was an allocation per article): its strings still
	// slice the document's text and are replaced by interned copies when
	// the names are folded.
	out.terms = set.StoryTerms(a)
	out.figures = figureKeys(a)
	// The quantities' room, as grown, serves the next article.
	if qs := a.Quantities(); cap(qs) > cap(room.quants) {
		room.quants = qs
	}
	a.Seg, a.QuantityRoom = nil, nil
	segPool.Put(room)
	return out
}

// figureKeys returns the article's figures as story evidence
// ([story.FigureKey]): each quantity's value with its unit, or for a bare
// count with the word that follows it ("146 cases"). A bare number
// followed by no word says nothing of the story and is left out.
func figureKeys(a *rules.Article) []uint64 {
	qs := a.Quantities()
	if len(qs) == 0 {
		return nil
	}
	toks := a.Seg.Tokens
	keys := make([]uint64, 0, len(qs))
	for i := range qs {
		q := &qs[i]
		if q.Unit != nil {
			keys = append(keys, story.FigureKey(q.Value, q.High, q.Unit.Name))
			continue
		}
		at, _ := slices.BinarySearchFunc(toks, q.Span.End, func(t segment.Token, end int) int { return t.Start - end })
		if at == len(toks) || toks[at].Kind != segment.Word {
			continue
		}
		keys = append(keys, story.FigureKey(q.Value, q.High, a.Doc.Text[toks[at].Start:toks[at].End]))
	}
	return keys
}

// segRoom is checkArticle's room for segmenting one article: the result
// and the blocks it is asked to segment.
type segRoom struct {
	seg    segment.Result
	blocks []segment.Block
	// quants is the room of the article's quantities
	// (rules.Article.QuantityRoom): no rule keeps a quantity past its
	// Check, and figureKeys copies what it keeps.
	quants []quantity.Quantity
}

// segPool holds segmentation rooms for checkArticle to reuse.
var segPool = sync.Pool{New: func() any { return new(segRoom) }}

// factsPool holds the by-rule fact slices of articleResult.facts that
// keepFacts has emptied: the store keeps the facts, never the slice, so
// the next article's facts can go in the same room.
var factsPool sync.Pool

// factsRoom returns room for an all-nil slice of n facts, reused when one
// of that length is pooled (a run has one rule set, so every slice has its
// length).
func factsRoom(n int) *[]any {
	if p, ok := factsPool.Get().(*[]any); ok && len(*p) == n {
		return p
	}
	f := make([]any, n)
	return &f
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
