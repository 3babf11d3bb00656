package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/cli"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/server"
	"github.com/factlint/factlint/rules"
)

const (
	seedsDir = "../../testdata/seeds"
	typoSeed = "002_c0abcde98bb05141.txt"
	nextSeed = "001_a40eac292bb8ed9e.txt"
)

// doc is the check --format json document.
type doc struct {
	Tool         string `json:"tool"`
	FilesChecked int    `json:"files_checked"`
	Diagnostics  []struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Column    int    `json:"column"`
		EndLine   int    `json:"end_line"`
		EndColumn int    `json:"end_column"`
		Severity  string `json:"severity"`
		Rule      string `json:"rule"`
		Message   string `json:"message"`
		Related   []struct {
			File   string `json:"file"`
			Line   int    `json:"line"`
			Column int    `json:"column"`
		} `json:"related"`
		Fix *struct {
			Replacement string `json:"replacement"`
			Safe        bool   `json:"safe"`
		} `json:"fix"`
	} `json:"diagnostics"`
}

func seed(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newServer starts a test server over the seeds named by corpus.
func newServer(t testing.TB, cfg server.Config, corpus ...string) *httptest.Server {
	t.Helper()
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var inputs []checker.Input
	for _, c := range corpus {
		inputs = append(inputs, checker.Input{Path: "published/" + c, Src: []byte(seed(t, c))})
	}
	cfg.Rules, cfg.Version = set, cli.Version
	if cfg.Corpus == nil {
		cfg.Corpus = server.NewStatic(inputs)
	}
	s, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

func post(t testing.TB, url, contentType string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url+"/v1/check", contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(resp.Body)
	if cerr := resp.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, out
}

func checkJSON(t testing.TB, url string, req server.CheckRequest) []byte {
	t.Helper()
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	code, out := post(t, url, "application/json", body)
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, out)
	}
	return out
}

func decode(t testing.TB, b []byte) doc {
	t.Helper()
	var d doc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return d
}

// TestCheckIsTheCLIDocument: the API's answer for two articles is, byte
// for byte, what check --format json prints for the same two files.
func TestCheckIsTheCLIDocument(t *testing.T) {
	ts := newServer(t, server.Config{})
	a, b := filepath.Join(seedsDir, typoSeed), filepath.Join(seedsDir, nextSeed)
	got := checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{
		{Name: a, Text: seed(t, typoSeed)}, {Name: b, Text: seed(t, nextSeed)},
	}})
	var out, errb bytes.Buffer
	code := cli.Main([]string{"check", "--format", "json", "--config", os.DevNull, a, b}, cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: "."})
	if code != cli.ExitFindings {
		t.Fatalf("check: exit %d: %s", code, errb.String())
	}
	if !bytes.Equal(got, out.Bytes()) {
		t.Errorf("the API's document differs from check --format json:\napi: %s\ncli: %s", got, out.Bytes())
	}
	d := decode(t, got)
	found := false
	for _, x := range d.Diagnostics {
		if x.Rule == "name.typo" && x.File == a && x.Line == 5 && x.Column == 34 && x.EndColumn == 41 &&
			x.Fix != nil && x.Fix.Replacement == "Putin" && x.Fix.Safe {
			found = true
		}
	}
	if !found {
		t.Errorf("no safe name.typo fix at %s:5:34-41 in %s", a, got)
	}
}

