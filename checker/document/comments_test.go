package document_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// TestComments checks the source ranges of the comments each reader
// finds: only real comments, never text that looks like one.
func TestComments(t *testing.T) {
	tests := []struct {
		name   string
		format document.Format
		src    string
		want   []string // the source text of each comment
		text   string   // the blocks of copy, joined by "\n\n"
	}{
		{"markdown block comment", document.Markdown, "a\n\n<!-- one -->\n\nb", []string{"<!-- one -->"}, "a\n\nb"},
		{"markdown inline comment", document.Markdown, "a <!-- two --> b", []string{"<!-- two -->"}, "a  b"},
		{"markdown multi-line block", document.Markdown, "<!--\nthree\n-->\n\nb", []string{"<!--\nthree\n-->"}, "b"},
		{"markdown two comments in one block", document.Markdown, "<!-- x --><!-- y -->\n\nb", []string{"<!-- x -->", "<!-- y -->"}, "b"},
		{"markdown comment in a list item", document.Markdown, "- a <!-- li -->\n- b", []string{"<!-- li -->"}, "a\n\nb"},
		{"markdown code is not a comment", document.Markdown, "`<!-- no -->`\n\n```\n<!-- no -->\n```\n\n    <!-- no -->\n", nil, ""},
		{"markdown HTML block with a comment", document.Markdown, "<div>\n<!-- in div -->\n</div>\n\nb", []string{"<!-- in div -->"}, "b"},
		{"html comment", document.HTML, "<p>a<!-- h -->b</p>", []string{"<!-- h -->"}, "ab"},
		{"html comment in script is not one", document.HTML, "<script>x = '<!-- s -->'</script><p>a</p>", nil, "a"},
		{"text directive line", document.PlainText, "one\n%% factlint-disable x\ntwo", []string{"%% factlint-disable x"}, "one\ntwo"},
		{"text directive indented, CRLF", document.PlainText, "one\r\n  %%factlint-enable\r\ntwo", []string{"%%factlint-enable"}, "one\ntwo"},
		{"text other %% lines are copy", document.PlainText, "%% of voters\n%%factlint", nil, "%% of voters\n%%factlint"},
		{"text HTML comment is copy", document.PlainText, "<!-- factlint-disable -->", nil, "<!-- factlint-disable -->"},
		{"text directives before the copy", document.PlainText, "%% factlint-disable a\r\n%% factlint-disable b\r\nKim", []string{"%% factlint-disable a", "%% factlint-disable b"}, "Kim"},
		{"text directive between paragraphs", document.PlainText, "one\n\n%% factlint-disable\n\ntwo", []string{"%% factlint-disable"}, "one\n\ntwo"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			var got []string
			for _, c := range d.Comments {
				got = append(got, tc.src[c.Start:c.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("comments %q, want %q", got, tc.want)
			}
			if text := strings.Join(blockTexts(d), "\n\n"); text != tc.text {
				t.Errorf("copy %q, want %q", text, tc.text)
			}
		})
	}
}

// TestTextDirectiveKeepsPositions: a directive line inside a paragraph
// is not copy, and the copy after it keeps its place.
func TestTextDirectiveKeepsPositions(t *testing.T) {
	src := "Officials met.\n%% factlint-disable-next-line name.typo\nPutting arrived."
	d := mustRead(t, document.PlainText, src, document.Options{})
	if len(d.Blocks) != 1 {
		t.Fatalf("blocks %q, want one paragraph", blockTexts(d))
	}
	sp := findSpan(t, d.Text, "Putting", 0)
	if r := d.Range(sp); r.Start != pos(3, 1) || r.End != pos(3, 8) {
		t.Errorf("Putting at %v, want 3:1-3:8", r)
	}
	if strings.Contains(d.Text, "factlint") {
		t.Errorf("directive read as copy: %q", d.Text)
	}
}

func TestVerbatim(t *testing.T) {
	tests := []struct {
		name   string
		format document.Format
		src    string
		find   string // in the source
		want   bool
	}{
		{"plain word", document.PlainText, "Kim met Putting.", "Putting", true},
		{"accented word", document.PlainText, "Kim met Zoë today.", "Zoë", true},
		{"across a line break of a wrapped paragraph", document.PlainText, "Kim\nJong", "Kim\nJong", true},
		{"CRLF inside", document.PlainText, "Kim\r\nJong", "Kim\r\nJong", false},
		{"curly apostrophe", document.PlainText, "O\u2019Brien said", "O\u2019Brien", false},
		{"soft hyphen inside", document.PlainText, "Put\u00adting", "Put\u00adting", false},
		{"emphasis inside", document.Markdown, "Kim *Jong* Un", "Kim *Jong* Un", false},
		{"word inside emphasis", document.Markdown, "Kim *Jong* Un", "Jong", true},
		{"entity", document.HTML, "<p>A&amp;B</p>", "A&amp;B", false},
		{"markup inside", document.HTML, "<p>Put<b>ting</b></p>", "Put<b>ting", false},
		{"not copy", document.Markdown, "`Putting`", "Putting", false},
		{"decomposed accent", document.PlainText, "Zoe\u0308 met", "Zoe\u0308", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.format, tc.src, document.Options{})
			i := strings.Index(tc.src, tc.find)
			if i < 0 {
				t.Fatalf("%q not in %q", tc.find, tc.src)
			}
			if got := d.Verbatim(i, i+len(tc.find)); got != tc.want {
				t.Errorf("Verbatim(%q) = %v, want %v (Text %q)", tc.find, got, tc.want, d.Text)
			}
		})
	}
	d := mustRead(t, document.PlainText, "abc", document.Options{})
	for _, r := range [][2]int{{-1, 1}, {1, 1}, {2, 1}, {0, 4}} {
		if d.Verbatim(r[0], r[1]) {
			t.Errorf("Verbatim%v = true for a bad range", r)
		}
	}
}
