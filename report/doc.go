// Package report prints diagnostics. Each output format is one Formatter
// in a file of its own: text (compiler-style lines, for people and
// editors) and json (a stable, documented shape for other tools).
package report
