package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/gitx"
	"github.com/factlint/factlint/rules"
)

// checkInputs is what check reads and which of the findings it reports.
type checkInputs struct {
	inputs   []checker.Input
	ioFailed bool
	// note, if set, is printed instead of the summary line.
	note string
	// reported, if not nil, holds the paths of the files whose findings
	// are reported (--staged): the other inputs are only compared with.
	reported map[string]bool
	// lines, if not nil, holds the lines of each input changed since
	// --new-from-rev: only findings there are reported.
	lines map[string]changedLines
	// repoPaths maps the inputs read from the index (--staged) to their
	// paths below the top of the work tree.
	repoPaths map[string]string
}

// changedLines are the lines of one file changed since a revision.
type changedLines struct {
	all    bool // the file is new: every line is
	ranges []gitx.LineRange
}

// readCheckInputs reads the articles that check looks at: the paths
// given, or with --staged the index, and what --new-from-rev needs. It
// reports an error (printed) with ok false.
func readCheckInputs(paths []string, f *checkFlags, set *rules.Set, env Env) (in *checkInputs, ok bool) {
	if !f.staged && f.newFromRev == "" {
		inputs, failed := collectInputs(paths, f.stdinName, set, env, f.streams())
		return &checkInputs{inputs: inputs, ioFailed: failed}, true
	}
	ctx := context.Background()
	flagName := "--new-from-rev"
	if f.staged {
		flagName = "--staged"
	}
	if f.newFromRev != "" && strings.Contains(f.newFromRev, "..") {
		errorf(env, "--new-from-rev takes one revision, not a range (%q)", f.newFromRev)
		return nil, false
	}
	repo, err := openRepo(ctx, env.Dir)
	if err != nil {
		if errors.Is(err, gitx.ErrNotRepository) {
			errorf(env, "%s needs a git work tree: %s is not in a git work tree (%v)", flagName, env.Dir, err)
		} else {
			errorf(env, "%s: %v", flagName, err)
		}
		return nil, false
	}
	if f.staged {
		in, err = repo.readStaged(ctx, paths, set, env)
		if err == nil && f.newFromRev != "" {
			// A bad revision is --new-from-rev's error.
			var changes gitx.Changes
			if changes, err = gitx.ChangedLines(ctx, repo.top, f.newFromRev, true); err != nil {
				flagName = "--new-from-rev"
			}
			in.lines = map[string]changedLines{}
			for _, input := range in.inputs {
				in.lines[input.Path] = changedLines{ranges: changes[in.repoPaths[input.Path]]}
			}
		}
	} else {
		in = &checkInputs{}
		in.inputs, in.ioFailed = collectInputs(paths, f.stdinName, set, env, false)
		err = repo.markChanged(ctx, in, f.newFromRev, slices.Contains(paths, "-"), f.stdinName)
	}
	if err != nil {
		errorf(env, "%s: %v", flagName, err)
		return nil, false
	}
	return in, true
}

// repo is the git work tree that holds the working directory.
type repo struct {
	dir    string // the working directory
	top    string // absolute
	prefix string // the working directory below top, "" or ending in /
}

func openRepo(ctx context.Context, dir string) (*repo, error) {
	top, err := gitx.TopLevel(ctx, dir)
	if err != nil {
		return nil, err
	}
	prefix, err := gitx.Prefix(ctx, dir)
	if err != nil {
		return nil, err
	}
	return &repo{dir: dir, top: top, prefix: prefix}, nil
}

// display turns a path below the top into one relative to the working
// directory, as a user would type it there.
func (r *repo) display(p string) string {
	rel, err := filepath.Rel(filepath.FromSlash("/"+r.prefix), filepath.FromSlash("/"+p))
	if err != nil {
		return filepath.FromSlash(p)
	}
	return rel
}

// inRepo turns a path as given (relative to the working directory, or
// absolute) into one below the top, if it is in the work tree.
func (r *repo) inRepo(p string) (string, bool) {
	if !filepath.IsAbs(p) {
		rel := path.Clean(r.prefix + filepath.ToSlash(p))
		return rel, rel != ".." && !strings.HasPrefix(rel, "../")
	}
	for _, resolve := range []bool{false, true} {
		top, file := r.top, p
		if resolve {
			// The top git prints has its links resolved; p may not.
			var err error
			if top, err = filepath.EvalSymlinks(top); err != nil {
				return "", false
			}
			dir, err := filepath.EvalSymlinks(filepath.Dir(p))
			if err != nil {
				return "", false
			}
			file = filepath.Join(dir, filepath.Base(p))
		}
		if rel, err := filepath.Rel(top, file); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel), true
		}
	}
	return "", false
}

// isRepoArticle reports whether a file of the repository (a path below the
// top) is an article, by the rules of a directory walk from the top: its
// extension or an include glob, and no hidden file or directory.
func isRepoArticle(p string, set *rules.Set) bool {
	for part := range strings.SplitSeq(p, "/") {
		if strings.HasPrefix(part, ".") {
			return false
		}
	}
	return isArticle(filepath.FromSlash(p), path.Base(p), "", set)
}

