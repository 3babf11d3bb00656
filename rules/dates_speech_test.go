package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// TestPackSpeechOfThePress checks that the default pack's speech words
// take in a briefing of the press: a date right after "to the press",
// "reporters" or "journalists" is the day the news was told, not of the
// event it tells, as after "said"; a date of the event is not.
func TestPackSpeechOfThePress(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The museum put the manuscript before the press on Tuesday, 2 June.", true},
		{"The harbour master briefed reporters on Monday.", true},
		{"The curator showed journalists round on Friday.", true},
		{"The ferry struck the pier on Thursday, 9 April.", false},
		{"The press in the print works broke down on Monday.", false},
	} {
		a := articleAt(t, set, "a.txt", []byte(tc.text), 0)
		es := dates.Extract(a.Doc.Text, a.Seg)
		if len(es) != 1 {
			t.Fatalf("%q: %d dates, want 1", tc.text, len(es))
		}
		if got := set.Dates.Attributed(a.Doc.Text, a.Seg, &es[0]); got != tc.want {
			t.Errorf("%q: attributed %v, want %v", tc.text, got, tc.want)
		}
	}
}
