package rules

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/dates"
)

// TestDateClaimsOwnTheirArray checks that the claims fact.date's Check
// returns are its caller's: gathered in the pooled scratch's room, they
// are copied out at their number, so that the articles checked after
// them (with the same room) leave them as they were, and an article
// with no claim returns none. The copy is invented.
func TestDateClaimsOwnTheirArray(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := dateFactsOf(t, set)
	texts := []string{
		"date 2025-03-14 The ferry Marlow Quay ran aground off Pell Point on Tuesday.\n\n" +
			"Crews reached the stranded ferry on 11 March, and the inquiry opened on Wednesday. The harbour closed two days ago.",
		"date 2025-03-14 The Orrin Valley dam was inspected on Monday after the flood.\n\n" +
			"Engineers began their survey on 9 March and will report on Friday.",
		"date 2025-03-14 Nothing in this note is dated at all.",
	}
	check := func(i int) []claim {
		a := articleWith(t, set, fmt.Sprintf("a%d.txt", i), []byte(texts[i]), i, nil)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		cs, _ := r.Check(a, NewReporter(a.Doc)).([]claim)
		return cs
	}
	first := check(0)
	if len(first) == 0 {
		t.Fatal("the first article gave no claim")
	}
	if cap(first) != len(first) {
		t.Errorf("the claims' array holds %d, want their number %d", cap(first), len(first))
	}
	want := make([]claim, len(first))
	copy(want, first)
	for range 3 {
		for i := range texts {
			check(i)
		}
	}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("the first article's claims changed when the scratch served others:\n got %+v\nwant %+v", first, want)
	}
	if again := check(0); !reflect.DeepEqual(again, want) {
		t.Errorf("the first article's claims read again differ:\n got %+v\nwant %+v", again, want)
	}
	if none := check(2); none != nil {
		t.Errorf("an article with no date gave %d claims, want nil", len(none))
	}
}
