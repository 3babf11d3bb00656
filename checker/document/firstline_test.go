package document

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// TestEndsAtLineFeed checks which patterns are read in the first line's
// window: those that read nothing after a line feed they have read.
func TestEndsAtLineFeed(t *testing.T) {
	for _, c := range []struct {
		expr string
		want bool
	}{
		{`^[ \t]*(?i:dated)[ \t]*(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)`, true},
		{`^Filed:?[ \t]*(?P<date>[A-Za-z]+ \d{1,2},? \d{4})\b[^\r\n]*(?:\r?\n|$)`, true},
		{`^when \d+`, true},
		{`^when\n`, true},
		{`^when\n?`, true},
		{`^when\n\w`, false},    // a rune after the line feed
		{`^when\n$`, false},     // an assertion after it
		{`^when\n\b`, false},    // an assertion after it
		{`^[^x]+`, false},       // a negated class reads line feeds, and goes on
		{`^[^x\n]+`, true},      // ... not this one
		{`(?s)^when.*`, false},  // the dot reads line feeds
		{`^when.*`, true},       // not without s
		{`(?s)^when.`, true},    // one rune, then the match
		{`^when\s+\d`, false},   // white space reads a line feed
		{`^when[ \t]+\d`, true}, // a blank does not
		{`(?i)^WHEN\n(x|)`, false},
		{`^when(`, false}, // does not parse
	} {
		if got := endsAtLineFeed(c.expr); got != c.want {
			t.Errorf("endsAtLineFeed(%q) = %v, want %v", c.expr, got, c.want)
		}
	}
}

// TestFirstLineWindowMatchesFull checks that a dateline pattern finds
// the same match at the start of the copy in the first line's window as
// in the whole copy, on random copy of a few lines, for patterns read in
// the window and patterns that are not.
func TestFirstLineWindowMatchesFull(t *testing.T) {
	exprs := []string{
		`^[ \t]*(?i:dated)[ \t]*:?[ \t]*(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)`,
		`^[ \t]*(?i:filed|posted)(?:[ \t]+on)?[ \t]*:?[ \t]*(?P<date>[A-Za-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})\b[^\r\n]*(?:\r?\n|$)`,
		`^ab*\n?`,
		`^a[^x]*`,
		`(?s)^a.*b`,
		`^a\s+b`,
		`a\nb`,
		`^$`,
	}
	pieces := []string{"dated", "Dated", "filed", "Posted on", " ", "\t", ":", "\n", "\r\n", "\r", "2031-04-09", "May 7, 2031",
		"a", "b", "x", "ab", "The mayor spoke.", "é", "\xff", "12"}
	r := rand.New(rand.NewPCG(7, 34))
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		for range 3000 {
			var src []byte
			for range r.IntN(12) {
				src = append(src, pieces[r.IntN(len(pieces))]...)
			}
			full := re.FindSubmatchIndex(src)
			win := re.FindSubmatchIndex(firstLineWindow(re, src))
			atStart := func(loc []int) []int {
				if loc == nil || loc[0] != 0 {
					return nil
				}
				return loc
			}
			if !slices.Equal(atStart(full), atStart(win)) {
				t.Fatalf("%q on %q: whole copy %v, first line %v", expr, src, full, win)
			}
		}
	}
}

// EndsAtLineFeed is endsAtLineFeed, for the package's external tests.
var EndsAtLineFeed = endsAtLineFeed
