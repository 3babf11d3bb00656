package rules

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/dates"
)

// TestOpponentWalksAsBefore checks the date rules' one opponent walk
// (walkOpponents) and each kind's test against the walks it replaces,
// kept below as they were (the ...Ref functions), on the claims of the
// repository's copy and of generated copy (dateStories), as each
// comparison of CheckCorpus is handed them, with the values of one
// article, then two, moved (an error injected, so that opponents are
// found): the same opponents, in the same order, with the same claims.
func TestOpponentWalksAsBefore(t *testing.T) {
	stories, all := dateStories(t)
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var r *dateFactsRule
	for _, x := range set.Rules {
		if d, ok := x.(*dateFactsRule); ok {
			r = d
		}
	}
	isDay := func(x *claim) bool {
		return x.Key == dayKey || x.Key == weekdayKey || x.Key == futureKey || x.Key == weeknameKey
	}
	days := keyedClaims(all, isDay)
	earlier := keyedClaims(all, func(x *claim) bool { return x.Key == earlierYearKey })
	times := keyedClaims(all, func(x *claim) bool { return x.Key == timeKey })
	leads := keyedClaims(all, func(x *claim) bool { return x.Key == mainKey })
	moments := keyedClaims(all, func(x *claim) bool { return isClockKey(x.Key) || isMoment(x) })
	// moveWhen moves a claim's day range by d days, in a copy: the
	// claims of the story share their ranges.
	moveWhen := func(x *claim, d dates.Day) {
		if x.When != nil {
			w := *x.When
			w.Lo, w.Hi = w.Lo+d, w.Hi+d
			x.When = &w
		}
	}
	storyOf := map[int][]int{}
	for _, st := range stories {
		for _, a := range st {
			storyOf[a] = st
		}
	}
	dayGot := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return r.dayOpponents(x, xa, arts, claims, dayContext{earlier: earlier, story: storyOf[xa]})
	}
	dayWant := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return dayOpponentsRef(r, x, xa, arts, claims, dayContext{earlier: earlier, story: storyOf[xa]})
	}
	leadWant := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return mainOpponentsRef(r, x, xa, arts, claims)
	}
	momentWant := func(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
		return momentOpponentsRef(r, x, xa, arts, claims)
	}
	for _, c := range []struct {
		name      string
		claims    [][]claim
		shift     func(*claim)
		got, want opponentsFunc
	}{
		{"days by a day", days, func(x *claim) { x.Q.Value++; x.Q.High++; moveWhen(x, 1) }, dayGot, dayWant},
		{"days by a month", days, func(x *claim) { x.Q.Value += 31; x.Q.High += 31; moveWhen(x, 31) }, dayGot, dayWant},
		{"days by a week", days, func(x *claim) { x.Q.Value += 7; x.Q.High += 7; moveWhen(x, 7) }, dayGot, dayWant},
		{"times by a slip", times, func(x *claim) { x.Q.Value += 30; x.Q.High += 30 }, slipOpponents, slipOpponentsRef},
		{"times by an hour", times, func(x *claim) { x.Q.Value += 60; x.Q.High += 60 }, timeOpponents, timeOpponentsRef},
		{"times by a slip (timeOpponents)", times, func(x *claim) { x.Q.Value += 30; x.Q.High += 30 }, timeOpponents, timeOpponentsRef},
		{"leads by a day", leads, func(x *claim) { moveWhen(x, 1) }, r.mainOpponents, leadWant},
		{"moments by a day", moments, func(x *claim) { moveWhen(x, 1) }, r.momentOpponents, momentWant},
	} {
		found := sameOpponents(t, stories, c.claims, c.shift, nil, c.got, c.want)
		if found == 0 {
			t.Errorf("%s: no claim found opponents: the test reaches too little", c.name)
		}
		t.Logf("%s: opponents found for %d claims", c.name, found)
	}
}

// The walks as they were before walkOpponents, kept as the reference of
// TestOpponentWalksAsBefore.

