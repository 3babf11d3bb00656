package corpusgen

import (
	"path/filepath"
	"strings"
	"testing"
)

// realCopy measures the real articles of testdata: the stories and the
// fresh sets.
func realCopy(t *testing.T) Stats {
	t.Helper()
	dirs, err := filepath.Glob("../../testdata/fresh*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no testdata/fresh* sets: %v", err)
	}
	s, err := MeasureDirs(append([]string{"../../testdata/stories"}, dirs...)...)
	if err != nil {
		t.Fatal(err)
	}
	if s.Bytes < SampleBytes {
		t.Fatalf("real copy is %d bytes, less than the sample of %d", s.Bytes, SampleBytes)
	}
	return s
}

func texts(arts []Article) [][]byte {
	out := make([][]byte, len(arts))
	for i, a := range arts {
		out[i] = a.Text
	}
	return out
}

// TestRealistic fails if the generated copy drifts from real copy: its
// figures, names and quotes per KB, words per sentence and sentences per
// paragraph must stay within 25% of the real copy's, and its vocabulary
// in the first 90 KB within 25% too. A generator that repeats a few
// sentences (as the old one did: 204 distinct words in 90 KB against the
// real copy's 2,579) fails here.
func TestRealistic(t *testing.T) {
	rc := realCopy(t)
	gen := Measure(texts(Generate(Options{Articles: 600, Seed: 1})))
	r, g := rc.Densities(), gen.Densities()
	check := func(what string, got, want float64) {
		t.Helper()
		if got < want*0.75 || got > want*1.25 {
			t.Errorf("%s: generated %.2f, real %.2f: more than 25%% apart", what, got, want)
		}
	}
	check("figures per KB", g.FiguresKB, r.FiguresKB)
	check("names per KB", g.NamesKB, r.NamesKB)
	check("quotes per KB", g.QuotesKB, r.QuotesKB)
	check("words per sentence", g.SentenceWords, r.SentenceWords)
	check("sentences per paragraph", g.ParagraphSentences, r.ParagraphSentences)
	check("distinct words in the first 90 KB", float64(g.SampleDistinct), float64(r.SampleDistinct))
}

// TestVocabularyGrows: like real copy's, the generated vocabulary keeps
// growing with the corpus (Heaps' law), rather than stopping at the
// words of a few stock sentences: four times the articles have at least
// 1.4 times the distinct words.
func TestVocabularyGrows(t *testing.T) {
	arts := Generate(Options{Articles: 1200, Seed: 3})
	small, large := Measure(texts(arts[:300])), Measure(texts(arts))
	if float64(large.Distinct) < 1.4*float64(small.Distinct) {
		t.Errorf("%d distinct words in 300 articles, %d in 1,200: the vocabulary does not grow", small.Distinct, large.Distinct)
	}
}

// sentences splits an article's copy (after its dateline) into sentences,
// roughly: at a full stop, question or exclamation mark and a space or
// the line's end.
func sentences(text string) []string {
	var out []string
	_, body, _ := strings.Cut(text, "\n")
	for line := range strings.Lines(body) {
		line = strings.TrimSpace(line)
		for line != "" {
			i := strings.Index(line, ". ")
			if i < 0 {
				out = append(out, line)
				break
			}
			out = append(out, line[:i+1])
			line = line[i+2:]
		}
	}
	return out
}

// TestSentencesNotRepeated: no sentence is repeated within an article,
// and fewer than 4% of the sentences of a corpus are repeated anywhere in
// it (a fact line that two outlets of a story word alike may coincide, as
// wire copy does).
func TestSentencesNotRepeated(t *testing.T) {
	seen := map[string]int{}
	total := 0
	for _, a := range Generate(Options{Articles: 400, Seed: 5}) {
		own := map[string]bool{}
		for _, s := range sentences(string(a.Text)) {
			if own[s] {
				t.Errorf("%s: %q twice", a.Path, s)
			}
			own[s] = true
			seen[s]++
			total++
		}
	}
	repeated := 0
	for _, n := range seen {
		if n > 1 {
			repeated += n
		}
	}
	if repeated*25 > total {
		t.Errorf("%d of %d sentences repeated in the corpus", repeated, total)
	}
}

// TestMeasure pins the counting on a small text.
func TestMeasure(t *testing.T) {
	s := Measure([][]byte{[]byte("date 2024-05-01 Storm hits Arlo\nAt least 12 people died in Arlo on Monday, Ana Ruiz said. \"It was bad,\" she said.\nThe U.S. figure was 4.5 per cent.\n")})
	// Names are Arlo twice, Monday, Ana, Ruiz and the U and S of "U.S.";
	// "Storm" and "It" start a headline and a sentence.
	want := Stats{Articles: 1, Bytes: 148, Words: 28, Distinct: 23, Sample: 23, Figures: 2, Names: 7, Quotes: 1, Sentences: 3, Paragraphs: 3}
	if s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
}
