package document_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"

	_ "github.com/factlint/factlint/internal/golden"
)

// pos builds a Position.
func pos(line, col int) document.Position { return document.Position{Line: line, Column: col} }

// findSpan returns the span of the nth (0-based) occurrence of word in text.
func findSpan(t *testing.T, text, word string, nth int) document.Span {
	t.Helper()
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(text[from:], word)
		if i < 0 {
			t.Fatalf("occurrence %d of %q not in Text %q", nth, word, text)
		}
		if k == nth {
			return document.Span{Start: from + i, End: from + i + len(word)}
		}
		from += i + len(word)
	}
}

func mustRead(t *testing.T, f document.Format, src string, opt document.Options) *document.Document {
	t.Helper()
	d, err := document.ReadFormat("test", []byte(src), f, opt)
	if err != nil {
		t.Fatalf("ReadFormat(%q): %v", src, err)
	}
	return d
}

func TestRangePositions(t *testing.T) {
	tests := []struct {
		name   string
		format document.Format
		src    string
		word   string // looked up in Text
		nth    int    // which occurrence of word
		srcTxt string // the source bytes the word's span must map to
		start  document.Position
		end    document.Position
	}{
		// Multi-byte text before the word: columns count code points.
		{"accented", document.PlainText, "café au lait: Kim", "Kim", 0, "Kim", pos(1, 15), pos(1, 18)},
		{"hangul", document.PlainText, "한국 사람 Kim met", "Kim", 0, "Kim", pos(1, 7), pos(1, 10)},
		{"emoji", document.PlainText, "🇰🇷👍🏽 Kim", "Kim", 0, "Kim", pos(1, 6), pos(1, 9)},
		{"accented word itself", document.PlainText, "x 한국어 y", "한국어", 0, "한국어", pos(1, 3), pos(1, 6)},

		// Line endings.
		{"LF", document.PlainText, "one\ntwo\nthree Kim", "Kim", 0, "Kim", pos(3, 7), pos(3, 10)},
		{"CRLF", document.PlainText, "one\r\ntwo\r\nthree Kim", "Kim", 0, "Kim", pos(3, 7), pos(3, 10)},
		{"lone CR", document.PlainText, "one\rtwo\rthree Kim", "Kim", 0, "Kim", pos(3, 7), pos(3, 10)},
		{"CRLF blank line", document.PlainText, "one\r\n\r\nKim two", "Kim", 0, "Kim", pos(3, 1), pos(3, 4)},
		{"lone CR blank line", document.PlainText, "one\r\rKim two", "Kim", 0, "Kim", pos(3, 1), pos(3, 4)},
		{"word at end of hard-wrapped block", document.PlainText, "Para Kim\n\nNext", "Kim", 0, "Kim", pos(1, 6), pos(1, 9)},
		{"CRLF newline itself", document.PlainText, "one\r\ntwo", "\n", 0, "\r\n", pos(1, 4), pos(2, 1)},

		// Tabs are one column.
		{"tabs", document.PlainText, "\tA\tKim", "Kim", 0, "Kim", pos(1, 4), pos(1, 7)},

		// e + U+0301 is composed to é in Text; the range covers both
		// source code points.
		{"combining mark word", document.PlainText, "Cafe\u0301 Kim", "Caf\u00e9", 0, "Cafe\u0301", pos(1, 1), pos(1, 6)},
		{"combining mark letter", document.PlainText, "Cafe\u0301 Kim", "\u00e9", 0, "e\u0301", pos(1, 4), pos(1, 6)},
		{"after combining mark", document.PlainText, "Cafe\u0301 Kim", "Kim", 0, "Kim", pos(1, 7), pos(1, 10)},

		// Folding: curly quotes, dashes, spaces, soft hyphen, ellipsis.
		{"span ends after folded apostrophe", document.PlainText, "Korea’s leader said “Kim” here", "Korea'", 0, "Korea’", pos(1, 1), pos(1, 7)},
		{"possessive after folded apostrophe", document.PlainText, "Korea’s leader", "'s", 0, "’s", pos(1, 6), pos(1, 8)},
		{"folded double quotes", document.PlainText, "Korea’s leader said “Kim” here", `"Kim"`, 0, "“Kim”", pos(1, 21), pos(1, 26)},
		{"after folded quotes", document.PlainText, "Korea’s leader said “Kim” here", "here", 0, "here", pos(1, 27), pos(1, 31)},
		{"em dash", document.PlainText, "Kim—Putin", "-Putin", 0, "—Putin", pos(1, 4), pos(1, 10)},
		{"after em dash", document.PlainText, "Kim—Putin", "Putin", 0, "Putin", pos(1, 5), pos(1, 10)},
		{"NBSP", document.PlainText, "Mr.\u00a0Kim", " Kim", 0, "\u00a0Kim", pos(1, 4), pos(1, 8)},
		{"after NBSP", document.PlainText, "Mr.\u00a0Kim", "Kim", 0, "Kim", pos(1, 5), pos(1, 8)},
		{"soft hyphen removed", document.PlainText, "co\u00adoperate Kim", "cooperate", 0, "co\u00adoperate", pos(1, 1), pos(1, 11)},
		{"after soft hyphen", document.PlainText, "co\u00adoperate Kim", "Kim", 0, "Kim", pos(1, 12), pos(1, 15)},
		{"ellipsis", document.PlainText, "Wait\u2026 Kim", "...", 0, "\u2026", pos(1, 5), pos(1, 6)},
		{"first dot of ellipsis", document.PlainText, "Wait\u2026 Kim", ".", 0, "\u2026", pos(1, 5), pos(1, 6)},
		{"word and ellipsis", document.PlainText, "Wait\u2026 Kim", "Wait..", 0, "Wait\u2026", pos(1, 1), pos(1, 6)},
		{"after ellipsis", document.PlainText, "Wait\u2026 Kim", "Kim", 0, "Kim", pos(1, 7), pos(1, 10)},

		// A UTF-8 BOM is not a column of line 1.
		{"BOM first word", document.PlainText, "\ufeffKim said", "Kim", 0, "Kim", pos(1, 1), pos(1, 4)},
		{"BOM later word", document.PlainText, "\ufeffKim said", "said", 0, "said", pos(1, 5), pos(1, 9)},
		{"BOM second line", document.PlainText, "\ufeffKim\nsaid", "said", 0, "said", pos(2, 1), pos(2, 5)},
		{"BOM markdown", document.Markdown, "\ufeff# Kim", "Kim", 0, "Kim", pos(1, 3), pos(1, 6)},
		{"BOM HTML", document.HTML, "\ufeff<p>Kim</p>", "Kim", 0, "Kim", pos(1, 4), pos(1, 7)},

		// Invalid bytes count as one column each.
		{"after invalid byte", document.PlainText, "a\xffb Kim", "Kim", 0, "Kim", pos(1, 5), pos(1, 8)},

		// HTML character references map to the whole reference.
		{"&amp;", document.HTML, "<p>A &amp; B&#8217;s &rsquo;Kim</p>", "&", 0, "&amp;", pos(1, 6), pos(1, 11)},
		{"&#8217;", document.HTML, "<p>A &amp; B&#8217;s &rsquo;Kim</p>", "B'", 0, "B&#8217;", pos(1, 12), pos(1, 20)},
		{"&rsquo;", document.HTML, "<p>A &amp; B&#8217;s &rsquo;Kim</p>", "'Kim", 0, "&rsquo;Kim", pos(1, 22), pos(1, 32)},
		{"&#x2019; in word", document.HTML, "<p>Korea&#x2019;s</p>", "Korea's", 0, "Korea&#x2019;s", pos(1, 4), pos(1, 18)},
		{"&eacute; composed", document.HTML, "<p>caf&eacute; Kim</p>", "café", 0, "caf&eacute;", pos(1, 4), pos(1, 15)},
		{"unknown reference kept", document.HTML, "<p>A &bogus; Kim</p>", "&bogus;", 0, "&bogus;", pos(1, 6), pos(1, 13)},
		{"HTML inline markup", document.HTML, "<p><b>Kim</b> said</p>", "Kim", 0, "Kim", pos(1, 7), pos(1, 10)},
		{"HTML after inline markup", document.HTML, "<p><b>Kim</b> said</p>", "said", 0, "said", pos(1, 15), pos(1, 19)},
		{"HTML across inline markup", document.HTML, "<p><b>Kim</b> said</p>", "Kim said", 0, "Kim</b> said", pos(1, 7), pos(1, 19)},
		{"HTML second block", document.HTML, "<html><head><title>T</title></head><body>\n<p>One</p>\n<p>Two Kim</p></body></html>", "Kim", 0, "Kim", pos(3, 8), pos(3, 11)},
		{"HTML CRLF", document.HTML, "<p>a\r\nb Kim</p>", "Kim", 0, "Kim", pos(2, 3), pos(2, 6)},
		{"HTML hangul", document.HTML, "<p>한국 <i>Kim</i></p>", "Kim", 0, "Kim", pos(1, 10), pos(1, 13)},

		// Markdown markup is not copy; spans end before it.
		{"emphasis", document.Markdown, "Say *word* now", "word", 0, "word", pos(1, 6), pos(1, 10)},
		{"strong", document.Markdown, "Say **Kim** now", "Kim", 0, "Kim", pos(1, 7), pos(1, 10)},
		{"after emphasis", document.Markdown, "Say *word* now", "now", 0, "now", pos(1, 12), pos(1, 15)},
		{"link text", document.Markdown, "See [text](http://x) now", "text", 0, "text", pos(1, 6), pos(1, 10)},
		{"after link", document.Markdown, "See [text](http://x) now", "now", 0, "now", pos(1, 22), pos(1, 25)},
		{"heading", document.Markdown, "# Kim\n\nText", "Kim", 0, "Kim", pos(1, 3), pos(1, 6)},
		{"after code, fence and comments", document.Markdown, "x `code` y\n\n```\nfenced\n```\n\n<!-- c -->\n\nz <!-- d --> Kim", "Kim", 0, "Kim", pos(9, 14), pos(9, 17)},
		{"soft line break", document.Markdown, "one\ntwo Kim", "Kim", 0, "Kim", pos(2, 5), pos(2, 8)},
		{"markdown CRLF", document.Markdown, "# Head\r\n\r\nSome *Kim*\r\ntext", "Kim", 0, "Kim", pos(3, 7), pos(3, 10)},
		{"markdown lone CR", document.Markdown, "Para one\r\rPara Kim", "Kim", 0, "Kim", pos(3, 6), pos(3, 9)},
		{"markdown entity", document.Markdown, "A &amp; B", "&", 0, "&amp;", pos(1, 3), pos(1, 8)},
		{"markdown escape", document.Markdown, `\*Kim\*`, "*Kim", 0, `*Kim`, pos(1, 2), pos(1, 6)},
		{"markdown list item", document.Markdown, "- one\n- two Kim", "Kim", 0, "Kim", pos(2, 7), pos(2, 10)},
		{"markdown quote", document.Markdown, "> quoted Kim", "Kim", 0, "Kim", pos(1, 10), pos(1, 13)},
		{"markdown curly quote", document.Markdown, "*Korea’s* Kim", "Korea'", 0, "Korea’", pos(1, 2), pos(1, 8)},

		// Front matter is not copy.
		{"YAML front matter", document.Markdown, "---\ndate: 2023-09-11\ntitle: T\nstory: s\n---\nBody Kim", "Kim", 0, "Kim", pos(6, 6), pos(6, 9)},
		{"TOML front matter", document.Markdown, "+++\ndate = \"2023-09-11\"\ntitle = \"T\"\n+++\nBody Kim", "Kim", 0, "Kim", pos(5, 6), pos(5, 9)},
		{"front matter CRLF", document.Markdown, "---\r\ntitle: T\r\n---\r\nBody Kim", "Kim", 0, "Kim", pos(4, 6), pos(4, 9)},
		{"front matter in plain text", document.PlainText, "---\ntitle: T\n---\nBody Kim", "Kim", 0, "Kim", pos(4, 6), pos(4, 9)},
		{"second occurrence", document.PlainText, "Kim and\nKim", "Kim", 1, "Kim", pos(2, 1), pos(2, 4)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			sp := findSpan(t, d.Text, tc.word, tc.nth)
			s, e := d.SourceSpan(sp)
			if got := tc.src[s:e]; got != tc.srcTxt {
				t.Errorf("SourceSpan(%q) = [%d,%d) %q, want %q", tc.word, s, e, got, tc.srcTxt)
			}
			r := d.Range(sp)
			want := document.Range{Start: tc.start, End: tc.end}
			if r != want {
				t.Errorf("Range(%q) = %v, want %v (Text %q)", tc.word, r, want, d.Text)
			}
		})
	}
}

