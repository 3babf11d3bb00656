package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/segment"
	_ "github.com/factlint/factlint/internal/golden"
)

var testAbbrevs = map[string]segment.Abbreviation{}

func init() {
	for _, a := range []string{"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Mr"} {
		testAbbrevs[a] = segment.Other
	}
}

func segmentText(text string) *segment.Result {
	return segment.Segment(text, []segment.Block{{Start: 0, End: len(text)}}, &segment.Options{Abbreviations: testAbbrevs})
}

// describe writes an expression compactly for table tests.
func describe(text string, e *Expr) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q", e.Text(text))
	switch e.Kind {
	case Calendar:
		fmt.Fprintf(&b, " cal %04d-%02d-%02d", e.Year, e.Month, e.Day)
	case Weekday:
		b.WriteString(" weekday")
	case Relative:
		fmt.Fprintf(&b, " rel %d%s", e.N, []string{"d", "w", "m", "y"}[e.Unit])
		if e.Ago {
			b.WriteString(" ago")
		}
		switch e.Part {
		case Earlier:
			b.WriteString(" earlier")
		case Later:
			b.WriteString(" later")
		}
	}
	if e.HasWeekday {
		fmt.Fprintf(&b, " %s", e.Weekday.String()[:3])
	}
	if e.Shift != Bare {
		b.WriteString([]string{"", " last", " next", " this"}[e.Shift])
	}
	if e.Bound != Exactly {
		b.WriteString([]string{"", " >=", " <=", " <", " >"}[e.Bound])
	}
	if e.Prep != "" {
		b.WriteString(" prep=" + e.Prep)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// American and British orders, with and without the year.
		{"It happened on September 11, 2023 in the city.", []string{`"September 11, 2023" cal 2023-09-11 prep=on`}},
		{"It happened on 11 September 2023 in the city.", []string{`"11 September 2023" cal 2023-09-11 prep=on`}},
		{"It happened on Sept. 11 in the city.", []string{`"Sept. 11" cal 0000-09-11 prep=on`}},
		{"It happened on Sep 11 in the city.", []string{`"Sep 11" cal 0000-09-11 prep=on`}},
		{"It happened on September 11th, and again.", []string{`"September 11th" cal 0000-09-11 prep=on`}},
		{"It happened on the 11th of September 2001.", []string{`"the 11th of September 2001" cal 2001-09-11 prep=on`}},
		{"The file is dated 2023-09-11 here.", []string{`"2023-09-11" cal 2023-09-11`}},
		{"They met for the first time in April 2019.", []string{`"April 2019" cal 2019-04-00 prep=in`}},
		{"Shoigu visited in July to see it.", []string{`"July" cal 0000-07-00 prep=in`}},
		{"Prices fell in 2019 and rose in 2020.", []string{`"2019" cal 2019-00-00 prep=in`, `"2020" cal 2020-00-00 prep=in`}},
		{"Talks resume in mid-July.", []string{`"mid-July" cal 0000-07-00 prep=in`}},
		{"Growth slowed in early 2021.", []string{`"early 2021" cal 2021-00-00 prep=in`}},
		// A cue opening the sentence: a year, whatever noun follows.
		{"In 2019 officers seized 40 tonnes.", []string{`"2019" cal 2019-00-00 prep=in`}},
		{"Since 2011 growers have planted less.", []string{`"2011" cal 2011-00-00 prep=since`}},
		// Weekdays.
		{"The meeting is expected as early as Tuesday local time.", []string{`"Tuesday" weekday Tue >=`}},
		{"Putin arrived in Vladivostok on Monday, officials said.", []string{`"Monday" weekday Mon prep=on`}},
		{"KCNA said Tuesday the train had left.", []string{`"Tuesday" weekday Tue`}},
		{"Last Tuesday, the adviser warned.", []string{`"Last Tuesday" weekday Tue last`}},
		{"They will meet next Friday.", []string{`"next Friday" weekday Fri next`}},
		{"Following Monday's announcement, talks began.", []string{`"Monday" weekday Mon`}},
		{"It was Wednesday, Sept. 13, 2023 when it came.", []string{`"Wednesday, Sept. 13, 2023" cal 2023-09-13 Wed`}},
		{"It was Tuesday 12 September when it came.", []string{`"Tuesday 12 September" cal 0000-09-12 Tue`}},
		{"It was Tue, Sep 12 when it came.", []string{`"Tue, Sep 12" cal 0000-09-12 Tue`}},
		// Relative days and periods.
		{"He left today and arrives tomorrow, not yesterday.", []string{`"today" rel 0d`, `"tomorrow" rel 1d`, `"yesterday" rel -1d`}},
		{"A vote is due next week.", []string{`"next week" rel 1w next`}},
		{"Sales fell last month.", []string{`"last month" rel -1m last`}},
		{"It opened three years ago.", []string{`"three years ago" rel -3y ago`}},
		{"It opened 10 days ago.", []string{`"10 days ago" rel -10d ago`}},
		{"It opened twenty-one years ago.", []string{`"twenty-one years ago" rel -21y ago`}},
		{"It opened a decade ago.", []string{`"a decade ago" rel -10y ago`}},
		{"He said so earlier this month.", []string{`"earlier this month" rel 0m earlier`}},
		{"A ruling is expected later this week.", []string{`"later this week" rel 0w later`}},
		{"Talks end by Friday.", []string{`"Friday" weekday Fri <= prep=by`}},
		{"Nothing happens before March 3.", []string{`"March 3" cal 0000-03-03 < prep=before`}},
		{"127 died after Tuesday's earthquake.", []string{`"Tuesday" weekday Tue`}},
		{"Roofs were stripped after Tuesday afternoon's hailstorm.", []string{`"Tuesday" weekday Tue`}},
		{"Roofs were stripped after Tuesday night.", []string{`"Tuesday" weekday Tue > prep=after`}},
		// Not dates.
		{"She may go, and March on.", nil},
		{"The bus left at 11:30 on the dot.", nil},
		{"Voters on Super Tuesday and Good Friday prayers.", nil},
		{"The 2019-20 season was in 2019 homes.", nil},
		{"He scored 31 goals in 45 games.", nil},
		{"The MONDAY paper said April Smith spoke.", nil},
		{"He was there in the last days of the war.", nil},
		{"Counts were up on the previous Saturday and every Tuesday.", nil},
	}
	for _, tt := range tests {
		seg := segmentText(tt.text)
		var got []string
		for _, e := range Extract(tt.text, seg) {
			got = append(got, describe(tt.text, &e))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestExtractSpans checks that every span starts and ends on the
// expression's tokens and lies in the text.
func TestExtractSpans(t *testing.T) {
	text := "On Tuesday, Sept. 12, 2023, three years ago and last week; in July, 2023-09-11."
	seg := segmentText(text)
	for _, e := range Extract(text, seg) {
		if e.Span.Start != seg.Tokens[e.Tokens[0]].Start || e.Span.End != seg.Tokens[e.Tokens[1]-1].End {
			t.Errorf("%q: span %v does not match tokens %v", e.Text(text), e.Span, e.Tokens)
		}
	}
}

func TestWeekdayNames(t *testing.T) {
	for name, wd := range weekdayNames {
		if !strings.EqualFold(wd.String(), name) {
			t.Errorf("%s is %v", name, wd)
		}
	}
	if time.Weekday(0) != time.Sunday {
		t.Fatal("time.Weekday changed")
	}
}
