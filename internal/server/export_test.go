package server

import "github.com/factlint/factlint/checker"

// SetPriorsHook makes every request against an extracted corpus hand the
// priors it gives the checker to f, until the returned function is
// called. Not for parallel tests.
func SetPriorsHook(f func([]checker.Prior)) (reset func()) {
	testHookPriors = f
	return func() { testHookPriors = nil }
}
