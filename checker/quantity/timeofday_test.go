package quantity

import (
	"math"
	"testing"
)

// tod is a time of day h:m, in the local unit.
func tod(span, num string, h, m float64) want {
	return c(span, num, h*60+m).u(TimeOfDay.Name)
}

// timeOfDayTests are times of day, and the numbers like them that are
// none: scores, ratios, verses, prices, decimals.
var timeOfDayTests = []extractCase{
	{"glued am", "The alarm rang at 3.40am today.", []want{tod("3.40am", "3.40am", 3, 40)}},
	{"glued pm", "It closed at 9.05pm.", []want{tod("9.05pm.", "9.05pm", 21, 5)}},
	{"glued hour", "It closed at 11pm on Friday.", []want{tod("11pm", "11pm", 23, 0)}},
	{"glued pm sentence end", "It closed at 11pm.", []want{tod("11pm", "11pm", 23, 0)}},
	{"noon hour", "It opened at 12.15pm.", []want{tod("12.15pm.", "12.15pm", 12, 15)}},
	{"midnight hour", "It opened at 12.15am.", []want{tod("12.15am.", "12.15am", 0, 15)}},
	{"spaced pm", "It closed at 3.40 pm.", []want{tod("3.40 pm", "3.40", 15, 40)}},
	{"dotted a.m.", "The ferry left at 6:40 a.m. sharp.", []want{tod("6:40 a.m.", "6:40", 6, 40)}},
	{"colon glued am", "The ferry left at 6:40am.", []want{tod("6:40am", "6:40am", 6, 40)}},
	{"24-hour after at", "The ferry left at 15:40 on Monday.", []want{tod("15:40", "15:40", 15, 40)}},
	{"24-hour leading zero", "Sirens sounded until 03:40.", []want{tod("03:40", "03:40", 3, 40).q("until")}},
	{"local time", "It struck at 3.40am local time.", []want{tod("3.40am local time", "3.40am", 3, 40)}},
	{"wire GMT", "It struck at 0640 GMT.", []want{c("0640 GMT", "0640", 400).u(TimeOfDayUTC.Name)}},
	{"wire UTC colon", "It struck at 15:40 UTC.", []want{c("15:40 UTC", "15:40", 940).u(TimeOfDayUTC.Name)}},
	{"wire four digits no at", "Markets closed 1540 GMT.", []want{c("1540 GMT", "1540", 940).u(TimeOfDayUTC.Name)}},
	{"just before", "It struck just before 4am.", []want{tod("4am", "4am", 4, 0).q("just before")}},
	{"shortly after", "It struck shortly after 11pm.", []want{tod("11pm", "11pm", 23, 0).q("just after")}},
	{"by", "It was over by 6.10am.", []want{tod("6.10am.", "6.10am", 6, 10).q("by")}},
	{"about", "It struck about 4am.", []want{tod("about 4am", "4am", 4, 0).q("about")}},
	{"other zone left out", "It struck at 3.40am EST, officials said.", nil},
	{"minutes past midnight", "The bell rang at nineteen minutes past midnight.", []want{tod("nineteen minutes past midnight", "nineteen", 0, 19)}},
	{"minutes after noon in digits", "The bell rang at 14 minutes after noon.", []want{tod("14 minutes after noon", "14", 12, 14)}},
	{"minutes to midnight", "The bell rang at eleven minutes to midnight.", []want{tod("eleven minutes to midnight", "eleven", 23, 49)}},
	{"minutes before midday", "It rang 23 minutes before midday.", []want{tod("23 minutes before midday", "23", 11, 37)}},
	{"minutes past an hour of no half-day", "It rang at nineteen minutes past twelve.", []want{c("nineteen minutes", "nineteen", 19).u("min"), c("twelve", "twelve", 12)}},
	{"minutes past midnight, a duration", "It lasted 90 minutes past midnight.", []want{c("90 minutes", "90", 90).u("min")}},
	{"about minutes past midnight", "It rang about nineteen minutes past midnight.", []want{tod("about nineteen minutes past midnight", "nineteen", 0, 19).q("about")}},

	{"score", "They won 3-1 at home.", nil},
	{"ratio", "The odds were 7:2.", nil},
	{"verse", "He quoted John 3:16.", nil},
	{"24-hour without at", "The score was 15:40 at half time.", []want{c("half", "half", 0.5)}},
	{"four digits without zone", "The march drew 1540 people at 0640.", []want{c("1540", "1540", 1540)}},
	{"price", "Shares closed at 3.40 on Friday.", []want{c("3.40", "3.40", 3.4)}},
	{"decimal", "It rose 3.4 points.", []want{c("3.4", "3.4", 3.4)}},
	{"hour over 12", "It closed at 13pm.", nil},
	{"minutes over 59", "It closed at 3.75pm.", nil},
	{"24/7", "Crews worked 24/7.", nil},
}

