package rules

import (
	"strings"
	"testing"
)

// TestCountsOfTwoPlaces checks that two counts whose verbs put them in
// places of two names ("filled the guild's reading room", "crowded
// into the Quenby Memorial hall") are two crowds and are not compared,
// while a count of one place, or of a place against none, still is. Two
// articles give the first text, a third the second.
func TestCountsOfTwoPlaces(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"two owners: silent",
			"Some 260 people filled the guild's hall on Friday to hear the verdict read out.",
			"About 840 people filled the museum's hall on Friday to hear the verdict read out.", false},
		{"an owner and a name: silent",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people crowded into the Quenby Memorial hall on Friday to hear the verdict read out.", false},
		{"two names: silent",
			"Some 260 people filled the Tavner Street hall on Friday to hear the verdict read out.",
			"About 840 people crowded into the Quenby Memorial hall on Friday to hear the verdict read out.", false},
		{"one owner: kept",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people crowded into the guild's reading room on Friday to hear the verdict read out.", true},
		{"a place of one noun filled, and a place named with no article: silent",
			"About 90 people packed the chapel to watch a live stream of the verdict.",
			"About 300 people gathered at Tavner Quay to watch the verdict read out.", false},
		{"a place of one noun filled, against none: kept",
			"About 90 people packed the chapel to hear the verdict read out.",
			"Some 300 people gathered on Friday to hear the verdict read out.", true},
		{"one place named with no article: kept",
			"About 90 people gathered at Tavner Quay to hear the verdict read out.",
			"Some 300 people gathered at Tavner Quay on Friday to hear the verdict read out.", true},
		{"a place against none: kept",
			"Some 260 people filled the guild's reading room on Friday to hear the verdict read out.",
			"About 840 people filled the reading room on Friday to hear the verdict read out.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestCrowdAtAPlace checks that a crowd counted "at" a named place
// ("16,700 fans at Harwood's Rook Arena") is the crowd another outlet
// counts without the place, compared as a figure and not only as a
// bound a part would set; that crowds at two places of two names are
// two crowds; and that a count of another noun "at" a name stays a
// possible part of the count without it.
func TestCrowdAtAPlace(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"a crowd at a place against none, smaller: kept",
			"A record 16,700 fans saw the final on Sunday.",
			"The Larks won the final in front of 16,070 fans at Harwood's Rook Arena on Sunday.", true},
		{"a crowd at a place against one inside it: kept",
			"In all 16,700 spectators crammed into the Harwood stadium for the final.",
			"The Larks won the final in front of 16,070 fans at Harwood's Rook Arena on Sunday.", true},
		{"crowds at two places: silent",
			"About 16,700 fans at the Rook Arena saw the final on a big screen.",
			"About 61,700 fans at the Quorn Park ground saw the final on a big screen.", false},
		{"nurses at a named place, fewer: silent",
			"In all 46 nurses signed the letter to the health board.",
			"In all 19 nurses at St Brannoc's signed the letter to the health board.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestCountInANamedPlace checks that a count of a specific noun put in a
// named place ("381 growers in Dunlow County"), its article's only count
// of the noun and one slip of the pen from another outlet's only count of
// it, is read as the story's count of that place: a lower bound of it,
// reported when it is larger, silent when it is smaller. A count that is
// no slip of the other may count another set, and a complement of
// another preposition ("14 trips to Spain") is no such place.
func TestCountInANamedPlace(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"a place's count larger than the whole: kept",
			"The storm ruined the crops of 318 growers, the council said.",
			"Nila Ostrava is one of 381 growers in Dunlow County whose harvest was lost overnight.", true},
		{"a place's count no larger: silent",
			"The storm ruined the crops of 318 growers, the council said.",
			"Nila Ostrava is one of 138 growers in Dunlow County whose harvest was lost overnight.", false},
		{"at a named place, larger: kept",
			"Inspectors closed 146 stalls on Friday, the council said.",
			"By dusk every one of the 164 stalls at Quorn Market had sold out of bread.", true},
		{"a place's count no slip of the whole: silent",
			"The storm ruined the crops of 46 growers, the council said.",
			"Nila Ostrava is one of 180 growers in Dunlow County whose harvest was lost overnight.", false},
		{"to a named place, larger: silent",
			"Aides counted nine trips in all, the ministry said.",
			"Vell has flown 14 trips to Spain since taking office in the spring.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
