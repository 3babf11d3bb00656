package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
)

func main() {
	set, _ := rules.Load("")
	var in []checker.Input
	filepath.Walk(os.Args[1], func(p string, i os.FileInfo, _ error) error {
		if !i.IsDir() {
			b, _ := os.ReadFile(p)
			in = append(in, checker.Input{Path: p, Src: b})
		}
		return nil
	})
	res, _ := checker.Check(in, checker.Options{Rules: set, Jobs: 2})
	_ = func() {
		runtime.GC()
		f, _ := os.Create("/tmp/arch-heap.out")
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	_ = res
}
