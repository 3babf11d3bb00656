package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// TestQuickStartFindsTheSame checks that the look-ahead of mayStart,
// which spares parsing "the" and number words where no date can follow,
// never loses a date: Extract with it and without it give the same
// expressions, on generated articles, on the repository's copy, and on
// sentences made to tempt it.
func TestQuickStartFindsTheSame(t *testing.T) {
	texts := []string{
		benchText,
		"The 11th of September, the 3rd, THE 4TH. Three years ago, twenty-one years ago, a week AGO, " +
			"one-year ago, on 11th of September, by 4 of July, an hour ago, two days later, the fourth of July, the 2023 vote, the 5 people, ago.",
		"Three ago. The. A. Twenty-. the",
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 7}) {
		texts = append(texts, string(a.Text))
	}
	for _, glob := range []string{"../../testdata/seeds/*", "../../testdata/stories/*/*"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				continue // a directory
			}
			texts = append(texts, string(src))
		}
	}
	found := 0
	for _, text := range texts {
		// Upper-cased too: every start word then needs folding.
		for _, text := range []string{text, strings.ToUpper(text)} {
			s := segmentText(text)
			quick, all := extract(text, s, true), extract(text, s, false)
			if !reflect.DeepEqual(quick, all) {
				t.Fatalf("quick start finds\n%v\nwhere every start word finds\n%v\nin %q", quick, all, text)
			}
			found += len(all)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d dates in %d texts: the comparison proves little", found, len(texts))
	}
}
