package corpusgen

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Stats are the measures by which generated copy is compared with real
// copy: how dense it is in figures, names and quotes, how long its
// sentences and paragraphs are, and how fast its vocabulary grows. A
// benchmark corpus that differs much from real copy in any of them
// flatters or penalises the checker's caches and scanners.
type Stats struct {
	Articles int
	Bytes    int
	Words    int
	// Distinct is the number of distinct words (case folded) in the
	// whole text; Sample that in the first SampleBytes of it (whole
	// articles in order), so that corpora of different sizes compare
	// (vocabulary grows with text, Heaps' law).
	Distinct, Sample int
	// Figures are numbers written in digits ("4.5", "1,200", "2019");
	// Names capitalised words that do not start a sentence or a line;
	// Quotes quoted passages.
	Figures, Names, Quotes int
	Sentences, Paragraphs  int
}

// SampleBytes is the size of the sample of Stats.Sample: a little less
// than the real copy of testdata has, so that it is measured too.
const SampleBytes = 90_000

// Measure returns the statistics of texts, in the order given.
func Measure(texts [][]byte) Stats {
	var s Stats
	all := map[string]struct{}{}
	sample := map[string]struct{}{}
	for _, t := range texts {
		inSample := s.Bytes < SampleBytes
		s.Articles++
		s.Bytes += len(t)
		for line := range strings.Lines(string(t)) {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			// The first line's "date YYYY-MM-DD" is the dateline, not copy.
			if rest, ok := strings.CutPrefix(line, "date "); ok && len(rest) >= 10 {
				line = strings.TrimSpace(rest[10:])
			}
			s.Paragraphs++
			s.Quotes += (strings.Count(line, "\"") + strings.Count(line, "“") + strings.Count(line, "”")) / 2
			s.measureLine(line, all, sample, inSample)
		}
	}
	s.Distinct, s.Sample = len(all), len(sample)
	return s
}

// measureLine counts the words, figures, names and sentences of one
// paragraph.
func (s *Stats) measureLine(line string, all, sample map[string]struct{}, inSample bool) {
	start := true // the next word starts a sentence
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case isDigit(c):
			j := i
			for j < len(line) && (isDigit(line[j]) || (line[j] == ',' || line[j] == '.') && j+1 < len(line) && isDigit(line[j+1])) {
				j++
			}
			s.Figures++
			s.Words++
			start = false
			i = j
		case isLetter(c) || c >= 0x80:
			j := i
			for j < len(line) && (isLetter(line[j]) || line[j] >= 0x80 || (line[j] == '\'' || line[j] == '-') && j+1 < len(line) && isLetter(line[j+1])) {
				j++
			}
			w := line[i:j]
			if c >= 'A' && c <= 'Z' && !start {
				s.Names++
			}
			lw := strings.ToLower(w)
			all[lw] = struct{}{}
			if inSample {
				sample[lw] = struct{}{}
			}
			s.Words++
			start = false
			i = j
		case c == '.' || c == '!' || c == '?':
			// A sentence ends at a stop before a space or the line's end
			// (after a closing quote too); "4.5" and "U.S." do not end one.
			j := i + 1
			for j < len(line) && (line[j] == '"' || line[j] == '\'' || line[j] == ')') {
				j++
			}
			if j == len(line) || line[j] == ' ' && (j+1 == len(line) || !isLower(line[j+1])) {
				s.Sentences++
				start = true
			}
			i = j
		default:
			i++
		}
	}
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isLetter(c byte) bool { return isLower(c) || c >= 'A' && c <= 'Z' }

// MeasureDirs returns the statistics of the .txt and .md files under
// dirs, in path order.
func MeasureDirs(dirs ...string) (Stats, error) {
	var paths []string
	for _, d := range dirs {
		err := filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !e.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")) && !strings.HasPrefix(e.Name(), "INJECTED") && e.Name() != "README.md" {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			return Stats{}, fmt.Errorf("measuring %s: %w", d, err)
		}
	}
	slices.Sort(paths)
	texts := make([][]byte, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return Stats{}, fmt.Errorf("measuring: %w", err)
		}
		texts = append(texts, b)
	}
	return Measure(texts), nil
}

// Densities are the per-size measures of Stats that compare between
// corpora of different sizes.
type Densities struct {
	// FiguresKB, NamesKB and QuotesKB are per 1,000 bytes.
	FiguresKB, NamesKB, QuotesKB float64
	// SentenceWords is words per sentence, ParagraphSentences sentences
	// per paragraph.
	SentenceWords, ParagraphSentences float64
	// SampleDistinct is Stats.Sample: distinct words in the first
	// SampleBytes.
	SampleDistinct int
}

// Densities returns the per-size measures of s.
func (s Stats) Densities() Densities {
	kb := float64(max(s.Bytes, 1)) / 1000
	return Densities{
		FiguresKB:          float64(s.Figures) / kb,
		NamesKB:            float64(s.Names) / kb,
		QuotesKB:           float64(s.Quotes) / kb,
		SentenceWords:      float64(s.Words) / float64(max(s.Sentences, 1)),
		ParagraphSentences: float64(s.Sentences) / float64(max(s.Paragraphs, 1)),
		SampleDistinct:     s.Sample,
	}
}

// WriteTable writes the statistics of the named corpora as a Markdown
// table.
func WriteTable(w io.Writer, names []string, stats []Stats) error {
	var b strings.Builder
	b.WriteString("| corpus | articles | bytes | words | distinct words | distinct in first 90 KB | figures/KB | names/KB | quotes/KB | words/sentence | sentences/paragraph |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for i, s := range stats {
		d := s.Densities()
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %.2f | %.2f | %.2f | %.1f | %.2f |\n",
			names[i], s.Articles, s.Bytes, s.Words, s.Distinct, s.Sample, d.FiguresKB, d.NamesKB, d.QuotesKB, d.SentenceWords, d.ParagraphSentences)
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("writing statistics: %w", err)
	}
	return nil
}
