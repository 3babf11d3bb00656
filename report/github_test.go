package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

func TestGitHubEscaping(t *testing.T) {
	run := &Run{Tool: "factlint", Diagnostics: []diag.Diagnostic{{
		Location: span("desk,1/a:b%.txt", 2, 3, 2, 10),
		Severity: diag.Error, Rule: "name.typo",
		Message: "100% sure\r\nnext line",
		Related: []diag.Related{{Location: span("c,d.txt", 1, 1, 1, 6), Message: "x: y"}},
		Fix:     &diag.Fix{Replacement: "Putin"},
	}}}
	got := format(t, "github", Options{}, run)
	// In properties %, CR, LF, colon and comma are escaped; in the
	// message only %, CR and LF, and related places and the fix are
	// lines of the message.
	want := "::error file=desk%2C1/a%3Ab%25.txt,line=2,col=3,endLine=2,endColumn=9,title=factlint%3A name.typo::" +
		"100%25 sure%0D%0Anext line%0Ac,d.txt:1:1: note: x: y%0Afix: replace with \"Putin\"\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for in, want := range map[string]string{"50%": "50%25", "a\rb": "a%0Db", "a\nb": "a%0Ab", "%0A": "%250A", "a:b,c": "a:b,c"} {
		if got := githubEscapeData(in); got != want {
			t.Errorf("githubEscapeData(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"a:b,c": "a%3Ab%2Cc", "50%,": "50%25%2C", "x\r\ny": "x%0D%0Ay", "%3A": "%253A"} {
		if got := githubEscapeProperty(in); got != want {
			t.Errorf("githubEscapeProperty(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGitHubPositions: columns only for a span on one line, the end
// column inclusive; a span that ends at the start of a line ends on the
// line before.
func TestGitHubPositions(t *testing.T) {
	run := &Run{Diagnostics: []diag.Diagnostic{
		{Location: span("a.txt", 17, 1, 49, 1), Severity: diag.Warning, Rule: "r", Message: "m"},
		{Location: span("a.txt", 3, 5, 4, 2), Severity: diag.Warning, Rule: "r", Message: "m"},
		{Location: span("a.txt", 5, 7, 5, 7), Severity: diag.Info, Rule: "r", Message: "m"},
		{Location: span("a.txt", 6, 7, 6, 8), Severity: diag.Info, Rule: "r", Message: "m"},
	}}
	got := strings.Split(strings.TrimSuffix(format(t, "github", Options{}, run), "\n"), "\n")
	want := []string{
		"::warning file=a.txt,line=17,endLine=48,title=factlint%3A r::m",
		"::warning file=a.txt,line=3,endLine=4,title=factlint%3A r::m",
		"::notice file=a.txt,line=5,col=7,title=factlint%3A r::m",
		"::notice file=a.txt,line=6,col=7,endLine=6,endColumn=7,title=factlint%3A r::m",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGitHubCap: at most ten annotations of each level, the first ones
// in the run's order, and a closing notice that counts the rest; the
// notice takes one of the ten notice places.
func TestGitHubCap(t *testing.T) {
	for _, tc := range []struct {
		errs, warns, infos int
		shown              [3]int
		notice             string
	}{
		{10, 10, 10, [3]int{10, 10, 10}, ""},
		{0, 0, 0, [3]int{}, ""},
		{13, 25, 0, [3]int{10, 10, 0}, "3 more errors and 15 more warnings"},
		{0, 0, 12, [3]int{0, 0, 9}, "3 more info"},
		{11, 0, 10, [3]int{10, 0, 9}, "1 more error and 1 more info"},
		{0, 11, 1, [3]int{0, 10, 1}, "1 more warning"},
		{12, 11, 11, [3]int{10, 10, 9}, "2 more errors, 1 more warning and 2 more info"},
	} {
		t.Run(fmt.Sprintf("%d-%d-%d", tc.errs, tc.warns, tc.infos), func(t *testing.T) {
			var ds []diag.Diagnostic
			add := func(n int, sev diag.Severity) {
				for i := range n {
					ds = append(ds, diag.Diagnostic{Location: span("a.txt", len(ds)+1, 1, len(ds)+1, 2), Severity: sev, Rule: "r", Message: fmt.Sprintf("%s %d", sev, i+1)})
				}
			}
			add(tc.errs, diag.Error)
			add(tc.warns, diag.Warning)
			add(tc.infos, diag.Info)
			out := format(t, "github", Options{}, &Run{Diagnostics: ds})
			var shown [3]int
			var closing []string
			for line := range strings.SplitSeq(strings.TrimSuffix(out, "\n"), "\n") {
				switch {
				case line == "":
				case strings.HasPrefix(line, "::notice::"):
					closing = append(closing, strings.TrimPrefix(line, "::notice::"))
				default:
					cmd, rest, _ := strings.Cut(strings.TrimPrefix(line, "::"), " ")
					lv := slices.Index([]string{"error", "warning", "notice"}, cmd)
					if lv < 0 {
						t.Fatalf("not an annotation: %q", line)
					}
					shown[lv]++
					// The first ones of each level, in order.
					sev := []string{"error", "warning", "info"}[lv]
					if want := fmt.Sprintf("::%s %d", sev, shown[lv]); !strings.HasSuffix(rest, want) {
						t.Errorf("annotation %d of %s is %q", shown[lv], cmd, line)
					}
				}
			}
			if shown != tc.shown {
				t.Errorf("shown %v, want %v", shown, tc.shown)
			}
			if tc.notice == "" {
				if len(closing) > 0 {
					t.Errorf("closing notice %q, want none", closing)
				}
				return
			}
			want := "factlint: " + tc.notice + " not shown as annotations; run factlint locally or use --format sarif"
			if len(closing) != 1 || closing[0] != want {
				t.Errorf("closing notice %q, want %q", closing, want)
			}
			if !strings.HasSuffix(out, "::notice::"+want+"\n") {
				t.Error("the closing notice is not the last line")
			}
			if shown[2]+len(closing) > githubLimit {
				t.Errorf("%d notices, GitHub shows %d", shown[2]+len(closing), githubLimit)
			}
		})
	}
}
