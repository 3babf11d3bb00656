package corpusgen

import (
	"fmt"
	"os"
	"path/filepath"
)

// RealCopy reads the repository's real news copy that the benchmarks set
// beside the generated corpus: the seeds (testdata/seeds/*.txt) and the
// stories (testdata/stories/*/*.txt) under root, the repository's top
// directory, in path order. It fails when either set is missing.
func RealCopy(root string) ([]Article, error) {
	var out []Article
	for _, glob := range []string{"testdata/seeds/*.txt", "testdata/stories/*/*.txt"} {
		files, err := filepath.Glob(filepath.Join(root, glob))
		if err != nil {
			return nil, fmt.Errorf("real copy %s: %w", glob, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("real copy: no files for %s under %s", glob, root)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("real copy: %w", err)
			}
			out = append(out, Article{Path: f, Text: src})
		}
	}
	return out, nil
}
