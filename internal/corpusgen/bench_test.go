package corpusgen

import "testing"

// BenchmarkEach generates 1,000 articles of about 4 KB: a corpus of
// 20,000 takes twenty times as long.
func BenchmarkEach(b *testing.B) {
	for b.Loop() {
		n := 0
		err := Each(Options{Articles: 1000, Seed: 1}, func(a Article) error {
			n += len(a.Text)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(n))
	}
}
