package rules

import (
	"bytes"
	"reflect"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
)

// encodeStore returns EncodeStoreFactsTo's encoding of fact, a copy of
// its own.
func encodeStore(t testing.TB, fact any) []byte {
	t.Helper()
	var out []byte
	if err := EncodeStoreFactsTo(fact, func(data []byte) error {
		out = bytes.Clone(data)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestStoreEncoding: the store's own encoding of claims writes each
// context word whole, a repeated word as much as a new one, where the
// archive's numbers them; both decode to the same claims, allocated, into
// a room and in place. A word list cut short or counted past the bytes
// left is refused.
func TestStoreEncoding(t *testing.T) {
	loc := diag.Location{File: "courier.txt", Start: document.Position{Line: 2, Column: 4}, End: document.Position{Line: 2, Column: 6}, StartByte: 30, EndByte: 32}
	ctx := []wordID{0x1111, 0x2222, 0x1111, 0x1111, 0x3333}
	cs := []claim{
		{Key: "count:heron", Label: "herons", Loc: loc, Shown: "12", Q: figure{Value: 12, High: 12, Step: 1, Round: 1}, Role: -1, Context: ctx, Near: []wordID{}},
		{Key: "count:heron", Label: "herons", Loc: loc, Shown: "14", Q: figure{Value: 14, High: 14, Step: 1, Round: 1}, Role: -1, Context: ctx[:2], Near: ctx[2:]},
		{Key: "count:swan", Label: "swans", Loc: loc, Shown: "3", Q: figure{Value: 3, High: 3, Step: 1, Round: 1}, Role: -1},
	}
	for _, fact := range []any{cs, &autoFacts{Claims: cs, Dated: true, Day: 700001}} {
		archive, err := EncodeFacts(fact)
		if err != nil {
			t.Fatal(err)
		}
		store := encodeStore(t, fact)
		if store[0] == archive[0] {
			t.Fatalf("%T: the store's encoding has the archive's tag %d", fact, store[0])
		}
		// Ten words in all, every one written in its eight bytes: the
		// archive's writes three of them so and the seven repeats in a
		// byte each.
		if got, want := len(store)-len(archive), 10*8-(3*9+7); got != want {
			t.Errorf("%T: the store's encoding is %d bytes longer than the archive's, want %d", fact, got, want)
		}
		want, err := DecodeFacts(archive)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeFacts(store)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%T: decoded from the store's encoding:\n%#v\nwant\n%#v", fact, got, want)
		}
		var room Room
		if got, err = DecodeFactsIn(&room, store); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%T: decoded into a room (%v):\n%#v\nwant\n%#v", fact, err, got, want)
		}
		room.Reset()
		if got, err = DecodeFactsInPlace(&room, store); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%T: decoded in place (%v):\n%#v\nwant\n%#v", fact, err, got, want)
		}
		for n := range len(store) {
			if _, err := DecodeFacts(store[:n]); err == nil {
				t.Fatalf("%T: a cut after %d of %d bytes decoded without error", fact, n, len(store))
			}
		}
	}
	// A list of words counted past the bytes left: the count is read,
	// the words are not there.
	r := decoder{buf: []byte{5, 1, 2, 3, 4, 5, 6, 7, 8}, whole: true}
	var err error
	func() {
		defer r.recover(&err)
		r.wholeIDs()
	}()
	if err == nil {
		t.Error("four words in eight bytes decoded without error")
	}
	// The words are read into the claims' slab.
	words := []wordID{7, 1 << 40, 0, 1<<64 - 1}
	b := wholeIDs(nil, words)
	r = decoder{buf: b, slab: make([]wordID, 0, 8)}
	if got := r.wholeIDs(); !reflect.DeepEqual(got, words) || r.off != len(b) || unsafe.SliceData(got) != unsafe.SliceData(r.slab) {
		t.Errorf("read %v, to byte %d of %d; want %v from the slab", got, r.off, len(b), words)
	}
}

// TestStoreNamesFacts: names facts in the store's encoding (their maps
// unsorted) decode to what the archive's decodes to, whole
// (DecodeFacts) and trimmed to the compound names (decodeNamesFacts).
func TestStoreNamesFacts(t *testing.T) {
	set, arts := archiveArticles(t)
	tried := 0
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(*namesRule); !ok {
				continue
			}
			fact := rule.Check(a, NewReporter(a.Doc))
			nf, ok := fact.(*namesFacts)
			if !ok || Empty(nf) {
				continue
			}
			archive, err := EncodeFacts(fact)
			if err != nil {
				t.Fatal(err)
			}
			store := encodeStore(t, fact)
			want, err := DecodeFacts(archive)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeFacts(store)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s: decoded from the store's encoding (%v):\n%#v\nwant\n%#v", a.Doc.Path, rule.Info().ID, err, got, want)
			}
			// Every learned name taken as compound, and none.
			all := map[string]bool{}
			for k := range nf.learned {
				all[k] = true
			}
			for _, compound := range []map[string]bool{all, {}} {
				var tab []lazyString
				want, err := decodeNamesFacts(archive, compound, &tab)
				if err != nil {
					t.Fatal(err)
				}
				got, err := decodeNamesFacts(store, compound, &tab)
				if err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %s: gathered from the store's encoding (%v):\n%#v\nwant\n%#v", a.Doc.Path, rule.Info().ID, err, got, want)
				}
			}
			tried++
		}
	}
	if tried == 0 {
		t.Fatal("no names facts were tried; the test lost its coverage")
	}
}
