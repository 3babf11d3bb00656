package dates

import (
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

func day(t *testing.T, iso string) Day {
	t.Helper()
	d, ok := ParseISO(iso)
	if !ok {
		t.Fatalf("bad date %q", iso)
	}
	return d
}

func TestDayArithmetic(t *testing.T) {
	tests := []struct {
		iso, weekday string
	}{
		{"1970-01-01", "Thursday"},
		{"1969-12-31", "Wednesday"},
		{"2023-09-11", "Monday"},
		{"2023-09-12", "Tuesday"},
		{"2000-02-29", "Tuesday"},
		{"2024-12-31", "Tuesday"},
		{"1900-03-01", "Thursday"},
	}
	for _, tt := range tests {
		d := day(t, tt.iso)
		if d.String() != tt.iso {
			t.Errorf("%s round-trips as %s", tt.iso, d)
		}
		if d.Weekday().String() != tt.weekday {
			t.Errorf("%s is a %s, not a %s", tt.iso, tt.weekday, d.Weekday())
		}
	}
	for _, bad := range []string{"2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "1900-02-29", "0000-01-01", "2023-9-11", "2023/09/11", ""} {
		if _, ok := ParseISO(bad); ok {
			t.Errorf("%q parsed as a date", bad)
		}
	}
}

var testLexicon = &Lexicon{
	Future:      set("will", "expected", "due", "going", "scheduled", "could", "plans"),
	Past:        set("said", "met", "was", "were", "left", "held", "sank"),
	NotPast:     set("speed", "hundred", "indeed"),
	Auxiliaries: set("is", "are", "be", "been", "being", "to", "has", "have"),
	Perfect:     set("has", "have"),
	Speech:      set("said", "says", "told", "statement", "announcement", "released"),
}

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// resolveFirst resolves the first date expression of text in an article
// dated ref.
func resolveFirst(t *testing.T, text, ref string) (Range, bool) {
	t.Helper()
	seg := segmentText(text)
	es := Extract(text, seg)
	if len(es) == 0 {
		t.Fatalf("%q: no date read", text)
	}
	e := &es[0]
	r := Ref{}
	if ref != "" {
		r = Ref{Day: day(t, ref), Known: true}
	}
	return e.Resolve(r, testLexicon.TenseOf(text, seg, e))
}

func TestResolve(t *testing.T) {
	tests := []struct {
		text, ref string
		want      string // "" when nothing may be resolved
	}{
		// The seeds' convention: a bare weekday is within a week.
		{"The meeting is expected to take place as early as Tuesday local time.", "2023-09-11", "Tuesday 12 September 2023 or later"},
		{"The two leaders are going to meet on Tuesday, most likely.", "2023-09-12", "Tuesday 12 September 2023"},
		{"Putin reportedly arrived in Vladivostok on Monday, Peskov said.", "2023-09-12", "Monday 11 September 2023"},
		{"Kim will arrive on Monday.", "2023-09-12", "Monday 18 September 2023"},
		{"The talks were held on Friday.", "2023-09-12", "Friday 8 September 2023"},
		{"The talks will be held on Friday.", "2023-09-12", "Friday 15 September 2023"},
		{"The vote is on Friday.", "2023-09-12", ""}, // no tense word: unknown
		// Across month and year ends.
		{"The ferry sank on Sunday, officials said.", "2024-01-02", "Sunday 31 December 2023"},
		{"The court will rule on Friday.", "2023-12-29", "Friday 29 December 2023"},
		{"The court will rule on Monday.", "2023-12-29", "Monday 1 January 2024"},
		{"It left yesterday.", "2024-03-01", "Thursday 29 February 2024"},
		{"It arrives tomorrow.", "2023-12-31", "Monday 1 January 2024"},
		{"The strike happened last week.", "2024-01-03", "Monday 25 December 2023 to Sunday 31 December 2023"},
		{"Prices fell last month.", "2024-01-15", "December 2023"},
		{"A vote follows next month.", "2023-12-15", "January 2024"},
		{"They met last year.", "2024-01-01", "2023"},
		{"Sales rose earlier this month.", "2023-09-12", "Friday 1 September 2023 to Tuesday 12 September 2023"},
		{"It opened three years ago.", "2023-09-12", "Saturday 14 March 2020 to Saturday 13 March 2021"},
		{"It opened 10 days ago.", "2024-03-05", "Saturday 24 February 2024"},
		// Calendar dates: the year left out is the nearest.
		{"It happened on Dec. 30.", "2024-01-02", "Saturday 30 December 2023"},
		{"It happens on Jan. 3.", "2023-12-29", "Wednesday 3 January 2024"},
		{"They first met in April 2019.", "", "April 2019"},
		{"It happened on September 11, 2001.", "", "Tuesday 11 September 2001"},
		{"It happened on Sept. 11.", "", ""}, // needs the article's date
		{"Shoigu visited in July.", "2023-09-12", "July 2023"},
		{"Shoigu will visit in July.", "2023-09-12", "July 2024"},
		{"Shoigu visited in November.", "2024-01-10", "November 2023"},
		{"The summit was expected in 2019.", "", "2019"},
		{"Talks end by Friday, it was said.", "2023-09-12", "Friday 8 September 2023 or earlier"},
		// "Last Tuesday" is the Tuesday of last week or the week before.
		{"Last Tuesday, the adviser warned.", "2023-09-14", "Tuesday 5 September 2023 to Tuesday 12 September 2023"},
		// Nothing without the article's date.
		{"Kim arrived on Monday.", "", ""},
		{"It left yesterday.", "", ""},
	}
	for _, tt := range tests {
		r, ok := resolveFirst(t, tt.text, tt.ref)
		got := ""
		if ok {
			got = r.String()
		}
		if got != tt.want {
			t.Errorf("%q dated %q: got %q, want %q", tt.text, tt.ref, got, tt.want)
		}
	}
}

// onlyDate reads text, which must hold exactly one date expression.
func onlyDate(t *testing.T, text string) (*segment.Result, *Expr) {
	t.Helper()
	seg := segmentText(text)
	es := Extract(text, seg)
	if len(es) != 1 {
		t.Fatalf("%q: %d dates, want 1", text, len(es))
	}
	return seg, &es[0]
}

func TestTense(t *testing.T) {
	tests := []struct {
		text string
		want Tense
	}{
		{"The meeting is expected to take place on Tuesday.", Future},
		{"Kim arrived on Monday.", Past},
		{"On Monday, Kim arrived.", Past},
		{"On Monday the leaders will meet.", Future},
		// A phrase of no verb that opens the sentence and that its date
		// closes at a comma dates the clause after the comma, however
		// many words it holds (up to maxFronted).
		{"In a postal ballot on Monday, 61 per cent backed the deal.", Past},
		{"In the closing hour on Monday, the vase will go on sale.", Future},
		// Longer, or not closed by the date, it is no fronted phrase.
		{"In a ballot of all the members across the region on Monday, 61 per cent backed the deal.", Unknown},
		{"In a postal ballot on Monday at the hall, 61 per cent backed the deal.", Unknown},
		{"The White House said on Monday that Kim will arrive.", Past},
		{"Kim will arrive on Wednesday, the White House said.", Future},
		{"The plan has been delayed until Tuesday.", Unknown},
		{"At top speed on Tuesday.", Unknown},
		{"Ted spoke on Tuesday.", Unknown},
		// A place set off by commas stands inside the clause.
		{"Hail battered Dunmere, Westshire, at 4.20pm on Tuesday.", Past},
		{"Hail battered Dunmere, New Westshire, on Tuesday.", Past},
		// Not a name between the commas: the clause ends at the comma.
		{"Rescuers searched the river, some of them, on Tuesday.", Unknown},
		{"Hail battered the town, Westshire, on Tuesday.", Unknown},
		// A distance set off by commas, opening with its figure, says
		// where: the verb before it tells the tense.
		{"The tanker grounded on the Moss Bank, 9 nautical miles (17 km) off the coast, at about 3:10 a.m. on Tuesday.", Past},
		{"The barge sank in the channel, 40km north of Tullow, on Tuesday.", Past},
		// So does a place opening with a preposition.
		{"The reading was taken in the town of Orbe, in the north of the valley, at 3.10pm on Tuesday.", Past},
		{"The barge sank off Tullow, near the harbour mouth, on Tuesday.", Past},
		// A possessive date opening its sentence: the verb after an
		// aside of its subject tells the tense.
		{"Tuesday's storm, the worst in the county for decades, left 40 homes flooded.", Past},
		{"Tuesday's vote, the first in a decade, will be close.", Future},
		// A clause set off by commas has a verb of its own: the walk
		// stops there, as before.
		{"Rescuers searched the river, 40 of them volunteers who waited, on Tuesday.", Unknown},
		{"The bridge reopened, 12 weeks late, on Tuesday.", Past},
		// A list object: the verb before its first item tells the
		// tense, through the items' commas.
		{"The blaze knocked cash machines, card readers and 12 council websites offline on Tuesday.", Past},
		{"Gales flattened power lines, two church spires, old barns and a footbridge on Tuesday.", Past},
		// No "and" after the comma, an item too long, a verb right
		// before the comma or a name among the items: no list, the
		// walk stops at the comma as before.
		{"The blaze knocked cash machines, card readers offline on Tuesday.", Unknown},
		{"The blaze knocked out the cash machines of every bank in the town, card readers and 12 websites on Tuesday.", Unknown},
		{"Crews worked, card readers and 12 websites offline on Tuesday.", Unknown},
		{"Ferries were cancelled, crews and 12 pilots standing by on Tuesday.", Unknown},
		{"The blaze knocked Varnley, card readers and 12 websites offline on Tuesday.", Unknown},
		// A bracketed figure restates the one before it: the verb before
		// both tells the tense.
		{"The brewer was fined 3.1 million euros ($3.4 million) on Tuesday.", Past},
		{"The brewer was fined 3.1 million euros (3.4 million dollars) on Tuesday.", Past},
		{"The ferry sank in the estuary (see map) on Tuesday.", Unknown},
		// A present perfect tells of a day gone by; a passive after
		// "been" may not.
		{"Growers have welcomed Tuesday's ruling on the orchard.", Past},
		{"The storm has left the town on edge since Tuesday's floods.", Past},
		// With a bare day the perfect is a plan: no tense.
		{"The union has called a strike for Tuesday.", Unknown},
		{"The vote has been postponed until Tuesday.", Unknown},
		// A word of the future right after a past one looks ahead from a
		// day gone by: no tense.
		{"Nine hearings were scheduled at the county court on Tuesday.", Unknown},
		{"The vote was expected on Tuesday.", Unknown},
		{"The vote is expected on Tuesday.", Future},
		// "To" right before a verb of its own opens an infinitive that a
		// noun governs, no auxiliary: the word after it is the
		// sentence's own verb.
		{"The order to leave was given on Tuesday.", Past},
		{"A vote to strike was held at the depot on Tuesday.", Past},
	}
	for _, tt := range tests {
		seg, e := onlyDate(t, tt.text)
		if got := testLexicon.TenseOf(tt.text, seg, e); got != tt.want {
			t.Errorf("%q: tense %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAttributed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"KCNA said Tuesday the train had left.", true},
		{"In a statement released Monday, the Kremlin confirmed it.", true},
		{"The Kremlin said in a statement Monday that Kim would visit.", true},
		{"Following Monday's announcement, talks began.", true},
		{"Putin arrived in Vladivostok on Monday, Peskov said.", false},
		{"The Kremlin said the summit will take place on Wednesday.", false},
		// A speech word's definite object is the news told already: the
		// date is the telling's. An indefinite one is an act the speech
		// word makes, and keeps its day.
		{"Surveyors told the tale on Thursday after a second survey.", true},
		{"The regulator released its ruling on 9 March.", true},
		{"The governor told an inquiry on Sunday.", false},
		{"The mayor released the Zarveth on Sunday.", false},
		{"Engineers told the crews were safe on Monday.", false},
	}
	for _, tt := range tests {
		seg, e := onlyDate(t, tt.text)
		if got := testLexicon.Attributed(tt.text, seg, e); got != tt.want {
			t.Errorf("%q: attributed %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestExists(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"It was on 31 June.", false},
		{"It was on February 29.", true},
		{"It was on February 29, 2023.", false},
		{"It was on February 29, 2024.", true},
		{"It was on 30 September 2023.", true},
	}
	for _, tt := range tests {
		_, e := onlyDate(t, tt.text)
		if got := e.Exists(); got != tt.want {
			t.Errorf("%q: exists %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		text, want string // "" when the text is not one date
	}{
		{"12 September 2023", "2023-09-12"},
		{"Tuesday, Sept. 12, 2023", "2023-09-12"},
		{"  September 12th, 2023 ", "2023-09-12"},
		{"Tue 12 Sep 2023", "2023-09-12"},
		{"2023-09-12", "2023-09-12"},
		{"Wednesday, Sept. 12, 2023", ""}, // the weekday does not fit
		{"12 September", ""},              // no year
		{"31 June 2023", ""},
		{"12 September 2023 at noon", ""},
		{"last Tuesday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := ParseText(tt.text)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("ParseText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestParseMonthDay is the table of days of a month written without a
// year, as wire datelines give them.
func TestParseMonthDay(t *testing.T) {
	tests := []struct {
		text       string
		month, day int // 0 when the text is not one such day
	}{
		{"Nov 8", 11, 8},
		{"Nov. 8", 11, 8},
		{"Sept 9", 9, 9},
		{"8 November", 11, 8},
		{" March 7 ", 3, 7},
		{"Feb 29", 2, 29},       // a day of leap years
		{"June 31", 0, 0},       // of no year
		{"Nov 8, 2024", 0, 0},   // has its year: ParseText's
		{"Friday, Nov 8", 0, 0}, // a weekday needs its year
		{"Nov 8 at noon", 0, 0}, // not one date alone
		{"November", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		m, d, ok := ParseMonthDay(tt.text)
		if m != tt.month || d != tt.day || ok != (tt.month != 0) {
			t.Errorf("ParseMonthDay(%q) = %d, %d, %v; want %d, %d", tt.text, m, d, ok, tt.month, tt.day)
		}
	}
}
