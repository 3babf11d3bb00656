package report

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/golden"
	"github.com/factlint/factlint/rules"
)

// TestHTMLSeedsGolden writes the report of the seeds as check does (file
// names as given on the command line) and compares it whole.
func TestHTMLSeedsGolden(t *testing.T) {
	t.Chdir("..")
	paths, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %v %v", paths, err)
	}
	var inputs []checker.Input
	sources := map[string][]byte{}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, checker.Input{Path: p, Src: src})
		sources[p] = src
	}
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var out string
	// The same bytes for any number of workers.
	for _, jobs := range []int{1, 3} {
		res, err := checker.Check(inputs, checker.Options{Rules: set, Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		run := &Run{Tool: "factlint", Version: "test", FilesChecked: res.FilesChecked, Diagnostics: res.Diagnostics, Sources: sources}
		out = format(t, "html", Options{}, run)
		golden.Check(t, "testdata/seeds.html.golden", []byte(out))
	}

	// Self-contained: nothing is loaded from elsewhere.
	if m := regexp.MustCompile(`(?i)(src|href)="(https?:)?//|<link|@import|url\(`).FindString(out); m != "" {
		t.Errorf("the report loads an external asset: %q", m)
	}
	// The misspelt name is highlighted in place, linked to its finding,
	// and the finding shows the other passage and the safe fix.
	hl := regexp.MustCompile(`<a class="hl sev-error" href="#(f\d+)" data-f="f\d+">Putting</a>`).FindStringSubmatch(out)
	if hl == nil {
		t.Fatal("the misspelt name is not highlighted as an error")
	}
	i := strings.Index(out, `<details id="`+hl[1]+`">`)
	if i < 0 {
		t.Fatalf("no finding %s", hl[1])
	}
	finding := out[i : i+strings.Index(out[i:], "</details>")]
	for _, want := range []string{"name.typo", `<mark class="related">Putin</mark>`, "Fix: replace “Putting” with “Putin” (safe"} {
		if !strings.Contains(finding, want) {
			t.Errorf("finding %s lacks %q:\n%s", hl[1], want, finding)
		}
	}
	if !strings.Contains(out, `<p class="summary" id="summary">5 files: 1 error, 15 warnings</p>`) {
		t.Error("no summary line")
	}
	if !strings.Contains(out, "<tr><td><code>name.typo</code></td><td class=\"num\">1</td></tr>") {
		t.Error("no count for name.typo")
	}
}

// TestMarkCopy checks the highlighting of byte spans: overlaps, an empty
// span, multi-byte characters, markup in the copy and spans that do not
// fit the file.
func TestMarkCopy(t *testing.T) {
	src := []byte("Ünïcödé <b>x</b> & more")
	// "Ünïcödé" is 11 bytes: Ü 0-1, n 2, ï 3-4, c 5, ö 6-7, d 8, é 9-10.
	cases := []struct {
		name  string
		spans []markSpan
		want  string
	}{
		{"none", nil, "Ünïcödé &lt;b&gt;x&lt;/b&gt; &amp; more"},
		{"multibyte", []markSpan{{0, 11, diag.Warning, "f1"}},
			`<a class="hl sev-warning" href="#f1" data-f="f1">Ünïcödé</a> &lt;b&gt;x&lt;/b&gt; &amp; more`},
		{"overlap takes the more severe", []markSpan{{0, 11, diag.Warning, "f1"}, {9, 15, diag.Error, "f2"}},
			`<a class="hl sev-warning" href="#f1" data-f="f1">Ünïcöd</a><a class="hl sev-error" href="#f2" data-f="f1 f2">é</a><a class="hl sev-error" href="#f2" data-f="f2"> &lt;b&gt;</a>x&lt;/b&gt; &amp; more`},
		{"empty span", []markSpan{{12, 12, diag.Info, "f3"}},
			`Ünïcödé <a class="hl empty sev-info" href="#f3" data-f="f3" aria-label="finding f3">&#8203;</a>&lt;b&gt;x&lt;/b&gt; &amp; more`},
		{"a start inside a character takes the whole character", []markSpan{{1, 2, diag.Info, "f4"}},
			`<a class="hl sev-info" href="#f4" data-f="f4">Ü</a>nïcödé &lt;b&gt;x&lt;/b&gt; &amp; more`},
		{"out of range is left out", []markSpan{{5, 400, diag.Error, "f5"}, {-1, 2, diag.Error, "f6"}},
			"Ünïcödé &lt;b&gt;x&lt;/b&gt; &amp; more"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(markCopy(src, c.spans)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestHTMLWithoutSources lists the findings without copy, and escapes
// what the messages hold.
func TestHTMLWithoutSources(t *testing.T) {
	run := &Run{Tool: "factlint", Version: "test", FilesChecked: 1, Diagnostics: []diag.Diagnostic{{
		Location: span("a.txt", 1, 1, 1, 4), Severity: diag.Warning, Rule: "x.y", Message: `"<script>" here`,
	}}}
	out := format(t, "html", Options{}, run)
	if strings.Contains(out, `"<script>" here`) || !strings.Contains(out, "&#34;&lt;script&gt;&#34; here") {
		t.Error("the message is not escaped")
	}
	if !strings.Contains(out, "(the copy is not in the report)") || strings.Contains(out, `<pre class="copy"`) {
		t.Error("without sources, the report should say the copy is missing and show none")
	}
}

// TestHTMLPassageCut shows at most passageContext bytes on each side of
// a finding, cut on a character boundary.
func TestHTMLPassageCut(t *testing.T) {
	line := strings.Repeat("é", 200) + "WORD" + strings.Repeat("ü", 200)
	src := []byte(line)
	loc := diag.Location{File: "a.txt", StartByte: 400, EndByte: 404}
	p := passage(&Run{Sources: map[string][]byte{"a.txt": src}}, loc, "")
	if p.Text != "WORD" || !strings.HasPrefix(p.Before, "…é") || !strings.HasSuffix(p.After, "ü…") {
		t.Fatalf("passage: %q %q %q", p.Before, p.Text, p.After)
	}
	if n := len(p.Before) - len("…"); n != passageContext {
		t.Errorf("before: %d bytes, want %d", n, passageContext)
	}
	if !utf8.ValidString(p.Before+p.After) || strings.ContainsRune(p.Before+p.After, '\uFFFD') {
		t.Error("a character was split")
	}
}
