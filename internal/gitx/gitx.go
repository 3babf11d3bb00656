package gitx

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrNotRepository is matched (with errors.Is) by the error of a command
// run outside a git work tree.
var ErrNotRepository = errors.New("not in a git work tree")

// Error is a git command that failed.
type Error struct {
	// Args are the arguments after "git".
	Args []string
	// Stderr is git's message, with surrounding space trimmed.
	Stderr string
	// Err is the error of os/exec: an *exec.ExitError, or why git could
	// not be started.
	Err error
}

// Error names the command by its subcommand ("git diff: fatal: bad
// revision 'x'"); Args has the rest.
func (e *Error) Error() string {
	msg := "git"
	for _, a := range e.Args {
		if !strings.HasPrefix(a, "-") {
			msg += " " + a
			break
		}
	}
	if e.Stderr != "" {
		return msg + ": " + e.Stderr
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the os/exec error, and ErrNotRepository when git said
// that it is not in a repository or a work tree.
func (e *Error) Unwrap() []error {
	errs := []error{e.Err}
	if strings.Contains(e.Stderr, "not a git repository") || strings.Contains(e.Stderr, "must be run in a work tree") {
		errs = append(errs, ErrNotRepository)
	}
	return errs
}

// run runs git with args in dir and returns its standard output.
func run(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	cmd.Stdin = stdin
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, &Error{Args: args, Stderr: strings.TrimSpace(errb.String()), Err: err}
	}
	return out.Bytes(), nil
}

// line returns out without its final newline.
func line(out []byte) string {
	return strings.TrimSuffix(strings.TrimSuffix(string(out), "\n"), "\r")
}

// TopLevel returns the absolute path of the top directory of the work
// tree that holds dir.
func TopLevel(ctx context.Context, dir string) (string, error) {
	out, err := run(ctx, dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	return filepath.FromSlash(line(out)), nil
}

// Prefix returns dir's path below the top of its work tree, with a
// trailing slash ("copy/drafts/"), or "" at the top.
func Prefix(ctx context.Context, dir string) (string, error) {
	out, err := run(ctx, dir, nil, "rev-parse", "--show-prefix")
	if err != nil {
		return "", err
	}
	return line(out), nil
}

// HooksDir returns the directory in which git looks for the hooks of the
// repository that holds dir: core.hooksPath if set, else the hooks
// directory of the common git directory (shared by linked work trees).
// The path is absolute, or relative to dir.
func HooksDir(ctx context.Context, dir string) (string, error) {
	out, err := run(ctx, dir, nil, "rev-parse", "--git-path", "hooks")
	if err != nil {
		return "", err
	}
	p := filepath.FromSlash(line(out))
	if p == "" {
		return "", &Error{Args: []string{"rev-parse", "--git-path", "hooks"}, Err: errors.New("no output")}
	}
	return p, nil
}

// StagedFiles lists the files whose staged (index) version is new or
// differs from HEAD's: added, copied, modified and renamed files, by
// their new names; deleted files are not listed. Before the first commit
// every file in the index is staged. pathspecs, relative to dir, limit the
// list; they are literal paths (files or directories), not globs.
func StagedFiles(ctx context.Context, dir string, pathspecs ...string) ([]string, error) {
	args := []string{"--literal-pathspecs", "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames", "--no-ext-diff", "--no-relative", "--ignore-submodules", "--"}
	out, err := run(ctx, dir, nil, append(args, pathspecs...)...)
	if err != nil {
		return nil, err
	}
	return splitZ(out), nil
}

// splitZ splits NUL-terminated records.
func splitZ(out []byte) []string {
	var names []string
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) > 0 {
			names = append(names, string(rec))
		}
	}
	return names
}

// Index entry modes of git's object model.
const (
	ModeFile       = 0o100644
	ModeExecutable = 0o100755
	ModeSymlink    = 0o120000
	ModeSubmodule  = 0o160000
)

// IndexEntry is a file in the index.
type IndexEntry struct {
	// Path is relative to the top of the work tree, slash-separated.
	Path string
	// Mode is the git mode: ModeFile, ModeExecutable, ModeSymlink or
	// ModeSubmodule.
	Mode uint32
	// Object is the id of the staged content (a blob, or a commit for a
	// submodule).
	Object string
	// Stage is 0, or 1 to 3 for the sides of an unresolved merge
	// conflict.
	Stage int
}

// Regular reports whether the entry is a file with contents (not a link or
// a submodule) and not a side of an unresolved conflict.
func (e IndexEntry) Regular() bool {
	return e.Stage == 0 && (e.Mode == ModeFile || e.Mode == ModeExecutable)
}

