package quantity

import (
	"reflect"
	"testing"
)

// TestExtractIntoReusesRoom reads every case of the extraction table
// through one room, in turn, and checks each result against Extract's:
// what an earlier, longer text left in the room must never show through,
// and a room large enough must be written in place, not reallocated.
func TestExtractIntoReusesRoom(t *testing.T) {
	tb := pack(t)
	var room []Quantity
	reused := 0
	for _, tc := range extractTests {
		want := tb.Extract(tc.text, seg(tc.text))
		before := room
		got := tb.ExtractInto(room, tc.text, seg(tc.text))
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("%s: ExtractInto gave\n%s\nExtract gave\n%s", tc.name, dump(tc.text, got), dump(tc.text, want))
		}
		if cap(before) > 0 && cap(got) > 0 && &before[:1][0] == &got[:1][0] {
			reused++
		}
		if cap(got) > cap(room) {
			room = got
		}
	}
	if reused == 0 {
		t.Error("ExtractInto never wrote into the room it was given")
	}
}

// TestExtractIntoEmpty checks that a text with no quantities gives an
// empty result over the room, not the room's old contents.
func TestExtractIntoEmpty(t *testing.T) {
	tb := pack(t)
	text := "The 20 cars and 30 vans left at 9 km/h."
	room := tb.ExtractInto(nil, text, seg(text))
	if len(room) == 0 {
		t.Fatalf("%q: no quantities", text)
	}
	for _, empty := range []string{"", "No numbers here.", "   "} {
		if got := tb.ExtractInto(room, empty, seg(empty)); len(got) != 0 {
			t.Errorf("%q: %d quantities from a text with none:\n%s", empty, len(got), dump(empty, got))
		}
	}
}
