// Command gencorpus writes a generated corpus of news-like articles
// (internal/corpusgen) to a directory, for benchmarks and for trying
// factlint at newsroom scale:
//
//	go run ./internal/cmd/gencorpus -n 20000 -out /tmp/corpus
//
// Articles are written as OUT/storyNNNNN/outletNN.txt, one directory per
// story of 2 to 10 articles. The same -seed gives the same bytes.
//
// With -stats DIR..., it instead prints the statistics by which generated
// copy is compared with real copy (figures, names and quotes per KB,
// words per sentence, sentences per paragraph, vocabulary) for each
// directory of articles (or comma-separated list of directories, measured
// as one), as a Markdown table:
//
//	go run ./internal/cmd/gencorpus -stats testdata/stories,testdata/fresh /tmp/corpus
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/internal/corpusgen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code (0 written,
// 2 usage or I/O error).
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 20000, "number of articles")
	out := fs.String("out", "", "directory to write the corpus into (created; must be empty or absent)")
	size := fs.Int("bytes", 4096, "rough size of an article in bytes")
	minStory := fs.Int("min-story", 2, "fewest articles in a story")
	maxStory := fs.Int("max-story", 10, "most articles in a story")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	stats := fs.Bool("stats", false, "print the statistics of the directories given as arguments instead of writing a corpus")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *stats {
		return measure(fs.Args(), stdout, stderr)
	}
	if *out == "" || fs.NArg() > 0 || *n < 1 || *size < 1 || *minStory < 1 || *maxStory < *minStory {
		fmt.Fprintln(stderr, "gencorpus: usage: gencorpus -out DIR [-n ARTICLES] [-bytes SIZE] [-min-story N] [-max-story N] [-seed S]")
		return 2
	}
	if err := write(*out, corpusgen.Options{Articles: *n, Bytes: *size, MinPerStory: *minStory, MaxPerStory: *maxStory, Seed: *seed}); err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "wrote %d articles to %s\n", *n, *out)
	return 0
}

// measure prints the statistics of each directory of dirs; an argument
// that lists several directories, separated by commas, is one row.
func measure(dirs []string, stdout, stderr io.Writer) int {
	if len(dirs) == 0 {
		fmt.Fprintln(stderr, "gencorpus: usage: gencorpus -stats DIR...")
		return 2
	}
	var all []corpusgen.Stats
	for _, d := range dirs {
		s, err := corpusgen.MeasureDirs(strings.Split(d, ",")...)
		if err != nil {
			fmt.Fprintf(stderr, "gencorpus: %v\n", err)
			return 2
		}
		all = append(all, s)
	}
	if err := corpusgen.WriteTable(stdout, dirs, all); err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 2
	}
	return 0
}

// write generates the corpus into dir. It refuses a directory that holds
// files, so that it never mixes two corpora or overwrites someone's copy.
func write(dir string, opt corpusgen.Options) error {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return fmt.Errorf("%s: not empty; give a new or empty directory", dir)
	}
	made := map[string]bool{}
	return corpusgen.Each(opt, func(a corpusgen.Article) error {
		path := filepath.Join(dir, filepath.FromSlash(a.Path))
		if d := filepath.Dir(path); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("creating %s: %w", d, err)
			}
			made[d] = true
		}
		if err := os.WriteFile(path, a.Text, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	})
}
