package rules_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/corpusgen"
)

// typoScore is what name.typo found in a generated corpus with
// misspellings injected: how many of them it found with the right name
// among its candidates, how many it reported as misspellings of other
// names only, and how many findings were not one of them (false alarms:
// the generated copy has no other misspelling).
type typoScore struct {
	injected, found, wrongName, falseAlarms int
	// tiePartners counts the findings on a right spelling used once
	// that name the injected slip beside it as the other way of one
	// person's name (a one-use-each tie reports both sides).
	tiePartners int
}

// scoreTypo checks a generated corpus of n articles with a misspelling
// injected into every every-th one (none if every is 0), with the default
// rules, and scores name.typo's findings.
func scoreTypo(t *testing.T, n, every int) typoScore {
	t.Helper()
	set, err := load(t, "")
	if err != nil {
		t.Fatal(err)
	}
	var inputs []checker.Input
	type place struct {
		path   string
		offset int
	}
	injected := map[place]corpusgen.Misspelling{}
	// tiePartner holds, for each injected slip, the start of the
	// one-use-each tie finding on the right spelling that points back at
	// it: the other half of the slip's own finding, not a false alarm.
	tiePartner := map[string]bool{}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: n, Seed: 1, Misspell: every}) {
		inputs = append(inputs, checker.Input{Path: a.Path, Src: a.Text})
		for _, m := range a.Misspelt {
			injected[place{a.Path, m.Offset}] = m
			tiePartner[fmt.Sprintf("%q here; %q in %s:", m.Right, m.Wrong, a.Path)] = true
		}
	}
	res, err := checker.Check(inputs, checker.Options{Rules: set, Group: set.Group})
	if err != nil {
		t.Fatal(err)
	}
	s := typoScore{injected: len(injected)}
	for _, d := range res.Diagnostics {
		if d.Rule != "name.typo" {
			continue
		}
		if m, ok := injected[place{d.File, d.StartByte}]; ok {
			if strings.Contains(d.Message, strconv.Quote(m.Right)) {
				s.found++
			} else {
				s.wrongName++
				t.Logf("wrong name: %s:%d:%d: %s", d.File, d.Start.Line, d.Start.Column, d.Message)
			}
			delete(injected, place{d.File, d.StartByte})
		} else if i := strings.Index(d.Message, ":"); i > 0 && tiePartner[d.Message[:i+1]] {
			s.tiePartners++
		} else {
			s.falseAlarms++
			t.Logf("false alarm: %s:%d:%d: %s", d.File, d.Start.Line, d.Start.Column, d.Message)
		}
	}
	for p, m := range injected {
		t.Logf("missed: %s:%d: %q for %q", p.path, p.offset, m.Wrong, m.Right)
	}
	return s
}

// TestTypoRecall injects a misspelt name (a letter substituted, dropped
// or doubled in a name the story spells right elsewhere) into every
// fifth generated article and requires name.typo to find nearly all of
// them with no false alarm. FACTLINT_TYPO_ARTICLES sets the corpus size
// (1,000 by default) for measuring on a larger one.
func TestTypoRecall(t *testing.T) {
	n := 1000
	if v := os.Getenv("FACTLINT_TYPO_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("FACTLINT_TYPO_ARTICLES=%q: want a number of articles", v)
		}
	}
	s := scoreTypo(t, n, 5)
	t.Logf("%d articles: %d misspellings injected, %d found (%.1f%%), %d reported as misspellings of other names, %d tie partners, %d false alarms", n, s.injected, s.found, 100*float64(s.found)/float64(max(s.injected, 1)), s.wrongName, s.tiePartners, s.falseAlarms)
	if s.injected < n/5*9/10 {
		t.Fatalf("only %d misspellings injected into %d articles, want about %d: the generator changed", s.injected, n, n/5)
	}
	// The thresholds: what the rule does now (docs/rules.md, name.typo),
	// less a margin.
	if s.found*100 < s.injected*minTypoRecall {
		t.Errorf("found %d of %d injected misspellings, want at least %d%%", s.found, s.injected, minTypoRecall)
	}
	if s.wrongName*10000 > n*maxTypoWrongPer10000 {
		t.Errorf("%d injected misspellings reported as misspellings of other names in %d articles, want at most %d per 10,000", s.wrongName, n, maxTypoWrongPer10000)
	}
	if s.falseAlarms*10000 > n*maxTypoFalseAlarmsPer10000 {
		t.Errorf("%d false alarms in %d articles, want at most %d per 10,000", s.falseAlarms, n, maxTypoFalseAlarmsPer10000)
	}
}

// The thresholds of TestTypoRecall. Measured, judged within the story:
// 86.5% found, none for another name, no false alarm in 1,000 articles;
// 80.8%, 3 and 0 in 20,000. Judged against the whole run, as before:
// 86.5%, 5 and 0 in 1,000; 75.5%, 92 and 10 in 20,000.
const (
	minTypoRecall              = 80
	maxTypoWrongPer10000       = 2
	maxTypoFalseAlarmsPer10000 = 1
)
