package dates_test

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// TestFrontEndFingerprints pins what the front end makes of every
// article of testdata and of 300 generated articles: the document's
// text, blocks, metadata, problems and comments, the source position of
// every token's ends, the tokens, the sentences and the date
// expressions, each as a digest. It was written before the front end was
// restructured for speed (round 13), so that a faster reader, tokenizer
// or date scan is shown to give the same results; regenerate it only for
// a change meant to change them.
func TestFrontEndFingerprints(t *testing.T) {
	opt := document.Options{
		Datelines: []*regexp.Regexp{regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2})[ \t]*\r?\n`)},
		Bylines:   []*regexp.Regexp{regexp.MustCompile(`^By [^,\n]+, (?P<date>[^\n]+)`)},
		ParseDate: func(s string) (string, bool) {
			d, ok := dates.ParseText(s)
			if !ok {
				return "", false
			}
			y, m, day := d.Civil()
			return fmt.Sprintf("%04d-%02d-%02d", y, m, day), true
		},
	}
	type article struct {
		path string
		src  []byte
	}
	var arts []article
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasSuffix(path, ".golden") || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".toml") {
			// Injection lists and configuration are not copy; they
			// change when a false alarm is fixed.
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		arts = append(arts, article{filepath.ToSlash(rel), src})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 7}) {
		arts = append(arts, article{"gen/" + a.Path, a.Text})
	}
	seg := &segment.Result{}
	var out strings.Builder
	for _, a := range arts {
		d, err := document.Read(a.path, a.src, opt)
		if err != nil {
			fmt.Fprintf(&out, "%s: %v\n", a.path, err)
			continue
		}
		var blocks []segment.Block
		for _, b := range d.Blocks {
			blocks = append(blocks, segment.Block{Start: b.Start, End: b.End})
		}
		segment.Into(seg, d.Text, blocks, &segment.Options{Abbreviations: abbreviations})
		var pos strings.Builder
		for _, tk := range seg.Tokens {
			fmt.Fprintf(&pos, "%v;", d.Range(document.Span{Start: tk.Start, End: tk.End}))
		}
		// The spellings' numbers (Token.Word) depend on what the
		// Result's Words met before, not on this article: the tokens
		// are digested with the fields they had when the digests were
		// pinned (segment's TestWordsEverySpelling pins the numbers).
		type pinnedToken struct {
			Start, End      int
			Kind            segment.Kind
			Joined, Initial bool
		}
		unnumbered := make([]pinnedToken, len(seg.Tokens))
		for i, tk := range seg.Tokens {
			unnumbered[i] = pinnedToken{tk.Start, tk.End, tk.Kind, tk.Joined, tk.Initial}
		}
		es := dates.Extract(d.Text, seg)
		fmt.Fprintf(&out, "%s: text %d %s, blocks %s, meta %+v, problems %s, comments %s\n",
			a.path, len(d.Text), digest(d.Text), digest(d.Blocks), d.Meta, digest(d.Problems), digest(d.Comments))
		fmt.Fprintf(&out, "  tokens %d %s, positions %s, sentences %d %s, dates %d %s\n",
			len(seg.Tokens), digest(unnumbered), digest(pos.String()), len(seg.Sentences), digest(seg.Sentences), len(es), digest(es))
	}
	golden.Check(t, filepath.Join("testdata", "frontend.golden"), []byte(out.String()))
}

// abbreviations are a few of the default pack's, so that sentence
// breaking after them is pinned too.
var abbreviations = map[string]segment.Abbreviation{
	"Mr": segment.Title, "Mrs": segment.Title, "Dr": segment.Title, "Gen": segment.Title,
	"Sept": segment.Other, "Nov": segment.Other, "U.S": segment.Other, "etc": segment.Other, "No": segment.Other,
}

// digest is a short hash of v printed with all its fields.
func digest(v any) string {
	return fmt.Sprintf("%x", sha256.Sum256(fmt.Appendf(nil, "%+v", v)))[:16]
}
