package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Bar is a progress bar. Its methods may be called from any goroutine.
type Bar struct {
	w     io.Writer
	total int
	start time.Time
	files atomic.Int64
	bytes atomic.Int64

	stop    chan struct{}
	stopped sync.WaitGroup
	mu      sync.Mutex
	drawn   bool // a line is on the terminal and must be cleared
	width   int
}

// Options tune a bar.
type Options struct {
	// Delay is how long the bar waits before it first draws (a short
	// run draws nothing); Every is how often it redraws.
	Delay, Every time.Duration
	// Width is the terminal's width in columns (80 if 0).
	Width int
}

// Start starts a bar for total files that draws on w.
func Start(w io.Writer, total int, opt Options) *Bar {
	if opt.Delay <= 0 {
		opt.Delay = 300 * time.Millisecond
	}
	if opt.Every <= 0 {
		opt.Every = 150 * time.Millisecond
	}
	if opt.Width <= 0 {
		opt.Width = 80
	}
	b := &Bar{w: w, total: total, start: time.Now(), stop: make(chan struct{}), width: opt.Width}
	b.stopped.Add(1)
	go func() {
		defer b.stopped.Done()
		select {
		case <-b.stop:
			return
		case <-time.After(opt.Delay):
		}
		t := time.NewTicker(opt.Every)
		defer t.Stop()
		for {
			b.draw()
			select {
			case <-b.stop:
				return
			case <-t.C:
			}
		}
	}()
	return b
}

// Add counts one file of n bytes done.
func (b *Bar) Add(n int) {
	b.files.Add(1)
	b.bytes.Add(int64(n))
}

// Stop stops the bar and clears its line, so that what is printed next
// starts on a clean line.
func (b *Bar) Stop() {
	close(b.stop)
	b.stopped.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r"+strings.Repeat(" ", b.width-1)+"\r")
		b.drawn = false
	}
}

func (b *Bar) draw() {
	b.mu.Lock()
	defer b.mu.Unlock()
	line := Line(int(b.files.Load()), b.total, b.bytes.Load(), time.Since(b.start), b.width)
	fmt.Fprint(b.w, "\r"+line)
	b.drawn = true
}

// Line is the bar's text, padded to width-1 columns so that it covers a
// longer line drawn before it: "[=====>    ] 1234/20000 files  12.3 MB/s
// 0:42 left".
func Line(files, total int, bytes int64, elapsed time.Duration, width int) string {
	frac := 0.0
	if total > 0 {
		frac = min(float64(files)/float64(total), 1)
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(bytes) / 1e6 / s
	}
	left := "--:--"
	if files > 0 && files < total {
		rest := time.Duration(float64(elapsed) / float64(files) * float64(total-files))
		left = clock(rest)
	} else if files >= total {
		left = clock(0)
	}
	tail := fmt.Sprintf(" %d/%d files  %.1f MB/s  %s left", files, total, rate, left)
	barWidth := width - 1 - len(tail) - 2
	var s string
	if barWidth >= 10 {
		done := int(frac * float64(barWidth))
		bar := strings.Repeat("=", done)
		if done < barWidth {
			bar += ">" + strings.Repeat(" ", barWidth-done-1)
		}
		s = "[" + bar + "]" + tail
	} else {
		s = strings.TrimLeft(tail, " ")
	}
	if pad := width - 1 - len(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	// A line wider than the terminal would wrap, and "\r" would then
	// redraw only its last row.
	return s[:max(0, min(len(s), width-1))]
}

// clock writes d as m:ss, or h:mm:ss from an hour.
func clock(d time.Duration) string {
	sec := int(d.Round(time.Second).Seconds())
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}