// TestFoldedText checks what the blocks of Text hold for the
// transformations whose positions TestRangePositions checks.
func TestFoldedText(t *testing.T) {
	tests := []struct {
		name    string
		format  document.Format
		src     string
		text    string   // the blocks, joined by "\n\n"
		without []string // must not be in Text
	}{
		{"NFC", document.PlainText, "Cafe\u0301", "Caf\u00e9", nil},
		{"quotes and dashes", document.PlainText, "‘a’ “b” c–d e—f g−h «i»", `'a' "b" c-d e-f g-h "i"`, nil},
		{"spaces", document.PlainText, "a\u00a0b\u2009c\u202fd\u3000e", "a b c d e", nil},
		{"invisible", document.PlainText, "a\u00adb\u200bc\u200dd\u2060e\ufefff", "abcdef", nil},
		{"ellipsis", document.PlainText, "Wait\u2026", "Wait...", nil},
		{"control characters", document.PlainText, "a\x01b\x7fc", "a b c", nil},
		{"CRLF", document.PlainText, "a\r\nb", "a\nb", []string{"\r"}},
		{"lone CR", document.PlainText, "a\rb", "a\nb", []string{"\r"}},
		{"BOM", document.PlainText, "\ufeffKim", "Kim", []string{"\ufeff"}},
		{"emphasis", document.Markdown, "Say *word* and __this__", "Say word and this", []string{"*", "_"}},
		{"link", document.Markdown, "See [text](http://x \"title\") now", "See text now", []string{"http", "title", "[", "("}},
		{"autolink and image", document.Markdown, "Go <http://x.example> now ![alt text](pic.png)", "Go  now", []string{"http", "alt", "pic"}},
		{"code span", document.Markdown, "x `code` y", "x  y", []string{"code"}},
		{"fenced code", document.Markdown, "a\n\n```go\nfenced()\n```\n\nb", "a\n\nb", []string{"fenced", "go"}},
		{"indented code", document.Markdown, "a\n\n    indented()\n\nb", "a\n\nb", []string{"indented"}},
		{"HTML comments", document.Markdown, "a <!-- inline --> b\n\n<!--\nblock\n-->\n\nc", "a  b\n\nc", []string{"inline", "block", "<!--"}},
		{"thematic break", document.Markdown, "a\n\n***\n\nb", "a\n\nb", []string{"*"}},
		{"backslash escape", document.Markdown, `1\. not a list \*x\*`, `1. not a list *x*`, []string{`\`}},
		{"markdown entities", document.Markdown, "A &amp; B &rsquo;C&#8217;", "A & B 'C'", []string{"&amp;"}},
		{"markdown heading and list", document.Markdown, "# Title\n\n- one\n- two", "Title\n\none\n\ntwo", []string{"#", "-"}},
		{"HTML entities", document.HTML, "<p>A &amp; B&#8217;s &rsquo;C&rsquo; &lt;x&gt;</p>", "A & B's 'C' <x>", []string{"&amp;", "&#"}},
		{"HTML inline", document.HTML, "<p>One <b>bold</b> <a href=\"http://x\">link</a>.</p>", "One bold link.", []string{"http", "<"}},
		{"HTML comment", document.HTML, "<p>a<!-- secret -->b</p>", "ab", []string{"secret"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			if got := strings.Join(blockTexts(d), "\n\n"); got != tc.text {
				t.Errorf("blocks = %q, want %q (Text %q)", got, tc.text, d.Text)
			}
			for _, w := range tc.without {
				if strings.Contains(d.Text, w) {
					t.Errorf("Text %q contains %q", d.Text, w)
				}
			}
		})
	}
}

func blockTexts(d *document.Document) []string {
	out := []string{}
	for _, b := range d.Blocks {
		out = append(out, d.Text[b.Start:b.End])
	}
	return out
}

func TestMeta(t *testing.T) {
	tests := []struct {
		name     string
		format   document.Format
		src      string
		meta     document.Meta
		blocks   []string
		problems []document.ProblemKind
		without  []string
	}{
		{
			name:   "YAML front matter",
			format: document.Markdown,
			src:    "---\ndate: 2023-09-11\ntitle: T\nstory: s\n---\nBody text.",
			meta:   document.Meta{Date: "2023-09-11", Title: "T", Story: "s"},
			blocks: []string{"Body text."},
		},
		{
			name:   "YAML closed by ..., quoted values, timestamp date",
			format: document.Markdown,
			src:    "---\nDate: 2023-09-11T08:00:00Z\ntitle: \"Kim: a summit\"\nstory: 'vlad'\nother: x\n...\nBody.",
			meta:   document.Meta{Date: "2023-09-11", Title: "Kim: a summit", Story: "vlad"},
			blocks: []string{"Body."},
		},
		{
			name:   "TOML front matter",
			format: document.Markdown,
			src:    "+++\ndate = \"2023-09-11\"\ntitle = \"T\"\nstory = \"s\"\n+++\nBody.",
			meta:   document.Meta{Date: "2023-09-11", Title: "T", Story: "s"},
			blocks: []string{"Body."},
		},
		{
			name:   "front matter after BOM, CRLF",
			format: document.Markdown,
			src:    "\ufeff---\r\ntitle: T\r\n---\r\nBody.",
			meta:   document.Meta{Title: "T"},
			blocks: []string{"Body."},
		},
		{
			name:   "bad date ignored",
			format: document.Markdown,
			src:    "---\ndate: 11 Sept 2023\ntitle: T\n---\nBody.",
			meta:   document.Meta{Title: "T"},
			blocks: []string{"Body."},
		},
		{
			name:     "unterminated YAML",
			format:   document.Markdown,
			src:      "---\ntitle: T\n\nBody text.",
			problems: []document.ProblemKind{document.BadFrontMatter},
			blocks:   []string{"title: T", "Body text."},
		},
		{
			name:     "unterminated TOML in plain text",
			format:   document.PlainText,
			src:      "+++\ntitle = \"T\"\n\nBody text.",
			problems: []document.ProblemKind{document.BadFrontMatter},
			blocks:   []string{"+++\ntitle = \"T\"", "Body text."},
		},
		{
			name:   "dashes later are not front matter",
			format: document.PlainText,
			src:    "Body.\n---\ntitle: T\n---\n",
			blocks: []string{"Body.\n---\ntitle: T\n---"},
		},
		{
			name:    "HTML head",
			format:  document.HTML,
			src:     "<!DOCTYPE html>\n<html><head><title>The &amp; Title</title>\n<meta charset=\"utf-8\">\n<meta name=\"date\" content=\"2023-09-11T10:00:00Z\">\n<meta name=\"story\" content=\"vlad\">\n<style>p{color:red}</style><script>var secret = 1;</script></head>\n<body><p>Body.</p></body></html>",
			meta:    document.Meta{Date: "2023-09-11", Title: "The & Title", Story: "vlad"},
			blocks:  []string{"Body."},
			without: []string{"Title", "color", "secret"},
		},
		{
			name:   "HTML published_time property, first date wins",
			format: document.HTML,
			src:    "<head><meta property=\"article:published_time\" content=\"2023-09-12\"><meta name=\"dc.date\" content=\"2020-01-01\"></head><p>Body.</p>",
			meta:   document.Meta{Date: "2023-09-12"},
			blocks: []string{"Body."},
		},
		{
			name:   "HTML fragment meta",
			format: document.HTML,
			src:    "<meta name=date content=2023-09-11><title>T</title><p>Body.</p>",
			meta:   document.Meta{Date: "2023-09-11", Title: "T"},
			blocks: []string{"Body."},
		},
		{
			name:    "SVG title is not the title",
			format:  document.HTML,
			src:     "<body><svg><title>Icon</title></svg><p>Body.</p></body>",
			blocks:  []string{"Body."},
			without: []string{"Icon"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			if d.Meta != tc.meta {
				t.Errorf("Meta = %+v, want %+v", d.Meta, tc.meta)
			}
			if got := blockTexts(d); !equal(got, tc.blocks) {
				t.Errorf("blocks = %q, want %q", got, tc.blocks)
			}
			var kinds []document.ProblemKind
			for _, p := range d.Problems {
				kinds = append(kinds, p.Kind)
				if p.Kind == document.BadFrontMatter && (p.Offset != 0 || d.ProblemPosition(p) != pos(1, 1)) {
					t.Errorf("BadFrontMatter at offset %d (%v), want the fence at 1:1", p.Offset, d.ProblemPosition(p))
				}
			}
			if !equal(kinds, tc.problems) {
				t.Errorf("problems = %v, want kinds %v", d.Problems, tc.problems)
			}
			for _, w := range tc.without {
				if strings.Contains(d.Text, w) {
					t.Errorf("Text %q contains %q", d.Text, w)
				}
			}
		})
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestHTMLVisibleText(t *testing.T) {
	src := `<!DOCTYPE html>
<html><head><title>Head title</title><style>p{color:red}</style></head>
<body>
<h1>Headline</h1>
<p>First <b>para</b>.<script>alert("x")</script></p>
<div hidden>Hidden text</div><p style="display: none">Invisible</p><p aria-hidden="true">Aria</p>
<span style="visibility:hidden">Ghost</span><noscript>Enable JS</noscript>
<div hidden><div>nested</div>still hidden</div>
<p>Second<br>line</p><ul><li>Item one</li><li>Item two</li></ul>
<table><tr><td>Cell A</td><td>Cell B</td></tr></table>
<p>Inline <code>code()</code> and<img src="x.png" alt="pic">image <button>Click</button></p>
<div>Loose text <span>in span</span></div>
</body></html>`
	d := mustRead(t, document.HTML, src, document.Options{})
	want := []string{"Headline", "First para.", "Second", "line", "Item one", "Item two", "Cell A", "Cell B", "Inline  and image", "Loose text in span"}
	if got := blockTexts(d); !equal(got, want) {
		t.Errorf("blocks = %q\nwant %q", got, want)
	}
	for _, w := range []string{"Head title", "color", "alert", "Hidden", "Invisible", "Aria", "Ghost", "Enable", "nested", "still", "code()", "pic", "Click"} {
		if strings.Contains(d.Text, w) {
			t.Errorf("Text contains %q: %q", w, d.Text)
		}
	}
	if d.Meta.Title != "Head title" {
		t.Errorf("Title = %q", d.Meta.Title)
	}
	// Blocks are separated by "\n\n" and each maps back to its element.
	for i := 1; i < len(d.Blocks); i++ {
		if sep := d.Text[d.Blocks[i-1].End:d.Blocks[i].Start]; strings.Trim(sep, "\n ") != "" || !strings.Contains(sep, "\n\n") {
			t.Errorf("separator between blocks %d and %d = %q", i-1, i, sep)
		}
	}
	r := d.Range(findSpan(t, d.Text, "Cell B", 0))
	if want := (document.Range{Start: pos(10, 31), End: pos(10, 37)}); r != want {
		t.Errorf("Range(Cell B) = %v, want %v", r, want)
	}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		blocks []string
	}{
		{"paragraphs", "One\ntwo.\n\nThree.", []string{"One two.", "Three."}},
		{"headings and lists", "# Head\n\nPara.\n\n* a\n* b\n\n1. c", []string{"Head", "Para.", "a", "b", "c"}},
		{"setext heading", "Head\n====\nPara.", []string{"Head", "Para."}},
		{"block quote", "> Quoted\n> text.\n\nAfter.", []string{"Quoted text.", "After."}},
		{"hard break", "one  \ntwo", []string{"one two"}},
		{"CRLF", "One\r\ntwo.\r\n\r\nThree.", []string{"One two.", "Three."}},
		{"lone CR", "One\rtwo.\r\rThree.", []string{"One two.", "Three."}},
		{"only code", "```\ncode\n```", []string{}},
		{"html block", "<div>\nraw\n</div>\n\nPara.", []string{"Para."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, document.Markdown, tc.src, document.Options{})
			if got := blockTexts(d); !equal(got, tc.blocks) {
				t.Errorf("blocks = %q, want %q (Text %q)", got, tc.blocks, d.Text)
			}
		})
	}
}

var seedDateline = regexp.MustCompile(`^[ \t]*(?i:date)[ \t]*:?[ \t]*(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)`)

func TestDatelines(t *testing.T) {
	opt := document.Options{Datelines: []*regexp.Regexp{seedDateline}}
	tests := []struct {
		name   string
		format document.Format
		opt    document.Options
		src    string
		date   string
		prefix string // Text starts with it
		word   string // a later word and where it is
		start  document.Position
	}{
		{"seed form", document.PlainText, opt, " date 2023-09-11 Copy starts here", "2023-09-11", "Copy starts", "here", pos(1, 30)},
		{"seed form, first word", document.PlainText, opt, " date 2023-09-11 Copy starts here", "2023-09-11", "Copy", "Copy", pos(1, 18)},
		{"seed with curly quote", document.PlainText, opt, " date 2023-09-12 North Korea’s leader Kim Jong Un\nHe went.", "2023-09-12", "North Korea's", "Kim", pos(1, 39)},
		{"seed, second line", document.PlainText, opt, " date 2023-09-12 North Korea’s leader Kim Jong Un\nHe went.", "2023-09-12", "North", "went", pos(2, 4)},
		{"own line with colon", document.PlainText, opt, "Date: 2023-09-11\nCopy here.", "2023-09-11", "Copy", "here", pos(2, 6)},
		{"own line CRLF", document.PlainText, opt, "date 2023-09-11\r\nCopy here.", "2023-09-11", "Copy", "here", pos(2, 6)},
		{"after BOM", document.PlainText, opt, "\ufeff date 2023-09-11 Copy here", "2023-09-11", "Copy", "Copy", pos(1, 18)},
		{"markdown", document.Markdown, opt, " date 2023-09-11 Copy *starts* here", "2023-09-11", "Copy starts", "here", pos(1, 32)},
		{"after front matter, which wins", document.Markdown, opt, "---\ndate: 2023-01-01\n---\ndate 2023-09-11 Copy here", "2023-01-01", "Copy", "here", pos(4, 22)},
		{"not at the start", document.PlainText, opt, "Copy date 2023-09-11 here", "", "Copy date 2023-09-11", "here", pos(1, 22)},
		{"glued to the copy", document.PlainText, opt, "date 2023-09-11Copy", "", "date 2023-09-11Copy", "Copy", pos(1, 16)},
		{"no patterns", document.PlainText, document.Options{}, " date 2023-09-11 Copy", "", " date 2023-09-11 Copy", "Copy", pos(1, 18)},
		{"HTML ignores datelines", document.HTML, opt, "date 2023-09-11 <p>Copy</p>", "", "date 2023-09-11", "Copy", pos(1, 20)},
		{"after directive lines", document.PlainText, opt, "%% factlint-disable name.typo\n%% factlint-disable fact.*\ndate 2023-09-11 Copy here", "2023-09-11", "Copy", "here", pos(3, 22)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, tc.opt)
			if d.Meta.Date != tc.date {
				t.Errorf("Date = %q, want %q", d.Meta.Date, tc.date)
			}
			if !strings.HasPrefix(d.Text, tc.prefix) {
				t.Errorf("Text = %q, want it to start with %q", d.Text, tc.prefix)
			}
			sp := findSpan(t, d.Text, tc.word, 0)
			want := document.Range{Start: tc.start, End: pos(tc.start.Line, tc.start.Column+len([]rune(tc.word)))}
			if r := d.Range(sp); r != want {
				t.Errorf("Range(%q) = %v, want %v", tc.word, r, want)
			}
		})
	}
}

func TestPlainTextBlocks(t *testing.T) {
	long := func(prefix string, n int) string { return prefix + strings.Repeat("x", n-len([]rune(prefix))) }
	tests := []struct {
		name   string
		src    string
		blocks []string
	}{
		{"hard-wrapped", "First line of\nparagraph one.\n\nSecond para\nwraps here.\n", []string{"First line of\nparagraph one.", "Second para\nwraps here."}},
		{"blank lines with spaces", "a\n \t\n\n\nb\n", []string{"a", "b"}},
		{"hard-wrapped CRLF", "a\r\nb\r\n\r\nc\r\n", []string{"a\nb", "c"}},
		{"hard-wrapped lone CR", "a\rb\r\rc", []string{"a\nb", "c"}},
		{"leading and trailing space trimmed", "  a b  \n\n\tc\t", []string{"a b", "c"}},
		{"unwrapped: one block per line", long("One ", 100) + "\nshort two\nshort three\n\n" + long("Four ", 120), []string{long("One ", 100), "short two", "short three", long("Four ", 120)}},
		{"unwrapped CRLF", long("One ", 150) + "\r\nshort\r\n", []string{long("One ", 150), "short"}},
		{"99 runes is wrapped", long("One ", 99) + "\nshort", []string{long("One ", 99) + "\nshort"}},
		{"runes, not bytes", strings.Repeat("é", 99) + "\nshort", []string{strings.Repeat("é", 99) + "\nshort"}},
		{"100 multi-byte runes", strings.Repeat("é", 100) + "\nshort", []string{strings.Repeat("é", 100), "short"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, document.PlainText, tc.src, document.Options{})
			if got := blockTexts(d); !equal(got, tc.blocks) {
				t.Errorf("blocks = %q\nwant %q", got, tc.blocks)
			}
			for i := 1; i < len(d.Blocks); i++ {
				if !strings.Contains(d.Text[d.Blocks[i-1].End:d.Blocks[i].Start], "\n\n") {
					t.Errorf("blocks %d and %d not separated by a blank line in Text %q", i-1, i, d.Text)
				}
			}
		})
	}
	// Positions in the unwrapped form: the last word of line 4.
	src := long("One ", 100) + "\nshort two\r\n\r\n" + long("Four ", 120) + " Kim"
	d := mustRead(t, document.PlainText, src, document.Options{})
	if r, want := d.Range(findSpan(t, d.Text, "Kim", 0)), (document.Range{Start: pos(4, 122), End: pos(4, 125)}); r != want {
		t.Errorf("Range(Kim) = %v, want %v", r, want)
	}
}

func TestInvalidUTF8(t *testing.T) {
	tests := []struct {
		name    string
		format  document.Format
		src     string
		offsets []int
		pos     []document.Position
		text    string // Text, with U+FFFD for each bad byte
	}{
		{"one byte", document.PlainText, "ok\xffrest", []int{2}, []document.Position{pos(1, 3)}, "ok\uFFFDrest"},
		{"second line after multi-byte", document.PlainText, "line1\n한b\xc3(cd", []int{10}, []document.Position{pos(2, 3)}, "line1\n한b\uFFFD(cd"},
		{"truncated sequence at end", document.PlainText, "abc\xe2\x80", []int{3, 4}, []document.Position{pos(1, 4), pos(1, 5)}, "abc\uFFFD\uFFFD"},
		{"after BOM and CRLF", document.PlainText, "\ufeffa\r\nb\xfe c", []int{7}, []document.Position{pos(2, 2)}, "a\nb\uFFFD c"},
		{"markdown", document.Markdown, "# T\n\nPara \x80 rest", []int{10}, []document.Position{pos(3, 6)}, "T\n\nPara \uFFFD rest"},
		{"HTML", document.HTML, "<p>a\xffb</p>", []int{4}, []document.Position{pos(1, 5)}, "a\uFFFDb"},
		{"overlong", document.PlainText, "x\xc0\xafy", []int{1, 2}, []document.Position{pos(1, 2), pos(1, 3)}, "x\uFFFD\uFFFDy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			var offs []int
			var ps []document.Position
			for _, p := range d.Problems {
				if p.Kind != document.InvalidEncoding {
					t.Errorf("unexpected problem %+v", p)
					continue
				}
				if p.Message == "" {
					t.Errorf("problem without message: %+v", p)
				}
				offs = append(offs, p.Offset)
				ps = append(ps, d.ProblemPosition(p))
			}
			if !equal(offs, tc.offsets) || !equal(ps, tc.pos) {
				t.Errorf("problems at %v %v, want %v %v", offs, ps, tc.offsets, tc.pos)
			}
			if d.Text != tc.text {
				t.Errorf("Text = %q, want %q", d.Text, tc.text)
			}
			// The replacement character maps back to the bad byte.
			sp := findSpan(t, d.Text, "\uFFFD", 0)
			if s, e := d.SourceSpan(sp); s != tc.offsets[0] || e != tc.offsets[0]+1 {
				t.Errorf("SourceSpan(U+FFFD) = [%d,%d), want [%d,%d)", s, e, tc.offsets[0], tc.offsets[0]+1)
			}
		})
	}
	t.Run("capped", func(t *testing.T) {
		d := mustRead(t, document.PlainText, "a"+strings.Repeat("\xff", 50)+"b", document.Options{})
		if len(d.Problems) == 0 || len(d.Problems) > 10 {
			t.Errorf("%d problems for 50 bad bytes, want between 1 and 10", len(d.Problems))
		}
		if !strings.HasSuffix(d.Text, "\uFFFDb") || strings.Count(d.Text, "\uFFFD") != 50 {
			t.Errorf("Text = %q", d.Text)
		}
	})
}

func TestReadErrorsAndEmpty(t *testing.T) {
	nulLate := strings.Repeat("a", 8000) + "\x00b"
	tests := []struct {
		name   string
		path   string
		src    string
		err    error
		format document.Format
		blocks int
	}{
		{"NUL", "a.txt", "abc\x00def", document.ErrBinary, 0, 0},
		{"NUL first", "a.md", "\x00", document.ErrBinary, 0, 0},
		{"NUL in HTML", "a.html", "<p>a\x00</p>", document.ErrBinary, 0, 0},
		{"UTF-16 LE BOM", "a.txt", "\xff\xfeK\x00i\x00m\x00", document.ErrUTF16, 0, 0},
		{"UTF-16 BE BOM", "a.md", "\xfe\xff\x00K\x00i", document.ErrUTF16, 0, 0},
		{"NUL after 8000 bytes is read", "a.txt", nulLate, nil, document.PlainText, 1},
		{"empty text", "a.txt", "", nil, document.PlainText, 0},
		{"empty markdown", "a.md", "", nil, document.Markdown, 0},
		{"empty HTML", "a.html", "", nil, document.HTML, 0},
		{"BOM only", "a.txt", "\ufeff", nil, document.PlainText, 0},
		{"whitespace text", "a.txt", " \n\t\r\n \r ", nil, document.PlainText, 0},
		{"whitespace markdown", "a.markdown", " \n\t\r\n \r ", nil, document.Markdown, 0},
		{"whitespace HTML", "a.htm", " \n<p> \t</p>\r\n<div>\u00a0</div> ", nil, document.HTML, 0},
		{"front matter only", "a.md", "---\ntitle: T\n---\n", nil, document.Markdown, 0},
		{"uppercase extension", "A.HTML", "<p>x</p>", nil, document.HTML, 1},
		{"unknown extension", "a.rst", "x", nil, document.PlainText, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := document.Read(tc.path, []byte(tc.src), document.Options{})
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				if d != nil {
					t.Errorf("document returned with error %v", err)
				}
				return
			}
			if d.Format != tc.format || d.Path != tc.path {
				t.Errorf("Format, Path = %v, %q; want %v, %q", d.Format, d.Path, tc.format, tc.path)
			}
			if len(d.Blocks) != tc.blocks {
				t.Errorf("%d blocks %q, want %d", len(d.Blocks), blockTexts(d), tc.blocks)
			}
			if tc.blocks == 0 && strings.TrimSpace(d.Text) != "" {
				t.Errorf("Text = %q, want nothing", d.Text)
			}
			// Mapping the empty span, or one past the text, does not panic
			// and stays in the file.
			for _, sp := range []document.Span{{0, 0}, {len(d.Text), len(d.Text)}, {0, len(d.Text)}, {len(d.Text), len(d.Text) + 5}} {
				s, e := d.SourceSpan(sp)
				if s < 0 || e < s || e > len(d.Src) {
					t.Errorf("SourceSpan(%v) = [%d,%d) outside [0,%d]", sp, s, e, len(d.Src))
				}
				r := d.Range(sp)
				if r.Start.Line < 1 || r.Start.Column < 1 || r.End.Line < r.Start.Line {
					t.Errorf("Range(%v) = %v", sp, r)
				}
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]document.Format{
		"a.md": document.Markdown, "a.MARKDOWN": document.Markdown, "a.mdown": document.Markdown, "a.mkd": document.Markdown,
		"a.html": document.HTML, "a.htm": document.HTML, "a.xhtml": document.HTML,
		"a.txt": document.PlainText, "a": document.PlainText, "md": document.PlainText, "dir.md/a.txt": document.PlainText,
	}
	for path, want := range tests {
		if got := document.FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", path, got, want)
		}
	}
	for f, want := range map[document.Format]string{document.PlainText: "text", document.Markdown: "markdown", document.HTML: "html"} {
		if f.String() != want {
			t.Errorf("%d.String() = %q, want %q", f, f.String(), want)
		}
	}
}
