// Package checker runs factlint's pipeline over a set of articles:
//
//	read → document → page furniture → segment → per-article rules
//	     → name index → corpus rules (compare across articles) → diagnostics
//
// # Memory
//
// Articles are read (Input.Load) and checked one by one by a pool of
// workers. A run of fewer than 1,000 articles keeps the corpus rules'
// facts as the rules returned them, which keeps each article's text alive
// (some 36 KB per article in all) but spares encoding and decoding them,
// a sixth of the run's CPU. In a larger run nothing of an article's
// document or source outlives its per-article stage. What the corpus
// stage needs is kept in compact form: the corpus rules' facts encoded
// (rules.EncodeStoreFactsTo; facts with nothing in them, rules.Empty, not at
// all) — in memory, or in a temporary file from 5,000 articles — the
// story terms, and the name statistics, folded into one name index in
// input order as the workers finish. The rules that compare facts within
// a story (rules.StoryScoped) then run a story at a time, decoding only
// that story's facts, into memory each worker reuses from story to story
// (rules.Room); the others gather every article's facts, all such rules
// at once, pruned while they are decoded of what they cannot use
// (rules.GatherRules). Peak memory is thus what a story needs plus a few
// hundred bytes per article, not the corpus.
//
// # Archive
//
// Options.Prior adds articles of earlier runs (from internal/archive) to
// the comparison: they are compared like the run's own articles, and
// findings in them are dropped. Extract runs the per-article stage alone,
// for building such an archive.
//
// # Determinism
//
// Results are collected by input index and sorted, and the name index is
// built in input order, so the output is the same bytes for any number of
// workers.
package checker
