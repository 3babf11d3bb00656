package server_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factlint/factlint/internal/cli"
	"github.com/factlint/factlint/internal/server"
)

// chromium finds the browser: $FACTLINT_CHROMIUM, or Debian's chromium
// (apt-get install -y chromium), or another Chrome on the PATH.
func chromium() (string, bool) {
	if p := os.Getenv("FACTLINT_CHROMIUM"); p != "" {
		return p, true
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// browser starts headless Chromium for one test, with its profile in a
// temporary directory.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, ok := chromium()
	if !ok {
		t.Skip("browser test skipped: Chromium not found (looked for $FACTLINT_CHROMIUM, /usr/bin/chromium, chromium, chromium-browser, google-chrome); install it with: apt-get install -y chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1600),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to run as root inside its sandbox.
		opts = append(opts, chromedp.NoSandbox)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return bctx
}

// screenshot saves the page as a PNG in dir and logs where.
func screenshot(t *testing.T, dir, name string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		png, err := chromedp.FullScreenshot(100)(ctx, tg) // 100: PNG; less is JPEG
		if err != nil {
			return chromedp.Void{}, err
		}
		p := filepath.Join(dir, name)
		t.Logf("screenshot: %s", p)
		return chromedp.Void{}, os.WriteFile(p, png, 0o644)
	}
}

// waitJS polls a JavaScript expression until it is true.
func waitJS(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second))
}

