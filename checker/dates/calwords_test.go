package dates

import (
	"testing"
	"time"

	"github.com/factlint/factlint/checker/segment"
)

// TestCalWordsAgreeWithMaps checks calWords, which the parser reads by a
// calendar word's index (cal) in place of looking the word up in each
// map of the calendar, against those maps for every calendar word and
// for a word that is none (index 0). It fails when an entry gives a
// value or a set its word has not in the maps.
func TestCalWordsAgreeWithMaps(t *testing.T) {
	if len(calWords) != len(calendarList)+1 || calWords[0] != (calWord{}) {
		t.Fatalf("calWords has %d entries (entry 0 %+v), want %d and an empty entry 0", len(calWords), calWords[0], len(calendarList)+1)
	}
	for k, w := range calendarList {
		c := calWords[k+1]
		wd, okWd := weekdayNames[w]
		wa, okWa := weekdayAbbrevs[w]
		u, okU := periodUnits[w]
		v, okV := smallNumbers[w]
		d, okD := dayWords[w]
		got := []any{int(c.month), int(c.abbrMonth), c.weekday != 0, c.abbrWeekday != 0, c.unit != 0, int(c.factor),
			c.flags&cwSmall != 0, c.flags&cwDay != 0, c.flags&cwMonthCue != 0, c.flags&cwYearCue != 0,
			c.flags&cwYearFollower != 0, c.flags&cwPrep != 0, c.flags&cwOtherDay != 0, c.flags&cwPlural != 0}
		want := []any{monthNames[w], monthAbbrevs[w], okWd, okWa, okU, periodFactor[w],
			okV, okD, monthOnlyCues[w], yearCues[w], yearFollowers[w], prepositions[w], otherDay[w], plural(w)}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: calWords field %d = %v, want %v (entry %+v)", w, i, got[i], want[i], c)
			}
		}
		if okWd && time.Weekday(c.weekday-1) != wd || okWa && time.Weekday(c.abbrWeekday-1) != wa ||
			okU && Unit(c.unit-1) != u || okV && int(c.small) != v || okD && int(c.day) != d {
			t.Errorf("%q: calWords %+v, want weekday %v/%v, unit %v, small %d, day %d", w, c, wd, wa, u, v, d)
		}
	}
}

// TestCalOfTokens checks that cal gives a token the index of the
// calendar word it lowers to, in any case, with its words numbered and
// not, and 0 for a word that lowers to none, a token that is no word
// and a token past its sentence.
func TestCalOfTokens(t *testing.T) {
	text := "Last MONDAY, the Mondays of mid-May passed 3 decades ago in Wolvering."
	want := []string{"last", "monday", "", "the", "", "of", "mid", "", "may", "", "", "decades", "ago", "in", "", ""}
	for _, numbered := range []bool{false, true} {
		blocks, opt := []segment.Block{{Start: 0, End: len(text)}}, &segment.Options{}
		seg := segment.Segment(text, blocks, opt)
		if numbered {
			seg = segment.Into(new(segment.Result), text, blocks, opt)
		}
		if len(seg.Tokens) != len(want) || len(seg.Sentences) != 1 {
			t.Fatalf("%d tokens, %d sentences: %+v", len(seg.Tokens), len(seg.Sentences), seg.Tokens)
		}
		p := parser{text: text, toks: seg.Tokens}
		if numbered {
			p.bySpell = make([]uint16, seg.Words.Len())
		}
		s := seg.Sentences[0]
		for i, w := range want {
			got := ""
			if c := p.cal(i, s); c != 0 {
				got = calendarList[c-1]
			}
			if got != w {
				t.Errorf("numbered %v: token %d %q: cal gives %q, want %q", numbered, i, seg.Tokens[i].Text(text), got, w)
			}
		}
		if c := p.cal(s.Last, s); c != 0 {
			t.Errorf("numbered %v: cal past the sentence = %d, want 0", numbered, c)
		}
	}
}
