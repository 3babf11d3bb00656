package corpusgen

import (
	"bytes"
	"testing"
)

// TestMisspell: with Misspell, every Misspell-th article has one name
// misspelt at the recorded offset, one edit away from a name of the
// story, and every byte elsewhere is the corpus of the same seed without
// misspellings.
func TestMisspell(t *testing.T) {
	plain := Generate(Options{Articles: 60, Bytes: 1500, Seed: 9})
	typos := Generate(Options{Articles: 60, Bytes: 1500, Seed: 9, Misspell: 4})
	if len(plain) != len(typos) {
		t.Fatalf("%d articles with misspellings, %d without", len(typos), len(plain))
	}
	injected := 0
	for i, a := range typos {
		p := plain[i]
		if p.Misspelt != nil {
			t.Fatalf("%s: misspellings without Misspell", p.Path)
		}
		if a.Path != p.Path {
			t.Fatalf("article %d is %s with misspellings, %s without", i, a.Path, p.Path)
		}
		if i%4 != 3 {
			if !bytes.Equal(a.Text, p.Text) || len(a.Misspelt) != 0 {
				t.Errorf("%s: changed, though not every 4th article", a.Path)
			}
			continue
		}
		if len(a.Misspelt) != 1 {
			t.Errorf("%s: %d misspellings, want 1", a.Path, len(a.Misspelt))
			continue
		}
		injected++
		m := a.Misspelt[0]
		if m.Wrong == m.Right || m.Wrong[0] != m.Right[0] || len(m.Wrong)-len(m.Right) > 1 || len(m.Right)-len(m.Wrong) > 1 {
			t.Errorf("%s: %q for %q is not one letter after the first changed", a.Path, m.Wrong, m.Right)
		}
		if got := string(a.Text[m.Offset : m.Offset+len(m.Wrong)]); got != m.Wrong {
			t.Errorf("%s: %q at offset %d, want %q", a.Path, got, m.Offset, m.Wrong)
		}
		rebuilt := string(a.Text[:m.Offset]) + m.Right + string(a.Text[m.Offset+len(m.Wrong):])
		if rebuilt != string(p.Text) {
			t.Errorf("%s: differs from the plain article elsewhere than the misspelling", a.Path)
		}
		if !bytes.Contains(p.Text, []byte(" "+m.Right)) {
			t.Errorf("%s: %q is not a name the plain article uses", a.Path, m.Right)
		}
	}
	if injected != 15 {
		t.Errorf("%d misspellings injected into 60 articles, want 15", injected)
	}
}