// TestCheckAgainstCorpus: one draft against the published seeds gets
// the findings in the draft only, with related places in the corpus.
func TestCheckAgainstCorpus(t *testing.T) {
	ts := newServer(t, server.Config{}, "000_60113713ec3ca20b.txt", nextSeed, "003_306b098ac814c2c8.txt", "004_61fb5dc23dbdb749.txt")
	d := decode(t, checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft", Text: seed(t, typoSeed)}}}))
	if d.FilesChecked != 1 || len(d.Diagnostics) == 0 {
		t.Fatalf("files_checked %d, %d findings", d.FilesChecked, len(d.Diagnostics))
	}
	typo, inCorpus := false, false
	for _, x := range d.Diagnostics {
		if x.File != "draft" {
			t.Errorf("a finding outside the submitted article: %s:%d %s", x.File, x.Line, x.Rule)
		}
		for _, r := range x.Related {
			inCorpus = inCorpus || strings.HasPrefix(r.File, "published/")
		}
		if x.Rule == "name.typo" && x.Line == 5 && x.Column == 34 {
			typo = true
			// The note is the name's first use in the run: the
			// published articles are compared as extracted priors,
			// after the submitted ones (as check --archive does), so
			// the draft's own "Putin" at 2:162 comes first.
			if len(x.Related) != 1 || x.Related[0].File != "draft" || x.Related[0].Line != 2 || x.Related[0].Column != 162 {
				t.Errorf("the typo's related place is not the draft's first use of the name: %+v", x.Related)
			}
		}
	}
	if !typo {
		t.Error("no name.typo finding at 5:34")
	}
	if !inCorpus {
		t.Error("no related place in the published articles")
	}
	// The published article of the same name is replaced, not doubled:
	// a revised article checked alone against the others.
	d = decode(t, checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{{Name: "published/" + nextSeed, Text: seed(t, nextSeed)}}}))
	for _, x := range d.Diagnostics {
		for _, r := range x.Related {
			if r.File == "published/"+nextSeed && x.File == r.File && x.Rule == "name.variant" && strings.Contains(x.Message, "in 1 article") {
				t.Errorf("the article was compared with itself: %s", x.Message)
			}
		}
	}
}

// lineSlice is the text between two code-point columns of a line.
func lineSlice(text string, line, col, endCol int) string {
	l := []rune(strings.Split(text, "\n")[line-1])
	return string(l[col-1 : endCol-1])
}

// TestPositionsThroughStoryAndFormat: a story id and a format carried
// in the request leave the positions those of the copy as sent, counted
// in code points (non-ASCII and astral characters before the finding).
func TestPositionsThroughStoryAndFormat(t *testing.T) {
	ts := newServer(t, server.Config{})
	text := "Ünïcödé 😀 — the line is 130 km (95 miles) long.\n\nMr Smith met *Mr. Jones*.\n"
	for _, a := range []server.ArticleRequest{
		{Name: "plain", Text: text, Format: "markdown"},
		{Name: "plain", Text: text, Format: "markdown", Story: "line-report"},
		{Name: "with-bom.md", Text: "\uFEFF" + text, Story: "line-report", Date: "2023-09-11"},
	} {
		t.Run(a.Name+"/"+a.Story, func(t *testing.T) {
			d := decode(t, checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{a}}))
			got := map[string]string{}
			for _, x := range d.Diagnostics {
				if x.File != a.Name {
					t.Errorf("file %q, want %q", x.File, a.Name)
				}
				got[x.Rule] = fmt.Sprintf("%d:%d %s", x.Line, x.Column, lineSlice(strings.TrimPrefix(a.Text, "\uFEFF"), x.Line, x.Column, x.EndColumn))
			}
			want := map[string]string{"fact.conversion": "1:33 95 miles", "style.honorific-stop": "3:15 Mr."}
			for r, w := range want {
				if got[r] != w {
					t.Errorf("%s: %q, want %q (all: %v)", r, got[r], w, got)
				}
			}
		})
	}
}

