package udiff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"

	_ "github.com/factlint/factlint/internal/golden"
)

func TestUnified(t *testing.T) {
	ten := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line in the middle", ten, strings.Replace(ten, "5\n", "five\n", 1),
			"@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"},
		{"first line", ten, strings.Replace(ten, "1\n", "one\n", 1),
			"@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n"},
		{"last line", ten, strings.Replace(ten, "10\n", "ten\n", 1),
			"@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n"},
		{"two changes far apart are two hunks", ten, strings.NewReplacer("1\n", "one\n", "10\n", "ten\n").Replace(ten),
			"@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n"},
		{"changes six lines apart share a hunk", ten, strings.NewReplacer("2\n", "two\n", "9\n", "nine\n").Replace(ten),
			"@@ -1,10 +1,10 @@\n 1\n-2\n+two\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+nine\n 10\n"},
		{"changes seven lines apart do not", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n", "1\none\n3\n4\n5\n6\n7\n8\n9\n10\neleven\n",
			"@@ -1,5 +1,5 @@\n 1\n-2\n+one\n 3\n 4\n 5\n@@ -8,4 +8,4 @@\n 8\n 9\n 10\n-11\n+eleven\n"},
		{"insertion", "a\nb\n", "a\nnew\nb\n", "@@ -1,2 +1,3 @@\n a\n+new\n b\n"},
		{"deletion", "a\nold\nb\n", "a\nb\n", "@@ -1,3 +1,2 @@\n a\n-old\n b\n"},
		{"into an empty file", "", "a\n", "@@ -0,0 +1 @@\n+a\n"},
		{"everything removed", "a\nb\n", "", "@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"no newline at the end", "a\nb", "a\nc", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"newline added at the end", "a", "a\n", "@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n"},
		{"CRLF kept", "a\r\nb\r\n", "a\r\nc\r\n", "@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Unified("a/x", "b/x", []byte(tc.a), []byte(tc.b), 3)
			want := tc.want
			if want != "" {
				want = "--- a/x\n+++ b/x\n" + want
			}
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestAgainstDiff compares with diff -u, where it is installed, on cases
// where the shortest script is unique.
func TestAgainstDiff(t *testing.T) {
	if _, err := exec.LookPath("diff"); err != nil {
		t.Skip("no diff on PATH")
	}
	dir := t.TempDir()
	a := "Putin arrived on Monday.\nOfficials said Putin would stay.\n\nOn Tuesday Putting met the owner.\nHe left.\n\nMore copy.\nAnd more.\nThe end.\n"
	b := strings.Replace(a, "Putting", "Putin", 1)
	writeFile(t, dir+"/a", a)
	writeFile(t, dir+"/b", b)
	out, _ := exec.Command("diff", "-u", "--label", "a/x", "--label", "b/x", dir+"/a", dir+"/b").Output()
	if got := Unified("a/x", "b/x", []byte(a), []byte(b), 3); got != string(out) {
		t.Errorf("got:\n%s\ndiff -u:\n%s", got, out)
	}
}

// apply applies a unified diff made by Unified to a, checking every
// context and removed line, as patch would.
func apply(t *testing.T, a, patch string) string {
	t.Helper()
	x := splitLines([]byte(a))
	lines := strings.SplitAfter(patch, "\n")
	var out []string
	next := 0 // next line of x to copy
	for i := 2; i < len(lines) && lines[i] != ""; i++ {
		l := lines[i]
		if strings.HasPrefix(l, "@@") {
			var as, an, bs, bn int
			if _, err := fmt.Sscanf(normalise(l), "@@ -%d,%d +%d,%d @@", &as, &an, &bs, &bn); err != nil {
				t.Fatalf("bad hunk header %q: %v", l, err)
			}
			first := as - 1
			if an == 0 {
				first = as
			}
			for next < first {
				out = append(out, x[next])
				next++
			}
			continue
		}
		body := l[1:]
		if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\\ No newline") {
			body = strings.TrimSuffix(body, "\n")
			i++
		}
		switch l[0] {
		case ' ', '-':
			if next >= len(x) || x[next] != body {
				t.Fatalf("line %d: patch has %q, file has %q", next+1, body, x[min(next, len(x)-1)])
			}
			if l[0] == ' ' {
				out = append(out, body)
			}
			next++
		case '+':
			out = append(out, body)
		default:
			t.Fatalf("bad patch line %q", l)
		}
	}
	out = append(out, x[next:]...)
	return strings.Join(out, "")
}

// normalise writes a hunk header's one-line ranges as "l,1".
func normalise(h string) string {
	f := strings.Fields(h)
	for i := 1; i <= 2; i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ")
}

func TestRandomRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a\n", "b\n", "c\n", "d\n", "a", "\n"}
	gen := func() string {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(words[r.IntN(len(words)-2)])
		}
		if r.IntN(4) == 0 {
			b.WriteString("z")
		}
		return b.String()
	}
	for i := range 2000 {
		a, b := gen(), gen()
		ctx := r.IntN(4)
		d := Unified("a", "b", []byte(a), []byte(b), ctx)
		if (d == "") != (a == b) {
			t.Fatalf("case %d: empty diff for different texts or the reverse", i)
		}
		if d == "" {
			continue
		}
		if got := apply(t, a, d); got != b {
			t.Fatalf("case %d: applying\n%s\nto %q gives %q, want %q", i, d, a, got, b)
		}
	}
}

// TestShortest: the script is a shortest one, and past the bound the
// fallback script is still correct.
func TestShortest(t *testing.T) {
	x := splitLines([]byte("a\nb\nc\na\nb\nb\na\n"))
	y := splitLines([]byte("c\nb\na\nb\na\nc\n"))
	count := func(ops []op) int {
		n := 0
		for _, o := range ops {
			if o.kind != opEqual {
				n++
			}
		}
		return n
	}
	if n := count(myers(x, y, maxEdits)); n != 5 {
		t.Errorf("%d edits, want 5 (Myers' example)", n)
	}
	ops := myers(x, y, 2)
	if n := count(ops); n != len(x)+len(y) {
		t.Errorf("past the bound: %d edits, want all %d lines", n, len(x)+len(y))
	}
	a, b := strings.Join(x, ""), strings.Join(y, "")
	var patch strings.Builder
	patch.WriteString("--- a\n+++ b\n")
	for _, h := range hunks(ops, 3) {
		writeHunk(&patch, h, x, y)
	}
	if got := apply(t, a, patch.String()); got != b {
		t.Errorf("fallback script gives %q, want %q", got, b)
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
