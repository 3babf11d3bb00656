package checker_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/story"
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
	// The figure may also be reported as disagreeing with the article's
	// other statements of it and with the other articles (fact.mismatch),
	// but nothing is reported in another article.
	var facts []string
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Rule, "fact.") {
			facts = append(facts, d.File+": "+d.Rule)
		}
	}
	conv := slices.Contains(facts, in[k].Path+": fact.conversion")
	for _, f := range facts {
		if !strings.HasPrefix(f, in[k].Path+": ") {
			conv = false
		}
	}
	if !conv {
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

// TestShuffledCopyNeverBreaks runs the default rules over articles made of
// the sentences of the test corpora, shuffled and cut at random, with
// junk spliced in: no rule may panic, and every location must lie in its
// file with its start before its end.
func TestShuffledCopyNeverBreaks(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	copies, err := corpusgen.RealCopy("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range copies {
		lines = append(lines, strings.Split(string(a.Text), "\n")...)
	}
	junk := []string{"(", ")", " - ", ":", "$", "%", "1,", "0.", "twenty-", "at least", "between 3 and", "km (", "miles)", "\u00e9", "\xff", "\u2013"}
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 20 {
		var in []checker.Input
		for a := range 6 {
			var b strings.Builder
			for range 5 + r.IntN(20) {
				line := lines[r.IntN(len(lines))]
				if len(line) > 0 && r.IntN(3) == 0 {
					cut := r.IntN(len(line))
					line = line[:cut] + junk[r.IntN(len(junk))] + line[cut:]
				}
				b.WriteString(line)
				b.WriteString("\n")
			}
			in = append(in, checker.Input{Path: fmt.Sprintf("r%d/a%d.txt", round, a), Src: []byte(b.String())})
		}
		res, err := checker.Check(in, checker.Options{Rules: set, Group: story.All})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range res.Notices {
			t.Errorf("%s: %s", n.File, n.Message)
		}
		size := map[string]int{}
		for _, x := range in {
			size[x.Path] = len(x.Src)
		}
		for _, d := range res.Diagnostics {
			locs := []diag.Location{d.Location}
			for _, rel := range d.Related {
				locs = append(locs, rel.Location)
			}
			for _, l := range locs {
				if l.StartByte < 0 || l.EndByte > size[l.File] || l.StartByte > l.EndByte {
					t.Errorf("%s [%s]: bytes %d-%d outside the file of %d bytes", l.File, d.Rule, l.StartByte, l.EndByte, size[l.File])
				}
			}
		}
	}
}

// TestSuppressions runs inline suppressions through the whole pipeline: a
// corpus finding (name.typo) is suppressed in its own file only, the
// suppressed finding is kept apart, and an unused directive is reported.
func TestSuppressions(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	text := "Officials in Geneva said talks in Geneva would resume. Geneva was calm, and the talks in Genvea went on.\n"
	in := []checker.Input{
		{Path: "a.md", Src: []byte("<!-- factlint-disable-next-line name.typo -->\n" + text + "\n<!-- factlint-disable-next-line name.variant -->\nThe end.\n")},
		{Path: "b.txt", Src: []byte(text)},
	}
	res, err := checker.Check(in, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%s:%d:%d [%s]", d.File, d.Start.Line, d.Start.Column, d.Rule))
	}
	want := []string{"a.md:4:33 [suppression.unused]", "b.txt:1:90 [name.typo]"}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
	if len(res.Suppressed) != 1 || res.Suppressed[0].File != "a.md" || res.Suppressed[0].Rule != "name.typo" || res.Suppressed[0].Start.Line != 2 {
		t.Errorf("suppressed %+v, want the typo of a.md line 2", res.Suppressed)
	}
}

// TestSuppressionsOwnFileOnly: a finding whose related place is in a file
// with a region covering everything is still reported: only directives of
// its own file count.
func TestSuppressionsOwnFileOnly(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in := []checker.Input{
		{Path: "a.txt", Src: []byte("%% factlint-disable\nOfficials in Geneva said talks in Geneva would resume. Geneva was calm in Geneva.\n")},
		{Path: "b.txt", Src: []byte("The talks in Genvea went on.\n")},
	}
	res, err := checker.Check(in, checker.Options{Rules: set, Group: story.All})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		s := fmt.Sprintf("%s:%d:%d [%s]", d.File, d.Start.Line, d.Start.Column, d.Rule)
		for _, r := range d.Related {
			s += fmt.Sprintf(" related %s:%d", r.File, r.Start.Line)
		}
		got = append(got, s)
	}
	want := []string{"a.txt:1:1 [suppression.unused]", "b.txt:1:14 [name.typo] related a.txt:2"}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}
