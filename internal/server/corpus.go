package server

import (
	"context"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
)

// Corpus is the published copy that submitted articles are compared
// against. Implementations must be safe for concurrent use. A corpus
// other than a *Static is read and checked again with every request.
type Corpus interface {
	// Articles returns the published articles in a stable order. The
	// caller does not change the slice or the bytes.
	Articles(ctx context.Context) ([]checker.Input, error)
}

// Static is a corpus held in memory: the files read at start-up. A
// server extracts it once, in New, instead of checking it again with
// every request.
type Static struct {
	inputs []checker.Input
}

// NewStatic returns a corpus of inputs, sorted by path so that the order
// (and with it the output) does not depend on how they were read.
func NewStatic(inputs []checker.Input) *Static {
	in := slices.Clone(inputs)
	slices.SortStableFunc(in, func(a, b checker.Input) int { return strings.Compare(a.Path, b.Path) })
	return &Static{inputs: in}
}

// Articles implements Corpus.
func (s *Static) Articles(context.Context) ([]checker.Input, error) { return s.inputs, nil }
