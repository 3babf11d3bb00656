package progress

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	for _, c := range []struct {
		files, total int
		bytes        int64
		elapsed      time.Duration
		width        int
		want         string
	}{
		{0, 100, 0, 0, 60, "[>                      ] 0/100 files  0.0 MB/s  --:-- left"},
		{50, 100, 10e6, 2 * time.Second, 60, "[===========>           ] 50/100 files  5.0 MB/s  0:02 left"},
		{100, 100, 20e6, 4 * time.Second, 60, "[======================] 100/100 files  5.0 MB/s  0:00 left"},
		{1, 20000, 4096, 3 * time.Second, 80, "[>                                     ] 1/20000 files  0.0 MB/s  16:39:57 left"},
		// Too narrow for a bar: the numbers alone.
		{3, 4, 3e6, time.Second, 40, "3/4 files  3.0 MB/s  0:00 left"},
	} {
		got := Line(c.files, c.total, c.bytes, c.elapsed, c.width)
		if strings.TrimRight(got, " ") != c.want {
			t.Errorf("Line(%d, %d, %d, %v, %d) =\n%q\nwant\n%q", c.files, c.total, c.bytes, c.elapsed, c.width, got, c.want)
		}
		if len(got) != c.width-1 {
			t.Errorf("Line is %d columns, not %d (the width less one, so that it never wraps)", len(got), c.width-1)
		}
	}
}

// syncBuffer is a writer safe for the bar's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestBarDrawsAndClears(t *testing.T) {
	var w syncBuffer
	b := Start(&w, 2, Options{Delay: time.Millisecond, Every: time.Millisecond, Width: 60})
	b.Add(1000)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(w.String(), "1/2 files") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	b.Add(1000)
	b.Stop()
	out := w.String()
	if !strings.Contains(out, "1/2 files") {
		t.Fatalf("the bar never drew 1/2 files: %q", out)
	}
	if !strings.HasSuffix(out, "\r"+strings.Repeat(" ", 59)+"\r") {
		t.Errorf("the bar's line is not cleared at the end: %q", out[max(0, len(out)-80):])
	}
}

func TestShortRunDrawsNothing(t *testing.T) {
	var w syncBuffer
	b := Start(&w, 1, Options{Delay: time.Hour})
	b.Add(10)
	b.Stop()
	if w.String() != "" {
		t.Errorf("a run shorter than the delay drew %q", w.String())
	}
}
