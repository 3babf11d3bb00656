// Command factlint is a fact-discrepancy linter for news copy: it reports
// where articles disagree with each other or with themselves.
//
//	factlint check testdata/seeds
//
// See the README and docs/ for the rules, the configuration and the output
// formats.
package main

import (
	"os"

	"github.com/factlint/factlint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.OSEnv()))
}
