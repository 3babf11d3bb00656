package checker

import (
	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/rules"
)

// MonthDayReach is how many days from a dated article of its story a
// byline's day of the month with no year ("LIMA, Nov 8 (Wire) -") may
// fall for the article to take that year: coverage of one story spans
// days or weeks, and the same day in the year before or after is a year
// away.
const MonthDayReach = 31

// redate gives the year to each checked article whose byline gave a day
// of the month but no year: the year that puts the day nearest a dated
// article of its stories, when that is within MonthDayReach days. Such an
// article is checked again with that date, so that its weekdays, relative
// days and exchange rates are read against it; its findings and facts
// replace the first ones. Nothing is guessed: an article with no dated
// article near it keeps no date. kept maps the corpus's articles to the
// inputs.
func redate(inputs []Input, results []articleResult, kept []int, stories [][]int, set *rules.Set, store *factStore) {
	var near map[int][]dates.Day // dated articles of the stories of each undated one
	for _, st := range stories {
		for _, a := range st {
			if a >= len(kept) || results[kept[a]].monthDay == "" {
				continue
			}
			for _, b := range st {
				if b >= len(kept) {
					continue
				}
				if d, ok := dates.ParseISO(results[kept[b]].date); ok {
					if near == nil {
						near = map[int][]dates.Day{}
					}
					near[a] = append(near[a], d)
				}
			}
		}
	}
	for a, days := range near {
		i := kept[a]
		date, ok := yearOf(results[i].monthDay, days)
		if !ok {
			continue
		}
		in := inputs[i]
		in.Date = date
		r, _ := checkInput(in, i, set)
		if r.skipped != nil {
			// Read once already: keep the first check rather than lose
			// the article.
			continue
		}
		store.forget(i)
		results[i] = keepFacts(store, set, i, r)
	}
}

// yearOf dates a day of the month (MM-DD) by the dated articles near it:
// the day in the year that puts it nearest one of them, when within
// MonthDayReach days; the earlier day on a tie.
func yearOf(monthDay string, near []dates.Day) (string, bool) {
	// "2000-" + MM-DD reads the month and day (2000 is a leap year).
	md, ok := dates.ParseISO("2000-" + monthDay)
	if !ok {
		return "", false
	}
	_, m, d := md.Civil()
	best, bestDist := dates.Day(0), -1
	for _, n := range near {
		y, _, _ := n.Civil()
		for _, yy := range []int{y - 1, y, y + 1} {
			c, ok := dates.Date(yy, m, d)
			if !ok {
				continue
			}
			dist := int(c - n)
			if dist < 0 {
				dist = -dist
			}
			if dist > MonthDayReach {
				continue
			}
			if bestDist < 0 || dist < bestDist || dist == bestDist && c < best {
				best, bestDist = c, dist
			}
		}
	}
	if bestDist < 0 {
		return "", false
	}
	return best.String(), true
}
