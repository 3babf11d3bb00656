package english

import (
	"strings"
	"testing"
)

func TestIsWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"the", true},
		{"putting", true},
		{"colour", true}, // British
		{"color", true},  // American
		{"programmes", true},
		{"a", true},
		{"zygote", true},
		{"abbé", true},
		{"", false},
		{"The", false}, // callers fold case
		{"halvik", false},
		{"kelsford", false},
		{"puttin", false},
		{"zzzz", false},
		{"aaaa", false},
		{"the\nend", false},
	}
	for _, tc := range tests {
		if got := IsWord(tc.w); got != tc.want {
			t.Errorf("IsWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestListSorted checks what the binary search relies on: sorted,
// distinct, lower-case lines, each ending with a newline, and every one
// of them found.
func TestListSorted(t *testing.T) {
	if !strings.HasSuffix(words, "\n") {
		t.Fatal("words.txt does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(words, "\n"), "\n")
	if len(lines) < 50000 {
		t.Fatalf("%d words, want the whole list", len(lines))
	}
	for i, w := range lines {
		if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " '") {
			t.Fatalf("line %d: %q is not a lower-case word", i+1, w)
		}
		if i > 0 && lines[i-1] >= w {
			t.Fatalf("line %d: %q after %q: not sorted or repeated", i+1, w, lines[i-1])
		}
		if !IsWord(w) {
			t.Fatalf("line %d: %q not found", i+1, w)
		}
	}
}

func BenchmarkIsWord(b *testing.B) {
	ws := []string{"the", "putting", "halvik", "zygote", "kelsford", "abandon"}
	for i := 0; b.Loop(); i++ {
		IsWord(ws[i%len(ws)])
	}
}
