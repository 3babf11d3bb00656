package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/quantity"
)

// This file holds the corpus stage's figures that run with the story's
// time, besides the tolls of tollUpdate: a duration of an activity still
// going on ("after 20 hours of searching"), and a rising toll's lower
// bound in an earlier edition of a story whose toll is seen climbing.

// runningDuration reports whether x and y, of articles of different
// known dates dx and dy, are one running duration as two editions give
// it: the time an activity has gone on so far, keyed by what it measures
// ("20 hours of searching" on one day, "nearly 40 hours of searching" on
// the next). The later figure may be larger by no more than the time
// between the editions (the days between their dates and the one day
// either may have been written in); a smaller one, or one that grew more,
// is still reported. Durations that do not say what they measure ("a
// five-hour operation", "four days") are compared as ever.
func runningDuration(x, y *claim, dx, dy dates.Day) bool {
	if x.Q.Unit == nil || y.Q.Unit == nil || x.Key != y.Key || !strings.HasPrefix(x.Key, durationKey+"|of ") {
		return false
	}
	earlier, later := x, y
	if dy < dx {
		earlier, later = y, x
		dx, dy = dy, dx
	}
	grew := baseValue(later) - baseValue(earlier)
	return grew >= 0 && grew <= float64(dy-dx+1)*secondsPerDay
}

// secondsPerDay is a day in the base unit of durations (the pack's "s").
const secondsPerDay = 86400

// climbingTolls returns the articles and rising roles (article, role) of
// the stories whose dated articles show that role's toll climbing: an
// article of a later known date gives a larger toll than one of an
// earlier date gives as a count ("11 dead" on Sunday, "19 dead" on
// Monday; climbs).
// In such a story a lower bound of the toll below another article's
// figure (editions) is an earlier count, not a slip (earlierBound). Nil
// when no story has editions.
func (r *autoFactsRule) climbingTolls(stories [][]int, perArticle [][]claim, days []dates.Day, dated []bool, editions map[[2]int]bool) map[[2]int]bool {
	if len(editions) == 0 {
		return nil
	}
	var out map[[2]int]bool
	for _, story := range stories {
		for g := range r.tolls {
			if r.tolls[g] != tollRises || !r.climbs(story, g, perArticle, days, dated) {
				continue
			}
			if out == nil {
				out = make(map[[2]int]bool)
			}
			for _, a := range story {
				out[[2]int{a, g}] = true
			}
		}
	}
	return out
}

// climbs reports whether an article of story dated later than another
// gives a larger toll of role g than the other, each article's toll
// being the largest figure it gives for the role (a past event's toll,
// "the 2011 quake killed 41", is smaller than the story's own in copy
// that gives both, and is no earlier count of it), and the earlier
// article's a count, not a lower bound.
func (r *autoFactsRule) climbs(story []int, g int, perArticle [][]claim, days []dates.Day, dated []bool) bool {
	for _, a := range story {
		if a < 0 || a >= len(perArticle) || !dated[a] {
			continue
		}
		earlier := r.largestToll(perArticle[a], g, days[a])
		if earlier == nil || lowerBound(earlier) {
			continue
		}
		for _, b := range story {
			if b < 0 || b >= len(perArticle) || !dated[b] || days[b] <= days[a] {
				continue
			}
			if later := r.largestToll(perArticle[b], g, days[b]); later != nil && later.Q.Value > earlier.Q.Value {
				return true
			}
		}
	}
	return false
}

// largestToll returns the claim of claims, of an article of date d, that
// gives the largest figure for the toll of role g, or nil.
func (r *autoFactsRule) largestToll(claims []claim, g int, d dates.Day) *claim {
	var most *claim
	for i := range claims {
		if c := &claims[i]; r.tollOf(c, g) && !namesPastYear(c, d) && (most == nil || c.Q.Value > most.Q.Value) {
			most = c
		}
	}
	return most
}

// tollOf reports whether c counts the toll of role g (not an age or a
// rank, with no unit and keyed by the role's word alone).
func (r *autoFactsRule) tollOf(c *claim, g int) bool {
	return c.Role == g && c.Q.Unit == nil && c.Key == r.roleKeys[g]
}

// earlierBound reports whether one of x and y gives a rising toll only as
// a lower bound ("at least 11 dead") below the other's figure for it, in
// an article not dated after the other's: the count of an earlier hour,
// in a story whose toll is seen climbing (climbingTolls).
func (r *autoFactsRule) earlierBound(x, y *claim, days []dates.Day, dated []bool, climbing map[[2]int]bool) bool {
	// The count of the role's noun ("at least 6 people", beside the
	// role's own claim) is the toll as well.
	if !climbing[[2]int{x.Article, x.Role}] || x.Role != y.Role || x.Q.Unit != nil || y.Q.Unit != nil || !runningCountKey(x.Key) || !runningCountKey(y.Key) {
		return false
	}
	bound, other := x, y
	if !lowerBound(x) {
		bound, other = y, x
	}
	if !lowerBound(bound) || bound.Q.Value >= other.Q.Value {
		return false
	}
	return !dated[bound.Article] || !dated[other.Article] || days[bound.Article] <= days[other.Article]
}

// lowerBound reports whether c is written as "at least" or "more than".
func lowerBound(c *claim) bool {
	q := c.Q.Qualifier
	return q != nil && (q.Bound == quantity.AtLeast || q.Bound == quantity.MoreThan)
}
