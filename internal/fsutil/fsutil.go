package fsutil

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// TestHookMidWrite is set by tests only: when not nil, it is called once
// half of the data is in the temporary file: a test that kills the process there
// proves that the target is never touched before the rename.
var TestHookMidWrite func()

// WriteFileAtomic writes data to path through a temporary file in the same
// directory, synced and renamed over path. An existing file keeps its
// permission bits; a new one gets perm.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	if st, err := os.Stat(path); err == nil {
		perm = st.Mode().Perm()
	}
	return WriteFileAtomicPerm(path, data, perm)
}

// WriteFileAtomicPerm is WriteFileAtomic, except that the file gets perm
// whether or not it exists (an executable hook stays executable).
func WriteFileAtomicPerm(path string, data []byte, perm fs.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("creating a temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	half := len(data) / 2
	if _, err = tmp.Write(data[:half]); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	if TestHookMidWrite != nil {
		TestHookMidWrite()
	}
	if _, err = tmp.Write(data[half:]); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return fmt.Errorf("setting permissions: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("syncing: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("closing: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replacing the file: %w", err)
	}
	// The rename is durable only once the directory is synced; without
	// it a power cut could bring back the old file, or no file at all.
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("syncing the directory %s: %w", dir, err)
	}
	return nil
}

// syncDir flushes the directory entry of a rename to disk. File systems
// and platforms that cannot sync a directory (EINVAL, or opening a
// directory read-only fails on Windows) are let be: the rename itself is
// already atomic there.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil // the rename is done; see above
	}
	defer func() { _ = d.Close() }()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}
