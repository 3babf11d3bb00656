package rules

import (
	"strings"
	"testing"
)

// TestCountedAsAfterAuxiliary checks that a word of counted_as after a
// counted noun still says what it counts when grammar words stand
// between ("90 people will work at the depot", "90 people have since
// worked there"): the count is of workers, compared with "90 staff". Two
// articles give the first text, a third the second.
func TestCountedAsAfterAuxiliary(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"will work: kept",
			"The new depot at Marvin Cross will have 90 staff looking after the fleet.",
			"When the depot at Marvin Cross opens, 60 people will work there looking after the fleet.", true},
		{"have since worked: kept",
			"The new depot at Marvin Cross will have 90 staff looking after the fleet.",
			"Since the depot at Marvin Cross opened, 60 people have since worked there looking after the fleet.", true},
		{"same figure: silent",
			"The new depot at Marvin Cross will have 90 staff looking after the fleet.",
			"When the depot at Marvin Cross opens, 90 people will work there looking after the fleet.", false},
		{"three words between: silent",
			"The new depot at Marvin Cross will have 90 staff looking after the fleet.",
			"When the depot at Marvin Cross opens, 60 people will not be able to work there looking after the fleet.", false},
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

// TestCountedAsWatched checks that people who "watched" an event right
// after their count are its audience ("About 2,400 people watched the
// regatta"), compared with "2,400 spectators" and "a crowd of 2,400",
// while people counted with another verb ("2,400 people queued") stay
// a count of people. Two articles give the first text, a third the
// second.
func TestCountedAsWatched(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"watched, another figure: kept",
			"Around 2,400 spectators lined the harbour wall as the yachts came home.",
			"About 4,200 people watched the yachts come home, harbour officials said.", true},
		{"watched, same figure: silent",
			"Around 2,400 spectators lined the harbour wall as the yachts came home.",
			"About 2,400 people watched the yachts come home, harbour officials said.", false},
		{"another verb: silent",
			"Around 2,400 spectators lined the harbour wall as the yachts came home.",
			"About 4,200 people queued for the ferry home, harbour officials said.", false},
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

// TestCountedAsResidents checks that people who "live" in a place right
// after their count are its residents ("About 300 people live on
// Skarra"), compared with "its 300 residents", while people counted
// with another verb ("300 people visited Skarra") stay a count of
// people. Two articles give the first text, a third the second.
func TestCountedAsResidents(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"live, another figure: kept",
			"The ferry is the only link for the island's 340 residents, who rely on it for food.",
			"About 430 people live on the island, and the ferry is their only link for food.", true},
		{"living, another figure: kept",
			"The ferry is the only link for the island's 340 residents, who rely on it for food.",
			"With 430 people living on the island, the ferry is the only link for food.", true},
		{"live, same figure: silent",
			"The ferry is the only link for the island's 340 residents, who rely on it for food.",
			"About 340 people live on the island, and the ferry is their only link for food.", false},
		{"another verb: silent",
			"The ferry is the only link for the island's 340 residents, who rely on it for food.",
			"About 430 people visited the island, and the ferry is their only link for food.", false},
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
