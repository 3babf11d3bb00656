// Package rules loads factlint's rules from TOML and runs them.
//
// Rules are data. A rule file holds [[rule]] tables, each with an id, a
// kind and the options of that kind, and may set document options
// ([document] datelines, [segment] abbreviations). The default pack under
// pack/ is embedded in the binary; a project's .factlint.toml adds rule
// files, switches rules off and changes severities. Loading is strict: an
// unknown key, a wrong type, a bad regular expression, a duplicate id or a
// reference to an unknown rule is an error at file:line:col.
//
// Each kind lives in one file (kind_*.go) behind the Rule interface; a rule
// sees one Article at a time and may hand facts on to a corpus stage
// (CorpusRule) that compares the articles, as analyzers hand facts on in
// golang.org/x/tools/go/analysis. Rules keep no mutable state between
// runs: everything a run learns lives in the values passed to it.
package rules