// TestRequestErrors: every bad request gets a 4xx and a message that
// says what is wrong; none gets a 500.
func TestRequestErrors(t *testing.T) {
	ts := newServer(t, server.Config{MaxBody: 1000, MaxArticles: 3})
	big := `{"articles":[{"text":"` + strings.Repeat("a", 2000) + `"}]}`
	for _, c := range []struct {
		name, contentType, body string
		status                  int
		msg                     string
	}{
		{"not JSON", "application/json", "hello", 400, "malformed JSON at byte 1"},
		{"cut short", "application/json", `{"articles":[{"text":"a"`, 400, "ends in the middle"},
		{"empty", "application/json", "", 400, "empty request body"},
		{"unknown field", "application/json", `{"article":[]}`, 400, `unknown field "article"`},
		{"wrong type", "application/json", `{"articles":[{"text":5}]}`, 400, "articles.text must be a string, not number"},
		{"two values", "application/json", `{"articles":[{"text":"a"}]}{}`, 400, "more than one JSON value"},
		{"no articles", "application/json", `{"articles":[]}`, 400, "no articles"},
		{"too many", "application/json", `{"articles":[{},{},{},{}]}`, 400, "at most 3"},
		{"bad date", "application/json", `{"articles":[{"text":"a","date":"11/09/2023"}]}`, 400, `articles[0]: date "11/09/2023"`},
		{"bad format", "application/json", `{"articles":[{"text":"a","format":"docx"}]}`, 400, `format "docx"`},
		{"same name", "application/json", `{"articles":[{"name":"a"},{"name":"a"}]}`, 400, `two articles are named "a"`},
		{"story twice", "application/json", `{"articles":[{"text":"---\nstory: a\n---\nx","story":"b"}]}`, 400, "not both"},
		{"story with a newline", "application/json", `{"articles":[{"text":"x","story":"a\nb"}]}`, 400, "control character"},
		{"too big", "application/json", big, 413, "larger than 1000 bytes"},
		{"form", "application/x-www-form-urlencoded", "a=b", 415, "send application/json"},
		{"binary copy", "application/json", `{"articles":[{"name":"b","text":"\u0000\u0001"}]}`, 422, "b: binary file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out := post(t, ts.URL, c.contentType, []byte(c.body))
			var e struct{ Error string }
			if err := json.Unmarshal(out, &e); err != nil {
				t.Fatalf("status %d, body not a JSON error: %s", code, out)
			}
			if code != c.status || !strings.Contains(e.Error, c.msg) {
				t.Errorf("status %d %q, want %d and %q", code, e.Error, c.status, c.msg)
			}
		})
	}
}

// TestBadCopyIsChecked: copy that is odd but text gets findings or none,
// never an error.
func TestBadCopyIsChecked(t *testing.T) {
	ts := newServer(t, server.Config{}, nextSeed)
	for _, text := range []string{"", "\uFEFF", "---\nstory: x\n", "\r\r\n\n", "<html><script>x", "\uFFFD\uFFFD", strings.Repeat("Mr. ", 3000), "% factlint-disable-next-line nope\nx"} {
		for _, format := range []string{"text", "markdown", "html"} {
			body, _ := json.Marshal(server.CheckRequest{Articles: []server.ArticleRequest{{Text: text, Format: format}}})
			if code, out := post(t, ts.URL, "application/json", body); code != http.StatusOK {
				t.Errorf("%q as %s: status %d: %s", text, format, code, out)
			}
		}
	}
}