func mainOpponentsRef(r *dateFactsRule, x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	against := map[int]*claim{}
	var day dates.Day
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared := 0
		for k := range claims[ya] {
			y := &claims[ya][k]
			// Two leads that write the same weekday and resolve it to
			// different days disagree through their articles' dates, not
			// their copy: a dateline's error, or papers of two weeks,
			// neither of which the lead comparison can tell.
			if leadsApart(x, y, r.leadDays) || x.Head != "" && x.Head == y.Head {
				continue
			}
			n := leadShared(x, y)
			// An article that gives x's day in its lead for a clause that
			// shares anything with x's supports it: support is read
			// loosely and opposition strictly, so that a doubt keeps the
			// rule quiet.
			if n > 0 && y.When.Overlaps(*x.When) {
				return nil, nil, false
			}
			if n < r.leadShared {
				continue
			}
			if n > bestShared {
				best, bestShared = y, n
			}
		}
		if best == nil {
			continue
		}
		if len(order) > 0 && best.When.Lo != day {
			// The others do not agree on one day: two events, or two
			// moments of one, and nothing to stand x against.
			return nil, nil, false
		}
		day = best.When.Lo
		y := *best
		y.Article = ya
		order = append(order, ya)
		against[ya] = &y
	}
	if len(order) < 2 {
		return nil, nil, false
	}
	// The article's own lead gives the others' day too: x is of another
	// moment of the story.
	for k := range claims[xa] {
		if claims[xa][k].When.Lo == day {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

func dayOpponentsRef(r *dateFactsRule, x *claim, xa int, arts []int, claims [][]claim, dc dayContext) ([]int, map[int]*claim, bool) {
	switch x.Key {
	case weeknameKey, heldKey:
		return nameOpponentsRef(x, xa, arts, claims)
	case weekdayKey:
		if order, against, ok := weekdayOpponentsRef(r, x, xa, arts, claims); ok {
			return order, against, ok
		}
		return nameOpponentsRef(x, xa, arts, claims)
	case futureKey:
		return weekdayOpponentsRef(r, x, xa, arts, claims)
	}
	if order, against, ok := calendarOpponentsRef(x, xa, arts, claims, dc); ok {
		return order, against, ok
	}
	return filedBeforeRef(x, xa, arts, claims)
}

func filedBeforeRef(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	if x.Head != noYearHead || x.Compl != pastMark && x.Compl != minuteMark {
		return nil, nil, false
	}
	d := dates.Day(x.Q.Value)
	var order []int
	var against map[int]*claim
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared, support := 0, -1
		for k := range claims[ya] {
			y := &claims[ya][k]
			if y.Key == dayKey && sameDay(x, y) && earlierPoints(x, y) >= dayShared {
				return nil, nil, false // another article writes x's day
			}
			// A weekday held for x's minute is tied to x by the minute
			// alone; a named one by its words, x in a clause of the past.
			held := y.Key == heldKey && sameMinute(x, y)
			if !held && (y.Key != weeknameKey || y.Rel || x.Compl != pastMark) || y.When == nil || y.Compl == supportOnly {
				continue
			}
			n := earlierShared
			if !held {
				n = earlierPoints(x, y)
			}
			if d <= y.When.Lo {
				if d > y.When.Hi-7 {
					support = max(support, n)
				}
				continue
			}
			if d-y.When.Hi > clockReach {
				continue
			}
			if n >= earlierShared && n > bestShared {
				best, bestShared = y, n
			}
		}
		// A weekday of the week up to x's day tied as much supports x.
		if support > 0 && (best == nil || support >= bestShared) {
			return nil, nil, false
		}
		if best != nil {
			// Quoted with its dateline's day, which is what x's day
			// falls after.
			shown := *best
			_, m, md := best.When.Hi.Civil()
			shown.Shown = fmt.Sprintf("%s (filed %d %s)", best.Shown, md, time.Month(m))
			if best.When.Lo < best.When.Hi {
				// The copy tells days after the weekday's.
				_, lm, ld := best.When.Lo.Civil()
				shown.Shown = fmt.Sprintf("%s (by %d %s, filed %d %s)", best.Shown, ld, time.Month(lm), md, time.Month(m))
			}
			order, against = addAgainst(order, against, ya, &shown)
		}
	}
	if len(order) == 0 {
		return nil, nil, false
	}
	slices.Sort(order)
	return order, against, true
}

func calendarOpponentsRef(x *claim, xa int, arts []int, claims [][]claim, dc dayContext) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	var other claim
	tied := false
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared := -1
		for k := range claims[ya] {
			y := &claims[ya][k]
			// A weekday of the same day supports x only in a sentence
			// like x's: a story dates many things by weekday.
			if sameDay(x, y) && (y.Key == dayKey || earlierPoints(x, y) > 0) {
				return nil, nil, false
			}
			if y.Key != dayKey || y.Compl == supportOnly || !dayNear(x, y) {
				continue
			}
			// A day of no year is one field from a day and month of any
			// year: it opposes, or is opposed by, a day only in a
			// sentence sharing dayShared points with its own.
			n := earlierPoints(x, y)
			if n < dayShared && (x.Head == noYearHead || y.Head == noYearHead) {
				continue
			}
			if n > bestShared {
				best, bestShared = y, n
			}
		}
		if best == nil {
			continue
		}
		if len(order) > 0 && !sameDay(best, &other) {
			return nil, nil, false
		}
		other = *best
		tied = tied || bestShared >= dayShared
		order, against = addAgainst(order, against, ya, best)
	}
	// One article is enough when it writes its day beside the same
	// minute of the clock as x's, in a sentence sharing earlierShared
	// points ("at 4.10am on 3 May" against "at 4.10am on 4 May": one
	// moment), or when both write their year in sentences sharing
	// dayPairShared points (oneMoment); the other is then reported
	// against x too.
	if !tied || len(order) == 0 || len(order) < 2 && (!oneMoment(x, &other) || !sameMinute(x, &other) && (thirdSides(x, &other, xa, order[0], arts, claims) || thirdSides(x, &other, xa, order[0], dc.story, dc.earlier))) {
		return nil, nil, false
	}
	return finishDayOpponentsRef(x, xa, order, against, &other, claims)
}

