// Package report prints diagnostics. Each output format is one Formatter
// in a file of its own: text (compiler-style lines, for people and
// editors), json (a stable, documented shape for other tools), and the
// formats of code hosts and review tools: sarif (SARIF 2.1.0, for code
// scanning), github (GitHub Actions workflow commands), gitlab (GitLab
// Code Quality), rdjson and rdjsonl (reviewdog) and checkstyle (XML), and
// html (one self-contained page for people, its template, style sheet and
// script in html/).
// places.go holds what those formats share: file names, line ends, byte
// columns, fingerprints and related places in one-line messages.
package report
