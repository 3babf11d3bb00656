package rules

import (
	"slices"
	"testing"
)

// TestNameStatsByIndex checks the neighbours that statsOf keeps by
// spelling index (NameStats.ext, nbrF, useF), which the index reads
// instead of the words, against the words themselves, on every article
// of testdata: each of a spelling's Nexts and Prevs, and each Next and
// Prev of its uses, is the spelling the index points at. It fails when
// an offset is off by one or the prevs are placed without the nexts
// before them.
func TestNameStatsByIndex(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := tableDocs(t)
	paths := make([]string, 0, len(docs))
	for p := range docs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	word := func(st *NameStats, f int32) string {
		if f == 0 {
			return ""
		}
		return st.words[f-1]
	}
	neighbours, uses := 0, 0
	for i, p := range paths {
		st := articleAt(t, set, p, docs[p], i).Names()
		if len(st.ext) != len(st.words) {
			t.Fatalf("%s: %d extents for %d spellings", p, len(st.ext), len(st.words))
		}
		for fi, w := range st.words {
			f, x := &st.forms[fi], st.ext[fi]
			for side, ws := range [][]string{f.Nexts, f.Prevs} {
				at := x.next
				if side == 1 {
					at = x.prev
				}
				for k, nw := range ws {
					if got := st.words[st.nbrF[int(at)+k]]; got != nw {
						t.Errorf("%s %q: neighbour %d of side %d is %q by index, %q by word", p, w, k, side, got, nw)
					}
					neighbours++
				}
			}
			for k, u := range f.Uses {
				uf := st.useF[2*(int(x.use)+k):]
				if word(st, uf[0]) != u.Next || word(st, uf[1]) != u.Prev {
					t.Errorf("%s %q use %d: next/prev %q/%q by index, %q/%q by word", p, w, k, word(st, uf[0]), word(st, uf[1]), u.Next, u.Prev)
				}
				if u.Next != "" || u.Prev != "" {
					uses++
				}
			}
		}
		RecycleNames(st)
	}
	if neighbours < 1000 || uses < 100 {
		t.Errorf("only %d neighbours and %d uses with one checked", neighbours, uses)
	}
}
