// Package fsutil writes files so that a crash never leaves a half-written
// file behind.
package fsutil

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

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
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("creating a temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
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
	return nil
}
