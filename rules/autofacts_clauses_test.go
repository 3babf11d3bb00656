package rules

import (
	"maps"
	"strings"
	"testing"
)

// TestAutoFactsClauses checks four causes of false alarms of
// fact.mismatch, with the findings each must keep. Two
// undated articles give the first text, a third the second:
//   - a figure after "and" with a verb of its own opens its own clause
//     and does not take the clause before's contrast word, so "and 15 are
//     missing" is not an injured count;
//   - the missing, a toll that moves both ways, is not compared between
//     articles that are evidently editions of different hours: one gives
//     a rising toll only as a lower bound below the other's figure;
//   - a measure "alone" singles out is a part's, not the whole's;
//   - a duration after "within" says how soon something happened and is
//     compared only with other such times, not with how long anything
//     lasted.
func TestAutoFactsClauses(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"own clause: not the injured", "Eight people were injured in the crash on the ring road.", "Eight people were injured and 15 are still missing after the crash on the ring road.", false},
		{"own clause: not the dead", "Six were killed and two were hurt in the crash on the ring road.", "Six were killed and 8 were hurt in the crash on the ring road.", true},
		{"own clause: not the dead either", "Six were killed in the crash on the ring road.", "Six were killed and 8 are still missing after the crash on the ring road.", false},
		{"own clause, other count: kept", "Eight people were injured and 15 were still missing after the crash on the ring road.", "Eight people were injured and 19 were still missing after the crash on the ring road.", true},
		{"no verb of its own: the injured", "The crash on the ring road killed four and injured 8 people.", "The crash on the ring road killed four and injured 15 people.", true},
		{"earlier edition: missing not compared", "Nine were killed and 11 were still missing after the blaze at the depot.", "At least eight have died and 19 are still missing after the blaze at the depot.", false},
		{"same toll: missing compared", "Nine were killed and 11 were still missing after the blaze at the depot.", "Nine were killed and 19 are still missing after the blaze at the depot.", true},
		{"bound not below: missing compared", "Nine were killed and 11 were still missing after the blaze at the depot.", "At least nine have died and 19 are still missing after the blaze at the depot.", true},
		{"within: not how long it lasted", "Crews fought the blaze at the mill for nine hours.", "Within an hour the blaze at the mill had reached the roof.", false},
		{"how long it lasted: kept", "Crews fought the blaze at the mill for nine hours.", "Crews fought the blaze at the mill for six hours.", true},
		{"within against within: kept", "Within two hours the blaze at the mill had reached the roof.", "Within five hours the blaze at the mill had reached the roof.", true},
		{"a part alone: not the whole", "The stolen set of silver weighed about 4 kilograms.", "The stolen set of silver was old. Its jug alone weighs 900 grams.", false},
		{"the whole: kept", "The stolen set of silver weighed about 4 kilograms.", "The stolen set of silver weighed about 6 kilograms.", true},
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

// TestEditionsWithinStories checks that the editions of a rising toll are
// paired only within a story: an article bounding a toll ("at least
// four") is no edition of another story's article with a higher figure,
// and the pairing stays linear in the corpus.
func TestEditionsWithinStories(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	texts := []string{
		"At least four people have died after the blaze at the depot.",
		"Seven people have died after the blaze at the depot.",
		"Nine people have died after the storm on the coast.",
	}
	perArticle := claimsOf(storyFacts(t, set, rule, texts, nil))
	// Article 0 bounds the toll below articles 1 and 2; only the pair
	// within its story is an edition.
	if got, want := rule.editions([][]int{{0, 2}, {1}}, perArticle), map[[2]int]bool{{0, 2}: true}; !maps.Equal(got, want) {
		t.Errorf("two stories: editions = %v, want %v", got, want)
	}
	if got, want := rule.editions([][]int{{0, 1, 2}}, perArticle), map[[2]int]bool{{0, 1}: true, {0, 2}: true}; !maps.Equal(got, want) {
		t.Errorf("one story: editions = %v, want %v", got, want)
	}
}
