//go:build unix

package cli

import (
	"os"
	"syscall"
)

// fileID identifies the file behind a path: its device and inode, the
// same for every spelling of the path and every link to the file.
func fileID(path string, st os.FileInfo) any {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return [2]uint64{uint64(s.Dev), s.Ino} //nolint:unconvert // Dev is not uint64 on every platform
	}
	return fileIDByPath(path)
}