func weekdayOpponentsRef(r *dateFactsRule, x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	var other claim
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared, support := 0, 0
		for k := range claims[ya] {
			y := &claims[ya][k]
			if (y.Key == futureKey) != (x.Key == futureKey) {
				continue
			}
			n := earlierPoints(x, y)
			if x.Q.Value == y.Q.Value {
				support = max(support, n)
				continue
			}
			if y.Compl == supportOnly || n < weekdayShared || x.Head != "" && x.Head == y.Head ||
				pastMidnight(x, y, int(dates.Day(x.Q.Value).Weekday()), int(dates.Day(y.Q.Value).Weekday())) ||
				leadsApart(x, y, r.leadDays) || y.Q.Value-x.Q.Value > clockReach || x.Q.Value-y.Q.Value > clockReach {
				continue
			}
			if n > bestShared {
				best, bestShared = y, n
			}
		}
		// An article that gives x's day in a sentence like x's at
		// least as much as its other day's supports x (support is read
		// loosely): a story's days are many, and a day moved by mistake
		// may fall on another day of the story, told in other words.
		if support > 0 && support >= bestShared {
			return nil, nil, false
		}
		if best == nil {
			continue
		}
		if len(order) > 0 && best.Q.Value != other.Q.Value {
			return nil, nil, false
		}
		other = *best
		order, against = addAgainst(order, against, ya, best)
	}
	if len(order) < 2 {
		return nil, nil, false
	}
	return finishDayOpponentsRef(x, xa, order, against, &other, claims)
}

