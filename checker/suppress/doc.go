// Package suppress reads the inline suppressions of an article and applies
// them to the findings of a run.
//
// A directive is a comment of the article's markup. In Markdown and HTML:
//
//	<!-- factlint-disable-next-line name.typo, fact.* -->
//	<!-- factlint-disable name.variant -->  …  <!-- factlint-enable name.variant -->
//	<!-- factlint-disable -->  …  <!-- factlint-enable -->
//
// In plain text, a line holding only the directive after "%%":
//
//	%% factlint-disable-next-line name.typo
//
// The document reader finds the comments (document.Document.Comments), so
// a directive shown in a Markdown code block is not one, and a directive
// line of plain text is not copy. Parse reads the directives of one
// document with the exact source positions of each rule name; Apply, run
// once over the sorted findings of the whole run, drops the findings that
// a directive of their own file covers and adds the findings about the
// directives themselves:
//
//   - suppression.unused (info): a rule name, or a directive without one,
//     that suppressed nothing;
//   - suppression.unknown-rule (warning): a rule name that no loaded rule
//     has (a glob that matches none);
//   - suppression.malformed (warning): a directive that cannot be read.
//
// These findings are not themselves suppressed. The result depends only on
// the findings and the directives, not on the order of the articles.
package suppress
