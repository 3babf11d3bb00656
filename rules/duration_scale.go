package rules

// maxDurationUnitRatio is the largest ratio of two time units whose
// figures are compared. A writer gives a span in the unit that suits its
// size, and restates it in a neighbouring one ("three days", "72
// hours"; "18 months", "a year and a half"; "ten weeks", "a couple of
// months"). Units more than a hundred times apart (a decade and a week,
// a year and a day, an hour and a second) are not restatements of one
// span: "three decades" and "400 weeks" are two spans of the story,
// however near their sizes.
const maxDurationUnitRatio = 100

// durationScalesApart reports whether x and y are durations written in
// units too far apart in scale to be one span (maxDurationUnitRatio).
func durationScalesApart(x, y *claim) bool {
	u, v := x.Q.Unit, y.Q.Unit
	if u == nil || v == nil || u.Dimension != durationKey || v.Dimension != durationKey || u.Factor <= 0 || v.Factor <= 0 {
		return false
	}
	return u.Factor > maxDurationUnitRatio*v.Factor || v.Factor > maxDurationUnitRatio*u.Factor
}
