package cli

import (
	"strings"
	"testing"
)

// TestDateFlag checks that --date gives standard input the date its
// relative days and yearless dates are read against, that an article's
// own dateline wins, and that a malformed --date is a usage error.
func TestDateFlag(t *testing.T) {
	const article = "The summit opens on Wednesday 12 September in the port city.\n"
	finding := "<stdin>:1:21: error: 12 September (2023, the year of the article's date 2023-09-10) is a Tuesday, not a Wednesday [date.calendar]"

	out, _, code := run(t, article, nil, "check", "--stdin-name", "<stdin>", "-")
	if strings.Contains(out, "date.calendar") || code != ExitClean {
		t.Errorf("without a date the weekday was checked (exit %d):\n%s", code, out)
	}
	out, _, code = run(t, article, nil, "check", "--date", "2023-09-10", "-")
	if !strings.Contains(out, finding) || code != ExitFindings {
		t.Errorf("with --date: exit %d, output:\n%s\nwant %s", code, out, finding)
	}
	// The article's own dateline wins over --date: in 2024, 12
	// September is a Thursday.
	out, _, _ = run(t, "date 2024-09-01 "+article, nil, "check", "--date", "2023-09-10", "-")
	if !strings.Contains(out, "is a Thursday, not a Wednesday") {
		t.Errorf("the dateline did not win over --date:\n%s", out)
	}
	for _, bad := range []string{"2023-02-30", "12/09/2023", "yesterday"} {
		_, errOut, code := run(t, article, nil, "check", "--date", bad, "-")
		if code != ExitError || !strings.Contains(errOut, "--date") {
			t.Errorf("--date %s: exit %d, stderr %q; want exit %d naming --date", bad, code, errOut, ExitError)
		}
	}
}
