package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

// BenchmarkFormat measures the format stage: 10,000 findings over 2,000
// files, each with two related locations, in every format.
func BenchmarkFormat(b *testing.B) {
	run := &Run{Tool: "factlint", Version: "bench", FilesChecked: 2000, Sources: map[string][]byte{}}
	for i := range 10000 {
		file := fmt.Sprintf("story%05d/outlet%02d.txt", i/5/10, i/5%10)
		run.Sources[file] = []byte("The barge travelled at 57 km/h on Thursday, officials said.\n")
		run.Diagnostics = append(run.Diagnostics, diag.Diagnostic{
			Location: span(file, 1+i%40, 5, 1+i%40, 12),
			Severity: diag.Severity(i % 3),
			Rule:     []string{"fact.mismatch", "name.typo", "style.honorific-stop"}[i%3],
			Message:  fmt.Sprintf("speed: 57 km/h here; %d km/h in outlet03.txt:4", 40+i%20),
			Related: []diag.Related{
				{Location: span("story00001/outlet03.txt", 4, 20, 4, 27), Message: "speed: 35 mph"},
				{Location: span("story00001/outlet04.txt", 2, 1, 2, 9), Message: "speed: 56 km/h"},
			},
		})
	}
	for _, name := range Names() {
		b.Run(name, func(b *testing.B) {
			f, err := New(name, Options{})
			if err != nil {
				b.Fatal(err)
			}
			w := &countWriter{}
			b.ReportAllocs()
			for b.Loop() {
				w.n = 0
				if err := f.Format(w, run); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(w.n)
		})
	}
}

// countWriter counts what a formatter writes, so that the benchmark
// reports output bytes per second.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)
