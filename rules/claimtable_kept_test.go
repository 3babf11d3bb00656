package rules

import (
	"slices"
	"testing"
)

// TestKeptContextsStay checks that the claims' contexts, which stay in
// the chunks of the memos' kept room (keep), are not written over by the
// claims of the articles checked after them: each article's contexts are
// copied when its Check returns and compared once every article of
// testdata has been checked with the same pooled memos. And that keep,
// past the end of a chunk, leaves every context kept before where it
// was, each cut to its length.
func TestKeptContextsStay(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	rule := autoFactsOf(t, set)
	type kept struct {
		facts *autoFacts
		ctx   [][]wordID
	}
	var all []kept
	words := 0
	for _, a := range walkArticles(t, set, 60) {
		f, _ := rule.Check(a, nil).(*autoFacts)
		if f == nil {
			continue
		}
		k := kept{facts: f}
		for i := range f.Claims {
			k.ctx = append(k.ctx, slices.Clone(f.Claims[i].Context), slices.Clone(f.Claims[i].Near))
			words += len(f.Claims[i].Context)
		}
		all = append(all, k)
	}
	if words < 1000 {
		t.Fatalf("only %d context words kept", words)
	}
	for _, k := range all {
		for i := range k.facts.Claims {
			c := &k.facts.Claims[i]
			if !slices.Equal(c.Context, k.ctx[2*i]) || !slices.Equal(c.Near, k.ctx[2*i+1]) {
				t.Fatalf("claim %q: context %v near %v, was %v %v when made", c.Key, c.Context, c.Near, k.ctx[2*i], k.ctx[2*i+1])
			}
		}
	}
	m := &ctxMemo{}
	var got [][]wordID
	for i := range 3 * keptChunk / 7 {
		ws := []wordID{wordID(i), wordID(i + 1), wordID(i + 2), wordID(i + 3), wordID(i + 4), wordID(i + 5), wordID(i + 6)}
		got = append(got, m.keep(ws))
	}
	for i, ws := range got {
		if len(ws) != 7 || cap(ws) != 7 || ws[0] != wordID(i) || ws[6] != wordID(i+6) {
			t.Fatalf("context %d kept as %v (cap %d)", i, ws, cap(ws))
		}
	}
}
