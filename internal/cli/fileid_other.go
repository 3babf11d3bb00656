//go:build !unix

package cli

import "os"

// fileID identifies the file behind a path: its absolute path with links
// resolved, the same for every spelling of the path.
func fileID(path string, _ os.FileInfo) any { return fileIDByPath(path) }
