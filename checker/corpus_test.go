package checker

import (
	"encoding/json"
	"testing"

	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// TestFindingsOwnTheirStrings: the corpus stage decodes the store's
// encoded facts in place (rules.DecodeFactsInPlace), so the findings must
// not slice those bytes: with every byte the store keeps overwritten once
// the stage is done, the findings read as before, and as those of a run
// that keeps its facts decoded; so do those of a run that spills its
// facts to a file and reads them back story by story.
func TestFindingsOwnTheirStrings(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	// The seeds and generated stories with figures changed in some
	// articles, and a re-dated wire pair (streamInputs): findings that
	// quote claims.
	in := streamInputs(t, false)
	opts := Options{Rules: set, Group: story.Dir}
	defer func(k, s int) { keepAt, spillAt = k, s }(keepAt, spillAt)
	keepAt, spillAt = 1<<30, 1<<30
	want, err := Check(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	keepAt = 1 // encoded, in memory
	results := make([]articleResult, len(in))
	names := foldNames(results)
	store := newFactStore(len(in), len(set.Rules), t.TempDir())
	defer store.close()
	if store.mem == nil {
		t.Fatal("the store keeps no encoded facts in memory")
	}
	for i := range in {
		r, _ := checkInput(in[i], i, set)
		results[i] = keepFacts(store, set, i, r)
		names.finished(i)
	}
	got, err := corpusStage(in, results, names.wait(), store, opts, 2)
	if err != nil {
		t.Fatal(err)
	}
	before, err := json.Marshal(got.Diagnostics)
	if err != nil {
		t.Fatal(err)
	}
	facts := 0
	for _, d := range got.Diagnostics {
		if d.Fact != "" {
			facts++
		}
	}
	if facts == 0 {
		t.Fatal("no finding about a fact; the test lost its coverage")
	}
	scribbled := 0
	for _, data := range store.mem {
		for i := range data {
			data[i] = 'X'
		}
		scribbled += len(data)
	}
	if scribbled == 0 {
		t.Fatal("the store kept no bytes; the test lost its coverage")
	}
	after, err := json.Marshal(got.Diagnostics)
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Errorf("the findings changed with the store's bytes:\n%s\nwas\n%s", after, before)
	}
	kept, err := json.Marshal(want.Diagnostics)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(kept) {
		t.Errorf("the findings of the encoded run differ from those of a run that keeps its facts:\n%s\nwant\n%s", before, kept)
	}
	// A spilled run reads each story's facts back into memory that the
	// next story's reuse (storyScratch): the findings of the first
	// stories must survive the later ones.
	spillAt = 1
	opts.Jobs = 1
	spilled, err := Check(in, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := json.Marshal(spilled.Diagnostics); err != nil || string(got) != string(kept) {
		t.Errorf("the findings of a spilled run differ from those of a run that keeps its facts (%v):\n%s\nwant\n%s", err, got, kept)
	}
}
