// Package cli implements the factlint command: argument parsing, the
// subcommands (check, rules, init, version) and exit codes. It touches the
// outside world only through the Env it is given, so that tests run it in
// process.
package cli
