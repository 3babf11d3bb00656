package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// TestRunningFiguresAndParts checks three causes of false alarms of
// fact.mismatch, each with the findings it must keep. Two articles of the
// first date give first, a third of thirdDate gives third:
//   - a duration of an activity still going on ("hours of searching")
//     grows with the story's time, by no more than the time between the
//     editions;
//   - in a story whose dated articles show a rising toll climbing, an
//     earlier edition's lower bound ("at least 6") below another article's
//     figure is an earlier count;
//   - a figure after "plus" is a part added to another, not the total
//     another article gives.
func TestRunningFiguresAndParts(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const day1, day2, day4 = "2025-03-04", "2025-03-05", "2025-03-07"
	for _, tc := range []struct {
		name, first, third, thirdDate string
		want                          bool
	}{
		{"running duration: the next day longer", "Crews were at the quarry after 10 hours of searching.", "After 28 hours of searching, crews were at the quarry.", day2, false},
		{"running duration: the next day shorter", "Crews were at the quarry after 28 hours of searching.", "After 10 hours of searching, crews were at the quarry.", day2, true},
		{"running duration: grew more than the days between", "Crews were at the quarry after 10 hours of searching.", "After 90 hours of searching, crews were at the quarry.", day2, true},
		{"running duration: three days on", "Crews were at the quarry after 10 hours of searching.", "After 90 hours of searching, crews were at the quarry.", day4, false},
		{"running duration: same day", "Crews were at the quarry after 10 hours of searching.", "After 28 hours of searching, crews were at the quarry.", day1, true},
		{"a duration of nothing named: compared", "The quarry road was shut for 10 hours on the first day.", "The quarry road was shut for 28 hours on the first day.", day2, true},
		{"plus: a part, not the total", "The club paid a fee of €40m for the winger, rising to €46m with bonuses.", "The club paid a fee of €40m for the winger, plus up to €6m (£5m) in bonuses.", day1, false},
		{"plus against plus: compared", "The club paid a fee of €40m for the winger, plus up to €6m in bonuses.", "The club paid a fee of €40m for the winger, plus up to €9m in bonuses.", day1, true},
		{"plus in a list of measures: compared", "Dockers unloaded 4 tonnes of copper and 2 tonnes of tin at the port.", "Dockers unloaded 4 tonnes of copper plus 3 tonnes of tin at the port.", day1, true},
		{"no plus: compared", "The club paid a fee of €40m for the winger, rising to €46m with bonuses.", "The club paid a fee of €40m for the winger, rising to €52m with bonuses.", day1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, []string{day1, day1, tc.thirdDate})
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestEarlierBoundOfClimbingToll checks that an earlier edition's lower
// bound of a rising toll is not compared with a larger figure of an
// article of the same day, when the story's dated articles show the toll
// climbing; without that evidence, or with the bound above the figure,
// the open bound still reports it.
func TestEarlierBoundOfClimbingToll(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const day1, day2 = "2025-03-04", "2025-03-05"
	for _, tc := range []struct {
		name  string
		texts []string
		refs  []string
		want  bool
	}{
		{"climbing: the bound is an earlier count", []string{
			"The storm struck the coast on Monday, killing at least 6 people, officials said.",
			"Officials said 11 people were killed when the storm struck the coast on Monday.",
			"The storm left 14 people dead after it struck the coast on Monday, officials said.",
		}, []string{day1, day1, day2}, false},
		{"not climbing across dates: the bound is compared", []string{
			"The storm struck the coast on Monday, killing at least 6 people, officials said.",
			"Officials said 11 people were killed when the storm struck the coast on Monday.",
			"The storm left 11 people dead after it struck the coast on Monday, officials said.",
		}, []string{day1, day1, day2}, true},
		{"undated: the bound is compared", []string{
			"The storm struck the coast on Monday, killing at least 6 people, officials said.",
			"Officials said 11 people were killed when the storm struck the coast on Monday.",
			"The storm left 14 people dead after it struck the coast on Monday, officials said.",
		}, []string{"", "", ""}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, tc.texts, tc.refs)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestSpeakerOwnFigure checks that a speaker's figure of itself ("X said
// it had treated 12", "X said she had lost £40,000") is its own: compared
// with the same owner's figure, never with another owner's or the story's
// figure of no owner; and that a group's total ("between them they
// lost") is compared only with other such totals. Two articles give
// first, a third gives third; none is dated.
func TestSpeakerOwnFigure(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"its own against the story's", "Northfield Clinic said it had treated 12 people for burns since Friday.", "Officials said hospitals had treated 90 people for burns since Friday.", false},
		{"its own against its own", "Northfield Clinic said it had treated 12 people for burns since Friday.", "Northfield Clinic had treated 18 people for burns since Friday, officials said.", true},
		{"its own through an apposition", "Northfield Clinic, on the ring road, said it had treated 12 people for burns since Friday.", "Officials said hospitals had treated 90 people for burns since Friday.", false},
		{"no pronoun: the story's", "Officials said 12 people had been treated for burns since Friday.", "Officials said hospitals had treated 90 people for burns since Friday.", true},
		{"one victim's own against another's", "Outside court, Anna Ruiz, 71, of Holme, said she had lost £40,000 to the scheme.", "Retired nurse Peter Vance, 80, lost £65,000 to the scheme.", false},
		{"one victim's own against the same victim's", "Outside court, Anna Ruiz, 71, of Holme, said she had lost £40,000 to the scheme.", "Anna Ruiz, 71, lost £65,000 to the scheme.", true},
		{"a group's total against one victim's", "Of the 60 clients, 12 live in Holme. Between them they lost about £300,000 to the scheme.", "Retired nurse Peter Vance, 80, lost £65,000 to the scheme.", false},
		{"a group's total against a group's", "Of the 60 clients, 12 live in Holme. Between them they lost about £300,000 to the scheme.", "Of the 60 clients, 12 live in Holme. Between them they lost about £500,000 to the scheme.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{tc.first, tc.first, tc.third}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestClimbingTolls checks the evidence that a story's toll climbs: an
// article of a later date gives a larger toll than one of an earlier
// date, each article's toll its largest figure for the role; a past
// event's smaller toll beside the story's own is no earlier count.
func TestClimbingTolls(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	const day1, day2 = "2025-03-04", "2025-03-05"
	killed := slices.Index(rule.roleKeys, "role:killed")
	if killed < 0 {
		t.Fatal("no killed role in the default pack")
	}
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"a later larger toll", []string{
			"Officials said 11 people were killed when the storm struck the coast on Monday.",
			"The storm left 14 people dead after it struck the coast on Monday, officials said.",
		}, true},
		{"the same toll", []string{
			"Officials said 11 people were killed when the storm struck the coast on Monday.",
			"The storm left 11 people dead after it struck the coast on Monday, officials said.",
		}, false},
		{"a past event's smaller toll beside the story's", []string{
			"Officials said 11 people were killed when the storm struck the coast on Monday. The last storm, in 2009, brought 90 km/h winds and killed 7 people.",
			"The storm left 11 people dead after it struck the coast on Monday, officials said.",
		}, false},
		{"an earlier lower bound is no count", []string{
			"The storm struck the coast on Monday, killing at least 6 people, officials said.",
			"The storm left 11 people dead after it struck the coast on Monday, officials said.",
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			refs := []string{day1, day2}
			perArticle := claimsOf(storyFacts(t, set, rule, tc.texts, refs))
			days := []dates.Day{dates.RefOf(day1).Day, dates.RefOf(day2).Day}
			// Any pair of editions asks for the evidence.
			got := rule.climbingTolls([][]int{{0, 1}}, perArticle, days, []bool{true, true}, map[[2]int]bool{{0, 1}: true})
			if got[[2]int{0, killed}] != tc.want || got[[2]int{1, killed}] != tc.want {
				t.Errorf("climbing = %v, want the killed toll of both articles %v", got, tc.want)
			}
		})
	}
}

// TestEarlierValueOfChange checks that the figure a change is measured
// from ("up from 9%", "down from 40%") is compared only with other such
// figures: it is the value of an earlier time, not another article's
// figure of now; the figures of now and two earlier values are compared
// as before.
func TestEarlierValueOfChange(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"earlier value against another figure of now", "The town's population grew 9% in the year to June, the survey found.", "Over-65s made up 20% of the town's population, up from 7% in the year to June, the survey found.", false},
		{"down from: earlier value against another figure of now", "The town's population grew 9% in the year to June, the survey found.", "Over-65s made up 20% of the town's population, down from 12% in the year to June, the survey found.", false},
		{"earlier value against earlier value", "Over-65s made up 20% of the town's population, up from 7% in the year to June, the survey found.", "Over-65s made up 20% of the town's population, up from 9% in the year to June, the survey found.", true},
		{"no change: compared", "The town's population grew 9% in the year to June, the survey found.", "The town's population grew 7% in the year to June, the survey found.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{tc.first, tc.first, tc.third}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

func TestCountSoFar(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	later := "The council has now moved 96 tenants out of the flats above the quarry, a spokesman said."
	for _, tc := range []struct {
		name, first string
		want        bool
	}{
		{"a count its sentence says will grow", "At least 60 tenants had been moved out of the flats above the quarry, and the number was expected to rise, a spokesman said.", false},
		{"could climb", "At least 60 tenants had been moved out of the flats above the quarry and the total could climb, a spokesman said.", false},
		{"no cue: compared", "At least 60 tenants had been moved out of the flats above the quarry, a spokesman said.", true},
		{"a rise of something else", "At least 60 tenants had been moved out of the flats above the quarry, and rents were expected to rise, a spokesman said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{tc.first, later, later}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

func TestSentenceOpeningYear(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	now := "Mayor Ruth Vellacott said Dunmarrow Street would be closed for at least six months."
	for _, tc := range []struct {
		name          string
		first, second string
		want          bool
	}{
		{"an earlier event's figure in a clause joined on", "Older residents have seen this before. In March 2014 a hole 12 metres deep opened in Tanner Street, and the primary school was closed for five weeks.", now, false},
		{"after Back in", "Older residents have seen this before. Back in 2014 a hole 12 metres deep opened in Tanner Street, and the primary school was closed for five weeks.", now, false},
		{"the same year's figures are compared", "In March 2014 a hole 12 metres deep opened in Tanner Street, and the primary school was closed for five weeks.", "In March 2014 a hole 12 metres deep opened in Tanner Street, and the primary school was closed for seven weeks.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storyFindings(t, set, rule, []string{tc.first, tc.second, tc.second, tc.second}, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
