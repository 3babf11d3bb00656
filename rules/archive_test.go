package rules

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// archiveArticles are the seed articles (with the story pack, so that fact
// rules, lexicon names and dated events have facts) and generated ones.
func archiveArticles(t *testing.T) (*Set, []*Article) {
	t.Helper()
	set, err := Load(filepath.Join("examples", "kim-putin-summit-2023.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var arts []*Article
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, articleAt(t, set, p, src, len(arts)))
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 12, Seed: 5}) {
		arts = append(arts, articleAt(t, set, g.Path, g.Text, len(arts)))
	}
	for _, a := range arts {
		a.Calendar = set.Dates
		a.Ref = dates.RefOf(a.Doc.Meta.Date)
	}
	return set, arts
}

// TestFactsRoundTrip: every corpus rule's facts and every article's name
// statistics decode to what was encoded, in the archive's encoding and in
// the store's (EncodeStoreFactsTo). A field added to a fact type and
// not to the encoding fails here.
func TestFactsRoundTrip(t *testing.T) {
	set, arts := archiveArticles(t)
	kinds := map[string]int{}
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(CorpusRule); !ok {
				continue
			}
			fact := rule.Check(a, NewReporter(a.Doc))
			data, err := EncodeFacts(fact)
			if err != nil {
				t.Fatalf("%s: %v", rule.Info().ID, err)
			}
			// The store's own encoding too (EncodeStoreFactsTo).
			store := encodeStore(t, fact)
			got, err := DecodeFacts(data)
			if err != nil {
				t.Fatalf("%s: %v", rule.Info().ID, err)
			}
			gotStore, err := DecodeFacts(store)
			if err != nil {
				t.Fatalf("%s, the store's encoding: %v", rule.Info().ID, err)
			}
			if v := reflect.ValueOf(fact); fact != nil && v.Kind() == reflect.Pointer && v.IsNil() {
				// A nil pointer decodes as nil: the corpus rules
				// skip both alike.
				fact = nil
			} else if fact != nil && !v.IsNil() {
				kinds[reflect.TypeOf(fact).String()]++
			}
			if !reflect.DeepEqual(got, fact) {
				t.Errorf("%s, %s: decoded facts differ:\n got %#v\nwant %#v", a.Doc.Path, rule.Info().ID, got, fact)
			}
			if !reflect.DeepEqual(gotStore, fact) {
				t.Errorf("%s, %s: facts decoded from the store's encoding differ:\n got %#v\nwant %#v", a.Doc.Path, rule.Info().ID, gotStore, fact)
			}
		}
		st := a.Names()
		got, err := DecodeNames(EncodeNames(st))
		if err != nil {
			t.Fatal(err)
		}
		// The spellings and their counts, uses and neighbours; not the
		// slices in order of first use that collectNames adds for the
		// index's sake, which a decoded article goes without.
		if got == nil || !reflect.DeepEqual(got.Forms, st.FormMap()) {
			t.Errorf("%s: decoded names differ", a.Doc.Path)
		}
	}
	for _, k := range []string{"[]rules.claim", "*rules.autoFacts", "*rules.namesFacts"} {
		if kinds[k] == 0 {
			t.Errorf("no facts of type %s were tried; the test lost its coverage (%v)", k, kinds)
		}
	}
}

// TestDecodeIntoRoom: facts decoded into a Room reused from "story" to
// "story" are what DecodeFacts gives, and stay so while more facts of the
// same story are decoded into it (the room grows without moving them);
// nothing of the story before a Reset shows through (a claim without a
// unit decoded where one with a unit was).
func TestDecodeIntoRoom(t *testing.T) {
	set, arts := archiveArticles(t)
	var encoded [][]byte
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(CorpusRule); !ok {
				continue
			}
			data, err := EncodeFacts(rule.Check(a, NewReporter(a.Doc)))
			if err != nil {
				t.Fatal(err)
			}
			encoded = append(encoded, data)
		}
	}
	var room Room
	claims := 0
	for _, story := range [][2]int{{0, len(encoded) / 2}, {len(encoded) / 3, len(encoded)}, {0, len(encoded)}} {
		room.Reset()
		var got []any
		// In reverse order: the story's claims fall where the
		// previous story put others.
		for i := story[1] - 1; i >= story[0]; i-- {
			f, err := DecodeFactsIn(&room, encoded[i])
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, f)
		}
		for k, i := 0, story[1]-1; i >= story[0]; k, i = k+1, i-1 {
			want, err := DecodeFacts(encoded[i])
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got[k], want) {
				t.Fatalf("facts %d decoded into the room differ:\n got %#v\nwant %#v", i, got[k], want)
			}
			if af, ok := want.(*autoFacts); ok && af != nil {
				claims += len(af.Claims)
			}
		}
	}
	if claims == 0 {
		t.Fatal("no claims were decoded; the test lost its coverage")
	}
}

