// Package server is factlint's HTTP service (`factlint serve`): a JSON API
// that checks submitted articles against a published corpus with the same
// rules as the command line, and one web page, embedded in the binary, for
// editors who never open a terminal.
//
// Routes (docs/api.md has the details and curl examples):
//
//	POST /v1/check            articles in, the `check --format json` document out
//	GET  /v1/rules            the loaded rules
//	GET  /v1/corpus           the names of the published articles
//	GET  /v1/corpus/{name...} one published article's text (for side-by-side passages)
//	GET  /healthz             liveness and the size of the corpus
//	GET  /                    the web page (index.html, app.js, style.css)
//
// A [Static] corpus (the files read at start-up) is extracted once, by
// [New], with [checker.Extract]: each request to /v1/check runs
// [checker.Check] over the submitted articles only, and hands it, as
// priors, the published articles of their stories (picked by the rule of
// an archive, archive.Select) and, for the rules that compare across
// the whole corpus, the names and facts of the others. The findings are
// those in the submitted articles; related places may point into the
// corpus. Any other [Corpus] is checked again, together with the
// submitted articles, with every request. Config.Prior (an archive)
// adds archived articles; a published article replaces an archived one
// of the same path.
//
// Bad copy is never an error: it gets findings (file.encoding and the
// like) with status 200. A malformed request gets a 4xx with a JSON
// {"error": "…"} body naming the problem (400, 413 for a body over the
// limit, 415 for a body that is not JSON); a check that outlasts the
// per-request time limit gets 503.
package server
