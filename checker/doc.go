// Package checker runs factlint's pipeline over a set of articles:
//
//	read → document → page furniture → segment → per-article rules
//	     → name index → corpus rules (compare across articles) → diagnostics
//
// Articles are read and checked one by one by a pool of workers; what the
// corpus stage needs from each article (facts with resolved positions) is
// kept, the documents are not. Results are collected by input index and
// sorted, so the output is the same bytes for any number of workers.
package checker
