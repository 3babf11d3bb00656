package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// namesBench is a corpus the names benchmarks run on: its articles, read
// and segmented, their stories, and its size in bytes.
type namesBench struct {
	set     *Set
	arts    []*Article
	stories [][]int
	size    int
}

// realCopyArticles reads the real news copy of the repository (the seed
// articles and the stories of testdata/stories, as checker's
// BenchmarkCheckRealCopy): its articles, their paths and their size in
// bytes. It fails the benchmark when fewer than 20 are found.
func realCopyArticles(b *testing.B, set *Set) (arts []*Article, paths []string, size int) {
	b.Helper()
	words := new(segment.Words) // one worker's, as the checker numbers them
	copies, err := corpusgen.RealCopy("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range copies {
		arts = append(arts, articleWith(b, set, a.Path, a.Text, len(arts), words))
		paths = append(paths, a.Path)
		size += len(a.Text)
	}
	if len(arts) < 20 {
		b.Fatalf("only %d articles of real copy found", len(arts))
	}
	return arts, paths, size
}

// realCopyNames reads the real news copy of the repository (the seeds and
// the stories of testdata/stories, as checker's BenchmarkCheckRealCopy),
// one story per directory.
func realCopyNames(b *testing.B) namesBench {
	b.Helper()
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	nb := namesBench{set: set}
	var paths []string
	nb.arts, paths, nb.size = realCopyArticles(b, set)
	nb.stories = storiesByDir(paths)
	return nb
}

// generatedNames is n generated articles, one story per directory.
func generatedNames(b *testing.B, n int) namesBench {
	b.Helper()
	set, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	nb := namesBench{set: set}
	var paths []string
	words := new(segment.Words) // one worker's, as the checker numbers them
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: n, Seed: 1}) {
		nb.arts = append(nb.arts, articleWith(b, set, g.Path, g.Text, i, words))
		paths = append(paths, g.Path)
		nb.size += len(g.Text)
	}
	nb.stories = storiesByDir(paths)
	return nb
}

// BenchmarkNames measures the names stages on generated copy (1,000
// articles) and on real copy (the repository's 29 articles, denser in
// names), each on its own:
//
//   - scan: an article's table of capitalised words and its NameStats
//     (Article.Names), recycled afterwards as the checker's folder does;
//   - learn: name.variant's per-article Check (learned two-part names),
//     with the table it reads;
//   - index: the run's NameIndex built from every article's statistics;
//   - typo: name.typo's CheckCorpus over that index;
//   - terms: the story terms, from tables of capitalised words made
//     beforehand.
//
// typo must report on real copy (the seeds hold a misspelt name), so a
// change that stops it finding anything does not pass as a speed-up.
func BenchmarkNames(b *testing.B) {
	for _, c := range []struct {
		name string
		load func(*testing.B) namesBench
	}{
		{"generated", func(b *testing.B) namesBench { return generatedNames(b, 1000) }},
		{"real", realCopyNames},
	} {
		b.Run(c.name, func(b *testing.B) { benchNames(b, c.load(b), c.name == "real") })
	}
}

func benchNames(b *testing.B, nb namesBench, mustReport bool) {
	var typo, variant Rule
	for _, r := range nb.set.Rules {
		switch x := r.(type) {
		case *typoRule:
			typo = x
		case *namesRule:
			if x.learn {
				variant = x
			}
		}
	}
	if typo == nil || variant == nil {
		b.Fatal("no name.typo or learning names rule in the default pack")
	}
	fresh := func(a *Article) *Article {
		return &Article{Doc: a.Doc, Blocks: a.Blocks, Seg: a.Seg, Index: a.Index, Units: a.Units}
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range nb.arts {
				RecycleNames(fresh(a).Names())
			}
		}
	})
	b.Run("learn", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range nb.arts {
				x := fresh(a)
				variant.Check(x, NewReporter(x.Doc))
			}
		}
	})
	// terms: the story terms (Set.StoryTerms) of articles whose table
	// of capitalised words is made beforehand, as the checker asks for
	// them after the rules that made it.
	scanned := make([]*Article, len(nb.arts))
	for i, a := range nb.arts {
		scanned[i] = fresh(a)
		scanned[i].capWords()
	}
	b.Run("terms", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range scanned {
				nb.set.StoryTerms(a)
			}
		}
	})
	stats := make([]*NameStats, len(nb.arts))
	paths := make([]string, len(nb.arts))
	for i, a := range nb.arts {
		stats[i] = fresh(a).Names()
		paths[i] = a.Doc.Path
	}
	b.Run("index", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			IndexNames(stats)
		}
	})
	// prepare is what the checker's workers compute for the index
	// before the folder's lock (PrepareFold): "index" above keeps it
	// from its first op.
	b.Run("prepare", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			for _, st := range stats {
				st.hashes, st.posts = nil, nil
				st.PrepareFold()
			}
		}
	})
	c := &Corpus{Articles: len(nb.arts), Names: IndexNames(stats), Known: nb.set.Lexicon, Stories: nb.stories, Paths: paths}
	b.Run("typo", func(b *testing.B) {
		b.SetBytes(int64(nb.size))
		b.ReportAllocs()
		for b.Loop() {
			rep := NewReporter(nil)
			typo.(CorpusRule).CheckCorpus(c, nil, rep)
			if mustReport && len(rep.Diagnostics()) == 0 {
				b.Fatal("name.typo found nothing in the real copy")
			}
		}
	})
}