func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestBrowser drives the page in Chromium: paste two seeds, see the
// misspelt name highlighted, open the finding, apply its fix, see the
// copy change and the finding go; then non-ASCII copy; then the HTML
// report of the seeds.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	// The screenshots go to the test's temporary directory, or to
	// $FACTLINT_SCREENSHOTS to keep them (a CI artifact).
	shots := t.TempDir()
	if dir := os.Getenv("FACTLINT_SCREENSHOTS"); dir != "" {
		shots = dir
	}
	ts := newServer(t, server.Config{})

	do(t, ctx, "checking two seeds",
		chromedp.Navigate(ts.URL),
		chromedp.WaitVisible(chromedp.ID("text-1")),
		chromedp.SetValue(chromedp.ID("name-1"), "002.txt"),
		chromedp.SetValue(chromedp.ID("text-1"), seed(t, typoSeed)),
		chromedp.Click(chromedp.ID("add")),
		chromedp.WaitVisible(chromedp.ID("text-2")),
		chromedp.SetValue(chromedp.ID("name-2"), "001.txt"),
		chromedp.SetValue(chromedp.ID("text-2"), seed(t, nextSeed)),
		chromedp.Click(chromedp.ID("check")),
		chromedp.WaitVisible(chromedp.CSS("#result-0 .hl.sev-error")),
		screenshot(t, shots, "1-findings.png"),
	)
	marks := run(t, ctx, "reading the highlights", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#result-0 .hl.sev-error')).map(e => e.textContent)`))
	if len(marks) != 1 || marks[0] != "Putting" {
		t.Fatalf("error highlights in 002.txt: %q, want [Putting]", marks)
	}
	do(t, ctx, "opening the finding",
		chromedp.Click(`//section[@id="result-0"]//button[contains(@class,"hl") and text()="Putting"]`),
		chromedp.WaitVisible(chromedp.ID("apply-fix")),
		screenshot(t, shots, "2-finding.png"),
	)
	detail := run(t, ctx, "reading the finding", chromedp.Text(chromedp.ID("detail")))
	for _, want := range []string{`"Putting" looks like a misspelling of "Putin"`, "001.txt:1:40", `Apply fix: replace “Putting” with “Putin”`} {
		if !strings.Contains(detail, want) {
			t.Errorf("the finding's panel lacks %q:\n%s", want, detail)
		}
	}
	related := run(t, ctx, "reading the related passage", chromedp.Evaluate[string](`document.querySelector('#detail figure.related mark').textContent`))
	if related != "Putin" {
		t.Errorf("the related passage marks %q, want Putin", related)
	}
	do(t, ctx, "applying the fix",
		chromedp.Click(chromedp.ID("apply-fix")),
		waitJS(`document.getElementById('status').textContent.includes('Applied the fix')`),
		screenshot(t, shots, "3-fixed.png"),
	)
	text1 := run(t, ctx, "reading the copy", chromedp.Value(chromedp.ID("text-1")))
	if strings.Contains(text1, "Putting") || strings.Count(text1, "Putin") != strings.Count(seed(t, typoSeed), "Putin")+1 {
		t.Errorf("the fix was not applied to the copy once:\n%s", text1)
	}
	status := run(t, ctx, "reading the status", chromedp.Text(chromedp.ID("status")))
	if !strings.HasPrefix(status, "2 articles:") || strings.Contains(status, "error") {
		t.Errorf("after the fix, status %q: want the re-check, with no error", status)
	}

	// Copy with characters of two and four bytes in UTF-8 (one and two
	// code units in JavaScript) before the findings. (A textarea turns CRLF into LF.)
	do(t, ctx, "checking non-ASCII copy",
		chromedp.Navigate(ts.URL),
		chromedp.WaitVisible(chromedp.ID("text-1")),
		chromedp.SetValue(chromedp.ID("text-1"), "Ünïcödé 😀😀 — the line is 130 km (95 miles) long.\nMr Smith met 𝒜 Mr. Jones."),
		chromedp.Click(chromedp.ID("check")),
		chromedp.WaitVisible(chromedp.CSS("#result-0 .hl")),
		screenshot(t, shots, "4-unicode.png"),
	)
	uni := run(t, ctx, "reading the highlights", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#result-0 .hl')).map(e => e.textContent)`))
	if strings.Join(uni, "|") != "95 miles|Mr." {
		t.Errorf("highlights in non-ASCII copy: %q, want [95 miles Mr.]", uni)
	}

	// Uploaded files, the keyboard, and the severity filter.
	var files []string
	for _, f := range []string{typoSeed, nextSeed} {
		abs, err := filepath.Abs(filepath.Join(seedsDir, f))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, abs)
	}
	do(t, ctx, "uploading two seeds",
		chromedp.Navigate(ts.URL),
		chromedp.WaitVisible(chromedp.ID("upload")),
		chromedp.SetUploadFiles(chromedp.ID("upload"), files),
		waitJS(`!!document.getElementById('text-2') && document.getElementById('text-2').value.length > 0`),
		chromedp.Click(chromedp.ID("check")),
		chromedp.WaitVisible(chromedp.CSS("#result-0 .hl.sev-error")),
		chromedp.Focus(`//section[@id="result-0"]//button[contains(@class,"hl") and text()="Putting"]`),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(chromedp.ID("apply-fix")),
		chromedp.KeyEvent("\x1b"), // Escape closes the finding
		waitJS(`document.getElementById('detail').hidden`),
		chromedp.Click(chromedp.CSS(`#filter input[value="warning"]`)),
		screenshot(t, shots, "5-filtered.png"),
	)
	names := run(t, ctx, "reading the names", chromedp.Evaluate[string](`document.getElementById('name-1').value + ' ' + document.getElementById('name-2').value`))
	if names != typoSeed+" "+nextSeed {
		t.Errorf("uploaded names: %q", names)
	}
	shown := run(t, ctx, "reading the filtered list", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('.finding')).filter(e => getComputedStyle(e).display !== 'none').map(e => e.className)`))
	if len(shown) != 1 || shown[0] != "finding sev-error" {
		t.Errorf("with warnings filtered out, shown: %q, want the one error", shown)
	}

	// The HTML report of the seeds, opened from a file.
	report := filepath.Join(t.TempDir(), "report.html")
	var out, errb bytes.Buffer
	code := cli.Main([]string{"check", "--config", os.DevNull, "--format", "html", "--output", report, seedsDir},
		cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: "."})
	if code != cli.ExitFindings {
		t.Fatalf("check --format html: exit %d: %s", code, errb.String())
	}
	do(t, ctx, "opening the report",
		chromedp.Navigate("file://"+report),
		chromedp.WaitVisible(chromedp.CSS("a.hl.sev-error")),
	)
	n := run(t, ctx, "reading the report", chromedp.Evaluate[int](`Array.from(document.querySelectorAll('a.hl.sev-error')).filter(e => e.textContent === 'Putting').length`))
	if n != 1 {
		t.Fatalf("report: the misspelt name is highlighted %d times, want once", n)
	}
	do(t, ctx, "opening the report's finding",
		chromedp.Click(`//a[contains(@class,"hl") and text()="Putting"]`),
		waitJS(`(() => { const d = document.getElementById(location.hash.slice(1)); return !!d && d.open; })()`),
		screenshot(t, shots, "6-report.png"),
	)
	passages := run(t, ctx, "reading the report's finding", chromedp.Evaluate[string](`document.getElementById(location.hash.slice(1)).innerText`))
	for _, want := range []string{`"Putting" looks like a misspelling of "Putin"`, "000_60113713ec3ca20b.txt:2:131", fmt.Sprintf("Fix: replace “%s” with “%s”", "Putting", "Putin")} {
		if !strings.Contains(passages, want) {
			t.Errorf("the report's finding lacks %q:\n%s", want, passages)
		}
	}
}