// IndexFiles lists every entry of the index of the repository whose work
// tree's top is top, in git's order (by path).
func IndexFiles(ctx context.Context, top string) ([]IndexEntry, error) {
	args := []string{"ls-files", "-z", "--stage", "--full-name"}
	out, err := run(ctx, top, nil, args...)
	if err != nil {
		return nil, err
	}
	var entries []IndexEntry
	for _, rec := range splitZ(out) {
		e, err := parseStageLine(rec)
		if err != nil {
			return nil, fmt.Errorf("git %s: %w", args[0], err)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// parseStageLine reads "<mode> <object> <stage>\t<path>".
func parseStageLine(rec string) (IndexEntry, error) {
	meta, path, ok := strings.Cut(rec, "\t")
	fields := strings.Fields(meta)
	if !ok || len(fields) != 3 || path == "" {
		return IndexEntry{}, fmt.Errorf("unexpected entry %q", rec)
	}
	mode, err := strconv.ParseUint(fields[0], 8, 32)
	if err != nil {
		return IndexEntry{}, fmt.Errorf("unexpected mode in %q", rec)
	}
	stage, err := strconv.Atoi(fields[2])
	if err != nil {
		return IndexEntry{}, fmt.Errorf("unexpected stage in %q", rec)
	}
	return IndexEntry{Path: path, Mode: uint32(mode), Object: fields[1], Stage: stage}, nil
}

// BlobSizes returns the size in bytes of each object with the given ids
// (as IndexEntry.Object gives them), with one git cat-file --batch-check
// run in dir, without reading the contents: a caller that must not hold
// an oversized file learns its size first. A missing object is an error.
func BlobSizes(ctx context.Context, dir string, ids []string) (map[string]int64, error) {
	sizes := make(map[string]int64, len(ids))
	if len(ids) == 0 {
		return sizes, nil
	}
	args := []string{"cat-file", "--batch-check"}
	fail := func(err error) (map[string]int64, error) {
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	var req strings.Builder
	for _, id := range ids {
		if id == "" || strings.ContainsAny(id, " \t\n") {
			return fail(fmt.Errorf("bad object id %q", id))
		}
		req.WriteString(id + "\n")
	}
	out, err := run(ctx, dir, strings.NewReader(req.String()), args...)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(ids) {
		return fail(fmt.Errorf("%d answers for %d objects", len(lines), len(ids)))
	}
	for i, ln := range lines {
		fields := strings.Fields(ln)
		if len(fields) == 2 && fields[1] == "missing" {
			return fail(fmt.Errorf("object %s is missing", ids[i]))
		}
		if len(fields) != 3 || fields[0] != ids[i] {
			return fail(fmt.Errorf("unexpected answer %q for %s", ln, ids[i]))
		}
		size, err := strconv.ParseInt(fields[2], 10, 64)
		if err != nil || size < 0 {
			return fail(fmt.Errorf("unexpected answer %q for %s", ln, ids[i]))
		}
		sizes[ids[i]] = size
	}
	return sizes, nil
}

// ReadBlobs reads the contents of the objects with the given ids (as
// IndexEntry.Object gives them) with one git cat-file --batch, run in
// dir. A missing object is an error.
func ReadBlobs(ctx context.Context, dir string, ids []string) (map[string][]byte, error) {
	blobs := make(map[string][]byte, len(ids))
	if len(ids) == 0 {
		return blobs, nil
	}
	args := []string{"cat-file", "--batch"}
	fail := func(err error) (map[string][]byte, error) {
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	var want []string
	var req strings.Builder
	for _, id := range ids {
		if _, dup := blobs[id]; dup {
			continue
		}
		if id == "" || strings.ContainsAny(id, " \t\n") {
			return fail(fmt.Errorf("bad object id %q", id))
		}
		blobs[id] = nil
		want = append(want, id)
		req.WriteString(id + "\n")
	}
	out, err := run(ctx, dir, strings.NewReader(req.String()), args...)
	if err != nil {
		return nil, err
	}
	r := bufio.NewReader(bytes.NewReader(out))
	for _, id := range want {
		header, err := r.ReadString('\n')
		if err != nil {
			return fail(fmt.Errorf("reading %s: %w", id, err))
		}
		fields := strings.Fields(header)
		if len(fields) == 2 && fields[1] == "missing" {
			return fail(fmt.Errorf("object %s is missing", id))
		}
		if len(fields) != 3 {
			return fail(fmt.Errorf("unexpected header %q", header))
		}
		size, err := strconv.Atoi(fields[2])
		if err != nil || size < 0 {
			return fail(fmt.Errorf("unexpected header %q", header))
		}
		data := make([]byte, size+1) // the contents and a newline
		if _, err := io.ReadFull(r, data); err != nil {
			return fail(fmt.Errorf("reading %s: %w", id, err))
		}
		blobs[id] = data[:size:size]
	}
	return blobs, nil
}
