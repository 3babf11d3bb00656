// Package cli implements the factlint command: argument parsing, the
// subcommands (check, rules, init, hook, version) and exit codes. It takes
// its standard streams, environment and working directory from the Env it
// is given, so that tests run it in process; git is run as a program
// (internal/gitx).
package cli