// TestDecodeInPlace: DecodeFactsInPlace gives what DecodeFacts gives,
// for every corpus rule's facts of the archive articles, with the claims'
// strings slicing the encoding itself rather than a copy of it.
func TestDecodeInPlace(t *testing.T) {
	set, arts := archiveArticles(t)
	sliced := 0
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(CorpusRule); !ok {
				continue
			}
			data, err := EncodeFacts(rule.Check(a, NewReporter(a.Doc)))
			if err != nil {
				t.Fatal(err)
			}
			var room Room
			got, err := DecodeFactsInPlace(&room, data)
			if err != nil {
				t.Fatal(err)
			}
			want, err := DecodeFacts(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: decoded in place differ:\n got %#v\nwant %#v", a.Doc.Path, rule.Info().ID, got, want)
			}
			af, ok := got.(*autoFacts)
			if !ok || af == nil || len(af.Claims) == 0 {
				continue
			}
			file := af.Claims[0].Loc.File
			lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
			at := uintptr(unsafe.Pointer(unsafe.StringData(file)))
			if file == "" || at < lo || at >= lo+uintptr(len(data)) {
				t.Fatalf("%s: the claim's file %q is not a slice of the encoding", a.Doc.Path, file)
			}
			sliced++
		}
	}
	if sliced == 0 {
		t.Fatal("no article had claims; the test lost its coverage")
	}
}

// TestDecodeDamaged: a damaged encoding is an error, never a panic.
func TestDecodeDamaged(t *testing.T) {
	set, arts := archiveArticles(t)
	var auto Rule
	for _, r := range set.Rules {
		if _, ok := r.(*autoFactsRule); ok {
			auto = r
		}
	}
	data, err := EncodeFacts(auto.Check(arts[0], NewReporter(arts[0].Doc)))
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if _, err := DecodeFacts(data[:n]); err == nil {
			t.Fatalf("a cut after %d of %d bytes decoded without error", n, len(data))
		}
	}
	if _, err := DecodeFacts(append(data, 0)); err == nil {
		t.Error("trailing bytes decoded without error")
	}
	if _, err := DecodeFacts([]byte{99}); err == nil {
		t.Error("an unknown tag decoded without error")
	}
	names := EncodeNames(arts[0].Names())
	if _, err := DecodeNames(names[:len(names)/2]); err == nil {
		t.Error("half a names encoding decoded without error")
	}
}

