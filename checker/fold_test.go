package checker

import (
	"fmt"
	"slices"
	"testing"
	"unsafe"
)

// TestFoldTermsPrepared checks that the folder numbers and shares the
// story terms alike whether the workers hashed them before its lock
// (prepareFold, from chunks that fill and are replaced, with articles
// prepared well before they are folded) or it hashes them itself (a
// result not prepared): the same numbers, every use of a term replaced
// by the run's one copy, and no hashes kept once folded.
func TestFoldTermsPrepared(t *testing.T) {
	var terms [][]string
	for i := range 3000 {
		var ts []string
		for k := range 1 + i%9 {
			ts = append(ts, fmt.Sprintf("Quarrel%d", (i*3+k*11)%997), fmt.Sprintf("harbour-%d", k))
		}
		terms = append(terms, ts)
	}
	fold := func(prepare bool) []articleResult {
		results := make([]articleResult, len(terms))
		for i := range terms {
			results[i].terms = slices.Clone(terms[i])
		}
		f := foldNames(results)
		var hashes hashChunk
		// Each article is prepared, then folded once the ten after it
		// are prepared, as a worker's article waits for another's.
		for i := range len(results) + 10 {
			if prepare && i < len(results) {
				results[i].prepareFold(&hashes)
			}
			if i >= 10 {
				f.finished(i - 10)
			}
		}
		return results
	}
	prepared, plain := fold(true), fold(false)
	copies := map[int32]*byte{}
	for i := range terms {
		p, q := &prepared[i], &plain[i]
		if !slices.Equal(p.termIDs, q.termIDs) || !slices.Equal(p.terms, terms[i]) || !slices.Equal(q.terms, terms[i]) {
			t.Fatalf("article %d: prepared %v %v, plain %v %v, want terms %v", i, p.terms, p.termIDs, q.terms, q.termIDs, terms[i])
		}
		if p.termHashes != nil || q.termHashes != nil {
			t.Fatalf("article %d: hashes kept after the fold", i)
		}
		for k, id := range p.termIDs {
			c := unsafe.StringData(p.terms[k])
			if first, ok := copies[id]; ok && first != c {
				t.Fatalf("article %d: term %q not the run's one copy", i, p.terms[k])
			}
			copies[id] = c
		}
	}
}
