package server_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/server"
	"github.com/factlint/factlint/rules"
)

// gateCorpus holds every reader until the gate opens, so that a request
// is under way for as long as the test wants.
type gateCorpus struct {
	entered chan struct{}
	gate    chan struct{}
	once    sync.Once
}

func (g *gateCorpus) Articles(ctx context.Context) ([]checker.Input, error) {
	g.once.Do(func() { close(g.entered) })
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return []checker.Input{{Path: "published.txt", Src: []byte("Mr Smith met Mr Jones.")}}, nil
}

// TestGracefulShutdown: a request under way when the server is told to
// stop is answered in full, and Serve returns nil; new connections are
// refused.
func TestGracefulShutdown(t *testing.T) {
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	g := &gateCorpus{entered: make(chan struct{}), gate: make(chan struct{})}
	s, err := server.New(server.Config{Rules: set, Corpus: g})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln, 10*time.Second) }()

	type answer struct {
		code int
		body string
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := http.Post(url+"/v1/check", "application/json", strings.NewReader(`{"articles":[{"text":"Mr Brown met Mr. Green."}]}`))
		if err != nil {
			answered <- answer{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		answered <- answer{resp.StatusCode, string(b), err}
	}()
	<-g.entered // the request is under way
	stop()
	// Shutdown closes the listener first: wait until it refuses.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
		if err != nil {
			break
		}
		_ = c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after being told to stop")
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(g.gate)
	a := <-answered
	if a.err != nil || a.code != http.StatusOK || !strings.Contains(a.body, "style.honorific-stop") {
		t.Errorf("the request under way: %d %q %v", a.code, a.body, a.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
	}
}

// panicCorpus is a bug: it panics.
type panicCorpus struct{}

func (panicCorpus) Articles(context.Context) ([]checker.Input, error) { panic("broken store") }

// TestPanicIsA500: a bug answers 500 with a message, and the server
// goes on serving.
func TestPanicIsA500(t *testing.T) {
	ts := newServer(t, server.Config{Corpus: panicCorpus{}})
	code, body := post(t, ts.URL, "application/json", []byte(`{"articles":[{"text":"x"}]}`))
	if code != http.StatusInternalServerError || !strings.Contains(string(body), `"error":"internal error (please report it): broken store"`) {
		t.Errorf("%d %s", code, body)
	}
	if r, _ := get(t, ts.URL+"/app.js"); r.StatusCode != http.StatusOK {
		t.Errorf("after a panic: %d", r.StatusCode)
	}
}