// TestFingerprint: the same rules give the same fingerprint; another
// config, another version of the program, give another.
func TestFingerprint(t *testing.T) {
	def1, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	def2, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	story, err := Load(filepath.Join("examples", "kim-putin-summit-2023.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(cfg, []byte("fail_level = \"warning\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	other, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := def1.Fingerprint("1.0")
	if len(a) != 64 || a != def2.Fingerprint("1.0") {
		t.Fatalf("two loads of the default rules: %q and %q", a, def2.Fingerprint("1.0"))
	}
	for name, fp := range map[string]string{"another version": def1.Fingerprint("1.1"), "a story pack": story.Fingerprint("1.0"), "a config": other.Fingerprint("1.0")} {
		if fp == a {
			t.Errorf("%s gives the fingerprint of the default rules", name)
		}
	}
}

// TestEmpty: the facts that Empty lets a checker drop are those with
// nothing in them, and no others; an article's anchors alone are kept
// (they support other articles' claims).
func TestEmpty(t *testing.T) {
	for _, c := range []struct {
		name string
		fact any
		want bool
	}{
		{"nil", nil, true},
		{"nil autofacts", (*autoFacts)(nil), true},
		{"nil names", (*namesFacts)(nil), true},
		{"no uses", []formUse(nil), true},
		{"no claims", []claim{}, true},
		{"autofacts without claims or anchors", &autoFacts{}, true},
		{"names without uses", &namesFacts{lexicon: map[int][]formUse{}, learned: map[string][]formUse{}, compound: map[string]bool{}}, true},
		{"a use", []formUse{{Form: "x"}}, false},
		{"a claim", []claim{{Key: "speed"}}, false},
		{"autofacts with a claim", &autoFacts{Claims: []claim{{Key: "speed"}}}, false},
		{"autofacts with only anchors", &autoFacts{Anchors: []anchor{{Dim: "length"}}}, false},
		{"names with a lexicon use", &namesFacts{lexicon: map[int][]formUse{0: {{Form: "x"}}}}, false},
		{"names with a learned use", &namesFacts{learned: map[string][]formUse{"ab": {{Form: "a-b"}}}}, false},
		{"names with only a compound", &namesFacts{compound: map[string]bool{"ab": true}}, false},
		{"a type without an encoding", 42, false},
	} {
		if got := Empty(c.fact); got != c.want {
			t.Errorf("%s: Empty = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDecodeNamesFacts: decoding names facts for a set of compound names
// gives what DecodeFacts gives with the other learned names deleted, for
// no compound name, every learned name, and every other one (so that kept
// uses refer to strings first written in skipped ones); a damaged
// encoding is an error, never a panic.
func TestDecodeNamesFacts(t *testing.T) {
	set, arts := archiveArticles(t)
	var encoded [][]byte
	var keys []string
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(*namesRule); !ok {
				continue
			}
			f := rule.Check(a, NewReporter(a.Doc)).(*namesFacts)
			for k := range f.learned {
				keys = append(keys, k)
			}
			data, err := EncodeFacts(f)
			if err != nil {
				t.Fatal(err)
			}
			encoded = append(encoded, data)
		}
	}
	if len(keys) < 10 {
		t.Fatalf("only %d learned names; the test proves little", len(keys))
	}
	slices.Sort(keys)
	none, all, half := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i, k := range keys {
		all[k] = true
		if i%2 == 0 {
			half[k] = true
		}
	}
	kept, empty := 0, 0
	var tab []lazyString
	for _, compound := range []map[string]bool{none, all, half} {
		for _, data := range encoded {
			got, err := decodeNamesFacts(data, compound, &tab)
			if err != nil {
				t.Fatal(err)
			}
			f, err := DecodeFacts(data)
			if err != nil {
				t.Fatal(err)
			}
			want := f.(*namesFacts)
			for k := range want.learned {
				if !compound[k] {
					delete(want.learned, k)
				}
			}
			kept += len(want.learned)
			if Empty(want) {
				// Facts left with nothing are none.
				empty++
				if got != nil {
					t.Fatalf("names facts with nothing kept decoded as %#v, not nil", got)
				}
				continue
			}
			// A map left empty is nil on either side (the learned
			// map may be emptied by the deletes above).
			if !reflect.DeepEqual(emptyNamesMapsNil(got), emptyNamesMapsNil(want)) {
				t.Fatalf("decoded names facts differ:\n got %#v\nwant %#v", got, want)
			}
		}
	}
	if kept == 0 || empty == 0 {
		t.Fatalf("%d learned names kept, %d facts left empty; the test proves little", kept, empty)
	}
	for _, data := range encoded {
		for n := range len(data) {
			if _, err := decodeNamesFacts(data[:n], all, &tab); err == nil {
				t.Fatalf("a cut after %d of %d bytes decoded without error", n, len(data))
			}
		}
		if _, err := decodeNamesFacts(append(slices.Clip(data), 0), half, &tab); err == nil {
			t.Fatal("trailing bytes decoded without error")
		}
	}
}

// TestFactsEncodingGolden pins the bytes of the encoding: each corpus
// rule's encoded facts of the archive articles, by length and hash.
// Archives keep these bytes under FactsVersion; a change here without a
// new FactsVersion would have archives decoded with the wrong format. A
// change meant to keep the format (a faster encoder) must leave the file
// as it is.
func TestFactsEncodingGolden(t *testing.T) {
	set, arts := archiveArticles(t)
	var b strings.Builder
	fmt.Fprintf(&b, "FactsVersion %d\n", FactsVersion)
	for _, a := range arts {
		for _, rule := range set.Rules {
			if _, ok := rule.(CorpusRule); !ok {
				continue
			}
			data, err := EncodeFacts(rule.Check(a, NewReporter(a.Doc)))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			fmt.Fprintf(&b, "%s %s %d %x\n", filepath.Base(a.Doc.Path), rule.Info().ID, len(data), sum[:8])
		}
	}
	golden.Check(t, filepath.Join("testdata", "facts-encoding.golden"), []byte(b.String()))
}

// emptyNamesMapsNil returns f with each empty map made nil, so that facts
// that differ only in how an empty map is held compare equal.
func emptyNamesMapsNil(f *namesFacts) *namesFacts {
	g := *f
	if len(g.lexicon) == 0 {
		g.lexicon = nil
	}
	if len(g.learned) == 0 {
		g.learned = nil
	}
	if len(g.compound) == 0 {
		g.compound = nil
	}
	return &g
}
