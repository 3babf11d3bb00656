// Package gitx runs the git binary for factlint: where a work tree's top
// and hooks directory are, which files are staged, the index's entries and
// their contents, and which lines changed since a revision.
//
// Every function takes a context and the directory git runs in, starts
// the real git found on PATH with os/exec, and inherits the process's
// environment, so that a hook's GIT_INDEX_FILE (a partial commit's
// temporary index) is honoured. Output that names files is read with -z
// or unquoted as git quotes it, so that names with spaces, quotes, tabs,
// newlines or non-ASCII letters come through unchanged. Paths are
// relative to the top of the work tree and separated by slashes, as git
// writes them. A failed command is an *Error, which names the command and
// holds git's message; one run outside a repository also matches
// ErrNotRepository. The package keeps no state between calls.
package gitx
