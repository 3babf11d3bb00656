package checker

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/rules"
)

// TestTermTableAgreesWithMap numbers invented terms with the folder's
// table and with a map, in the same order: the numbers must agree, the
// table must hand back its own copies (never the caller's bytes), and the
// terms must survive the table's growth and the chunks' turnover (a term
// longer than a chunk's eighth is cloned on its own).
func TestTermTableAgreesWithMap(t *testing.T) {
	var tt termTable
	var terms []string
	want := map[string]int32{}
	long := strings.Repeat("harbour ", termChunk/32)
	var asked []string
	for i := range 5000 {
		asked = append(asked, fmt.Sprintf("term %d", i%3100), fmt.Sprintf("t%d", i%7))
		if i%997 == 0 {
			asked = append(asked, long+fmt.Sprint(i%2))
		}
	}
	for _, term := range asked {
		src := []byte(term) // the caller's bytes, changed below
		s := unsafe.String(unsafe.SliceData(src), len(src))
		h := rules.HashString(s)
		id := tt.find(s, h, terms)
		if id < 0 {
			id = int32(len(terms))
			terms = tt.add(s, h, terms)
		}
		w, ok := want[term]
		if !ok {
			w = int32(len(want))
			want[term] = w
		}
		if id != w {
			t.Fatalf("%q numbered %d, a map numbers it %d", term, id, w)
		}
		if terms[id] != term || unsafe.StringData(terms[id]) == unsafe.StringData(s) {
			t.Fatalf("%q kept as %q, or not copied", term, terms[id])
		}
		clear(src)
	}
	if len(terms) != len(want) {
		t.Fatalf("%d terms, a map has %d", len(terms), len(want))
	}
	for term, id := range want {
		if terms[id] != term {
			t.Fatalf("term %d is %q, want %q", id, terms[id], term)
		}
	}
}
