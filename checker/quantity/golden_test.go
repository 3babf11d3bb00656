package quantity

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/golden"
)

// TestQuantitiesGolden pins every quantity the default pack reads from
// every article of testdata, from 400 generated articles, and from all of
// them in upper case (which the start filters and the vocabulary's case
// folding must treat alike), in testdata/quantities.golden. It was
// written before the extractor's scan was restructured for speed, so
// that a change of the scan that changes any quantity (span, value,
// unit, qualifier, kind, list, sentence...) fails here. The seed
// articles are dumped quantity by quantity, to be readable; the others
// as a count and a hash of the same dump.
func TestQuantitiesGolden(t *testing.T) {
	tb := pack(t)
	type text struct{ name, body string }
	var texts []text
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts = append(texts, text{filepath.ToSlash(strings.TrimPrefix(path, "../../")), string(src)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 100 {
		t.Fatalf("only %d testdata articles", len(texts))
	}
	sort.Slice(texts, func(i, j int) bool { return texts[i].name < texts[j].name })
	for _, seed := range []uint64{1, 7} {
		for k, a := range corpusgen.Generate(corpusgen.Options{Articles: 200, Seed: seed}) {
			texts = append(texts, text{fmt.Sprintf("gen%d/%03d", seed, k), string(a.Text)})
		}
	}
	texts = append(texts, text{"bench", benchText}, text{"odd", filterTexts(t, 3)[1]})
	for _, tx := range texts[:len(texts):len(texts)] {
		texts = append(texts, text{"upper/" + tx.name, strings.ToUpper(tx.body)})
	}
	var out strings.Builder
	total := 0
	for _, tx := range texts {
		qs := tb.Extract(tx.body, seg(tx.body))
		total += len(qs)
		var dump strings.Builder
		for _, q := range qs {
			dumpQuantity(&dump, tx.body, q)
		}
		if strings.HasPrefix(tx.name, "testdata/seeds/") {
			fmt.Fprintf(&out, "%s %d\n%s", tx.name, len(qs), dump.String())
			continue
		}
		fmt.Fprintf(&out, "%s %d %x\n", tx.name, len(qs), sha256.Sum256([]byte(dump.String())))
	}
	if total < 10000 {
		t.Fatalf("only %d quantities: the golden proves little", total)
	}
	golden.Check(t, "testdata/quantities.golden", []byte(out.String()))
}

// dumpQuantity writes every field of q, floats exactly.
func dumpQuantity(b *strings.Builder, text string, q Quantity) {
	unit, qual := "-", "-"
	if q.Unit != nil {
		unit = q.Unit.Name
	}
	if q.Qualifier != nil {
		qual = fmt.Sprintf("%s/%d/%b", q.Qualifier.Words, q.Qualifier.Bound, q.Qualifier.Tolerance)
	}
	fmt.Fprintf(b, "\t%q %v num=%v unit=%s%v val=%b high=%b step=%b round=%b range=%t kind=%d qual=%s words=%t list=%d toks=%v sent=%d\n",
		text[q.Span.Start:q.Span.End], q.Span, q.Number, unit, q.UnitSpan, q.Value, q.High, q.Step, q.Round,
		q.Range, q.Kind, qual, q.Words, q.List, q.Tokens, q.Sentence)
}
