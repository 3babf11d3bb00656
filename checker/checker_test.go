package checker_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/corpusgen"
	_ "github.com/factlint/factlint/internal/golden"
	"github.com/factlint/factlint/rules"
)

func inputs(arts []corpusgen.Article) ([]checker.Input, int) {
	in := make([]checker.Input, len(arts))
	n := 0
	for i, a := range arts {
		in[i] = checker.Input{Path: a.Path, Src: a.Text}
		n += len(a.Text)
	}
	return in, n
}

// TestGeneratedCorpusAgrees checks the default rules on a generated corpus
// of many stories whose articles agree, in different words and units:
// every fact finding would be a false alarm, and a finding that compares
// two stories would show that grouping failed.
func TestGeneratedCorpusAgrees(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in, _ := inputs(corpusgen.Generate(corpusgen.Options{Articles: 300, Bytes: 1500, Seed: 7}))
	res, err := checker.Check(in, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Rule, "fact.") {
			t.Errorf("%s:%d:%d: %s [%s]", d.File, d.Start.Line, d.Start.Column, d.Message, d.Rule)
		}
	}
	// A broken conversion is found.
	k := slices.IndexFunc(in, func(x checker.Input) bool { return strings.Contains(string(x.Src), " km (") })
	if k < 0 {
		t.Fatal("no conversion in the corpus")
	}
	in[k].Src = []byte(strings.Replace(string(in[k].Src), " km (", "0 km (", 1))
	res, err = checker.Check(in, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	var facts []string
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Rule, "fact.") {
			facts = append(facts, d.File+": "+d.Rule)
		}
	}
	if len(facts) == 0 || facts[0] != in[k].Path+": fact.conversion" {
		t.Errorf("a broken conversion in %s: findings %v", in[k].Path, facts)
	}
}

// BenchmarkCheck runs the whole pipeline with the default rules over a
// generated corpus of 2,000 articles of about 4 KB.
func BenchmarkCheck(b *testing.B) {
	set, err := rules.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	in, n := inputs(corpusgen.Generate(corpusgen.Options{Articles: 2000, Seed: 1}))
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := checker.Check(in, checker.Options{Rules: set}); err != nil {
			b.Fatal(err)
		}
	}
}
