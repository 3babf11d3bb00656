// Package archive stores what factlint extracts from articles — facts,
// names and story terms — in an embedded bbolt database, so that a new
// article can be compared with a large archive without reading it again.
//
// # Layout
//
// Bucket "meta" holds the tool ("factlint-archive"), the layout version
// and the rules fingerprint (rules.Set.Fingerprint: the rule files, the
// config, the encoding of the facts and factlint's version) that every
// record was made with, and the number of articles. Bucket "articles"
// maps a record key — a hash of the article's path and bytes — to its
// record; "paths" maps each path to its key, so that re-indexing a file
// whose bytes did not change costs one hash and one lookup; "terms" is
// an inverted index of the story terms, one key term\x00record-key per
// use, so that the articles that may belong to a new article's story are
// found without reading the others.
//
// # Trust
//
// An archive is never trusted silently. A file that is not a bbolt
// database, or one without factlint's meta, is reported and never
// written to. An archive made with another fingerprint is stale: check
// reports it, index empties it and indexes again. Each record ends with a
// CRC-32 of its bytes; a damaged record is reported, not used.
//
// # Concurrency
//
// Readers (check) open the file read-only under a shared lock, so any
// number of them may run at once; index takes the exclusive lock, and
// waits up to Timeout for readers to finish.
package archive