func TestExtractTimeOfDay(t *testing.T) { runExtractCases(t, timeOfDayTests) }

// TestTimeOfDayPrecision checks that a time to the hour claims the hour
// and a time to the minute the minute.
func TestTimeOfDayPrecision(t *testing.T) {
	for _, tc := range []struct {
		text        string
		step, round float64
	}{
		{"at 4am.", 60, 60},
		{"at 3.40am.", 1, 5},
		{"at 3.42am.", 1, 1},
	} {
		qs := extract(t, tc.text)
		if len(qs) != 1 || qs[0].Step != tc.step || qs[0].Round != tc.round {
			t.Errorf("%q: %s, want step %g round %g", tc.text, dump(tc.text, qs), tc.step, tc.round)
		}
	}
}

// TestTimeOfDayIntervals checks the claims of qualified times: widths in
// minutes, whatever the hour.
func TestTimeOfDayIntervals(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text   string
		lo, hi float64
	}{
		{"at 3.40am.", 219.5, 220.5},
		{"at 4am.", 210, 270},
		{"just before 4am.", 210, 240},
		{"shortly after 11pm.", 1350, 1410},
		{"about 11pm.", 1350, 1410},
		{"about 1am.", 30, 90},
		{"after 1am.", -60, 180},
		{"before 9am.", -inf, 540},
	} {
		qs := extract(t, tc.text)
		if len(qs) != 1 {
			t.Fatalf("%q: %s", tc.text, dump(tc.text, qs))
		}
		iv := qs[0].Interval(Strict)
		if !near(iv.Lo, tc.lo) || !near(iv.Hi, tc.hi) {
			t.Errorf("%q: [%g, %g], want [%g, %g]", tc.text, iv.Lo, iv.Hi, tc.lo, tc.hi)
		}
	}
}

// TestMayBeClockWord checks the pre-test of timeOfDay against the words
// it stands for: it must let through every word timeMeridiem or isUTC
// accepts, and it turns away the common words after a number.
func TestMayBeClockWord(t *testing.T) {
	tb := pack(t)
	for _, c := range []struct {
		word string
		want bool
	}{
		{"am", true}, {"AM", true}, {"Am", true}, {"a.m.", true}, {"pm", true}, {"PM", true}, {"p.m.", true},
		{"GMT", true}, {"UTC", true},
		{"a", false}, {"people", false}, {"per", false}, {"passengers", false}, {"Pa", false}, {"ap", false}, {"Gt", false}, {"utc", false},
	} {
		text := "9 " + c.word
		s := seg(text)
		p := &parser{t: tb, text: text, toks: s.Tokens, lastEnd: -1}
		if len(s.Tokens) != 2 {
			t.Fatalf("%q: %d tokens", text, len(s.Tokens))
		}
		if got := p.mayBeClockWord(1); got != c.want {
			t.Errorf("mayBeClockWord(%q) = %t, want %t", c.word, got, c.want)
		}
		if (timeMeridiem(c.word) >= 0 || p.isUTC(1)) && !p.mayBeClockWord(1) {
			t.Errorf("%q is a clock word that mayBeClockWord turns away", c.word)
		}
	}
}
