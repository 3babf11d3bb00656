package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// benchText is realistic news copy, about 3 KB.
const benchText = `The regional government said on Tuesday that at least 20 people had died and more than 150 were injured after a train derailed near the coast, in the worst rail accident since 2011.
The train, which was carrying about 300 passengers, was travelling at 59 km/h (37mph) when it left the tracks on a 130-km stretch of line that had been closed for much of the past three years.
Officials said the repairs, which cost $5.7 billion, took more than a year and a half and were completed in April 2019. A further £2bn was set aside for the 2018-19 budget.
"We expect the line to reopen within two to three weeks," a spokesman told reporters, adding that an entire day would be needed to clear the wreckage. Rescue crews worked for 36 hours without a break.
Inflation declined to 8.0% in September, down from 9.5 per cent a month earlier, while unemployment rose 0.3 percentage points to 6.1%. The central bank kept its key rate at 4.25%.
Temperatures reached 30C (86F) on Sunday, the hottest day of the year. Three of the nine regions reported power cuts lasting about an hour; in one of them the outage lasted nearly 70 minutes.
The company, founded in 1998, employs 1,500 people and shipped 122mm and 152mm shells worth up to $500m. Its shares, listed on the exchange since 2005, fell 12 per cent to 85 pence, or roughly half their value.
Between 10 and 12 ships were seen in the area, some 40 nautical miles from the port, according to satellite images taken at 10:30 on 11 September. A 10-year-old boy and his 35-year-old mother were among the first to be rescued.
The minister, 54, is on his 10th visit abroad this year and his second in a month. He met his counterpart for two hours and signed 14 agreements worth an estimated €3.2 billion, including a 25-year gas deal for 10 billion cubic metres a year.
Covid-19 restrictions were lifted in mid-2022. Call 020 7946 0000 for details, or visit the website, open 24/7.
`

func BenchmarkExtract(b *testing.B) {
	tb := pack(b)
	text := strings.Repeat(benchText, 32)
	s := seg(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tb.Extract(text, s)
	}
}

// BenchmarkSegmentAndExtract includes the segmenter, for comparison.
func BenchmarkSegmentAndExtract(b *testing.B) {
	tb := pack(b)
	text := strings.Repeat(benchText, 32)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tb.Extract(text, seg(text))
	}
}

// BenchmarkExtractSeeds runs on the seed articles, copy with fewer
// numbers.
func BenchmarkExtractSeeds(b *testing.B) {
	tb := pack(b)
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no seeds")
	}
	var all strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteByte('\n')
	}
	text := strings.Repeat(all.String(), 8)
	s := seg(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tb.Extract(text, s)
	}
}

// BenchmarkExtractGenerated extracts, as the checker does, article after
// article of generated copy (internal/corpusgen), segmented beforehand,
// into one reused room (ExtractInto).
func BenchmarkExtractGenerated(b *testing.B) {
	tb := pack(b)
	type art struct {
		text string
		seg  *segment.Result
	}
	var arts []art
	size := 0
	words := new(segment.Words) // one worker's, as the checker numbers them
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 100, Seed: 1}) {
		text := string(a.Text)
		arts = append(arts, art{text, segment.Into(&segment.Result{Words: words}, text, []segment.Block{{Start: 0, End: len(text)}}, &segment.Options{})})
		size += len(text)
	}
	var room []Quantity
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			room = tb.ExtractInto(room, a.text, a.seg)
		}
	}
}
