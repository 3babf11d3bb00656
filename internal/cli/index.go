package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/archive"
	"github.com/factlint/factlint/rules"
)

const indexHelp = `Usage: factlint index [flags] PATH...

Stores the facts, names and story terms of the articles in PATHs (files
or directories, searched as check searches them) in an archive, so that
factlint check --archive FILE NEW.md compares a new article with them
without reading them again. An article whose bytes did not change since
it was indexed is not read twice; an archived article whose file is gone
is removed. An archive made with other rules or another factlint version
is rebuilt. See docs/archive.md.

Flags:
`

func runIndex(args []string, env Env) (code int) {
	var archivePath, config string
	var jobs int
	var quiet bool
	fs := newFlagSet("index", env, indexHelp)
	fs.StringVar(&archivePath, "archive", archive.DefaultPath, "the archive `FILE` (created if there is none)")
	fs.StringVar(&config, "config", "", "configuration file (default: .factlint.toml in the working directory or a parent)")
	fs.IntVar(&jobs, "jobs", 0, "articles read at once (default: the number of CPUs)")
	fs.BoolVar(&quiet, "quiet", false, "print no progress bar and no summary on standard error")
	paths, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if len(paths) == 0 {
		errorf(env, "index needs at least one file or directory")
		fs.Usage()
		return ExitError
	}
	for _, p := range paths {
		if p == "-" {
			errorf(env, "index reads files, not standard input: an archived article needs a path")
			return ExitError
		}
	}
	set, ok := loadRules(config, env)
	if !ok {
		return ExitError
	}
	arch, rebuilt, err := archive.OpenWrite(archivePath, set.Fingerprint(Version))
	if err != nil {
		errorf(env, "--archive %v", err)
		return ExitError
	}
	defer func() {
		// Closing releases the lock; an error here may mean the last
		// batch is not on disk.
		if err := arch.Close(); err != nil {
			errorf(env, "--archive %s: closing: %v", archivePath, err)
			code = ExitError
		}
	}()
	if rebuilt && !quiet {
		errorf(env, "%s: made with other rules or another factlint version; indexing every article again", archivePath)
	}
	old, err := arch.Paths()
	if err != nil {
		errorf(env, "--archive %s: %v", archivePath, err)
		return ExitError
	}
	inputs, failed := collectInputs(paths, "", set, env, true)
	st := indexStats{}
	// An unchanged article is found by its key when the worker reads it,
	// and goes no further.
	present := make(map[string]bool, len(inputs))
	keys := make([]archive.Key, len(inputs))
	// unreadable marks the files that could not be read (exit 2); a file
	// that is read but not checked (binary) is only reported, as check
	// does.
	unreadable := make([]bool, len(inputs))
	for i := range inputs {
		// Every input is read lazily: standard input is refused above.
		path, load := inputs[i].Path, inputs[i].Load
		present[path] = true
		inputs[i].Load = func() ([]byte, error) {
			src, err := load()
			if err != nil {
				unreadable[i] = true
				return nil, err
			}
			keys[i] = archive.KeyOf(path, src)
			if k, ok := old[path]; ok && k == keys[i] {
				return nil, errUnchanged
			}
			return src, nil
		}
	}
	tick, stop := startProgress(len(inputs), quiet, env)
	var batch []*checker.Extracted
	var batchKeys []archive.Key
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := arch.Update(func(w *archive.Write) error {
			for j, e := range batch {
				if err := w.Put(batchKeys[j], e); err != nil {
					return err
				}
			}
			return nil
		})
		batch, batchKeys = batch[:0], batchKeys[:0]
		return err
	}
	var writeErr error
	checker.Extract(inputs, checker.Options{Rules: set, Jobs: jobs}, func(i int, e *checker.Extracted, err error) {
		if tick != nil {
			size := 0
			if e != nil {
				size = e.Size
			}
			tick(size)
		}
		switch {
		case errors.Is(err, errUnchanged):
			st.unchanged++
			return
		case err != nil:
			errorf(env, "%s: %v", inputs[i].Path, err)
			failed = failed || unreadable[i]
			return
		case writeErr != nil:
			return
		}
		st.indexed++
		batch = append(batch, e)
		batchKeys = append(batchKeys, keys[i])
		// One transaction per batch: a commit syncs the file, which
		// costs more than a few hundred records.
		if len(batch) == 500 {
			writeErr = flush()
		}
	})
	stop()
	if writeErr == nil {
		writeErr = flush()
	}
	if writeErr == nil {
		writeErr = arch.Update(func(w *archive.Write) error {
			for p := range old {
				if present[p] {
					continue
				}
				if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
					st.removed++
					if err := w.Remove(p); err != nil {
						return err
					}
				}
			}
			return nil
		})
	}
	if writeErr != nil {
		errorf(env, "--archive %s: writing: %v", archivePath, writeErr)
		return ExitError
	}
	if !quiet {
		fmt.Fprintf(env.Stderr, "%s: %s archived (%d indexed, %d unchanged, %d removed)\n", archivePath, plural(arch.Len(), "article"), st.indexed, st.unchanged, st.removed)
	}
	if failed {
		return ExitError
	}
	return ExitClean
}

type indexStats struct{ indexed, unchanged, removed int }

var errUnchanged = errors.New("unchanged since it was indexed")

// openArchive opens the archive of check --archive (none if path is ""),
// and returns the checker's Prior and the function that closes it.
func openArchive(path string, set *rules.Set, env Env) (func([]string, [][]string) ([]checker.Prior, error), func(), bool) {
	if path == "" {
		return nil, func() {}, true
	}
	arch, err := archive.Open(path, set.Fingerprint(Version))
	if err != nil {
		errorf(env, "--archive %v", err)
		return nil, nil, false
	}
	return arch.Candidates, func() { _ = arch.Close() }, true
}
