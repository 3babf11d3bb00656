package document

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// readMarkdown reads the prose of a Markdown body that starts at
// src[start:]: paragraphs, headings, list items and block quotes. Code
// spans and blocks, raw HTML (comments included), link targets, image
// descriptions and autolinks are not copy.
func readMarkdown(b *builder, src []byte, start int) {
	body := src[start:]
	if bytes.IndexByte(body, '\r') >= 0 {
		// goldmark does not take a lone CR for a line ending; give it a
		// copy with LF instead, of the same length so that its segments
		// are still offsets into src.
		body = bytes.Clone(body)
		for i, c := range body {
			if c == '\r' && (i+1 == len(body) || body[i+1] != '\n') {
				body[i] = '\n'
			}
		}
	}
	root := goldmark.DefaultParser().Parse(text.NewReader(body))
	var walkInline func(n ast.Node)
	walkInline = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				seg := c.Segment
				addMarkdownText(b, src, start+seg.Start, start+seg.Stop)
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.space(start + seg.Stop)
				}
			case *ast.String:
				// Produced by extensions, not by the plain parser.
			case *ast.RawHTML:
				// Not prose; a comment is kept as one.
				if segs := c.Segments; segs.Len() > 0 {
					from, to := start+segs.At(0).Start, start+segs.At(segs.Len()-1).Stop
					if bytes.HasPrefix(src[from:to], []byte("<!--")) {
						b.comments = append(b.comments, Span{Start: from, End: to})
					}
				}
			case *ast.CodeSpan, *ast.Image, *ast.AutoLink:
				// Not prose.
			default:
				walkInline(c)
			}
		}
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHTMLBlock:
			if lines := n.Lines(); lines.Len() > 0 {
				from, to := lines.At(0).Start, lines.At(lines.Len()-1).Stop
				if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
					to = hb.ClosureLine.Stop
				}
				addHTMLComments(b, src, start+from, start+to)
			}
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindThematicBreak:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
			walkInline(n)
			b.endBlock()
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	b.endBlock()
}

// addMarkdownText adds the source text src[start:end] of a Markdown text
// node, resolving backslash escapes and character references.
func addMarkdownText(b *builder, src []byte, start, end int) {
	from := start
	for i := start; i < end; i++ {
		switch src[i] {
		case '\\':
			if i+1 < end && isASCIIPunct(src[i+1]) {
				b.addSource(from, i)
				from = i + 1
				i++
			}
		case '&':
			if n, s := entityAt(src[i:end]); n > 0 {
				b.addSource(from, i)
				b.addDecoded(s, i, i+n)
				from = i + n
				i += n - 1
			}
		}
	}
	b.addSource(from, end)
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// addHTMLComments records the comments in src[from:to], an HTML block. A
// comment that is not closed in the block runs to its end.
func addHTMLComments(b *builder, src []byte, from, to int) {
	for from < to {
		i := bytes.Index(src[from:to], []byte("<!--"))
		if i < 0 {
			return
		}
		open := from + i
		end := to
		if j := bytes.Index(src[open+4:to], []byte("-->")); j >= 0 {
			end = open + 4 + j + 3
		}
		b.comments = append(b.comments, Span{Start: open, End: end})
		from = end
	}
}
