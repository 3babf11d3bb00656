package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// The time-zone check of fact.conversion. Wire copy restates a local time
// of day in UTC in brackets ("at 4:18 a.m. local time (1018 GMT)"). No
// zone's offset from UTC is other than a whole number of quarter hours
// (most are whole hours; a few are half or three quarters past), so the
// minutes of the two readings differ by 0, 15, 30 or 45: a local time
// whose minute was slipped ("4:81" for "4:18") or a UTC time whose digits
// were swapped no longer fits any zone. The hour is not checked: the
// zone is rarely named, and an offset of any whole hour is some zone's.

// zoneStep is the step, in minutes, of every time zone's offset from UTC.
const zoneStep = 15

// checkZones reports each UTC time of day in brackets after a local time
// of day of its sentence ("4:18 a.m. local time (1018 GMT)", "at 9.05pm
// on Monday (1905 GMT)") whose minutes are no zone's offset from the
// local one's. Only "local time", "on" and a weekday may stand between
// the local time and the bracket; an approximate time on either side
// ("about 4.20am") is not checked, since the two may be rounded apart.
func (r *conversionRule) checkZones(a *Article, rep *Reporter) {
	qs := a.Quantities()
	text, toks := a.Doc.Text, a.Seg.Tokens
	for k := 1; k < len(qs); k++ {
		utc := &qs[k]
		if utc.Unit != quantity.TimeOfDayUTC || utc.Range || utc.Qualifier != nil {
			continue
		}
		local := &qs[k-1]
		if local.Unit != quantity.TimeOfDay || local.Range || local.Qualifier != nil || local.Sentence != utc.Sentence {
			continue
		}
		if !zoneGlue(text, toks, local.Tokens[1], utc.Tokens[0]) {
			continue
		}
		off := (int(local.Value) - int(utc.Value)) % 1440
		if off < 0 {
			off += 1440
		}
		if off%zoneStep == 0 {
			continue
		}
		// Written as an offset east of UTC, the way zones are named.
		sign, east := "+", off
		if east > 12*60+45 {
			sign, east = "-", 1440-off
		}
		msg := fmt.Sprintf("%s is %s only at an offset of UTC%s%d:%02d, which no time zone has (offsets are whole quarter hours)",
			spanText(a, utc.Span), spanText(a, local.Span), sign, east/60, east%60)
		rep.Report(r, document.Span{Start: utc.Span.Start, End: utc.Span.End}, msg,
			[]diag.Related{{Location: rep.At(local.Span), Message: "the local time"}}, nil)
	}
}

// zoneGlue reports whether tokens [from, to) join a local time to its
// UTC reading: an opening bracket last, and before it only the words
// "local" and "time", "on", a weekday or commas.
func zoneGlue(text string, toks []segment.Token, from, to int) bool {
	if to <= from || to > len(toks) || toks[to-1].Kind != segment.Punct || text[toks[to-1].Start] != '(' {
		return false
	}
	for j := from; j < to-1; j++ {
		t := toks[j]
		w := t.Text(text)
		switch {
		case t.Kind == segment.Punct && w == ",":
		case t.Kind == segment.Word && (strings.EqualFold(w, "local") || strings.EqualFold(w, "time") || strings.EqualFold(w, "on") || isWeekdayName(w)):
		default:
			return false
		}
	}
	return true
}

// isWeekdayName reports a weekday's name in full ("Tuesday").
func isWeekdayName(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w == d.String() {
			return true
		}
	}
	return false
}