func nameOpponentsRef(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	xw, ok := weekdayOf(x)
	if !ok {
		return nil, nil, false
	}
	undated := x.Key == weeknameKey || x.Key == heldKey
	var order []int
	var against map[int]*claim
	other, strong := -1, 0
	// written: an opponent writes its weekday beside x's minute.
	written := false
	// The articles whose sentences most like x's share one point with
	// it, each with its claim (loose): they join the opposition only
	// on the weekday the others give.
	var loose []*claim
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best, near *claim
		bestShared, support := 0, 0
		for k := range claims[ya] {
			y := &claims[ya][k]
			yw, ok := weekdayOf(y)
			if !ok || outsideFiledWeek(x, y) {
				continue
			}
			// A weekday held for a time of day stands for its minute
			// alone, against a named weekday beside that minute or
			// held for it.
			if x.Key == heldKey || y.Key == heldKey {
				if y.Key != heldKey && y.Key != weeknameKey || !sameMinute(x, y) || pastMidnight(x, y, xw, yw) {
					continue
				}
				if yw == xw {
					support = max(support, earlierShared)
					continue
				}
				if y.Compl != supportOnly && best == nil {
					best = y
				}
				continue
			}
			n := earlierPoints(x, y)
			if yw == xw {
				support = max(support, n)
				continue
			}
			// Past midnight, the day before is the same night.
			if pastMidnight(x, y, xw, yw) {
				continue
			}
			if n == 1 && near == nil && y.Compl != supportOnly && (undated || y.Key == weeknameKey) {
				near = y
			}
			// A weekday written beside the same minute of the clock
			// as x's, in an undated article too, is one moment told in
			// other words ("the main blew apart at 4.13am on Monday",
			// "the blast came at 4.13am on Tuesday"): the minute ties
			// the sentences where their words may not, and one shared
			// point is enough.
			tied := n >= weekdayShared || undated && n > 0 && y.Key == weeknameKey && sameMinute(x, y)
			if y.Compl == supportOnly || !tied || !undated && y.Key != weeknameKey {
				continue
			}
			if n > bestShared {
				best, bestShared = y, n
			}
		}
		if support > 0 && support >= bestShared {
			return nil, nil, false
		}
		if best == nil {
			if near != nil && support == 0 {
				c := *near
				c.Article = ya
				loose = append(loose, &c)
			}
			continue
		}
		bw, _ := weekdayOf(best)
		if other >= 0 && bw != other {
			return nil, nil, false
		}
		other = bw
		if undated && best.Key == weeknameKey && sameMinute(x, best) {
			strong = max(strong, bestShared)
			written = true
		}
		order, against = addAgainst(order, against, ya, best)
	}
	// An article that tells x's event in other words, sharing one
	// point with x's sentence, opposes beside one that shares
	// weekdayShared, on its weekday: a weekday slipped in one outlet
	// ("opened on Monday evening") against two others' for one launch
	// ("opened on Tuesday evening", "on Tuesday"), where only the names
	// are shared.
	if len(order) == 1 {
		for _, y := range loose {
			if yw, _ := weekdayOf(y); yw == other {
				order, against = addAgainst(order, against, y.Article, y)
			}
		}
	}
	if len(order) < 2 && (len(order) == 0 || strong < earlierShared) || x.Key == heldKey && !written {
		return nil, nil, false
	}
	for k := range claims[xa] {
		if yw, ok := weekdayOf(&claims[xa][k]); ok && yw == other {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

func finishDayOpponentsRef(x *claim, xa int, order []int, against map[int]*claim, other *claim, claims [][]claim) ([]int, map[int]*claim, bool) {
	for k := range claims[xa] {
		if y := &claims[xa][k]; (x.Key == weekdayKey || y.Key == dayKey) && sameDay(y, other) {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

func slipOpponentsRef(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	order, against, ok := slipReadingRef(x, xa, arts, claims)
	if ok || !isBare(x) || x.Q.Value >= 12*60 {
		return order, against, ok
	}
	pm := *x
	pm.Q.Value, pm.Q.High = x.Q.Value+12*60, x.Q.High+12*60
	return slipReadingRef(&pm, xa, arts, claims)
}

func slipReadingRef(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	other, most := -1.0, 0
	hour := false // another minute of x's hour, not a slip
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared := -1
		for k := range claims[ya] {
			y := &claims[ya][k]
			if earlierOverlap(x, y) || bareMeets(y, x.Q.Value) {
				return nil, nil, false
			}
			if isBare(y) {
				hour = hour || bareHour(y, x.Q.Value)
				continue
			}
			if !minuteSlip(x.Q.Value, y.Q.Value) {
				if int(x.Q.Value)/60 == int(y.Q.Value)/60 {
					hour = true
				}
				continue
			}
			if other >= 0 && y.Q.Value != other {
				return nil, nil, false
			}
			if n := earlierPoints(x, y); n > bestShared {
				best, bestShared = y, n
			}
		}
		if best == nil {
			continue
		}
		other = best.Q.Value
		most = max(most, bestShared)
		order, against = addAgainst(order, against, ya, best)
	}
	if len(order) == 0 {
		return nil, nil, false
	}
	if x.Compl == supportOnly || most < 1 || len(order) < 2 && most < 2 {
		// Two articles giving x's minute swapped, the story's only other
		// minute of x's hour.
		am, bm := int(x.Q.Value)%60, int(other)%60
		if len(order) < 2 || hour || am == bm || am/10 != bm%10 || am%10 != bm/10 {
			return nil, nil, false
		}
		for k := range claims[xa] {
			if y := &claims[xa][k]; y.Loc != x.Loc && !bareMeets(y, x.Q.Value) && bareHour(y, x.Q.Value) {
				return nil, nil, false
			}
		}
	}
	for k := range claims[xa] {
		if bareMeets(&claims[xa][k], other) {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}

func timeOpponentsRef(x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	// A minute another outlet gives too, whatever for, is one of the
	// story's moments, not a slip: where a third outlet's like sentence
	// times another moment ("the last sighting at 10.58pm" beside "the
	// man was detained at 11.40pm"), the minute given twice is still
	// right. Years are common enough to be given twice for two events
	// (earlierOpponents); a minute of the clock is not.
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		for k := range claims[ya] {
			if earlierOverlap(x, &claims[ya][k]) {
				return nil, nil, false
			}
		}
	}
	if order, against, ok := earlierOpponents(x, xa, arts, claims); ok {
		return order, against, true
	}
	// The minutes tied to x in the first article that has any; each
	// later article keeps those it ties too.
	var common []float64
	tied := 0
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		// No other article gives x's minute (the loop above), so each
		// sentence tied to x gives another.
		var mins []float64
		for k := range claims[ya] {
			y := &claims[ya][k]
			if earlierPoints(x, y) >= earlierShared && y.Compl != supportOnly && y.Head == x.Head && !slices.Contains(mins, y.Q.Value) {
				mins = append(mins, y.Q.Value)
			}
		}
		if len(mins) == 0 {
			continue
		}
		if tied == 0 {
			common = mins
		} else {
			common = slices.DeleteFunc(common, func(m float64) bool { return !slices.Contains(mins, m) })
		}
		tied++
	}
	if tied < 2 || len(common) != 1 {
		return nil, nil, false
	}
	m := common[0]
	for k := range claims[xa] {
		if y := &claims[xa][k]; y != x && y.Q.Value <= m && m <= y.Q.High {
			return nil, nil, false
		}
	}
	var order []int
	var against map[int]*claim
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		bestShared := 0
		for k := range claims[ya] {
			y := &claims[ya][k]
			if n := earlierPoints(x, y); y.Q.Value == m && n >= earlierShared && y.Compl != supportOnly && y.Head == x.Head && n > bestShared {
				best, bestShared = y, n
			}
		}
		if best != nil {
			order, against = addAgainst(order, against, ya, best)
		}
	}
	slices.Sort(order)
	return order, against, true
}

func momentOpponentsRef(r *dateFactsRule, x *claim, xa int, arts []int, claims [][]claim) ([]int, map[int]*claim, bool) {
	var order []int
	var against map[int]*claim
	inferred := isMoment(x)
	var day dates.Day
	for _, ya := range arts {
		if ya == xa {
			continue
		}
		var best *claim
		for k := range claims[ya] {
			y := &claims[ya][k]
			if y.Key != x.Key || !clockMatch(x, y) || clockApart(x, y) ||
				(isMoment(x) || isMoment(y)) && leadsApart(x, y, r.leadDays) {
				continue
			}
			if y.When.Overlaps(*x.When) {
				return nil, nil, false
			}
			if best == nil {
				best = y
			}
		}
		if best == nil {
			continue
		}
		if len(order) > 0 && best.When.Lo != day {
			return nil, nil, false
		}
		day = best.When.Lo
		inferred = inferred || isMoment(best)
		order, against = addAgainst(order, against, ya, best)
	}
	if len(order) < 2 || !inferred {
		return nil, nil, false
	}
	for k := range claims[xa] {
		if y := &claims[xa][k]; y.Key == x.Key && y.When.Lo == day {
			return nil, nil, false
		}
	}
	slices.Sort(order)
	return order, against, true
}
