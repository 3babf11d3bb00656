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

// TestClearedTokClearsTheSpansRead checks clearedTok: the memos of the
// spans read are zero again, in an array kept when large enough (a
// span past the new length too, for a later, longer article), and a
// larger length gets a new zero array.
func TestClearedTokClearsTheSpansRead(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cap, n   int
		spans    [][2]int32
		sameRoom bool
	}{
		{"no span read", 40, 30, nil, true},
		{"spans inside the new length", 40, 30, [][2]int32{{0, 5}, {12, 20}}, true},
		{"a span past the new length", 40, 10, [][2]int32{{3, 8}, {25, 40}}, true},
		{"a longer article", 40, 60, [][2]int32{{0, 40}}, false},
	} {
		tok := make([]dateTok, tc.cap)
		for _, sp := range tc.spans {
			for j := sp[0]; j < sp[1]; j++ {
				tok[j] = dateTok{id: 7, ev: 2, known: tokLexed, is: 1, shape: 3, ord: 1}
			}
		}
		got := clearedTok(tok[:20], tc.spans, tc.n)
		if len(got) != tc.n {
			t.Errorf("%s: length %d, want %d", tc.name, len(got), tc.n)
		}
		if same := cap(got) == tc.cap && &got[:1][0] == &tok[0]; same != tc.sameRoom {
			t.Errorf("%s: array kept %v, want %v", tc.name, same, tc.sameRoom)
		}
		for j, m := range got[:cap(got)] {
			if m != (dateTok{}) {
				t.Errorf("%s: memo %d not cleared: %+v", tc.name, j, m)
				break
			}
		}
	}
}
