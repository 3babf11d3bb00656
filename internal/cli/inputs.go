package cli

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
)

// collectInputs reads the articles named by paths. Problems are printed
// and reported by the second result; everything readable is returned.
func collectInputs(paths []string, stdinName string, set *rules.Set, env Env) ([]checker.Input, bool) {
	var inputs []checker.Input
	failed := false
	seen := map[string]bool{}
	add := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		src, err := os.ReadFile(path)
		if err != nil {
			errorf(env, "%s: %v", path, describeIOError(err))
			failed = true
			return
		}
		inputs = append(inputs, checker.Input{Path: path, Src: src})
	}
	for _, p := range paths {
		if p == "-" {
			src, err := io.ReadAll(env.Stdin)
			if err != nil {
				errorf(env, "%s: reading standard input: %v", stdinName, err)
				failed = true
				continue
			}
			if !seen["-"] {
				seen["-"] = true
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
	return inputs, failed
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
		// A link is followed only to a regular file: not to a
		// directory (no loops) and not when it dangles.
		if d.Type()&fs.ModeSymlink != 0 && !isRegularFile(path) || d.Type()&fs.ModeSymlink == 0 && !d.Type().IsRegular() {
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

// isRegularFile reports whether path leads to a regular file.
func isRegularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
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
