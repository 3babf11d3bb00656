package rules

import (
	"errors"
	"slices"
	"testing"
)

// TestIDsCodec holds decoder.ids to encoder.ids: lists of context words
// (nil, empty, new words, words written before among the first 64 and
// past them, so that their numbers take one byte and two) read back as
// written, one after another from one encoding, and the decoder to
// refusing the malformed.
func TestIDsCodec(t *testing.T) {
	var lists [][]wordID
	lists = append(lists, nil, []wordID{})
	for i := range 150 {
		// Each list has three new words and two written before,
		// one early in the table and one late.
		ws := []wordID{wordID(1000 + 3*i), wordID(1001 + 3*i), wordID(1002 + 3*i), wordID(1000 + i/2), wordID(1000 + (3*i)*9/10)}
		lists = append(lists, ws)
		if i%40 == 0 {
			lists = append(lists, nil, []wordID{}, []wordID{wordID(1000)})
		}
	}
	var w encoder
	var b []byte
	for _, ws := range lists {
		b = w.ids(b, ws)
	}
	r := decoder{buf: b, slab: make([]wordID, 0, 8)} // a slab too small for most lists
	var err error
	func() {
		defer r.recover(&err)
		for i, want := range lists {
			got := r.ids()
			if !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("list %d: read %v, wrote %v", i, got, want)
			}
		}
	}()
	if err != nil || r.off != len(b) {
		t.Errorf("read %d of %d bytes: %v", r.off, len(b), err)
	}
	for _, bad := range [][]byte{
		{},                             // no count
		{9},                            // a count past the bytes left
		{2, 3},                         // a word never written
		{2, 4},                         // an even number
		{2, 0x81, 0x01},                // a long number past the table
		{2, 0x82, 0x01},                // a long even number
		{2, 0, 1, 2, 3, 4, 5, 6, 7},    // a new word cut short
		{3, 0, 1, 2, 3, 4, 5, 6, 7, 8}, // the second word missing
	} {
		r := decoder{buf: bad}
		var err error
		func() {
			defer r.recover(&err)
			r.ids()
		}()
		if !errors.Is(err, errMalformed) {
			t.Errorf("% x: %v, want errMalformed", bad, err)
		}
	}
}
