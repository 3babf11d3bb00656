package dates

import (
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// TestQuickStartFindsTheSame checks that the look-ahead of mayStart,
// which spares parsing "the" and number words where no date can follow,
// never loses a date: Extract with it and without it give the same
// expressions, on generated articles, on the repository's copy, and on
// sentences made to tempt it.
func TestQuickStartFindsTheSame(t *testing.T) {
	texts := dateTexts(t)
	found := 0
	for _, text := range texts {
		// Upper-cased too: every start word then needs folding.
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := segmentText(text)
			quick, all := extract(text, s, true), extract(text, s, false)
			if !reflect.DeepEqual(quick, all) {
				t.Fatalf("quick start finds\n%v\nwhere every start word finds\n%v\nin %q", quick, all, text)
			}
			found += len(all)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d dates in %d texts: the comparison proves little", found, len(texts))
	}
}

// dateTexts are the texts the tests compare extractions on: the
// benchmark copy, sentences made to tempt the parser, generated
// articles and the repository's copy.
func dateTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		benchText,
		"The 11th of September, the 3rd, THE 4TH. Three years ago, twenty-one years ago, a week AGO, " +
			"one-year ago, on 11th of September, by 4 of July, an hour ago, two days later, the fourth of July, the 2023 vote, the 5 people, ago.",
		"Three ago. The. A. Twenty-. the",
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 7}) {
		texts = append(texts, string(a.Text))
	}
	texts = append(texts, golden.Texts(t, "../../testdata/seeds/*", "../../testdata/stories/*/*")...)
	return texts
}

// TestLowerCalendarFindsTheSame checks that the parser, which lower-cases
// only the words that lower-case to calendar words, finds what it found
// lower-casing every word, on the texts of TestQuickStartFindsTheSame, in
// capitals and title case too.
func TestLowerCalendarFindsTheSame(t *testing.T) {
	texts := append(dateTexts(t),
		"ON 11TH OF SEPTEMBER, THE 3RD, The 4Th and 2Nd. AS EARLY AS Tuesday, No Later Than MONDAY, NOT BEFORE July, Until Before May 2019. "+
			"IN July, SINCE 2019 When, In 2019 Homes. Last WEEK, NEXT Tuesday, This Morning, EARLIER THIS MONTH, Twenty-One Years AGO. "+
			"The Following Monday, FOLLOWING Monday's vote, Every TUESDAY, Mid-July, MID-2019, Early AUGUST.")
	found := 0
	for _, text := range texts {
		for _, text := range []string{text, strings.ToUpper(text), strings.ToTitle(text), title(text)} {
			s := segmentText(text)
			got := extract(text, s, true)
			all := parser{text: text, toks: s.Tokens, lowerAll: true}
			if want := all.extract(s, true); !reflect.DeepEqual(got, want) {
				t.Fatalf("lower-casing calendar words finds\n%v\nwhere lower-casing every word finds\n%v\nin %q", got, want, text)
			}
			found += len(got)
		}
	}
	if found < 2000 {
		t.Fatalf("only %d dates: the comparison proves little", found)
	}
	if n := testing.AllocsPerRun(100, func() {
		s := segment.Sentence{First: 0, Last: 1}
		p := parser{text: "Novak", toks: []segment.Token{{Start: 0, End: 5, Kind: segment.Word}}}
		_ = p.lower(0, s)
	}); n > 0 {
		t.Errorf("lower of a capitalised word that is no calendar word allocates %v times", n)
	}
}

// title capitalises every word of text.
func title(text string) string {
	b := []byte(text)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// TestHasLower checks hasLower against a lookup of lowerASCII.
func TestHasLower(t *testing.T) {
	m := map[string]bool{"said": true, "told": true, "announcement": true, "zoë": true}
	for _, w := range []string{"said", "Said", "SAID", "told", "Told", "announcement", "ANNOUNCEMENT", "Zoë", "ZOë", "ZOË",
		"", "x", "Saids", strings.Repeat("A", 40), "ANNOUNCEMENTANNOUNCEMENTANNOUNCEMENTS"} {
		if got, want := hasLower(m, w), m[lowerASCII(w)]; got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOrdinalSuffixAnyCase checks that a day written as an ordinal is
// read whatever the case of its suffix, and that other endings are not
// taken for one.
func TestOrdinalSuffixAnyCase(t *testing.T) {
	for _, tc := range []struct {
		text string
		day  int
	}{
		{"on 11th September 2023", 11}, {"on 11TH September 2023", 11}, {"on 3Rd September 2023", 3},
		{"on 2nD September 2023", 2}, {"on 21ST September 2023", 21}, {"on the 1sT of September 2023", 1},
		{"on 11xh September 2023", 0}, {"on 11T September 2023", 0}, {"on 11t\u0127 September 2023", 0},
	} {
		es := Extract(tc.text, segmentText(tc.text))
		day := 0
		for _, e := range es {
			if e.Kind == Calendar {
				day = e.Day
			}
		}
		if day != tc.day {
			t.Errorf("%q: day %d, want %d (%v)", tc.text, day, tc.day, es)
		}
	}
}

// TestTurnedAwayAgreesWithMayStart checks turnedAway, which skips "the",
// "a" and "an" by their bytes and the tokens after them, against
// mayStart's look-up: every token it turns away on the comparison texts
// (and their upper-cased copies) is one mayStart turns away, and it turns
// away most of the start words of copy, so that the test cannot pass by
// its turning away nothing.
func TestTurnedAwayAgreesWithMayStart(t *testing.T) {
	away := 0
	for _, text := range dateTexts(t) {
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := segmentText(text)
			p := parser{text: text, toks: s.Tokens}
			for _, sent := range s.Sentences {
				for i := sent.First; i < sent.Last; i++ {
					if !turnedAway(p.toks, p.text, i, sent.Last) {
						continue
					}
					away++
					if p.mayStart(i, sent, true) {
						t.Fatalf("turnedAway skips token %d %q, which mayStart lets start a date, in %q", i, s.Tokens[i].Text(text), text[sent.Start:sent.End])
					}
				}
			}
		}
	}
	if away < 10000 {
		t.Fatalf("only %d tokens turned away: the comparison proves little", away)
	}
}

// TestTurnedAwayWords pins what turnedAway decides for each of its
// words, in every case, before what can follow them.
func TestTurnedAwayWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []bool // per token
	}{
		{"the 11th", []bool{false, false}},
		{"The 11th", []bool{false, false}},
		{"THE day", []bool{true, false}},
		{"tHe", []bool{true}},
		{"thy day", []bool{false, false}},
		{"a year ago", []bool{false, false, false}},
		{"An hour AGO", []bool{false, false, false}},
		{"a twenty - one years ago", []bool{true, false, false, false, false, false}},
		{"a few years ago", []bool{true, false, false, false}},
		{"a few more years ago", []bool{false, false, false, false, false}},
		{"a man said", []bool{true, false, false}},
		{"an hour later", []bool{true, false, false}},
		{"A", []bool{true}},
		{"ant ago ago", []bool{false, false, false}},
		{"3 the", []bool{false, true}},
	} {
		s := segmentText(c.text)
		p := parser{text: c.text, toks: s.Tokens}
		if len(s.Tokens) != len(c.want) || len(s.Sentences) != 1 {
			t.Fatalf("%q: %d tokens, %d sentences", c.text, len(s.Tokens), len(s.Sentences))
		}
		for i, want := range c.want {
			if got := turnedAway(p.toks, p.text, i, len(s.Tokens)); got != want {
				t.Errorf("%q: turnedAway(%d) = %v, want %v", c.text, i, got, want)
			}
		}
	}
}
