// Package corpusgen generates a corpus of news-like articles for
// benchmarks: stories of several articles about one event (a fire, a
// flood, a strike, an election, a crash, a trial, a company's results, a
// storm, an earthquake) that share names and facts, each outlet choosing
// and wording its own subset of them, around background sentences built
// from a grammar over pools of several thousand words. The copy is meant
// to be statistically like real news copy (figures, names and quotes per
// KB, sentence and paragraph length, a vocabulary that grows with the
// corpus), so that a benchmark on it is not flattered by caches keyed by
// spelling; Measure and TestRealistic compare it with the real copy of
// testdata. The same seed gives the same corpus.
//
// Files: corpusgen.go (the API and misspellings), story.go (a story's
// facts and people, and the writing of its articles), vocab.go and
// vocab.txt (the word pools, the background grammar and the events),
// stats.go (Measure, the statistics compared with real copy).
package corpusgen
