package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
)

// testHookBeforeRead, when set by a test, runs before each file is read:
// it makes a file vanish or become unreadable between the listing and the
// reading, as another process could.
var testHookBeforeRead func(path string)

// collectInputs reads the articles named by paths. Problems are printed
// and reported by the second result; everything readable is returned.
// A file is read once however it is spelt ("a.md", "./a.md", a link to
// it), under the first spelling given. A file larger than the set's
// MaxFileSize is not read: a notice names it and the rest is checked.
//
// With lazy, files are listed, measured and told apart here but read by
// the checker's workers (Input.Load), so that a run over many articles
// never holds them all; a read error is then one of the checker's notices.
func collectInputs(paths []string, stdinName string, set *rules.Set, env Env, lazy bool) ([]checker.Input, bool) {
	var inputs []checker.Input
	failed := false
	limit := set.MaxFileSize
	if limit <= 0 {
		limit = rules.DefaultMaxFileSize
	}
	seen := map[string]bool{}
	seenFiles := map[any]bool{}
	add := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		if testHookBeforeRead != nil {
			testHookBeforeRead(path)
		}
		st, err := statArticle(path, limit)
		if errors.Is(err, errTooLarge) {
			noticef(env, path, "%v; skipped (the limit is %s: --max-file-size or max_file_size in the config)", err, rules.FormatSize(limit))
			return
		}
		if err != nil {
			errorf(env, "%s: %v", path, describeIOError(err))
			failed = true
			return
		}
		// The same file under another spelling is checked once, as
		// first named: the result does not depend on how paths were
		// written.
		id := fileID(path, st)
		if seenFiles[id] {
			return
		}
		seenFiles[id] = true
		if lazy {
			inputs = append(inputs, checker.Input{Path: path, Load: func() ([]byte, error) {
				src, err := readArticle(path, limit)
				if err != nil {
					return nil, fmt.Errorf("%s", describeIOError(err))
				}
				return src, nil
			}})
			return
		}
		src, err := readArticle(path, limit)
		if err != nil {
			errorf(env, "%s: %v", path, describeIOError(err))
			failed = true
			return
		}
		inputs = append(inputs, checker.Input{Path: path, Src: src})
	}
	for _, p := range paths {
		if p == "-" {
			if seen["-"] {
				continue
			}
			seen["-"] = true
			src, err := io.ReadAll(io.LimitReader(env.Stdin, limit+1))
			switch {
			case err != nil:
				errorf(env, "%s: reading standard input: %v", stdinName, err)
				failed = true
			case int64(len(src)) > limit:
				noticef(env, stdinName, "larger than %s; skipped (--max-file-size or max_file_size in the config)", rules.FormatSize(limit))
			default:
				inputs = append(inputs, checker.Input{Path: stdinName, Src: src})
			}
			continue
		}
		clean := filepath.Clean(p)
		st, err := os.Stat(clean)
		if err != nil {
			errorf(env, "%s: %v", p, describeIOError(err))
			failed = true
			continue
		}
		if !st.IsDir() {
			add(clean)
			continue
		}
		found, walkFailed := walkArticles(clean, set, env)
		failed = failed || walkFailed
		if len(found) == 0 && !walkFailed {
			errorf(env, "%s: no articles found (looked for %s)", p, strings.Join(set.Extensions, " "))
			failed = true
		}
		for _, f := range found {
			add(f)
		}
	}
	// Articles are checked in the order of their names, not of the
	// arguments: "b.md a.md" and "a.md b.md" give the same bytes (the
	// first use of a spelling, which a note points to, does not
	// depend on how the shell expanded a glob).
	slices.SortStableFunc(inputs, func(a, b checker.Input) int { return strings.Compare(a.Path, b.Path) })
	return inputs, failed
}

// errTooLarge is returned by readArticle for a file over the size limit.
var errTooLarge = errors.New("file too large")

// statArticle checks that path is a regular file of at most limit bytes.
// A FIFO, device or socket is refused before it is opened: reading it
// could block for ever or never end.
func statArticle(path string, limit int64) (os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w (%s)", errTooLarge, rules.FormatSize(st.Size()))
	}
	return st, nil
}

// readArticle reads the regular file at path, of at most limit bytes,
// without reading more than limit+1 bytes of a larger one (memory stays
// bounded by the limit, even for a file that grows, or is replaced by a
// FIFO, after statArticle looked at it).
func readArticle(path string, limit int64) ([]byte, error) {
	st, err := statArticle(path, limit)
	if err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = fh.Close() }() // read only: nothing to lose
	// Room for the size stat gave and one byte more, so that an article
	// is read with one call and its end seen with a second (io.ReadAll
	// starts from 512 bytes and takes some six calls for 4 KB).
	src := make([]byte, 0, st.Size()+1)
	r := io.LimitReader(fh, limit+1)
	for {
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)]
		}
		n, err := r.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(src)) > limit {
		return nil, fmt.Errorf("%w (it grew while it was read)", errTooLarge)
	}
	return src, nil
}

// noticef prints a notice about a file that is skipped, not an error.
func noticef(env Env, file, format string, args ...any) {
	errorf(env, "%s: %s", file, fmt.Sprintf(format, args...))
}

// walkArticles lists the articles under dir, in lexical order, skipping
// hidden directories such as .git.
func walkArticles(dir string, set *rules.Set, env Env) ([]string, bool) {
	var out []string
	failed := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errorf(env, "%s: %v", path, describeIOError(err))
			failed = true
			if d != nil && d.IsDir() && path != dir {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if path != dir && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || !isArticle(path, name, dir, set) {
			return nil
		}
		// A link is followed only to a regular file, never to a
		// directory (so no loops); one that dangles or loops is named.
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			if err != nil {
				noticef(env, path, "%s; skipped", describeIOError(err))
				return nil
			}
			if !st.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		out = append(out, path)
		return nil
	})
	if err != nil {
		errorf(env, "%s: %v", dir, err)
		failed = true
	}
	return out, failed
}

// isArticle reports a file checked by extension or by an include glob,
// matched against its name and its path below the directory given.
func isArticle(path, name, root string, set *rules.Set) bool {
	if slices.Contains(set.Extensions, strings.ToLower(filepath.Ext(name))) {
		return true
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		rel = path
	}
	for _, g := range set.Include {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
		if ok, _ := filepath.Match(g, filepath.ToSlash(rel)); ok {
			return true
		}
	}
	return false
}

// fileIDByPath identifies a file by its absolute path with links
// resolved, where the system gives no file identity.
func fileIDByPath(path string) any {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	return path
}
