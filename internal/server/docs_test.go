package server_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/server"
)

// TestAPIDocExample: the curl example of docs/api.md, sent to a server
// over the seeds as the README's command names them, gets the answer the
// document shows, and the error examples their messages.
func TestAPIDocExample(t *testing.T) {
	data, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	_, after, ok := strings.Cut(doc, "\n### `POST /v1/check`\n")
	if !ok {
		t.Fatal("no POST /v1/check section")
	}
	req := regexp.MustCompile(`(?m)^  -d '(.*)'$`).FindStringSubmatch(after)
	want := regexp.MustCompile("(?s)With the seed articles as the corpus.*?\n```json\n(.*?)\n```").FindStringSubmatch(after)
	if req == nil || want == nil {
		t.Fatal("no curl example and answer in docs/api.md")
	}
	t.Chdir("../..")
	paths, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var inputs []checker.Input
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, checker.Input{Path: p, Src: src})
	}
	ts := newServer(t, server.Config{Corpus: server.NewStatic(inputs)})
	code, got := post(t, ts.URL, "application/json", []byte(req[1]))
	if code != 200 || !bytes.Equal(bytes.TrimSpace(got), []byte(want[1])) {
		t.Errorf("docs/api.md example: status %d\n got %s\nwant %s", code, got, want[1])
	}
	// The error examples: "$ curl … -d 'BODY'" then the answer.
	errs := regexp.MustCompile(`(?m)^\$ curl .*?(-H 'Content-Type: application/json' )?-d '(.*)'\n(.*)$`).FindAllStringSubmatch(doc, -1)
	if len(errs) < 3 {
		t.Fatalf("%d error examples in docs/api.md, want 3", len(errs))
	}
	for _, e := range errs {
		ct := "application/x-www-form-urlencoded"
		if e[1] != "" {
			ct = "application/json"
		}
		if _, got := post(t, ts.URL, ct, []byte(e[2])); string(bytes.TrimSpace(got)) != e[3] {
			t.Errorf("docs/api.md: %s\n got %s\nwant %s", e[2], got, e[3])
		}
	}
}
