package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// benchText is news copy dense with dates, about 1.5 KB.
const benchText = `The regional government said on Tuesday that at least 20 people had died after a train derailed near the coast on Monday, in the worst rail accident since 2011.
Officials said the repairs took more than a year and a half and were completed in April 2019; the line reopened on 11 September 2023, and again on Sept. 12, 2023 after a fault.
"We expect the line to reopen within two to three weeks," a spokesman told reporters yesterday, adding that talks are expected as early as Wednesday and a vote next week.
Inflation declined to 8.0% in September, down from 9.5 per cent a month earlier, and three years ago it stood at 2%. Earlier this month the central bank kept its rate.
The company, founded in 1998, will report results on Thursday, Nov. 14, and hold a meeting last Tuesday of each quarter, it said in a statement released Monday.
Covid-19 restrictions were lifted in mid-2022. Call 020 7946 0000 for details, or visit the website, open 24/7, from 2023-09-11 until further notice.
`

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat(benchText, 64)
	s := segmentText(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, s)
	}
}

// BenchmarkExtractResolve extracts and resolves every date with its
// tense, as the date rules do.
func BenchmarkExtractResolve(b *testing.B) {
	text := strings.Repeat(benchText, 64)
	s := segmentText(text)
	ref := RefOf("2023-09-13")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		es := Extract(text, s)
		for i := range es {
			es[i].Resolve(ref, testLexicon.TenseOf(text, s, &es[i]))
		}
	}
}

// BenchmarkExtractSeeds runs on the seed articles, real copy.
func BenchmarkExtractSeeds(b *testing.B) {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var all strings.Builder
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(src)
		all.WriteString("\n\n")
	}
	text := all.String()
	s := segmentText(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, s)
	}
}

// BenchmarkExtractGenerated runs on 500 generated articles of ~4 KB
// (internal/corpusgen), read and segmented beforehand: copy of the
// usual density of dates, where most tokens start none.
func BenchmarkExtractGenerated(b *testing.B) {
	type art struct {
		text string
		seg  *segment.Result
	}
	var arts []art
	n := 0
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 500, Seed: 1}) {
		d, err := document.Read(a.Path, a.Text, document.Options{})
		if err != nil {
			b.Fatal(err)
		}
		blocks := make([]segment.Block, 0, len(d.Blocks))
		for _, s := range d.Blocks {
			blocks = append(blocks, segment.Block{Start: s.Start, End: s.End})
		}
		arts = append(arts, art{d.Text, segment.Segment(d.Text, blocks, &segment.Options{Abbreviations: calendarAbbreviations})})
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Extract(a.text, a.seg)
		}
	}
}
