package rules

// maxDurationUnitRatio is the largest ratio of the scales two
// durations are written to (the place value of each one's last digit)
// that are compared. A writer gives a span in the unit that suits its
// size, and restates it in a neighbouring one ("three days", "72
// hours"; "18 months", "a year and a half"; "ten weeks", "a couple of
// months"). Units more than a hundred times apart (a decade and a week,
// a year and a day, an hour and a second) are not restatements of one
// span: "three decades" and "400 weeks" are two spans of the story,
// however near their sizes.
const maxDurationUnitRatio = 100

// durationScalesApart reports whether x and y are durations written in
// units too far apart in scale to be one span (maxDurationUnitRatio).
// The scale is that of the last place written, in the base unit: a
// clock ("2:24:10", read in seconds) and "2 hours 24 minutes 10
// seconds" are both written to the second, and "2.5 hours" to six
// minutes.
func durationScalesApart(x, y *claim) bool {
	a, b := writtenScale(x), writtenScale(y)
	if a <= 0 || b <= 0 {
		return false
	}
	return a > maxDurationUnitRatio*b || b > maxDurationUnitRatio*a
}

// writtenScale is the place value of a duration's last digit in the
// base unit, or 0 for a claim that is no duration.
func writtenScale(x *claim) float64 {
	u := x.Q.Unit
	if u == nil || u.Dimension != durationKey || u.Factor <= 0 || x.Q.Step <= 0 {
		return 0
	}
	return u.Factor * x.Q.Step
}
