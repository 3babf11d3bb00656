package document

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedElements hold no visible prose.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Code: true, atom.Textarea: true, atom.Select: true, atom.Button: true, atom.Canvas: true,
}

// blockElements end a paragraph of copy where they open or close.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Td: true,
	atom.Th: true, atom.Tr: true, atom.Table: true, atom.Blockquote: true, atom.Article: true,
	atom.Section: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.Figure: true, atom.Figcaption: true, atom.Caption: true, atom.Dt: true, atom.Dd: true,
	atom.Dl: true, atom.Br: true, atom.Hr: true, atom.Pre: true, atom.Main: true, atom.Body: true,
	atom.Html: true, atom.Title: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// readHTML reads the visible text of an HTML document: text outside
// scripts, styles, the head, code and elements marked hidden. Character
// references are decoded; each decoded character maps to its reference.
// The title and a published date in <meta> become metadata.
func readHTML(b *builder, d *Document, src []byte, start int) {
	z := html.NewTokenizer(bytes.NewReader(src[start:]))
	off := start
	var skipName string // the element being skipped
	skipDepth := 0
	inTitle := false
	for {
		tt := z.Next()
		raw := z.Raw()
		tokStart := off
		off += len(raw)
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := readAttrs(z, hasAttr)
			// The head is not copy, but its title and meta tags are
			// metadata.
			inHead := skipDepth == 0 || (skipDepth == 1 && skipName == "head")
			if inHead && a == atom.Meta {
				readMetaTag(d, attrs)
			}
			if inHead && a == atom.Title && tt == html.StartTagToken {
				inTitle = true
				continue
			}
			if skipDepth > 0 {
				if string(name) == skipName && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			if tt == html.StartTagToken && !isVoid(a) && (skippedElements[a] || isHidden(attrs)) {
				skipName, skipDepth = string(name), 1
				continue
			}
			if blockElements[a] {
				b.endBlock()
			} else if a == atom.Img || a == atom.Input {
				b.space(tokStart)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title && inTitle {
				inTitle = false
				continue
			}
			if skipDepth > 0 {
				if string(name) == skipName {
					skipDepth--
				}
				continue
			}
			if blockElements[a] {
				b.endBlock()
			}
		case html.CommentToken:
			b.comments = append(b.comments, Span{Start: tokStart, End: off})
		case html.TextToken:
			if inTitle {
				if d.Meta.Title == "" {
					d.Meta.Title = strings.TrimSpace(html.UnescapeString(string(raw)))
				}
				continue
			}
			if skipDepth > 0 {
				continue
			}
			addHTMLText(b, src, tokStart, off)
		}
	}
	b.endBlock()
}

func readAttrs(z *html.Tokenizer, more bool) map[string]string {
	if !more {
		return nil
	}
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	return attrs
}

func isHidden(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	if attrs["aria-hidden"] == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attrs["style"]), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func readMetaTag(d *Document, attrs map[string]string) {
	key := strings.ToLower(attrs["name"])
	if key == "" {
		key = strings.ToLower(attrs["property"])
	}
	content := strings.TrimSpace(attrs["content"])
	switch key {
	case "date", "article:published_time", "dc.date", "dcterms.date", "pubdate":
		if len(content) >= 10 && isISODate(content[:10]) && d.Meta.Date == "" {
			d.Meta.Date = content[:10]
		}
	case "story", "factlint:story":
		d.Meta.Story = content
	}
}

// addHTMLText adds a text token's raw bytes src[start:end], decoding
// character references.
func addHTMLText(b *builder, src []byte, start, end int) {
	from := start
	for i := start; i < end; i++ {
		if src[i] != '&' {
			continue
		}
		if n, s := entityAt(src[i:end]); n > 0 {
			b.addSource(from, i)
			b.addDecoded(s, i, i+n)
			from = i + n
			i += n - 1
		}
	}
	b.addSource(from, end)
}

// entityAt decodes a character reference ("&amp;", "&#8217;", "&#x2019;")
// at the start of p and returns its length and text, or 0 if there is none.
func entityAt(p []byte) (int, string) {
	const maxRef = 40
	limit := min(len(p), maxRef)
	semi := bytes.IndexByte(p[:limit], ';')
	if semi < 2 {
		return 0, ""
	}
	ref := string(p[:semi+1])
	s := html.UnescapeString(ref)
	if s == ref {
		return 0, ""
	}
	return semi + 1, s
}
