package rules

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestCompareStoriesAnyJobs checks that comparing stories on several
// workers reports the same findings, in the same order, as on one: the
// corpus rules run on a generated corpus in which every third article
// has one figure changed.
func TestCompareStoriesAnyJobs(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var arts []*Article
	var paths []string
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 120, Seed: 3}) {
		src := g.Text
		if i%3 == 0 {
			// "544 km" becomes "944 km": one figure off.
			if k := bytes.Index(src, []byte(" km")); k > 0 {
				j := k
				for j > 0 && src[j-1] >= '0' && src[j-1] <= '9' {
					j--
				}
				if j < k && src[j] != '9' {
					src = bytes.Clone(src)
					src[j] = '9'
				}
			}
		}
		a := articleAt(t, set, g.Path, src, i)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		arts = append(arts, a)
		paths = append(paths, g.Path)
	}
	stories := storiesByDir(paths)
	run := func(jobs int) []string {
		var out []string
		for _, r := range set.Rules {
			cr, ok := r.(CorpusRule)
			if !ok {
				continue
			}
			facts := make([]any, len(arts))
			for i, a := range arts {
				facts[i] = r.Check(a, NewReporter(a.Doc))
			}
			rep := NewReporter(nil)
			cr.CheckCorpus(&Corpus{Articles: len(arts), Stories: stories, Paths: paths, Jobs: jobs, Names: IndexNames(namesOf(arts)), Known: set.Lexicon}, facts, rep)
			for _, d := range rep.Diagnostics() {
				out = append(out, fmt.Sprintf("%s %s:%d:%d %s", d.Rule, d.File, d.Start.Line, d.Start.Column, d.Message))
			}
		}
		return out
	}
	one := run(1)
	facts := 0
	for _, d := range one {
		if len(d) > 5 && d[:5] == "fact." {
			facts++
		}
	}
	if facts == 0 {
		t.Fatalf("no fact finding on a corpus with changed figures: %q", one)
	}
	for _, jobs := range []int{2, 3, 8} {
		if got := run(jobs); !reflect.DeepEqual(got, one) {
			t.Errorf("jobs=%d: %d findings differ from jobs=1 (%d)", jobs, len(got), len(one))
		}
	}
}

func namesOf(arts []*Article) []*NameStats {
	var out []*NameStats
	for _, a := range arts {
		out = append(out, a.Names())
	}
	return out
}
