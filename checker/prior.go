package checker

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/factlint/factlint/rules"
)

// Prior is an article checked in an earlier run and kept in an archive:
// its facts take part in the comparison, and nothing is reported in it.
type Prior struct {
	Path  string
	Story string
	Terms []string
	Names *rules.NameStats
	// Facts are the encoded facts (rules.EncodeFacts) of the corpus
	// rules, by rule id.
	Facts map[string][]byte
}

// Extracted is what the per-article stage keeps of one article, in the
// form an archive stores: the material of a Prior.
type Extracted struct {
	Path  string
	Story string
	Terms []string
	// Names are the article's name statistics, encoded
	// (rules.EncodeNames).
	Names []byte
	// Facts are the encoded facts of the corpus rules, by rule id.
	Facts map[string][]byte
	// Size is the number of bytes of the source.
	Size int
}

// Extract runs the per-article stage over the inputs on opt.Jobs workers
// and hands each article's Extracted, or the error that kept it from
// being checked, to emit. emit is called from one goroutine at a time, in
// no particular order; i is the input's index. The findings of the
// per-article rules are not kept: an archive holds what the comparison
// needs.
func Extract(inputs []Input, opt Options, emit func(i int, e *Extracted, err error)) {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type done struct {
		i   int
		e   *Extracted
		err error
	}
	out := make(chan done, jobs)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, size := checkInput(inputs[i], i, opt.Rules)
				if r.skipped != nil {
					out <- done{i: i, err: r.skipped}
					continue
				}
				e := &Extracted{Path: inputs[i].Path, Story: r.story, Terms: r.terms, Names: rules.EncodeNames(r.names), Facts: map[string][]byte{}, Size: size}
				var err error
				for ri, f := range r.facts {
					if _, ok := opt.Rules.Rules[ri].(rules.CorpusRule); !ok {
						continue
					}
					var data []byte
					if data, err = rules.EncodeFacts(f); err != nil {
						err = fmt.Errorf("internal error while checking (please report it): %w", err)
						break
					}
					e.Facts[opt.Rules.Rules[ri].Info().ID] = data
					rules.RecycleFacts(f)
				}
				// The facts are encoded: their room serves the next
				// article.
				r.releaseFacts()
				if err != nil {
					out <- done{i: i, err: err}
					continue
				}
				out <- done{i: i, e: e}
			}
		}()
	}
	go func() {
		for i := range inputs {
			next <- i
		}
		close(next)
		wg.Wait()
		close(out)
	}()
	for d := range out {
		emit(d.i, d.e, d.err)
	}
}

// priorFacts returns the encoded facts of rule ri of a prior article.
func priorFacts(set *rules.Set, p *Prior, ri int) []byte {
	return p.Facts[set.Rules[ri].Info().ID]
}

// askPriors calls opt.Prior with the story ids and terms of the checked
// articles.
func askPriors(opt Options, results []articleResult) ([]Prior, error) {
	if opt.Prior == nil {
		return nil, nil
	}
	var stories []string
	var terms [][]string
	for i := range results {
		if results[i].skipped == nil {
			stories = append(stories, results[i].story)
			terms = append(terms, results[i].terms)
		}
	}
	ps, err := opt.Prior(stories, terms)
	if err != nil {
		return nil, fmt.Errorf("reading the archive: %w", err)
	}
	return ps, nil
}