// readStaged reads the index's version of every article of the repository
// and reports the findings of the staged ones (limited to paths). Articles
// over the set's size limit are skipped; notices for staged ones go to env.
func (r *repo) readStaged(ctx context.Context, paths []string, set *rules.Set, env Env) (*checkInputs, error) {
	if slices.Contains(paths, "-") {
		return nil, errors.New("the articles are read from the index, not from standard input (-)")
	}
	staged, err := gitx.StagedFiles(ctx, r.dir, paths...)
	if err != nil {
		return nil, err
	}
	if err := r.checkPaths(paths, staged); err != nil {
		return nil, err
	}
	in := &checkInputs{reported: map[string]bool{}, repoPaths: map[string]string{}}
	isStaged := map[string]bool{}
	for _, p := range staged {
		if isRepoArticle(p, set) {
			isStaged[p] = true
		}
	}
	if len(isStaged) == 0 {
		in.note = "factlint: no staged articles to check"
		return in, nil
	}
	entries, err := gitx.IndexFiles(ctx, r.top)
	if err != nil {
		return nil, err
	}
	var candidates []gitx.IndexEntry
	var ids []string
	for _, e := range entries {
		if e.Regular() && isRepoArticle(e.Path, set) {
			candidates = append(candidates, e)
			ids = append(ids, e.Object)
		}
	}
	// The size limit holds for the index as for the work tree: sizes
	// are asked first, so that an oversized blob is never read. A staged
	// one gets the notice a path would; one only compared with is
	// skipped quietly, as a hook must not nag about files not committed.
	limit := set.MaxFileSize
	if limit <= 0 {
		limit = rules.DefaultMaxFileSize
	}
	sizes, err := gitx.BlobSizes(ctx, r.top, ids)
	if err != nil {
		return nil, err
	}
	var articles []gitx.IndexEntry
	ids = ids[:0]
	for _, e := range candidates {
		if size := sizes[e.Object]; size > limit {
			if isStaged[e.Path] {
				noticef(env, r.display(e.Path), "%v (%s); skipped (the limit is %s: --max-file-size or max_file_size in the config)",
					errTooLarge, rules.FormatSize(size), rules.FormatSize(limit))
			}
			continue
		}
		articles = append(articles, e)
		ids = append(ids, e.Object)
	}
	blobs, err := gitx.ReadBlobs(ctx, r.top, ids)
	if err != nil {
		return nil, err
	}
	for _, e := range articles {
		name := r.display(e.Path)
		in.inputs = append(in.inputs, checker.Input{Path: name, Src: blobs[e.Object]})
		in.repoPaths[name] = e.Path
		if isStaged[e.Path] {
			in.reported[name] = true
		}
	}
	return in, nil
}

// checkPaths fails on a path given that is neither in the work tree nor
// holds a staged file, so that a misspelt path is not a clean run.
func (r *repo) checkPaths(paths, staged []string) error {
	for _, p := range paths {
		abs := p
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(r.dir, p)
		}
		if _, err := os.Lstat(abs); err == nil {
			continue
		}
		rel, ok := r.inRepo(p)
		if ok && slices.ContainsFunc(staged, func(s string) bool {
			return rel == "." || s == rel || strings.HasPrefix(s, rel+"/")
		}) {
			continue
		}
		return fmt.Errorf("%s: no such file or directory", p)
	}
	return nil
}

// markChanged records the lines of the inputs changed since rev in the
// work tree. A file that git does not track (not in the index, or outside
// the work tree) and standard input are new: every line counts.
func (r *repo) markChanged(ctx context.Context, in *checkInputs, rev string, stdin bool, stdinName string) error {
	changes, err := gitx.ChangedLines(ctx, r.top, rev, false)
	if err != nil {
		return err
	}
	entries, err := gitx.IndexFiles(ctx, r.top)
	if err != nil {
		return err
	}
	tracked := make(map[string]bool, len(entries))
	for _, e := range entries {
		tracked[e.Path] = true
	}
	in.lines = map[string]changedLines{}
	for _, input := range in.inputs {
		p, ok := r.inRepo(input.Path)
		if (stdin && input.Path == stdinName) || !ok || !tracked[p] {
			in.lines[input.Path] = changedLines{all: true}
			continue
		}
		in.lines[input.Path] = changedLines{ranges: changes[p]}
	}
	return nil
}

// narrow drops the findings that are not reported: those in files that
// are only compared with (--staged), and those on lines not changed since
// --new-from-rev. With --staged, the files counted are the staged ones.
func (in *checkInputs) narrow(res *checker.Result) {
	if in.reported == nil && in.lines == nil {
		return
	}
	res.Diagnostics = slices.DeleteFunc(res.Diagnostics, func(d diag.Diagnostic) bool {
		return !in.keep(d)
	})
	if in.reported == nil {
		return
	}
	isInput := make(map[string]bool, len(in.inputs))
	for _, input := range in.inputs {
		isInput[input.Path] = true
	}
	skipped := map[string]bool{}
	res.Notices = slices.DeleteFunc(res.Notices, func(n checker.Notice) bool {
		skipped[n.File] = true
		return isInput[n.File] && !in.reported[n.File]
	})
	res.FilesChecked = 0
	for p := range in.reported {
		if !skipped[p] {
			res.FilesChecked++
		}
	}
}

// keep reports whether a finding is reported.
func (in *checkInputs) keep(d diag.Diagnostic) bool {
	if in.reported != nil && !in.reported[d.File] {
		return false
	}
	if in.lines == nil {
		return true
	}
	ch, ok := in.lines[d.File]
	if !ok || ch.all {
		return true
	}
	// The span's lines; an end at the start of a line (ends are
	// exclusive) does not take that line in.
	from, to := d.Start.Line, d.End.Line
	if to > from && d.End.Column <= 1 {
		to--
	}
	to = max(from, to)
	for _, r := range ch.ranges {
		if r.Start <= to && from <= r.End {
			return true
		}
	}
	return false
}
