package checker

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
	"github.com/factlint/factlint/rules"
)

// TestArticleFingerprints pins what the per-article stage hands on for
// every article of testdata and of a generated corpus: each rule's
// findings and encoded facts, the name statistics, the story terms and
// figure keys. A change meant only to make factlint faster must leave
// testdata/fingerprints.golden byte for byte as it is; a change of what a
// rule reads shows here article by article (rewrite the file with
// go test ./checker -run Fingerprints -update after checking the
// change with the recall tests).
func TestArticleFingerprints(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var in []Input
	for _, dir := range []string{"seeds", "stories", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7"} {
		err := filepath.WalkDir(filepath.Join("..", "testdata", dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || (!strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".md")) {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			in = append(in, Input{Path: filepath.ToSlash(p), Src: src})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 5}) {
		in = append(in, Input{Path: g.Path, Src: g.Text})
	}
	var out strings.Builder
	for i, x := range in {
		res := checkArticle(x, i, set)
		if res.skipped != nil {
			t.Fatalf("%s: %v", x.Path, res.skipped)
		}
		h := sha256.New()
		// JSON, not %+v, which would print a fix's address.
		if err := json.NewEncoder(h).Encode(res.diags); err != nil {
			t.Fatal(err)
		}
		for ri, f := range res.facts {
			if f == nil {
				continue
			}
			data, err := rules.EncodeFacts(f)
			if err != nil {
				t.Fatalf("%s: rule %d: %v", x.Path, ri, err)
			}
			fmt.Fprintf(h, "facts %d %x\n", ri, data)
		}
		if res.names != nil {
			fmt.Fprintf(h, "names %x\n", rules.EncodeNames(res.names))
		}
		terms := slices.Clone(res.terms)
		slices.Sort(terms)
		fmt.Fprintf(h, "story %q terms %q figures %v date %q %q\n", res.story, terms, res.figures, res.date, res.monthDay)
		fmt.Fprintf(&out, "%s %d %x\n", x.Path, len(res.diags), h.Sum(nil)[:8])
	}
	golden.Check(t, filepath.Join("..", "testdata", "fingerprints.golden"), []byte(out.String()))
}
