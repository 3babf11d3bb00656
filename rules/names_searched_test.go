package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// TestNamesSearchedEntries checks that the names rule searches exactly the
// lexicon entries that have variants (its searched list), and finds in
// every test article the uses that a walk over all its entries finds.
func TestNamesSearchedEntries(t *testing.T) {
	cfg := "[[rule]]\nid = \"x.names\"\nkind = \"names\"\n" +
		"[[rule.name]]\nname = \"Ostrava\"\n" +
		"[[rule.name]]\nname = \"Al-Qaeda\"\nvariants = [\"Al Qaeda\", \"al-Qaeda\"]\n" +
		"[[rule.name]]\nname = \"Brackwater\"\naliases = [\"Brack\"]\n" +
		"[[rule.name]]\nname = \"Jean-Luc Martin\"\nvariants = [\"Jean-luc Martin\"]\n" +
		"[[rule.name]]\nname = \"Vellacott\"\n"
	path := filepath.Join(t.TempDir(), ".factlint.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := nameDocs(t)
	docs["forms.txt"] = []byte("Al-Qaeda and Al Qaeda, al-Qaeda and Jean-Luc Martin, Jean-luc Martin in Ostrava.\n")
	rulesSeen, withVariants, found := 0, 0, 0
	for _, rule := range set.Rules {
		r, ok := rule.(*namesRule)
		if !ok {
			continue
		}
		rulesSeen++
		var want []int
		for i := range r.entries {
			if r.entries[i].re != nil {
				want = append(want, i)
			}
		}
		if !slices.Equal(r.searched, want) {
			t.Errorf("%s: searched %v, want %v", r.info.ID, r.searched, want)
		}
		withVariants += len(want)
		for p, src := range docs {
			a := articleAt(t, set, p, src, 0)
			got := r.Check(a, NewReporter(a.Doc)).(*namesFacts).lexicon
			ref := map[int][]formUse{}
			rep := NewReporter(a.Doc)
			for ei, e := range r.entries {
				if e.re == nil {
					continue
				}
				for _, b := range a.Blocks {
					for _, m := range e.re.FindAllStringIndex(a.Doc.Text[b.Start:b.End], -1) {
						s, end := b.Start+m[0], b.Start+m[1]
						if wordBoundary(a.Doc.Text, s, end) {
							w := a.Doc.Text[s:end]
							ref[ei] = append(ref[ei], formUse{Form: w, Text: w, Shown: w, Loc: rep.At(document.Span{Start: s, End: end}), Article: a.Index})
						}
					}
				}
			}
			for _, us := range ref {
				found += len(us)
			}
			if len(got) != len(ref) || len(ref) > 0 && !reflect.DeepEqual(got, ref) {
				t.Errorf("%s, %s: lexicon uses\n got %v\nwant %v", r.info.ID, p, got, ref)
			}
		}
	}
	// The default pack's names rules are checked too; the config adds
	// two entries with variants, used in forms.txt.
	if rulesSeen < 2 || withVariants < 2 || found < 5 {
		t.Fatalf("%d names rules, %d entries with variants, %d uses found: the config's rule was not exercised", rulesSeen, withVariants, found)
	}
}
