package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/rules"
)

// TestTimeout: a check that cannot start within the time limit (every
// worker busy) gets 503 and a message, and the next one runs when a
// worker is free again.
func TestTimeout(t *testing.T) {
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Rules: set, Timeout: 50 * time.Millisecond, Concurrent: 1})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	send := func() (int, string) {
		resp, err := http.Post(ts.URL+"/v1/check", "application/json", strings.NewReader(`{"articles":[{"text":"Mr Smith met Mr. Jones."}]}`))
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
		return resp.StatusCode, string(b)
	}
	s.workers <- struct{}{} // the only worker is busy
	if code, body := send(); code != http.StatusServiceUnavailable || !strings.Contains(body, "took longer than the time limit") {
		t.Errorf("busy: %d %s", code, body)
	}
	<-s.workers
	if code, body := send(); code != http.StatusOK || !strings.Contains(body, "style.honorific-stop") {
		t.Errorf("free: %d %s", code, body)
	}
}
