package quantity

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// checkInvariants checks what every result of Extract must satisfy.
func checkInvariants(t *testing.T, text string, s *segment.Result, qs []Quantity) {
	t.Helper()
	// Rune boundaries as a decoder sees them: an invalid byte is a rune
	// of its own.
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	onRune := func(i int) bool { return starts[i] }
	inText := func(sp document.Span) bool {
		return 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(text) && onRune(sp.Start) && onRune(sp.End)
	}
	prevEnd, prevTok := 0, 0
	for _, q := range qs {
		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("%q: %s: "+format, append([]any{text, describeSafe(text, q)}, args...)...)
		}
		if !inText(q.Span) {
			fail("span %v outside the text or off a rune boundary", q.Span)
			continue
		}
		if !inText(q.Number) || q.Number.Start < q.Span.Start || q.Number.End > q.Span.End {
			fail("number %v outside the span", q.Number)
		}
		if q.Unit != nil && !inText(q.UnitSpan) {
			fail("unit span %v", q.UnitSpan)
		}
		if q.Unit == nil && q.UnitSpan != (document.Span{}) {
			fail("unit span %v without a unit", q.UnitSpan)
		}
		if q.Span.Start < prevEnd || q.Tokens[0] < prevTok {
			fail("overlaps or precedes the quantity before")
		}
		prevEnd, prevTok = q.Span.End, q.Tokens[1]
		if q.Tokens[0] < 0 || q.Tokens[0] >= q.Tokens[1] || q.Tokens[1] > len(s.Tokens) ||
			s.Tokens[q.Tokens[0]].Start != q.Span.Start || s.Tokens[q.Tokens[1]-1].End != q.Span.End {
			fail("tokens %v do not match the span", q.Tokens)
		}
		if q.Sentence < 0 || q.Sentence >= len(s.Sentences) ||
			s.Sentences[q.Sentence].First > q.Tokens[0] || s.Sentences[q.Sentence].Last <= q.Tokens[0] {
			fail("sentence %d does not hold it", q.Sentence)
		}
		if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || math.IsNaN(q.High) || math.IsInf(q.High, 0) {
			fail("value %v-%v", q.Value, q.High)
		}
		if q.Range != (q.High > q.Value) || (!q.Range && q.High != q.Value) {
			fail("range %v with %v-%v", q.Range, q.Value, q.High)
		}
		if !(q.Step > 0) || !(q.Round >= q.Step) {
			fail("step %v round %v", q.Step, q.Round)
		}
		for _, p := range []Precision{Strict, Rounded} {
			if iv := q.Interval(p); !(iv.Lo <= iv.Hi) {
				fail("interval %+v", iv)
			}
		}
		if q.Qualifier != nil && q.Kind != Cardinal {
			fail("a qualified %d", q.Kind)
		}
		if q.List < 0 {
			fail("list %d", q.List)
		}
	}
}

func describeSafe(text string, q Quantity) (s string) {
	defer func() {
		if recover() != nil {
			s = "(bad spans)"
		}
	}()
	return describe(text, q)
}

// vocabulary are tokens that trouble the extractor.
var vocabulary = []string{
	"0", "1", "2", "5", "10", "12", "20", "37", "59", "85", "150", "1,500", "1.5", "8.0", "2019", "2018", "19",
	"020", "1e999", "99999999999999999999999", "1,50", "1.2.3", "10th", "21st", "122mm", "37mph", "59km", "30C",
	"86F", "5.7bn", "5m", "U20", "4x4", "1980s", "7pm",
	"$", "US$", "£", "€", "¥", "₩", "%", "-", "/", ":", ",", ".", "(", ")", "'", "\"", "@", "#", "°", "²",
	"a", "an", "A", "half", "dozen", "one", "two", "Three", "twenty", "hundred", "thousand", "million", "bn",
	"first", "second", "third", "thirds", "quarter", "and", "or", "to", "between", "from", "of", "in", "No",
	"km", "km/h", "h", "miles", "per", "hour", "cent", "percent", "percentage", "points", "degrees", "Celsius",
	"years", "year", "day", "entire", "minutes", "seconds", "pounds", "sterling", "dollars",
	"at", "least", "more", "than", "about", "up", "nearly", "less", "under", "some", "approx", "estimated",
	"twice", "times", "March", "Boeing", "Covid", "p.m.", "am",
	"é", "日本", "ß", "İ", "\u200b", "\xff", "ǅ",
}

var separators = []string{"", " ", " ", " ", "  ", "\n"}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	n := r.IntN(30)
	for i := 0; i < n; i++ {
		b.WriteString(vocabulary[r.IntN(len(vocabulary))])
		b.WriteString(separators[r.IntN(len(separators))])
	}
	return b.String()
}

func TestRandomTexts(t *testing.T) {
	tb := pack(t)
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		text := randomText(r)
		s := seg(text)
		qs := tb.Extract(text, s)
		checkInvariants(t, text, s, qs)
		if t.Failed() {
			return
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, tc := range extractTests {
		f.Add(tc.text)
	}
	f.Add("0C\xb6") // a unit glued to an invalid byte
	tb := pack(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := seg(text)
		checkInvariants(t, text, s, tb.Extract(text, s))
	})
}

// TestConcurrent runs one table from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	tb := pack(t)
	text := strings.Repeat(benchText, 3)
	s := seg(text)
	want := tb.Extract(text, s)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := tb.Extract(text, s); !reflect.DeepEqual(got, want) {
				errs <- "results differ"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
