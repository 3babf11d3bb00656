// Package document turns the bytes of an article into a Document: the copy
// to be linted as one normalised string, a map from every byte of that
// string back to the byte of the source it came from, the article's
// metadata (dateline, front matter) and the problems met while reading
// (invalid UTF-8, a skipped binary file).
//
// Every later stage works on Document.Text and reports spans in Text
// coordinates; Document.Range turns such a span back into 1-based lines and
// code-point columns of the original file. Positions are carried through
// every transformation (BOM, line endings, Markdown and HTML markup, entity
// decoding, Unicode normalisation, quote and dash folding) and are never
// re-found by searching for the matched text. A Cursor gives the same
// answers as SourceSpan and Position for spans visited in text order,
// stepping forward instead of searching for each one.
//
// Readers exist for plain text, Markdown and HTML; Read picks one by the
// file's extension.
package document