// TestParallelRequests runs many requests at once (under -race in CI);
// each answer is the one the same request gets alone.
func TestParallelRequests(t *testing.T) {
	ts := newServer(t, server.Config{Concurrent: 3}, "000_60113713ec3ca20b.txt", "003_306b098ac814c2c8.txt")
	reqs := []server.CheckRequest{
		{Articles: []server.ArticleRequest{{Name: "a", Text: seed(t, typoSeed)}}},
		{Articles: []server.ArticleRequest{{Name: "b", Text: seed(t, nextSeed)}, {Name: "c", Text: seed(t, "004_61fb5dc23dbdb749.txt")}}},
		{Articles: []server.ArticleRequest{{Text: "Mr Smith met Mr. Jones.", Story: "s"}}},
	}
	want := make([][]byte, len(reqs))
	for i, r := range reqs {
		want[i] = checkJSON(t, ts.URL, r)
	}
	var wg sync.WaitGroup
	for g := range 24 {
		wg.Go(func() {
			for k := range 3 {
				i := (g + k) % len(reqs)
				if got := checkJSON(t, ts.URL, reqs[i]); !bytes.Equal(got, want[i]) {
					t.Errorf("request %d answered differently in parallel:\n%s\nwant\n%s", i, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// reply is what a GET got.
type reply struct {
	StatusCode int
	Header     http.Header
}

func get(t *testing.T, url string) (reply, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	if cerr := resp.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return reply{resp.StatusCode, resp.Header}, string(b)
}

func TestReadRoutes(t *testing.T) {
	ts := newServer(t, server.Config{}, nextSeed)
	if _, body := get(t, ts.URL+"/healthz"); body != `{"status":"ok","version":"`+cli.Version+`","articles":1}`+"\n" {
		t.Errorf("healthz: %s", body)
	}
	_, body := get(t, ts.URL+"/v1/rules")
	var rs struct {
		Rules []struct {
			ID, Severity string
			Enabled      bool
		}
	}
	if err := json.Unmarshal([]byte(body), &rs); err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, r := range rs.Rules {
		ok = ok || r.ID == "name.typo" && r.Enabled && r.Severity == "error"
	}
	if !ok {
		t.Errorf("name.typo is not listed as an enabled error: %s", body)
	}
	if _, body := get(t, ts.URL+"/v1/corpus"); body != `{"articles":["published/`+nextSeed+`"]}`+"\n" {
		t.Errorf("corpus: %s", body)
	}
	if resp, body := get(t, ts.URL+"/v1/corpus/published/"+nextSeed); resp.StatusCode != http.StatusOK || body != seed(t, nextSeed) {
		t.Errorf("corpus article: %d", resp.StatusCode)
	}
	if resp, body := get(t, ts.URL+"/v1/corpus/../../go.mod"); resp.StatusCode == http.StatusOK {
		t.Errorf("a path outside the corpus was served: %s", body)
	}
	if resp, body := get(t, ts.URL+"/v1/corpus/published/nothing.txt"); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, `no published article is named \"published/nothing.txt\"`) {
		t.Errorf("missing article: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/v1/check"); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /v1/check: %d", resp.StatusCode)
	}
}

// TestPageAssets: the page and its assets come from the binary, with no
// reference to another host, behind a policy that allows no other.
func TestPageAssets(t *testing.T) {
	ts := newServer(t, server.Config{})
	for path, ctype := range map[string]string{"/": "text/html", "/app.js": "javascript", "/style.css": "text/css"} {
		resp, body := get(t, ts.URL+path)
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), ctype) {
			t.Errorf("%s: %d %s", path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: CSP %q", path, resp.Header.Get("Content-Security-Policy"))
		}
		if m := regexp.MustCompile(`https?://|//[a-z]`).FindString(body); m != "" {
			t.Errorf("%s refers to another host: %q", path, m)
		}
	}
}

// BenchmarkCheck measures one request: a draft against four published
// articles, through HTTP.
func BenchmarkCheck(b *testing.B) {
	ts := newServer(b, server.Config{}, "000_60113713ec3ca20b.txt", nextSeed, "003_306b098ac814c2c8.txt", "004_61fb5dc23dbdb749.txt")
	body, err := json.Marshal(server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft", Text: seed(b, typoSeed)}}})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if code, out := post(b, ts.URL, "application/json", body); code != 200 {
			b.Fatalf("%d %s", code, out)
		}
	}
}

// BenchmarkCheckLargeCorpus measures one request, one article, against
// 500 and 5,000 generated published articles (about 2 and 20 MB):
// extracted once at start-up (the server's Static corpus), and, for
// comparison, checked again with every request (any other Corpus).
func BenchmarkCheckLargeCorpus(b *testing.B) {
	for _, n := range []int{500, 5000} {
		arts := corpusgen.Generate(corpusgen.Options{Articles: n + 1, Seed: 7})
		var inputs []checker.Input
		for _, a := range arts[1:] {
			inputs = append(inputs, checker.Input{Path: a.Path, Src: a.Text})
		}
		body, err := json.Marshal(server.CheckRequest{Articles: []server.ArticleRequest{{Name: arts[0].Path, Text: string(arts[0].Text)}}})
		if err != nil {
			b.Fatal(err)
		}
		static := server.NewStatic(inputs)
		for _, c := range []struct {
			name   string
			corpus server.Corpus
		}{{"extracted", static}, {"rechecked", reChecked{static}}} {
			b.Run(fmt.Sprintf("articles=%d/%s", n, c.name), func(b *testing.B) {
				ts := newServer(b, server.Config{Corpus: c.corpus})
				for b.Loop() {
					if code, out := post(b, ts.URL, "application/json", body); code != 200 {
						b.Fatalf("%d %s", code, out)
					}
				}
			})
		}
	}
}

// BenchmarkNewServer measures the start-up of a server over 5,000
// generated articles: their extraction.
func BenchmarkNewServer(b *testing.B) {
	arts := corpusgen.Generate(corpusgen.Options{Articles: 5000, Seed: 7})
	var inputs []checker.Input
	size := 0
	for _, a := range arts {
		inputs = append(inputs, checker.Input{Path: a.Path, Src: a.Text})
		size += len(a.Text)
	}
	set, err := rules.Load("")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		if _, err := server.New(server.Config{Rules: set, Corpus: server.NewStatic(inputs)}); err != nil {
			b.Fatal(err)
		}
	}
}
